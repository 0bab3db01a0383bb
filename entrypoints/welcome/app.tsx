import { useLayoutEffect } from 'preact/hooks';
import { useStore } from 'zustand';
import { browser } from '#imports';
import { I18nProvider } from '@/components/i18n';
import { WelcomePage } from '@/components/welcome/welcome-page';
import { getPlatform, type Platform } from '@/data/platforms';
import { DISPLAY_STATUSES, displayStatus } from '@/lib/status';
import { createT, resolveLang } from '@/lib/i18n';
import type { SettingsStore } from '@/lib/stores';

// One well-known platform per status, each sourced rather than inferred, so the example is plain.
const EXAMPLE_IDS = ['cdiscount', 'amazon', 'alibaba', 'temu'];

/** The examples, in status order; a status whose example no longer has it is simply left out. */
export function statusExamples(ids: readonly string[] = EXAMPLE_IDS): Platform[] {
  const platforms = ids.map((id) => getPlatform(id)).filter((p) => p !== undefined);
  return DISPLAY_STATUSES.flatMap((status) => platforms.filter((p) => displayStatus(p) === status).slice(0, 1));
}

export function App({ store, browserLang = navigator.language }: { store: SettingsStore; browserLang?: string }) {
  const pref = useStore(store, (s) => s.settings.language);
  const hasHydrated = useStore(store, (s) => s.hasHydrated);
  const lang = resolveLang(pref, browserLang);
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
    document.title = createT(lang)('welcome.title');
  }, [lang]);
  if (!hasHydrated) return null;
  return (
    <I18nProvider lang={lang}>
      <WelcomePage examples={statusExamples()} onOpenSettings={() => void browser.runtime.openOptionsPage().catch(() => undefined)} />
    </I18nProvider>
  );
}
