import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { useStore } from 'zustand';
import { browser } from '#imports';
import { I18nProvider, useI18n } from '@/components/i18n';
import { CharterSummary } from '@/components/popup/charter-summary';
import { CurrentSite } from '@/components/popup/current-site';
import { QuickControls } from '@/components/popup/quick-controls';
import { ReportEntry } from '@/components/popup/report-entry';
import type { ActiveTab } from '@/entrypoints/popup/active-tab';
import { requestPanelEntry } from '@/entrypoints/sidepanel/entry-request';
import { siteOfUrl, type ActiveSite } from '@/lib/tab-site';
import { currentWindowId, openPanelFromExtensionPage, openPanelPageInTab } from '@/lib/browser/side-panel';
import { resolveLang } from '@/lib/i18n';
import { PLATFORMS } from '@/data/platforms';
import { hideSite, unhideSite, type Settings } from '@/lib/settings';
import type { SettingsPatch, SettingsStore } from '@/lib/stores';

interface Props {
  store: SettingsStore;
  /** The active tab, read by main.tsx as the popup opens. */
  tab: Promise<ActiveTab>;
  version: string;
  browserLang?: string;
}

/** Wiring: the store, the active tab and the browser APIs on one side, pure views on the other. */
export function App({ store, tab, version, browserLang = navigator.language }: Props) {
  const settings = useStore(store, (s) => s.settings);
  const hasHydrated = useStore(store, (s) => s.hasHydrated);
  const [active, setActive] = useState<ActiveTab>();
  const [windowId, setWindowId] = useState<number>();
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

  const site = active && siteOfUrl(active.url);
  const openPanel = (platformId: string | undefined) => {
    if (platformId) requestPanelEntry(platformId);
    if (!openPanelFromExtensionPage(windowId ?? active?.windowId)) openPanelPageInTab(platformId);
    window.close();
  };
  const actions: Actions = {
    change(patch) {
      setHasFailed(false);
      store.getState().update(patch).catch(() => setHasFailed(true));
    },
    openDetails: () => openPanel(site?.platform.id),
    openEntry: openPanel,
    openSettings() {
      browser.runtime.openOptionsPage().then(() => window.close(), () => undefined);
    },
  };

  return (
    <I18nProvider lang={lang}>
      <Popup settings={settings} site={site} url={active?.url} version={version} hasFailed={hasFailed} actions={actions} />
    </I18nProvider>
  );
}

interface Actions {
  change(patch: SettingsPatch): void;
  openDetails(): void;
  openEntry(platformId: string): void;
  openSettings(): void;
}

interface PopupProps {
  settings: Settings;
  /** undefined while the active tab is read. */
  site: ActiveSite | null | undefined;
  url: string | undefined;
  version: string;
  hasFailed: boolean;
  actions: Actions;
}

function Popup({ settings, site, url, version, hasFailed, actions }: PopupProps) {
  const { t } = useI18n();
  return (
    <>
      <header class="popup-header">
        <h1>{t('popup.title')}</h1>
        <a
          class="settings-link"
          href="options.html"
          target="_blank"
          onClick={(e) => {
            e.preventDefault();
            actions.openSettings();
          }}
        >
          <span aria-hidden="true">⚙</span> {t('popup.settings')}
        </a>
      </header>
      <main>
        <CurrentSite site={site} platforms={PLATFORMS} onOpenEntry={actions.openEntry} />
        <QuickControls
          enabled={settings.enabled}
          currentSite={site ? site.site : null}
          isHiddenHere={site ? settings.hiddenSites.includes(site.site) : false}
          onEnabled={(enabled) => actions.change({ enabled })}
          onHiddenHere={(hidden) => {
            if (!site) return;
            actions.change((s) => (hidden ? hideSite(s, site.site) : unhideSite(s, site.site)));
          }}
        />
        {hasFailed ? (
          <p class="error" role="alert">
            {t('popup.saveFailed')}
          </p>
        ) : null}
        <CharterSummary onOpenDetails={actions.openDetails} />
      </main>
      <footer class="popup-footer">
        {site && url ? <ReportEntry url={url} platform={site.platform} version={version} /> : null}
        {/* The side panel's privacy section, as a tab: the popup closes when focus leaves it. */}
        <a href="sidepanel.html#privacy" target="_blank" rel="noopener">
          {t('popup.privacy')}
        </a>
        <span class="muted">{t('popup.independent')}</span>
      </footer>
    </>
  );
}
