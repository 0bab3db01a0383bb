import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
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
import { hideSite, unhideSite, type Settings, type SettingsPatch } from '@/lib/settings';
import type { SettingsStore } from '@/lib/stores';

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
  const [view, setView] = useState<'main' | 'report'>('main');
  const reportButton = useRef<HTMLButtonElement>(null);
  const backButton = useRef<HTMLButtonElement>(null);
  // The popup keeps its size between views (it never jumps, and never passes Chrome's 600 px):
  // the report view takes the main view's height, its text area filling what is left.
  const openReport = () => {
    document.body.style.height = `${Math.ceil(document.body.getBoundingClientRect().height)}px`;
    document.body.classList.add('is-locked');
    setView('report');
  };
  const closeReport = () => setView('main');
  useLayoutEffect(() => {
    if (view === 'report') backButton.current?.focus();
    else if (document.body.classList.contains('is-locked')) {
      document.body.classList.remove('is-locked');
      document.body.style.height = '';
      reportButton.current?.focus();
    }
  }, [view]);
  const header = (
    <header class="popup-header">
      <h1>{t('popup.title')}</h1>
      <nav class="popup-links" aria-label={t('popup.links')}>
        {/* The side panel's privacy section, as a tab: the popup closes when focus leaves it. */}
        <a href="sidepanel.html#privacy" target="_blank" rel="noopener">
          {t('popup.privacy')}
        </a>
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
      </nav>
    </header>
  );

  if (view === 'report' && site && url) {
    return (
      <>
        {header}
        <main class="report-view" aria-labelledby="report-heading">
          <div class="report-view__head">
            <button type="button" class="button button--quiet" ref={backButton} onClick={closeReport}>
              <span aria-hidden="true">← </span>
              {t('popup.report.back')}
            </button>
            <h2 id="report-heading">{t('report.action')}</h2>
          </div>
          <ReportEntry url={url} platform={site.platform} version={version} isOpen />
        </main>
      </>
    );
  }

  return (
    <>
      {header}
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
        {site && url ? (
          <button type="button" class="link-button" ref={reportButton} onClick={openReport}>
            {t('report.action')}
          </button>
        ) : null}
        <span class="muted">{t('popup.independent')}</span>
      </footer>
    </>
  );
}
