/** TODO(issue 4/6): filled by the feature that owns it. */
export function setupPanelOpening(): void {}
