import { PLATFORMS } from '../../data/platforms/index';
import type { Platform } from '../../data/platforms/types';

/** Match patterns for the hostnames of some platforms (a badge group's content-script matches). */
export function hostPatternsOf(platforms: readonly Pick<Platform, 'hostnames'>[]): string[] {
  return platforms.flatMap((p) => p.hostnames.map((h) => `*://*.${h}/*`));
}

/**
 * Match patterns for every platform hostname and its subdomains, generated from the platform
 * files: the manifest's host permissions and the content script's matches both use this list.
 */
export const HOST_PATTERNS: readonly string[] = /* @__PURE__ */ hostPatternsOf(PLATFORMS);
