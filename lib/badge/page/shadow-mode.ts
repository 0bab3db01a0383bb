/**
 * Closed in every build the extension ships (issue 14: a page must not read or rewrite the
 * badge). The browser tests reach inside through the debugging protocol instead
 * (test/helpers/e2e/badge-shadow.ts), never through a handle the page could use.
 */
export const SHADOW_MODE: ShadowRootMode = 'closed';
