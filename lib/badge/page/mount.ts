import { closeCard, toggleCard } from './card-request';
import { cornerOf, keepCorner } from './corner-request';
import { publishPillForCard } from './pill-for-card';
import { findInlineSpot } from './inline-spot';
import { wasHandledByGuard } from './input-guard';
import { writePillLabels } from './labels';
import { isInHydratingApp } from './hydrating-app';
import type { Corner } from './placement';
import { setViewTimer, settingsOf, type FirstStage } from './stage';
import { createPillSurface, HOST_SELECTOR, type InlineSpot, type PillSurface } from './surface';

/** The pill, created on the first mount; what the card needs of it is published with it (./pill-for-card.ts). */
function ensureSurface(stage: FirstStage): PillSurface {
  if (stage.surface) return stage.surface;
  const { ctx, group, platform, status, state } = stage;
  // The group carries an icon for each status of its platforms (tested with the registry).
  const surface = createPillSurface(group.icons[status] ?? '', (event) => {
    // Only the user drives the badge: a page script's click() is not trusted. A click the window's
    // guard already acted on (it runs first) is not acted on twice.
    if (event.isTrusted && !wasHandledByGuard(event)) toggleCard(stage);
  });
  surface.host.dataset.platform = platform.id;
  surface.host.dataset.status = status;
  stage.surface = surface;
  stage.forCard = {
    platformId: platform.id,
    hostname: location.hostname,
    root: surface.root,
    slot: surface.slot,
    state,
    context: ctx,
    pageViewSignal: () => stage.view.signal,
    close: () => closeCard(stage),
    isValid: () => ctx.isValid,
    isCardLoaded: false,
  };
  publishPillForCard(stage.forCard);
  writePillLabels(stage);
  return surface;
}

/**
 * Puts the pill in the page: under the product title where the settings say inline and the page
 * has the title (never inside its links, buttons or headings), else in a corner; `isSettled`: in a
 * corner whatever the settings say (the page kept removing it).
 */
export function mountSurface(stage: FirstStage, isSettled: boolean): void {
  const surface = ensureSurface(stage);
  // Removed by the page from a corner it had already checked: back to that corner, with no new
  // look at the page (a page removing it in a loop must not make us read its layout each time).
  // Removed before that look ran, it is still hidden: it gets the look.
  const previous = surface.host.dataset.position;
  const isBack = isSettled && !!previous && previous !== 'inline' && !!stage.corners && !stage.corners.isWaiting;
  const isInline = settingsOf(stage)?.position === 'inline' && !isSettled;
  const selector = isInline ? stage.platform.pages?.anchor : undefined;
  const found = selector ? document.querySelector(selector) : null;
  const spot = found && !isInHydratingApp(found) ? findInlineSpot(found) : null;
  removeStrays(surface.host, spot);
  surface.place(spot, isBack ? (previous as Corner) : cornerOf(stage));
  watchRemoval(stage);
  if (spot) {
    // Inline, nothing is checked: a pill that was waiting in a corner (for its look, or for the
    // corner code) shows at once.
    surface.setWaiting(false);
    markShown(stage);
    checkInlineBoxAfterPaint(stage);
  } else if (!isBack) {
    keepCorner(stage, () => markShown(stage));
  }
  if (settingsOf(stage)?.openByDefault && !stage.state.getState().isOpen) toggleCard(stage);
}

/**
 * At most one badge: a host left by an older copy of this script (update, re-injection) goes.
 * Hosts only ever sit at the root (corners) or beside the title's block (inline): looking there,
 * rather than through the whole document, keeps a mount cheap on a page of 30,000 elements.
 */
function removeStrays(own: Element, spot: InlineSpot | null): void {
  for (const parent of [document.documentElement, spot?.node.parentElement]) {
    for (const el of [...(parent?.children ?? [])]) if (el !== own && el.matches(HOST_SELECTOR)) el.remove();
  }
}

/** For npm run bench: from the script's start to the badge first showing on the page. */
function markShown(stage: FirstStage): void {
  if (!stage.isMeasured) performance.measure('charte-pme:mounted', 'charte-pme:start');
  stage.isMeasured = true;
}

/**
 * An anchor the page hides (a hidden parent, a closed dialog, display: none) gives an inline
 * badge no box: after the next paint, when the layout is done and reading it costs nothing, such
 * a badge moves to a corner.
 */
function checkInlineBoxAfterPaint(stage: FirstStage): void {
  requestAnimationFrame(() =>
    setViewTimer(stage, () => {
      const host = stage.surface?.host;
      if (!host?.isConnected || host.dataset.position !== 'inline') return;
      const box = host.getBoundingClientRect();
      if (box.width > 0 && box.height > 0) return;
      stage.surface!.place(null, cornerOf(stage));
      watchRemoval(stage);
      keepCorner(stage, () => markShown(stage));
    }, 0),
  );
}

/**
 * Tells the mount controller when the page removes the host, until the page view ends. Whatever
 * takes the host out of the document changes the child list of one of its ancestors: those lists
 * are watched, and nothing else. A corner host is a child of <html>: one list. An inline host
 * lives in the page's content, which a page may re-render whole: each ancestor's list, not the
 * whole document, whose every insertion (thousands on a marketplace page) would call us. When
 * the page moves the host elsewhere, the watch follows its new ancestors.
 */
export function watchRemoval(stage: FirstStage): void {
  const host = stage.surface?.host;
  if (!host) return;
  stage.stopRemovalWatch?.();
  const observer = new MutationObserver(() => {
    if (host.isConnected) return watchAncestors();
    if (stage.ctx.isValid) stage.controller?.onRemovedByPage();
  });
  const watchAncestors = () => {
    observer.disconnect();
    for (let n = host.parentNode; n; n = n.parentNode) observer.observe(n, { childList: true });
  };
  watchAncestors();
  const { signal } = stage.view;
  const stop = () => observer.disconnect();
  signal.addEventListener('abort', stop, { once: true });
  stage.stopRemovalWatch = () => {
    stop();
    signal.removeEventListener('abort', stop);
  };
}
