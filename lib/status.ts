import type { EditionStatus, Platform } from '../data/platforms/types';
import type { Translate } from './i18n';

/**
 * The one status shown everywhere (badge, toolbar, popup, side panel, tests):
 * - signatory: signed the 2019 charter (the first signatories also backed the 2020 renewal);
 * - renewal-signatory: not in 2019, joined the December 2020 renewal;
 * - declined: declined in 2019, nothing later known;
 * - not-listed: no evidence either way as of the review date. Not a verdict.
 */
export type DisplayStatus = 'signatory' | 'renewal-signatory' | 'declined' | 'not-listed';

export const DISPLAY_STATUSES: readonly DisplayStatus[] = ['signatory', 'renewal-signatory', 'declined', 'not-listed'];

/** Derives the display status from the per-edition statuses. The rule is written only here. */
export function displayStatus(platform: Pick<Platform, 'charter'>): DisplayStatus {
  const first = platform.charter['2019'].status;
  const renewal = platform.charter['2020-renewal'].status;
  if (first === 'signatory') return 'signatory';
  if (renewal === 'signatory') return 'renewal-signatory';
  if (first === 'declined') return 'declined';
  return 'not-listed';
}

/** The edition status that dates the display status (the 2019 one, or the renewal for joiners). */
export function decisiveEdition(platform: Pick<Platform, 'charter'>): EditionStatus {
  return displayStatus(platform) === 'renewal-signatory' ? platform.charter['2020-renewal'] : platform.charter['2019'];
}

/** Whether any status of the platform rests on an inference the UI must label. */
export function isInferred(platform: Pick<Platform, 'charter'>): boolean {
  return Object.values(platform.charter).some((s) => s.confidence === 'I');
}

/**
 * The one short status line of a platform, for every short surface (pill, toolbar title, popup
 * lists, side-panel rows). `hostname` is the page's, when there is one: the line may depend on it.
 */
export function shortStatus(platform: Pick<Platform, 'charter'>, t: Translate, _hostname?: string): string {
  return t(`status.${displayStatus(platform)}.short`);
}
