import type { Translate } from '../i18n';
import { prepareReport, type ReportFacts } from '../report';

// Kept for the card's existing call: lib/report.ts is where reports are prepared.
export { reportedPage, type ReportFacts } from '../report';

/**
 * The configured channel's prefilled link for a wrong match, or null when this build has none
 * (the default): then the report is shown for the user to copy, never sent to a made-up address.
 */
export function reportLink(facts: ReportFacts, t: Translate): string | null {
  return prepareReport(facts, t).href;
}
