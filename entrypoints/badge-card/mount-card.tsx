import { render } from 'preact';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { browser } from '#imports';
import { Card } from '@/components/badge/card';
import { TranslatorProvider } from '@/components/i18n';
import { getPlatform } from '@/data/platforms';
import { statusHistory } from '@/lib/badge/card-facts';
import { placeCard } from '@/lib/badge/card-position';
import { followSeller } from '@/lib/badge/card-seller';
import type { BadgeState, PillForCard } from '@/lib/badge/page/pill-for-card';
import { createTranslator, resolveLang } from '@/lib/i18n';
import { HIDE_UNDO_MS } from '@/lib/badge/hide-undo';
import { hideSite, sanitizeSettings, settingsItem, siteKey } from '@/lib/settings';
import { displayStatus, shortStatus } from '@/lib/status';
import { CONTENT_SCRIPT_MESSAGES } from '@/locales/content-script';
import css from './card.css?inline';

interface CardState extends BadgeState {
  hideFailed: boolean;
  /** The site "Hide on this site" will hide, while its undo is offered; saved when that ends. */
  pendingHide?: string;
}

type CardStore = StoreApi<CardState>;

/**
 * Renders the card into the pill's shadow root and keeps it in step with the first stage's state
 * (mirrored into a zustand/vanilla store the view follows), until the page view ends.
 */
export function mountCard(pill: PillForCard): void {
  const platform = getPlatform(pill.platformId);
  if (!platform) return;
  const status = displayStatus(platform);
  const history = statusHistory(platform);
  const store = createStore<CardState>()(() => ({ ...pill.state.getState(), hideFailed: false }));
  const stopMirror = pill.state.subscribe((next) => store.setState(next));

  const style = document.createElement('style');
  style.textContent = css;
  pill.root.append(style);
  const slot = pill.slot;
  slot.replaceChildren();

  /**
   * Only the user drives the badge: events a page script dispatches (isTrusted false) do nothing,
   * and neither does anything once this copy is orphaned (the check also takes the badge down).
   */
  const trusted = (run: () => void) => (event: Event) => {
    if (event.isTrusted && pill.isValid()) run();
  };

  const hide = createHideUndo(pill, store);
  const placement = followPlacement(pill, () => store.getState().isOpen);
  let wasOpen = false;

  const draw = () => {
    if (!pill.isValid()) {
      stopMirror();
      render(null, slot);
      return;
    }
    const s = store.getState();
    const lang = resolveLang(s.settings.language, navigator.language);
    const t = createTranslator(CONTENT_SCRIPT_MESSAGES[lang]);
    render(
      s.isOpen ? (
        <TranslatorProvider lang={lang} t={t}>
          <Card
            platformName={platform.name}
            status={status}
            statusLine={shortStatus(platform, t, pill.hostname)}
            history={history}
            seller={s.seller}
            hideFailed={s.hideFailed}
            pendingHide={s.pendingHide}
            onClose={trusted(() => {
              hide.commit();
              pill.close();
            })}
            // Synchronous all the way to sendMessage: the click's user gesture must reach sidePanel.open().
            onDetails={trusted(() => void browser.runtime.sendMessage({ type: 'panel/open', platform: platform.id }).catch(() => undefined))}
            onHide={trusted(hide.start)}
            onUndoHide={trusted(hide.undo)}
          />
        </TranslatorProvider>
      ) : null,
      slot,
    );
    // Placed at once when it opens (even in a tab in the background, where frames wait); later
    // changes in the next frame, so a seller read on a large page pays no forced layout of its own.
    if (s.isOpen && !wasOpen) placement.place();
    else placement.placeSoon();
    wasOpen = s.isOpen;
  };
  store.subscribe(draw);
  draw();
  followSeller(pill);
  pill.isCardLoaded = true;
  // For npm run bench: from the click (the first stage's mark) to the card's first frame.
  requestAnimationFrame(() => {
    try {
      performance.measure('charte-pme:card', 'charte-pme:open');
    } catch {
      // Opened on arrival: no click to measure from.
    }
  });
}

/**
 * "Hide on this site" is saved after a few seconds of undo (saving takes the badge, and so the
 * undo, off the page at once), or at once when the shopper closes the card or leaves the page.
 */
function createHideUndo(pill: PillForCard, store: CardStore) {
  const save = async () => {
    try {
      const item = settingsItem();
      const current = sanitizeSettings(await item.getValue());
      await item.setValue({ ...current, ...hideSite(current, pill.hostname) });
    } catch {
      store.setState({ hideFailed: true, pendingHide: undefined });
    }
  };
  let timer: number | undefined;
  // Listened to only while a hide waits: nothing runs as an ordinary page is left.
  const onLeave = (event: Event) => event.isTrusted && commit();
  const end = () => {
    clearTimeout(timer);
    removeEventListener('pagehide', onLeave);
    store.setState({ pendingHide: undefined });
  };
  const commit = () => {
    if (store.getState().pendingHide === undefined) return;
    end();
    void save();
  };
  /** After a render: focus goes to the button that replaced the one just pressed. */
  const focusIn = (selector: string) => pill.root.querySelector<HTMLElement>(`.card ${selector}`)?.focus();
  return {
    commit,
    start() {
      store.setState({ pendingHide: siteKey(pill.hostname), hideFailed: false });
      timer = pill.context.setTimeout(commit, HIDE_UNDO_MS);
      addEventListener('pagehide', onLeave);
      focusIn('.action');
    },
    undo() {
      end();
      focusIn('.action:last-child');
    },
  };
}

/**
 * The card is fixed in the viewport next to the pill (issue 24): it stays inside the screen,
 * whatever container the pill sits in, and follows the pill as the page scrolls.
 */
function followPlacement(pill: PillForCard, isOpen: () => boolean) {
  const place = () => {
    const card = pill.root.querySelector<HTMLElement>('.card');
    const pillButton = pill.root.querySelector<HTMLElement>('.pill');
    if (!card || !pillButton) return;
    // The layout viewport without its scroll bar (innerWidth counts it).
    const viewport = { width: document.documentElement.clientWidth || innerWidth, height: innerHeight };
    card.style.maxHeight = `${Math.min(400, Math.floor(viewport.height / 2))}px`;
    const at = placeCard(pillButton.getBoundingClientRect(), card.getBoundingClientRect().height, viewport);
    card.dataset.side = at.side;
    Object.assign(card.style, { left: `${at.left}px`, top: `${at.top}px`, width: `${at.width}px`, maxHeight: `${at.maxHeight}px` });
    // A transformed ancestor of an inline pill makes "fixed" relative to itself: correct by the offset.
    const got = card.getBoundingClientRect();
    if (Math.abs(got.left - at.left) > 1) card.style.left = `${2 * at.left - got.left}px`;
    if (Math.abs(got.top - at.top) > 1) card.style.top = `${2 * at.top - got.top}px`;
  };
  let placing = 0;
  const placeSoon = () => {
    if (placing || !isOpen()) return;
    placing = requestAnimationFrame(() => {
      placing = 0;
      place();
    });
  };
  pill.context.addEventListener(window, 'scroll', placeSoon, { capture: true, passive: true });
  pill.context.addEventListener(window, 'resize', placeSoon, { passive: true });
  return { place, placeSoon };
}
