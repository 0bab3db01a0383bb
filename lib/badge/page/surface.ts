import type { Position } from '../../settings';
import css from './pill.css?inline';
import { SHADOW_MODE } from './shadow-mode';

/** The host element's usual tag (a page that defined it first gets a built-in element instead). */
const HOST_TAG = 'charte-pme-badge';
/** Every host carries this attribute, whatever its tag: browser tests and the at-most-one rule use it. */
const HOST_ATTRIBUTE = 'data-charte-pme';
/** Our hosts, and those an older copy of the script left (before the attribute existed). */
export const HOST_SELECTOR = `[${HOST_ATTRIBUTE}], ${HOST_TAG}`;

export interface PillLabels {
  /** The accessible name: prefix, platform and the full short status. */
  name: string;
  /** The extension's name, shown on the pill so that no one takes it for the page's own claim. */
  mark: string;
  /** The visible line on wide screens (the short status). */
  long: string;
  /** The visible words under 600 px, which name the badge too (« Charte PME : signée »). */
  chip: string;
}

/** Where an inline pill goes: right after the title's block, or before it when the title is very long. */
export interface InlineSpot {
  node: Element;
  where: 'after' | 'before';
}

/** The badge's DOM: a host with a closed shadow root, the pill, and the slot the card renders in. */
export interface PillSurface {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  readonly pill: HTMLButtonElement;
  /** Where the second stage renders the card (or the first stage its "could not load" note). */
  readonly slot: HTMLElement;
  setLabels(labels: PillLabels): void;
  setExpanded(isOpen: boolean): void;
  /** Hidden (not removed) while every corner is taken by something the page floats. */
  setWaiting(isWaiting: boolean): void;
  /** Puts the host in the page: at `spot` (inline) or at the root, in a corner. */
  place(spot: InlineSpot | null, corner: Position): void;
  /** The host is in the page, in a corner (the first stage and the corner code both ask). */
  isInCorner(): boolean;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/**
 * Events of the pill and the card that must not bubble on to the page's own controls and handlers
 * (keys and focus never get this far: lib/badge/page/input-guard.ts stops them before the page).
 */
const CONTAINED_EVENTS = ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'touchend'];

/**
 * The host and its closed shadow root. A page that defined `charte-pme-badge` before us (its
 * class would be upgraded onto our host, see its attributes change, or attach a shadow root of
 * its own so that ours throws) gets a built-in element instead, which no page can redefine; any
 * failure of attachShadow takes the next element too. Never throws.
 */
function createHost(): { host: HTMLElement; root: ShadowRoot } {
  let host = document.createElement(HOST_TAG);
  try {
    // An element of a tag no one defined is not :defined; one the page defined is.
    if (!host.matches(':defined')) return { host, root: host.attachShadow({ mode: SHADOW_MODE }) };
  } catch {
    // A built-in element instead.
  }
  host = document.createElement('div');
  return { host, root: host.attachShadow({ mode: SHADOW_MODE }) };
}

/**
 * Plain DOM, no framework: the first stage must stay a few kilobytes. Static markup only; every
 * text goes in through textContent. The root is closed and kept in this closure only, so a page
 * script can neither read nor rewrite what the badge says. `iconPath`: the status's drawing (the
 * group's `icons`).
 */
export function createPillSurface(iconPath: string, onPillClick: (event: MouseEvent) => void): PillSurface {
  const { host, root } = createHost();
  host.setAttribute(HOST_ATTRIBUTE, '');
  // Built node by node (no markup string): store reviewers flag innerHTML, and texts only ever go
  // in through textContent.
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string) => Object.assign(document.createElement(tag), { className });
  const style = document.createElement('style');
  style.textContent = css;
  const badge = el('div', 'badge');
  const pill = el('button', 'pill');
  pill.type = 'button';
  pill.setAttribute('aria-expanded', 'false');
  const svg = document.createElementNS(SVG_NS, 'svg');
  for (const [name, value] of [['class', 'status-icon'], ['width', '16'], ['height', '16'], ['viewBox', '0 0 24 24'], ['aria-hidden', 'true']]) svg.setAttribute(name!, value!);
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', iconPath);
  svg.append(path);
  const mark = el('span', 'mark');
  const long = el('span', 'long');
  const chip = el('span', 'chip');
  pill.append(mark, svg, long, chip);
  const slot = el('div', 'slot');
  badge.append(pill, slot);
  root.append(style, badge);
  pill.addEventListener('click', onPillClick);
  // The pill's and the card's events stop at the host: a page link, form or shortcut around or
  // above it never hears them (lib/badge/page/input-guard.ts keeps the page's capturing listeners out).
  for (const type of CONTAINED_EVENTS) host.addEventListener(type, (e) => e.stopPropagation());

  return {
    host,
    root,
    pill,
    slot,
    setLabels(labels) {
      pill.setAttribute('aria-label', labels.name);
      mark.textContent = labels.mark;
      long.textContent = labels.long;
      chip.textContent = labels.chip;
    },
    setExpanded(isOpen) {
      pill.setAttribute('aria-expanded', String(isOpen));
    },
    setWaiting(isWaiting) {
      badge.classList.toggle('waiting', isWaiting);
    },
    place(spot, corner) {
      // The corner's edges follow data-position in pill.css, where no page rule can override them.
      host.dataset.position = spot ? 'inline' : corner;
      // <html> rather than <body>: pages that re-render their body keep our host.
      if (!spot) document.documentElement.append(host);
      else if (spot.where === 'after') spot.node.after(host);
      else spot.node.before(host);
    },
    isInCorner: () => host.isConnected && host.dataset.position !== 'inline',
  };
}
