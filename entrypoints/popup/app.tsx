import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { useStore } from 'zustand';
import { I18nProvider, useI18n } from '@/components/i18n';
import { BadgeSettings } from '@/components/popup/badge-settings';
import { CommitmentsSummary } from '@/components/popup/commitments-summary';
import { CurrentSite } from '@/components/popup/current-site';
import { GeneralSettings } from '@/components/popup/general-settings';
import { HiddenSites } from '@/components/popup/hidden-sites';
import type { ActiveTab } from '@/entrypoints/popup/active-tab';
import { siteOfUrl, type ActiveSite } from '@/lib/tab-site';
import { currentWindowId, openPanelFromExtensionPage, openPanelPageInTab } from '@/lib/browser-compat';
import { AXES } from '@/data/charter/commitments';
import { resolveLang } from '@/lib/i18n';
import { PLATFORMS } from '@/data/platforms';
import { hideSite, unhideSite, type Settings } from '@/lib/settings';
import type { SettingsPatch, SettingsStore } from '@/lib/stores';

interface Props {
  store: SettingsStore;
  /** The active tab, read by main.tsx as the popup opens. */
  tab: Promise<ActiveTab>;
  browserLang?: string;
  now?: () => number;
}

/** Wiring: the store, the active tab and the browser APIs on one side, pure views on the other. */
export function App({ store, tab, browserLang = navigator.language, now = Date.now }: Props) {
  const settings = useStore(store, (s) => s.settings);
  const hasHydrated = useStore(store, (s) => s.hasHydrated);
  const [active, setActive] = useState<ActiveTab>();
  const [windowId, setWindowId] = useState<number>();
  const [beforeReset, setBeforeReset] = useState<Settings | null>(null);
  const [hasFailed, setHasFailed] = useState(false);
  const lang = resolveLang(settings.language, browserLang);

  useEffect(() => {
    void tab.then(setActive);
    // Known before any click: the panel must open with nothing awaited in the click handler.
    void currentWindowId().then(setWindowId);
  }, [tab]);
  // Before paint: screen readers pick the voice from <html lang>.
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // Rendering the defaults first would flash the wrong language and switch positions.
  if (!hasHydrated) return null;

  const write = (patch: SettingsPatch) => {
    setHasFailed(false);
    store.getState().update(patch).catch(() => setHasFailed(true));
  };
  const actions: Actions = {
    change(patch) {
      setBeforeReset(null); // after another change, "undo reset" would also undo that change
      write(patch);
    },
    openDetails() {
      const site = active && siteOfUrl(active.url);
      if (!openPanelFromExtensionPage(windowId ?? active?.windowId)) openPanelPageInTab(site?.platform.id);
      window.close();
    },
    reset() {
      setBeforeReset(settings);
      setHasFailed(false);
      store.getState().reset().catch(() => setHasFailed(true));
    },
    undoReset() {
      if (beforeReset) write(beforeReset);
      setBeforeReset(null);
    },
  };

  return (
    <I18nProvider lang={lang}>
      <Popup
        settings={settings}
        now={now()}
        site={active && siteOfUrl(active.url)}
        canUndo={beforeReset != null}
        hasFailed={hasFailed}
        actions={actions}
      />
    </I18nProvider>
  );
}

interface Actions {
  change(patch: SettingsPatch): void;
  openDetails(): void;
  reset(): void;
  undoReset(): void;
}

interface PopupProps {
  settings: Settings;
  now: number;
  /** undefined while the active tab is read. */
  site: ActiveSite | null | undefined;
  canUndo: boolean;
  hasFailed: boolean;
  actions: Actions;
}

function Popup({ settings, now, site, canUndo, hasFailed, actions }: PopupProps) {
  const { t } = useI18n();
  return (
    <>
      <header class="popup-header">
        <h1>{t('popup.title')}</h1>
      </header>
      <main>
        <CurrentSite site={site} platforms={PLATFORMS} />
        <CommitmentsSummary axes={AXES} onOpenDetails={actions.openDetails} />
        <section class="card" aria-labelledby="settings-heading">
          <h2 id="settings-heading">{t('popup.settings.heading')}</h2>
          <BadgeSettings settings={settings} now={now} onChange={actions.change} />
          <HiddenSites
            sites={settings.hiddenSites}
            currentSite={site ? site.site : null}
            onHide={(host) => actions.change((s) => hideSite(s, host))}
            onUnhide={(host) => actions.change((s) => unhideSite(s, host))}
          />
          <GeneralSettings
            language={settings.language}
            onLanguage={(language) => actions.change({ language })}
            onReset={actions.reset}
            canUndo={canUndo}
            onUndo={actions.undoReset}
          />
          {hasFailed ? (
            <p class="error" role="alert">
              {t('popup.saveFailed')}
            </p>
          ) : null}
        </section>
      </main>
      <footer class="popup-footer">
        {/* The side panel's privacy section, as a tab: the popup closes when focus leaves it. */}
        <a href="sidepanel.html#privacy" target="_blank" rel="noopener">
          {t('popup.privacy')}
        </a>
      </footer>
    </>
  );
}
