import { createContext, type ComponentChildren } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import { createT, type Translate } from '@/data/i18n';
import type { Lang } from '@/data/text';

interface I18n {
  lang: Lang;
  t: Translate;
}

const I18nContext = createContext<I18n>({ lang: 'fr', t: createT('fr') });

/** Gives every component below the language chosen by the entrypoint (settings + browser). */
export function I18nProvider({ lang, children }: { lang: Lang; children: ComponentChildren }) {
  const value = useMemo(() => ({ lang, t: createT(lang) }), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
