import { describe, expect, it } from 'vitest';
import { reportLink } from '@/lib/badge/report-link';
import { createT } from '@/lib/i18n';

// The old entry point keeps working: it gives the configured channel's link, and in a build
// without one (this one, the default) nothing to send to.
describe('reportLink', () => {
  it('is null when no report channel is configured: no made-up recipient', () => {
    const facts = { url: 'https://www.amazon.fr/dp/B08L5VNF78', platformName: 'Amazon', status: 'x', signals: [], version: '1' };
    expect(reportLink(facts, createT('fr'))).toBeNull();
  });
});
