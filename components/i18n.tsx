import { createContext, type ComponentChildren } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import { createT, type Translate } from '@/lib/i18n';
import type { Lang } from '@/lib/text';

interface I18n {
  lang: Lang;
  t: Translate;
}

// Outside any provider, keys come back as they are. The default must not build a translator:
// that would pull every locale table into each bundle using useI18n, the content script included.
const I18nContext = createContext<I18n>({ lang: 'fr', t: (key) => key });

/** Gives every component below the language chosen by the entrypoint (settings + browser). */
export function I18nProvider({ lang, children }: { lang: Lang; children: ComponentChildren }) {
  const value = useMemo(() => ({ lang, t: createT(lang) }), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/**
 * The same, with a translator made by the caller: the content script passes one over the few
 * tables it needs (locales/content-script.ts), so the popup's and side panel's strings stay out.
 */
export function TranslatorProvider({ lang, t, children }: { lang: Lang; t: Translate; children: ComponentChildren }) {
  const value = useMemo(() => ({ lang, t }), [lang, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
