import type { EditionId } from '../data/charter/types';
import type { EditionStatus, Platform } from '../data/platforms/types';
import { formatDate, type Translate } from './i18n';
import type { Lang } from './text';

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

/** The group an inferred status comes from ('Fnac Darty', 'Alibaba'), if the data names one. */
export function inferredVia(platform: Pick<Platform, 'charter'>): string | undefined {
  return Object.values(platform.charter).find((s) => s.confidence === 'I' && s.via)?.via;
}

type StatusPlatform = Pick<Platform, 'charter'> & Partial<Pick<Platform, 'frenchSites'>>;

/**
 * Whether a page's hostname is a French site: a .fr ending, a `fr.` label (fr.aliexpress.com,
 * fr.shopping.rakuten.com), or a platform whose every site is French (cdiscount.com).
 * @example isFrenchHost('www.amazon.de', amazon) // false
 */
export function isFrenchHost(hostname: string, platform: Partial<Pick<Platform, 'frenchSites'>> = {}): boolean {
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.at(-1) === 'fr' || labels.slice(0, -1).includes('fr')) return true;
  return platform.frenchSites === true;
}

/**
 * Whether the platform declined the 2019 charter and joined the renewal (Amazon): every text that
 * names one of its editions names the other (brief §6).
 */
export function joinedAfterRefusal(platform: Pick<Platform, 'charter'>): boolean {
  return displayStatus(platform) === 'renewal-signatory' && platform.charter['2019'].status === 'declined';
}

/**
 * The one short status line of a platform, for every short surface (pill, toolbar title, popup
 * lists, side-panel rows, welcome examples). It says when the 2019 signature was renewed in 2020
 * (so the first signatories do not read older than Amazon), both editions for a platform that
 * declined the first and joined the second, when the status is an inference (and from which
 * group), and, when `hostname` is a page's non-French host (amazon.com), that the charter is French.
 * @example shortStatus(darty, createT('fr')) // 'Signataire de la charte (2019, renouvelée en 2020), par déduction (groupe Fnac Darty)'
 * @example shortStatus(amazon, createT('fr')) // 'Refus en 2019, a rejoint la charte renouvelée (déc. 2020, selon la presse)'
 */
export function shortStatus(platform: StatusPlatform, t: Translate, hostname?: string): string {
  const status = displayStatus(platform);
  const renewedToo = status === 'signatory' && platform.charter['2020-renewal'].status === 'signatory';
  let line = t(
    status === 'signatory' && !renewedToo
      ? 'status.signatory.firstOnly.short'
      : joinedAfterRefusal(platform)
        ? 'status.declined-joined.short'
        : `status.${status}.short`,
  );
  if (isInferred(platform)) {
    const group = inferredVia(platform);
    line = group ? t('status.inferred.via', { status: line, group }) : t('status.inferred', { status: line });
  }
  return hostname ? scopedToHost(line, platform, t, hostname) : line;
}

/**
 * A short status line as shown on a page of `hostname`: on a non-French host (amazon.com), it adds
 * that the charter is French. The pill applies it to the line its stage carries.
 */
export function scopedToHost(line: string, platform: Partial<Pick<Platform, 'frenchSites'>>, t: Translate, hostname: string): string {
  return isFrenchHost(hostname, platform) ? line : t('status.scope.foreign', { status: line });
}

/**
 * What the phone chip says (under 600 px, where the short line does not fit): it names itself
 * (« Charte PME »), says the status in words, both editions for Amazon, and marks an inference.
 * @example chipStatus(darty, createT('fr')) // 'Charte PME : signée, par déduction'
 */
export function chipStatus(platform: Pick<Platform, 'charter'>, t: Translate): string {
  const status = displayStatus(platform);
  // Not listed: the short line's own words, so the label reads the same everywhere.
  let words =
    status === 'not-listed'
      ? t('status.not-listed.short').replace(/^./, (c) => c.toLowerCase())
      : t(joinedAfterRefusal(platform) ? 'badge.chip.declined-joined' : `badge.chip.${status}`);
  if (isInferred(platform)) words = t('status.inferred', { status: words });
  return t('badge.chip', { status: words });
}

/**
 * The toolbar icon's few characters (« oui », « non », « ? »): a word, not a tick or a seal,
 * and a star when the status is an inference, so Darty's differs from Cdiscount's.
 */
export function toolbarMark(platform: Pick<Platform, 'charter'>, t: Translate, status: DisplayStatus = displayStatus(platform)): string {
  const mark = t(`badge.mark.${status}`);
  return isInferred(platform) ? t('badge.mark.inferred', { mark }) : mark;
}

/**
 * The long status text (popup, side panel): for an inferred status, its own text naming the
 * group the sources actually name, never the generic one; for a group's signature (Fnac, signed
 * as « Fnac Darty »), the group; for Amazon, both editions.
 */
export function longStatus(platform: StatusPlatform & Pick<Platform, 'name'>, t: Translate, reviewedOn: string): string {
  const status = displayStatus(platform);
  const group = inferredVia(platform);
  if (group && (status === 'signatory' || status === 'declined')) {
    return t(`status.${status}.inferred.long`, { name: platform.name, group, reviewedOn });
  }
  const signedAs = platform.charter['2019'].signedAs;
  if (status === 'signatory' && signedAs) return t('status.signatory.group.long', { name: platform.name, group: signedAs });
  if (joinedAfterRefusal(platform)) return t('status.declined-joined.long', { name: platform.name });
  return t(`status.${status}.long`, { name: platform.name, reviewedOn });
}

/**
 * One edition's date as a phrase: « refus rapporté le 25 mars 2019 ». For a status inferred from
 * a group, the date is the group's and the phrase names it (« refus du groupe Alibaba
 * (25 mars 2019) »): the refusal reported was Alibaba's, not AliExpress's.
 */
export function editionDateText(status: EditionStatus, t: Translate, lang: Lang): string {
  const date = formatDate(status.date, lang);
  const group = status.via ?? status.signedAs;
  if (group && status.status !== 'not-listed') return t(`edition.date.${status.status}.via`, { date, group });
  return t(`edition.date.${status.status}`, { date });
}

/** How many platforms have a display status, sourced and inferred apart. */
export interface StatusCount {
  sourced: number;
  /** Names of the platforms whose status is an inference (Darty), in data order. */
  inferred: string[];
}

/**
 * Counts per display status, keeping inferences apart: « 9 signataires + Darty par déduction »,
 * not « 10 ». Every status is present, with zero counts.
 */
export function countStatuses(platforms: ReadonlyArray<Pick<Platform, 'charter' | 'name'>>): Record<DisplayStatus, StatusCount> {
  const counts = Object.fromEntries(DISPLAY_STATUSES.map((s) => [s, { sourced: 0, inferred: [] as string[] }])) as Record<DisplayStatus, StatusCount>;
  for (const p of platforms) {
    const c = counts[displayStatus(p)];
    if (isInferred(p)) c.inferred.push(p.name);
    else c.sourced += 1;
  }
  return counts;
}

/** A count as shown next to a filter or list: « 9 » or « 9 + Darty par déduction ». */
export function countText(count: StatusCount, t: Translate): string {
  if (count.inferred.length === 0) return String(count.sourced);
  return t('status.count.withInferred', { sourced: count.sourced, names: count.inferred.join(', ') });
}
