import { PLATFORMS } from '../../data/platforms/index';

/**
 * Match patterns for every platform hostname and its subdomains, generated from the platform
 * files: the manifest's host permissions and the content script's matches both use this list.
 */
export const HOST_PATTERNS: readonly string[] = PLATFORMS.flatMap((p) => p.hostnames.map((h) => `*://*.${h}/*`));
