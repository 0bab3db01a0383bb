import { closeCard, toggleCard } from './card-request';
import type { PageContext } from './context';
import type { FirstStage } from './stage';

/** The page's own interactive content: should a page move our host into it, a click does not follow it. */
const INTERACTIVE = 'a, button, label, summary, select, [contenteditable]:not([contenteditable="false"])';
const KEY_EVENTS = ['keydown', 'keyup', 'keypress'];
const FOCUS_EVENTS = ['focusin', 'focus'];

/** Clicks the guard acted on: the pill's own listener, which runs later, leaves them alone. */
const handled = new WeakSet<Event>();

export function wasHandledByGuard(event: Event): boolean {
  return handled.has(event);
}

/**
 * The badge's input, kept out of the page's reach. Registered at document_start, before any page
 * script, in the capture phase on window: the first listeners any event meets, whatever the page
 * adds later (a capturing keydown that calls preventDefault or stopImmediatePropagation, a focusin
 * that moves the focus away). For the user's own (trusted) events aimed at the badge:
 * - keys and focus stop there: the page never sees them, so it can neither cancel Enter, Space or
 *   Escape nor steal the focus back; the browser's default actions (Tab, a button's activation)
 *   still happen, and Escape closes the card from here;
 * - a click on the pill acts from here, so a page stopping clicks later cannot silence it.
 * Everything else costs one comparison per event.
 */
export function guardBadgeInput(ctx: PageContext, stageOf: () => FirstStage | undefined): void {
  const ours = (event: Event): FirstStage | undefined => {
    const stage = stageOf();
    return event.isTrusted && stage?.surface && event.target === stage.surface.host ? stage : undefined;
  };
  const onKey = (event: Event) => {
    const stage = ours(event);
    if (!stage) return;
    event.stopImmediatePropagation();
    const e = event as KeyboardEvent;
    if (e.type !== 'keydown' || e.key !== 'Escape' || !stage.state.getState().isOpen) return;
    e.preventDefault();
    closeCard(stage);
  };
  const onFocus = (event: Event) => {
    if (ours(event)) event.stopImmediatePropagation();
  };
  const onClick = (event: Event) => {
    const stage = ours(event);
    if (!stage) return;
    const { host, root, pill } = stage.surface!;
    if (host.parentElement?.closest(INTERACTIVE)) event.preventDefault();
    const e = event as MouseEvent;
    // A click from the keyboard (Enter, Space: detail 0) lands on the focused element.
    const inner = e.detail === 0 ? root.activeElement : root.elementFromPoint(e.clientX, e.clientY);
    if (!inner || !pill.contains(inner)) return;
    handled.add(event);
    toggleCard(stage);
  };
  const capture = { capture: true };
  for (const type of KEY_EVENTS) ctx.addEventListener(window, type, onKey, capture);
  for (const type of FOCUS_EVENTS) ctx.addEventListener(window, type, onFocus, capture);
  ctx.addEventListener(window, 'click', onClick, capture);
}
