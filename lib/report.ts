import type { Translate } from './i18n';

/**
 * Where "Report a wrong match" may go. Only the maintainer's own channel, set at build time
 * (WXT_REPORT_TO, see README): an e-mail address or an https issue-form address. By default
 * there is none, and the report is only prepared for the user to copy: no recipient is made up.
 */
export type ReportChannel = { kind: 'none' } | { kind: 'email'; address: string } | { kind: 'form'; url: string };

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i;

/**
 * Reads a configured channel: '' or undefined → none; an e-mail address; an https URL (an
 * issue form). Anything else is `null`, so the build can refuse it (modules/report-channel/index.ts).
 * @example parseReportChannel('https://github.com/o/r/issues/new') // { kind: 'form', url: … }
 */
export function parseReportChannel(raw: string | undefined): ReportChannel | null {
  const value = (raw ?? '').trim();
  if (!value) return { kind: 'none' };
  if (EMAIL.test(value)) return { kind: 'email', address: value };
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password) return { kind: 'form', url: url.href };
  } catch {
    // Not a URL either.
  }
  return null;
}

/** The channel of this build; a malformed value never reaches here (the build fails first). */
export const REPORT_CHANNEL: ReportChannel = parseReportChannel(import.meta.env.WXT_REPORT_TO) ?? { kind: 'none' };

// Some mail clients cut or refuse mailto: URLs longer than about 2,000 characters.
const MAX_PATH = 300;

/** What a report says: the page, what was recognised, what was shown, and why. */
export interface ReportFacts {
  /** The page address; only its host and path are kept. */
  url: string;
  platformName: string;
  /** The status as shown (the short status line). */
  status: string;
  signals: readonly string[];
  version: string;
}

/**
 * The page as the report shows it: host and path only. The query string and the fragment may
 * hold personal data (search terms, session or tracking ids), so they never leave the page.
 * @example reportedPage('https://www.amazon.fr/dp/B08?tag=x#r') // 'www.amazon.fr/dp/B08'
 */
export function reportedPage(url: string): string {
  try {
    const u = new URL(url);
    const path = u.pathname.length > MAX_PATH ? `${u.pathname.slice(0, MAX_PATH)}…` : u.pathname;
    return `${u.hostname}${path}`;
  } catch {
    return '';
  }
}

/** A report ready to show, copy or send. */
export interface PreparedReport {
  subject: string;
  /** The whole text, for the user to read and copy. */
  body: string;
  channel: ReportChannel;
  /**
   * A mailto: link or the issue form with the report filled in, when a channel is configured;
   * null otherwise. Following it sends nothing by itself: the user's mail client or browser does,
   * if the user chooses to.
   */
  href: string | null;
}

/** Prepares a wrong-match report; with no channel (the default build) nothing can be sent. */
export function prepareReport(facts: ReportFacts, t: Translate, channel: ReportChannel = REPORT_CHANNEL): PreparedReport {
  const page = reportedPage(facts.url);
  const host = page.split('/')[0] ?? '';
  const subject = t('report.subject', { host });
  const body = t('report.body', {
    page,
    platform: facts.platformName,
    status: facts.status,
    signals: facts.signals.join(', ') || '-',
    version: facts.version,
  });
  return { subject, body, channel, href: channelHref(channel, subject, body) };
}

function channelHref(channel: ReportChannel, subject: string, body: string): string | null {
  if (channel.kind === 'email') return `mailto:${channel.address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  if (channel.kind === 'form') {
    // GitHub's and most issue forms read `title` and `body` from the query.
    const url = new URL(channel.url);
    url.searchParams.set('title', subject);
    url.searchParams.set('body', body);
    return url.href;
  }
  return null;
}
