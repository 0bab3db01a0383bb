import { browser } from '#imports';
import { BACKGROUND_MESSAGES, type BackgroundKey } from '../../locales/background';
import { toolbarAction } from '../../lib/browser-compat';
import { detectPage } from '../../lib/detect/detect';
import { createTranslator, resolveLang, type Params, type Translate } from '../../lib/i18n';
import { isMessage, type PageState } from '../../lib/messages';
import { getPlatform } from '../../data/platforms';
import { readSettings } from '../../lib/settings';
import { shortStatus, type DisplayStatus } from '../../lib/status';

/** A short mark per status: a shape, not a colour, tells them apart. */
export const TOOLBAR_MARKS: Readonly<Record<DisplayStatus, string>> = {
  signatory: '✓',
  'renewal-signatory': '+',
  declined: '–',
  'not-listed': '?',
};

/** Slate for every status, with white text: no verdict colours. */
const TOOLBAR_BACKGROUND = '#475569';
const TOOLBAR_TEXT = '#ffffff';

/** A translator over the background's own strings (a full one fits too). */
export type BackgroundTranslate = (key: BackgroundKey, params?: Params) => string;

/**
 * What the toolbar shows for a page: its mark and its title (tooltip). The title is the one short
 * status line (lib/status.ts), so it says « par déduction » for Darty and AliExpress (same mark,
 * the title tells the difference) and « charte française » on amazon.com, `hostname` being the page's.
 */
export function toolbarFor(state: PageState, t: Translate, hostname?: string): { text: string; title: string } {
  const platform = getPlatform(state.platform);
  const status = platform ? shortStatus(platform, t, hostname) : t(`status.${state.status}.short`);
  return {
    text: TOOLBAR_MARKS[state.status],
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

async function userTranslator(): Promise<Translate> {
  const { language } = await readSettings();
  return createTranslator(BACKGROUND_MESSAGES[resolveLang(language, globalThis.navigator?.language)]);
}

/**
 * The toolbar icon is the status channel that always works, badge hidden or not (PEERS L2):
 * each tab gets the mark and title of the page's status, reported by the content script on
 * every (re)detection, and loses them when it starts loading another site or reports null.
 */
export function setupToolbar(): void {
  // Bumped by every event of a tab, so a slow settings read never writes over a newer state.
  const generations = new Map<number, number>();
  const bump = (tabId: number) => {
    const next = (generations.get(tabId) ?? 0) + 1;
    generations.set(tabId, next);
    return next;
  };

  const clear = (tabId: number) => {
    bump(tabId);
    const action = toolbarAction();
    if (!action) return;
    void action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
    void action.setTitle({ tabId, title: defaultTitle() }).catch(() => undefined);
  };

  const show = async (tabId: number, state: PageState, hostname?: string) => {
    const mine = bump(tabId);
    const t = await userTranslator();
    const action = toolbarAction();
    if (!action || generations.get(tabId) !== mine) return;
    const { text, title } = toolbarFor(state, t, hostname);
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
    if (raw.state && getPlatform(raw.state.platform)) void show(tabId, raw.state, senderHost(sender.url ?? sender.tab?.url)).catch(() => undefined);
    else clear(tabId);
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    // Chrome also says "loading" for pushState, after the page's report of the new URL: keep the
    // mark when the new URL is on a platform (its content script reports again, in-page or not).
    // Elsewhere the URL is withheld (no host permission there) and the tab is cleared.
    if (change.url && detectPage(change.url).platform) return;
    clear(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => generations.delete(tabId));
}
