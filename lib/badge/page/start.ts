import { classifyUrlAmong, detectPageWith, type Detection } from '../../detect/detect';
import type { PageState } from '../../messages';
import { isBadgeVisible, type Settings } from '../../settings';
import { displayStatus, shortStatus } from '../../status';
import type { BadgeGroup } from '../groups/types';
import { createMountController, shouldShow, type MountController, type Override } from '../mount-controller';
import type { PageContext } from './context';
import { nativeExt, type MessageListener, type NativeExt } from '../../browser/native-api';
import { publishHandoff, type BadgeState, type CardHandoff } from './handoff';
import { watchNavigation } from '../../browser/navigation';
import { readPageSettings, watchPageSettings } from './page-settings';
import { createStateHolder } from './state';
import { createCornerKeeper } from './corner-keeper';
import { isInHydratingApp, type Corner } from './placement';
import { pillTranslator } from './strings';
import { createPillSurface, HOST_TAG, type PillSurface } from './surface';

/** How long the card may take to load before the badge says it could not. */
const CARD_LOAD_TIMEOUT_MS = 3000;
// setTimeout's ceiling (~24.8 days); a longer snooze is checked again when the timer fires.
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * The first stage, injected at document_start: the URL is tested at once and, where it may be a
 * product page, the one storage read starts, so its answer is in when the document is parsed.
 * The rest waits for the parsed document (the DOM hints, the title's error-page check, the
 * inline anchor): the pill in plain DOM, the card (and with it the seller's reading) loaded by
 * the background when the shopper opens the badge. On a page of a listed host that is not a
 * product page, nothing runs beyond the URL test and the navigation watch.
 */
export function startFirstStage(ctx: PageContext, group: BadgeGroup): void {
  const api = nativeExt();
  if (!api) return;
  const early = classifyUrlAmong(group.platforms, location.href);
  if (!early.platform) return;
  const prefetched = early.verdict === 'not-product' ? undefined : readPageSettings(api);
  whenParsed(ctx, () => ctx.isValid && startOnParsedPage(ctx, group, api, prefetched));
}

/**
 * Runs `run` once the document is parsed (now, if it is). readystatechange rather than
 * DOMContentLoaded: a page script can dispatch a fake DOMContentLoaded, not change readyState.
 */
function whenParsed(ctx: PageContext, run: () => void): void {
  if (document.readyState !== 'loading') return run();
  let isDone = false;
  ctx.addEventListener(document, 'readystatechange', () => {
    if (isDone || document.readyState === 'loading') return;
    isDone = true;
    run();
  });
}

function startOnParsedPage(ctx: PageContext, group: BadgeGroup, api: NativeExt, prefetched: Promise<Settings> | undefined): void {
  let url = location.href;
  let detection: Detection = detectPageWith(group.platforms, group.domSignals, url, document);
  const platform = group.platforms.find((p) => p.id === detection.platform);
  if (!platform) return;
  performance.mark('charte-pme:start');
  const status = displayStatus(platform);
  // Settings stay undefined until the one storage read answers: nothing shows before that.
  const state = createStateHolder<BadgeState>({ settings: undefined as unknown as Settings, isOpen: false });
  let override: Override = null;
  let surface: PillSurface | undefined;
  let rewatchRemoval: (() => void) | undefined;
  let controller: MountController | undefined;
  let lastReport = '';
  let isMeasured = false;
  let isCardRequested = false;
  let isReadingSettings = false;
  let cancelSnooze: (() => void) | undefined;
  let stopLate: (() => void) | undefined;

  /** Every call into the extension: nothing once orphaned, no error ever reaches the page. */
  const call = (run: (api: NativeExt) => Promise<unknown> | void): Promise<unknown> => {
    const live = ctx.isValid ? nativeExt() : undefined;
    if (!live) return Promise.reject(new Error('orphaned'));
    try {
      return Promise.resolve(run(live)).catch((e: unknown) => Promise.reject(e));
    } catch (e) {
      return Promise.reject(e);
    }
  };
  const send = (message: object) => call((a) => a.runtime.sendMessage(message)).catch(() => undefined);

  const settings = () => state.getState().settings;
  const isShown = () => surface?.host.isConnected ?? false;

  /** The background hears of a page view only when what it shows changes (or after a bfcache restore). */
  const report = (force = false) => {
    const pageState: PageState = { platform: platform.id, status, isProductPage: detection.isProductPage };
    const key = JSON.stringify(pageState);
    if (key === lastReport && !force) return;
    lastReport = key;
    void send({ type: 'page/state', state: pageState });
  };

  const label = () => {
    if (!surface || !settings()) return;
    const t = pillTranslator(settings());
    const long = shortStatus(platform, t, location.hostname);
    surface.setLabels({
      name: `${t('badge.pill.prefix', { platform: platform.name })} ${long}`,
      long,
      chip: t(`badge.chip.${status}`),
    });
  };

  const showLoadFailure = () => {
    if (!surface || handoff.isCardLoaded || !state.getState().isOpen) return;
    const note = document.createElement('p');
    note.className = 'note';
    note.setAttribute('role', 'status');
    note.textContent = pillTranslator(settings())('badge.card.loadFailed');
    surface.slot.replaceChildren(note);
  };

  const setOpen = (isOpen: boolean) => {
    state.setState({ isOpen });
    surface?.setExpanded(isOpen);
    if (!isOpen) {
      if (!handoff.isCardLoaded) surface?.slot.replaceChildren();
      return;
    }
    if (handoff.isCardLoaded || isCardRequested) return;
    isCardRequested = true;
    // For npm run bench: click → card painted (the card measures from this mark).
    performance.mark('charte-pme:open');
    // The background injects the card (scripting.executeScript): nothing a page could fetch.
    ctx.setTimeout(showLoadFailure, CARD_LOAD_TIMEOUT_MS);
    void call((a) => a.runtime.sendMessage({ type: 'card/load' }))
      .then((answer) => {
        if (!(answer as { ok?: boolean } | undefined)?.ok) throw new Error('refused');
      })
      .catch(() => {
        isCardRequested = false;
        showLoadFailure();
      });
  };

  const handoff: CardHandoff = {
    platformId: platform.id,
    hostname: location.hostname,
    get root() {
      return ensureSurface().root;
    },
    get slot() {
      return ensureSurface().slot;
    },
    state,
    context: ctx,
    close() {
      setOpen(false);
      surface?.pill.focus();
    },
    isValid: () => ctx.isValid,
    isCardLoaded: false,
  };

  function ensureSurface(): PillSurface {
    if (surface) return surface;
    const created = createPillSurface(status, (event) => {
      // Only the user drives the badge: a page script's click() is not trusted.
      if (!event.isTrusted || !ctx.isValid) return;
      setOpen(!state.getState().isOpen);
    });
    created.root.addEventListener('keydown', (event) => {
      const e = event as KeyboardEvent;
      if (!e.isTrusted || e.key !== 'Escape' || !state.getState().isOpen) return;
      e.preventDefault();
      handoff.close();
    });
    created.host.dataset.platform = platform!.id;
    created.host.dataset.status = status;
    surface = created;
    label();
    rewatchRemoval = watchRemoval(created.host);
    return created;
  }

  /**
   * A corner host is a child of <html>: its children are enough to watch. An inline host lives
   * in the page's content, which a page may re-render whole: there the document is watched (each
   * batch of changes costs one isConnected check).
   */
  function watchRemoval(host: HTMLElement) {
    let observer: MutationObserver | undefined;
    let isInline: boolean | undefined;
    const watch = () => {
      const inline = host.dataset.position === 'inline';
      if (inline === isInline) return;
      isInline = inline;
      observer?.disconnect();
      observer = new MutationObserver(() => {
        if (!ctx.isValid) return;
        if (!host.isConnected) controller?.onRemovedByPage();
      });
      observer.observe(document.documentElement, { childList: true, subtree: inline });
    };
    ctx.onInvalidated(() => observer?.disconnect());
    return watch;
  }

  const mountSurface = () => {
    const s = ensureSurface();
    // At most one badge: a host left by an older copy of this script (update, re-injection) goes.
    for (const stray of document.querySelectorAll(HOST_TAG)) if (stray !== s.host) stray.remove();
    const position = settings().position;
    const anchorSelector = position === 'inline' ? platform.pages?.anchor : undefined;
    const found = anchorSelector ? document.querySelector(anchorSelector) : null;
    const anchor = found && !isInHydratingApp(found) ? found : null;
    s.place(anchor, position === 'inline' ? 'bottom-right' : position);
    rewatchRemoval?.();
    if (anchor) shown();
    else corners.placed();
    if (settings().openByDefault && !state.getState().isOpen) setOpen(true);
  };

  /** For npm run bench: from the script's start to the badge first showing on the page. */
  const shown = () => {
    if (!isMeasured) performance.measure('charte-pme:mounted', 'charte-pme:start');
    isMeasured = true;
  };
  const corners = createCornerKeeper(ctx, () => surface, () => (settings().position === 'inline' ? 'bottom-right' : (settings().position as Corner)), shown);

  const scheduleSnoozeEnd = () => {
    cancelSnooze?.();
    const wait = settings().snoozeUntil - Date.now();
    if (wait <= 0) return;
    const id = ctx.setTimeout(apply, Math.min(wait + 50, MAX_TIMER_MS));
    cancelSnooze = () => clearTimeout(id);
  };

  /**
   * The settings are read, and followed, from the first product page of this document on: a
   * listing or a home page of a listed host reads nothing.
   */
  function needSettings(): void {
    if (isReadingSettings || !detection.isProductPage) return;
    isReadingSettings = true;
    ctx.onInvalidated(watchPageSettings(api, (next) => ctx.isValid && onSettings(next)));
    void (prefetched ?? readPageSettings(api)).then((initial) => {
      if (!settings() && ctx.isValid) onSettings(initial);
    });
  }

  function apply(): void {
    needSettings();
    if (!ctx.isValid || !settings()) return;
    const wanted = shouldShow({ isProductPage: detection.isProductPage, settings: settings(), hostname: location.hostname, now: Date.now(), override });
    scheduleSnoozeEnd();
    controller ??= wanted
      ? createMountController({ mount: mountSurface, remove: () => surface?.host.remove(), isConnected: isShown })
      : undefined;
    controller?.sync(wanted);
  }

  const watchIfAmbiguous = () => {
    stopLate?.();
    if (!group.watchLate || detection.isProductPage || !detection.signals.some((s) => s.startsWith('ambiguous:'))) return;
    const at = url;
    stopLate = group.watchLate({
      setTimer: (run, ms) => {
        const id = ctx.setTimeout(run, ms);
        return () => clearTimeout(id);
      },
      now: () => performance.now(),
      check: () => {
        if (url !== at) return true;
        const next = detectPageWith(group.platforms, group.domSignals, url, document);
        if (!next.isProductPage) return false;
        detection = next;
        report();
        apply();
        return true;
      },
      observe: (onChange) => {
        const observer = new MutationObserver(() => ctx.isValid && onChange());
        observer.observe(document, { childList: true, subtree: true });
        return () => observer.disconnect();
      },
    });
  };

  const redetect = (nextUrl: string, force: boolean) => {
    url = nextUrl;
    detection = detectPageWith(group.platforms, group.domSignals, url, document);
    // A new page view: the card (if loaded) drops the last seller reading and its host attributes.
    state.setState({ seller: undefined });
    if (state.getState().isOpen) handoff.close();
    controller?.startPageView();
    report(force);
    apply();
    watchIfAmbiguous();
  };

  const onSettings = (next: Settings) => {
    const previous = settings();
    // A settings change that moves visibility ends the keyboard override: the user just chose.
    if (previous && isBadgeVisible(previous, location.hostname, Date.now()) !== isBadgeVisible(next, location.hostname, Date.now())) override = null;
    state.setState({ settings: next });
    label();
    // A new position needs a new place in the page.
    if (previous && previous.position !== next.position && isShown()) controller?.sync(false);
    apply();
  };

  const onMessage: MessageListener = (message) => {
    if (!ctx.isValid || (message as { type?: unknown } | null)?.type !== 'badge/toggle' || !detection.isProductPage) return undefined;
    // First press: focus the badge (showing it if hidden); a press while it has focus hides it.
    if (isShown() && document.activeElement === surface?.host) override = 'hidden';
    else override = 'shown';
    apply();
    if (override === 'shown') surface?.pill.focus();
    return undefined;
  };

  // Orphaned (extension reloaded or removed): take everything down, quietly.
  ctx.onInvalidated(() => {
    surface?.host.remove();
    publishHandoff(undefined);
    stopLate?.();
    cancelSnooze?.();
  });
  publishHandoff(handoff);
  api.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    try {
      api.runtime.onMessage.removeListener(onMessage);
    } catch {
      // Gone with the context.
    }
  });
  watchNavigation(ctx, (nextUrl, force) => redetect(nextUrl, force));
  report();
  needSettings();
  watchIfAmbiguous();
}
