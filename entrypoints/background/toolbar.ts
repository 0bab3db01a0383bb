import { browser } from '#imports';
import { BACKGROUND_MESSAGES, type BackgroundKey } from '../../locales/background';
import { toolbarAction } from '../../lib/browser/toolbar-action';
import { detectPage } from '../../lib/detect/detect';
import { createTranslator, resolveLang, type Params, type Translate } from '../../lib/i18n';
import { isMessage, type PageState } from '../../lib/messages';
import { getPlatform } from '../../data/platforms';
import type { LangPref } from '../../lib/i18n';
import { hydratedSettings, watchSetting, type SettingsStore } from '../../lib/stores';
import { shortStatus, toolbarMark } from '../../lib/status';

/** Slate for every status, with white text: no verdict colours. */
const TOOLBAR_BACKGROUND = '#475569';
const TOOLBAR_TEXT = '#ffffff';

/** A translator over the background's own strings (a full one fits too). */
export type BackgroundTranslate = (key: BackgroundKey, params?: Params) => string;

/**
 * What the toolbar shows for a page: its mark and its title (tooltip). The mark is a word (« oui »,
 * « non », « ? ») with a star for an inference, so Darty's differs from Cdiscount's; the title is
 * the one short status line (lib/status.ts): « par déduction (groupe Fnac Darty) », both editions
 * for Amazon, and « charte française » on amazon.com, `hostname` being the page's.
 */
export function toolbarFor(state: PageState, t: Translate, hostname?: string): { text: string; title: string } {
  const platform = getPlatform(state.platform);
  const status = platform ? shortStatus(platform, t, hostname) : t(`status.${state.status}.short`);
  return {
    text: platform ? toolbarMark(platform, t, state.status) : t(`badge.mark.${state.status}`),
    title: t('badge.toolbar.title', { platform: platform?.name ?? state.platform, status }),
  };
}

/** The page's hostname, from the sender of its report; undefined if it cannot be read. */
function senderHost(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname : undefined;
  } catch {
    return undefined;
  }
}

/** The manifest's default title: Chrome has no way to unset a tab's title, only to set it. */
function defaultTitle(): string {
  try {
    return browser.runtime.getManifest().action?.default_title ?? 'Charte PME';
  } catch {
    return 'Charte PME';
  }
}

const translators = new Map<LangPref, Translate>();

/** The background's strings in the language of the settings (one translator per choice, kept). */
function translatorFor(language: LangPref): Translate {
  let t = translators.get(language);
  if (!t) {
    t = createTranslator(BACKGROUND_MESSAGES[resolveLang(language, globalThis.navigator?.language)]);
    translators.set(language, t);
  }
  return t;
}

/** What a tab last showed: a page's state from one document, or nothing (cleared). */
type Shown = { state: PageState; documentId?: string; hostname?: string } | null;

const isSameState = (a: PageState, b: PageState) =>
  a.platform === b.platform && a.status === b.status && a.isProductPage === b.isProductPage && a.hostname === b.hostname;

/**
 * The toolbar icon is the status channel that always works, badge hidden or not (users of similar
 * extensions ask for a status they can see without the in-page badge):
 * each tab gets the mark and title of the page's status, reported by the content script on
 * every (re)detection, and loses them when it starts loading another site or reports null.
 * The settings come from the background's store, in memory: no storage read per message. A
 * report that changes nothing for its tab (same page state from the same document, a page
 * sending thousands of in-page navigations) costs a comparison and nothing else.
 */
export function setupToolbar(settings: SettingsStore): void {
  // Bumped by every event of a tab, so a show waiting for the first settings never writes over a newer state.
  const generations = new Map<number, number>();
  const bump = (tabId: number) => {
    const next = (generations.get(tabId) ?? 0) + 1;
    generations.set(tabId, next);
    return next;
  };
  // Unknown (absent) after a service-worker restart: Chrome may still show an old mark, so the
  // first event of a tab always does its work.
  const shown = new Map<number, Shown>();

  const clear = (tabId: number) => {
    if (shown.get(tabId) === null) return;
    shown.set(tabId, null);
    bump(tabId);
    const action = toolbarAction();
    if (!action) return;
    void action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
    void action.setTitle({ tabId, title: defaultTitle() }).catch(() => undefined);
  };

  const show = async (tabId: number, state: PageState, hostname?: string) => {
    const mine = bump(tabId);
    const { language } = await hydratedSettings(settings);
    const action = toolbarAction();
    if (!action || generations.get(tabId) !== mine) return;
    const { text, title } = toolbarFor(state, translatorFor(language), hostname);
    await Promise.all([
      action.setBadgeText({ tabId, text }),
      action.setBadgeBackgroundColor({ tabId, color: TOOLBAR_BACKGROUND }),
      // Chrome 110+ and Firefox; older browsers pick a readable text colour themselves.
      action.setBadgeTextColor?.({ tabId, color: TOOLBAR_TEXT }),
      action.setTitle({ tabId, title }),
    ]);
  };

  browser.runtime.onMessage.addListener((raw, sender) => {
    if (!isMessage(raw) || raw.type !== 'page/state') return;
    const tabId = sender.tab?.id;
    // The top frame speaks for the tab (the content script runs there only).
    if (tabId == null || (sender.frameId ?? 0) !== 0) return;
    const state = raw.state;
    const hostname = state?.hostname ?? senderHost(sender.url ?? sender.tab?.url);
    if (!state || !getPlatform(state.platform)) return clear(tabId);
    const documentId = (sender as { documentId?: string }).documentId;
    const last = shown.get(tabId);
    if (last && last.documentId === documentId && isSameState(last.state, state)) return;
    shown.set(tabId, { state, documentId, hostname });
    void show(tabId, state, hostname).catch(() => undefined);
  });

  // A new language retitles every tab showing a status, without waiting for its next report.
  watchSetting(
    settings,
    (s) => s.language,
    () => {
      for (const [tabId, last] of shown) if (last) void show(tabId, last.state, last.hostname).catch(() => undefined);
    },
  );

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    // Chrome also says "loading" for pushState, after the page's report of the new URL: keep the
    // mark when the new URL is on a platform (its content script reports again, in-page or not).
    // Elsewhere the URL is withheld (no host permission there) and the tab is cleared.
    // Forgetting what the tab showed costs one redraw at its next report, and keeps us right
    // where a browser resets tab-specific marks when a page loads.
    if (change.url && detectPage(change.url).platform) return void shown.delete(tabId);
    clear(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    generations.delete(tabId);
    shown.delete(tabId);
  });
}
