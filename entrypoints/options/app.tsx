import { useLayoutEffect, useState } from 'preact/hooks';
import { useStore } from 'zustand';
import { BrandMark } from '@/components/brand-mark';
import { I18nProvider, useI18n } from '@/components/i18n';
import { BadgeSettings } from '@/components/options/badge-settings';
import { GeneralSettings } from '@/components/options/general-settings';
import { HiddenSites } from '@/components/options/hidden-sites';
import { WhatsNew } from '@/components/options/whats-new';
import { resolveLang } from '@/lib/i18n';
import { unhideSite, type Settings, type SettingsPatch } from '@/lib/settings';
import type { SettingsStore } from '@/lib/stores';
import { RELEASES } from './releases';

interface Props {
  store: SettingsStore;
  browserLang?: string;
  now?: () => number;
}

/** Every setting, from the same store as the popup, the badge and the side panel. */
export function App({ store, browserLang = navigator.language, now = Date.now }: Props) {
  const settings = useStore(store, (s) => s.settings);
  const hasHydrated = useStore(store, (s) => s.hasHydrated);
  const [beforeReset, setBeforeReset] = useState<Settings | null>(null);
  const [hasFailed, setHasFailed] = useState(false);
  const lang = resolveLang(settings.language, browserLang);

  useLayoutEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // Rendering the defaults first would flash the wrong language and switch positions.
  if (!hasHydrated) return null;

  const write = (patch: SettingsPatch) => {
    setHasFailed(false);
    store.getState().update(patch).catch(() => setHasFailed(true));
  };
  const change = (patch: SettingsPatch) => {
    setBeforeReset(null); // after another change, "undo reset" would also undo that change
    write(patch);
  };

  return (
    <I18nProvider lang={lang}>
      <Options
        settings={settings}
        now={now()}
        canUndo={beforeReset != null}
        hasFailed={hasFailed}
        onChange={change}
        onReset={() => {
          setBeforeReset(settings);
          setHasFailed(false);
          store.getState().reset().catch(() => setHasFailed(true));
        }}
        onUndo={() => {
          if (beforeReset) write(beforeReset);
          setBeforeReset(null);
        }}
      />
    </I18nProvider>
  );
}

interface OptionsProps {
  settings: Settings;
  now: number;
  canUndo: boolean;
  hasFailed: boolean;
  onChange(patch: SettingsPatch): void;
  onReset(): void;
  onUndo(): void;
}

function Options({ settings, now, canUndo, hasFailed, onChange, onReset, onUndo }: OptionsProps) {
  const { t } = useI18n();
  useLayoutEffect(() => {
    document.title = t('options.title');
  }, [t]);
  return (
    <>
      <header>
        <BrandMark />
        <h1>{t('options.heading')}</h1>
      </header>
      <main>
        <section class="card" aria-labelledby="badge-heading">
          <h2 id="badge-heading">{t('options.badge.heading')}</h2>
          <BadgeSettings settings={settings} now={now} onChange={onChange} />
          <HiddenSites sites={settings.hiddenSites} onUnhide={(host) => onChange((s) => unhideSite(s, host))} />
        </section>
        <section class="card" aria-labelledby="general-heading">
          <h2 id="general-heading">{t('options.general.heading')}</h2>
          <GeneralSettings
            language={settings.language}
            onLanguage={(language) => onChange({ language })}
            onReset={onReset}
            canUndo={canUndo}
            onUndo={onUndo}
          />
        </section>
        {hasFailed ? (
          <p class="error" role="alert">
            {t('options.saveFailed')}
          </p>
        ) : null}
        <section class="card" aria-labelledby="links-heading">
          <h2 id="links-heading">{t('options.links.heading')}</h2>
          <ul class="links">
            <li>
              <a href="sidepanel.html">{t('options.links.panel')}</a>
            </li>
            <li>
              <a href="welcome.html">{t('options.links.welcome')}</a>
            </li>
          </ul>
        </section>
        <WhatsNew releases={RELEASES} />
      </main>
    </>
  );
}
