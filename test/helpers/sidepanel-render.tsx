import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { I18nProvider } from '@/components/i18n';
import type { Lang } from '@/lib/text';

/** Renders a panel view the way the side panel does: inside the language provider. */
export function renderIn(lang: Lang, ui: ComponentChildren) {
  return render(<I18nProvider lang={lang}>{ui}</I18nProvider>);
}
