import type { MessageKey } from '../../locales';
import type { Params } from '../i18n';
import type { EditionId } from '../../data/charter/types';
import type { EditionStatusKind, Platform } from '../../data/platforms/types';

/** The charter's three axes (F12), in order; the card gives one line to each. */
export const BADGE_AXES = ['formalisation', 'exchange', 'counterfeits'] as const;
export type BadgeAxis = (typeof BADGE_AXES)[number];

/** One line of the card's status history. */
export interface HistoryEntry {
  edition: EditionId;
  status: EditionStatusKind;
  /** ISO date at the precision of the sources; for not-listed, the review date. */
  date: string;
  /** The status rests on an inference, and the card must say so (brief: [I]). */
  isInferred: boolean;
}

const EDITIONS: readonly EditionId[] = ['2019', '2020-renewal'];

/** The platform's status per edition, oldest first. */
export function statusHistory(platform: Pick<Platform, 'charter'>): HistoryEntry[] {
  return EDITIONS.map((edition) => {
    const s = platform.charter[edition];
    return { edition, status: s.status, date: s.date, isInferred: s.confidence === 'I' };
  });
}

/** A sentence of "Why am I seeing this?", as a locale key and its parameters. */
export interface Reason {
  key: MessageKey;
  params?: Params;
}

/**
 * Turns the detector's signals into sentences: `host:www.amazon.fr`, `rule:amazon:/dp/<ASIN>`,
 * `ambiguous:darty:/nav/achat/…`, `dom:marker:#productTitle`, `dom:json-ld:Product`. Unknown
 * signals are shown as they are rather than dropped: whoever reports a wrong match should see
 * everything the detector used.
 */
export function explainSignals(signals: readonly string[], platformName: string): Reason[] {
  return signals.map((signal): Reason => {
    const [kind = '', ...parts] = signal.split(':');
    const rest = parts.join(':');
    // rule:<platform>:<rule name>; the rule name may itself contain colons.
    const ruleName = parts.slice(1).join(':');
    if (kind === 'host') return { key: 'badge.why.host', params: { host: rest, platform: platformName } };
    if (kind === 'rule') return { key: 'badge.why.rule', params: { rule: ruleName } };
    if (kind === 'ambiguous') return { key: 'badge.why.ambiguous', params: { rule: ruleName } };
    if (kind === 'dom') return { key: 'badge.why.dom', params: { detail: rest.replace(/^marker:/, '') } };
    return { key: 'badge.why.other', params: { detail: signal } };
  });
}
