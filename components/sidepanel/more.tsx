import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n';

/** The rest of a section, folded under « Lire la suite » so that the panel can be scanned. */
export function More({ children }: { children: ComponentChildren }) {
  const { t } = useI18n();
  return (
    <details class="more">
      <summary>{t('sidepanel.more')}</summary>
      {children}
    </details>
  );
}
