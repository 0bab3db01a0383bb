import type { Translate } from '../i18n';

/** Where "Report a wrong match" writes to: the user's own mail client sends it, or not. */
export const REPORT_ADDRESS = 'signalement@charte-pme.org';

// mailto: URLs longer than ~2,000 characters are cut or refused by some mail clients.
const MAX_PATH = 300;

export interface ReportFacts {
  /** The page address; only its host and path are kept. */
  url: string;
  platformName: string;
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

/** A prefilled mailto: link for a wrong match; nothing is sent until the user sends the mail. */
export function reportLink(facts: ReportFacts, t: Translate): string {
  const page = reportedPage(facts.url);
  const host = page.split('/')[0] ?? '';
  const subject = t('badge.report.subject', { host });
  const body = t('badge.report.body', {
    page,
    platform: facts.platformName,
    status: facts.status,
    signals: facts.signals.join(', ') || '-',
    version: facts.version,
  });
  return `mailto:${REPORT_ADDRESS}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
