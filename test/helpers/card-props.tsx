import { render } from '@testing-library/preact';
import { vi } from 'vitest';
import { Card, type CardProps } from '@/components/badge/card';
import { TranslatorProvider } from '@/components/i18n';
import { statusHistory } from '@/lib/badge/card-facts';
import { createTranslator } from '@/lib/i18n';
import { getPlatform } from '@/data/platforms';
import { displayStatus } from '@/lib/status';
import type { Lang } from '@/lib/text';
import { CONTENT_SCRIPT_MESSAGES } from '@/locales/content-script';

/** The card's props for a platform of the real data, with spies for its callbacks. */
export function cardProps(platformId: string, overrides: Partial<CardProps> = {}): CardProps {
  const platform = getPlatform(platformId)!;
  return {
    platformName: platform.name,
    status: displayStatus(platform),
    history: statusHistory(platform),
    onClose: vi.fn(),
    onDetails: vi.fn(),
    onHide: vi.fn(),
    onUndoHide: vi.fn(),
    ...overrides,
  };
}

/** Renders the card as the second stage does: with the content script's string table only. */
export function renderCard(lang: Lang, props: CardProps) {
  return render(
    <TranslatorProvider lang={lang} t={createTranslator(CONTENT_SCRIPT_MESSAGES[lang])}>
      <Card {...props} />
    </TranslatorProvider>,
  );
}
