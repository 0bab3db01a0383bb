import type { ComponentChildren } from 'preact';
import { useI18n } from './i18n';

/**
 * The extension's icon, with its name or with the page's own heading when that already names it
 * (welcome): options and welcome say whose they are, as the toolbar icon does. The icon is
 * decorative; the name is text.
 */
export function BrandMark({ children }: { children?: ComponentChildren }) {
  const { t } = useI18n();
  return (
    <div class="brand">
      <img class="brand__icon" src="/icon/48.png" alt="" width={32} height={32} />
      {children ?? <p class="brand__name">{t('ext.name')}</p>}
    </div>
  );
}
