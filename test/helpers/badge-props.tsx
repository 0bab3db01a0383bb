import { render } from '@testing-library/preact';
import { vi } from 'vitest';
import { BadgeView, type BadgeViewProps } from '@/components/badge/badge-view';
import { TranslatorProvider } from '@/components/i18n';
import { explainSignals, statusHistory } from '@/lib/badge/card-facts';
import { createTranslator } from '@/lib/i18n';
import { prepareReport } from '@/lib/report';
import { getPlatform } from '@/data/platforms';
import { displayStatus } from '@/lib/status';
import type { Lang } from '@/lib/text';
import { CONTENT_SCRIPT_MESSAGES } from '@/locales/content-script';

/** The badge's props for a platform of the real data, closed, with spies for its callbacks. */
export function badgeProps(platformId: string, overrides: Partial<BadgeViewProps> = {}): BadgeViewProps {
  const platform = getPlatform(platformId)!;
  return {
    platformName: platform.name,
    status: displayStatus(platform),
    history: statusHistory(platform),
    reasons: explainSignals([`host:www.${platform.hostnames[0]}`, `rule:${platform.id}:/dp/<ASIN>`], platform.name),
    // The default build: no report channel, the report is prepared for the user to copy.
    report: prepareReport(
      { url: `https://www.${platform.hostnames[0]}/p/1?q=secret`, platformName: platform.name, status: 'x', signals: ['host:x'], version: '0.1.0' },
      createTranslator(CONTENT_SCRIPT_MESSAGES.fr),
      { kind: 'none' },
    ),
    isOpen: false,
    announcement: '',
    onOpenChange: vi.fn(),
    onDetails: vi.fn(),
    onHide: vi.fn(),
    ...overrides,
  };
}

/** Renders the badge as the content script does: with its own string table only. */
export function renderWithContentStrings(lang: Lang, props: BadgeViewProps) {
  return render(
    <TranslatorProvider lang={lang} t={createTranslator(CONTENT_SCRIPT_MESSAGES[lang])}>
      <BadgeView {...props} />
    </TranslatorProvider>,
  );
}
