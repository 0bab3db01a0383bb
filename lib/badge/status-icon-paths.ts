import type { DisplayStatus } from '../../lib/status';

/**
 * Shapes differ per status so the icon never relies on colour; all use currentColor. Plain data,
 * so the first stage draws the same icons without Preact.
 */
export const STATUS_ICON_PATHS: Readonly<Record<DisplayStatus, string>> = {
  // a seal with a check: signed in 2019
  signatory: 'M12 2l2.4 2.1 3.2-.3.9 3.1 2.8 1.6-1.2 3 1.2 3-2.8 1.6-.9 3.1-3.2-.3L12 22l-2.4-2.1-3.2.3-.9-3.1-2.8-1.6 1.2-3-1.2-3 2.8-1.6.9-3.1 3.2.3z M8.5 12.2l2.4 2.4 4.6-4.8',
  // a seal with a plus: joined later
  'renewal-signatory': 'M12 2l2.4 2.1 3.2-.3.9 3.1 2.8 1.6-1.2 3 1.2 3-2.8 1.6-.9 3.1-3.2-.3L12 22l-2.4-2.1-3.2.3-.9-3.1-2.8-1.6 1.2-3-1.2-3 2.8-1.6.9-3.1 3.2.3z M12 8.5v7 M8.5 12h7',
  // a circle with a dash: did not sign (a fact, not an alarm)
  declined: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z M8 12h8',
  // a circle with an "i": no information
  'not-listed': 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z M12 11v5.5 M12 7.5v.5',
};
