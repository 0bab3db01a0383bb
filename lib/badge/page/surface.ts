import { STATUS_ICON_PATHS } from '../status-icon-paths';
import type { Position } from '../../settings';
import type { DisplayStatus } from '../../status';
import css from './pill.css?inline';
import { EDGE_PX } from './placement';
import { SHADOW_MODE } from './shadow-mode';

/** The host element's tag: browser tests and the at-most-one rule rely on it. */
export const HOST_TAG = 'charte-pme-badge';
const SIDES = ['top', 'right', 'bottom', 'left'] as const;

export interface PillLabels {
  /** The accessible name: prefix, platform and the full short status. */
  name: string;
  /** The visible line on wide screens (the short status). */
  long: string;
  /** The visible word under 600 px (« Charte ✓ »). */
  chip: string;
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
  /** Puts the host in the page: after `anchor` (inline) or at the root, in a corner. */
  place(anchor: Element | null, corner: Position): void;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Plain DOM, no framework: the first stage must stay a few kilobytes. Static markup only; every
 * text goes in through textContent. The root is closed and kept in this closure only, so a page
 * script can neither read nor rewrite what the badge says.
 */
export function createPillSurface(status: DisplayStatus, onPillClick: (event: MouseEvent) => void): PillSurface {
  const host = document.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: SHADOW_MODE });
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
  path.setAttribute('d', STATUS_ICON_PATHS[status]);
  svg.append(path);
  const long = el('span', 'long');
  const chip = el('span', 'chip');
  pill.append(svg, long, chip);
  const slot = el('div', 'slot');
  badge.append(pill, slot);
  root.append(style, badge);
  pill.addEventListener('click', onPillClick);
  // Keys typed in the badge must not reach the page's own shortcuts.
  for (const type of ['keydown', 'keyup', 'keypress']) host.addEventListener(type, (e) => e.stopPropagation());

  return {
    host,
    root,
    pill,
    slot,
    setLabels({ name, long: longText, chip: chipText }) {
      pill.setAttribute('aria-label', name);
      long.textContent = longText;
      chip.textContent = chipText;
    },
    setExpanded(isOpen) {
      pill.setAttribute('aria-expanded', String(isOpen));
    },
    setWaiting(isWaiting) {
      badge.classList.toggle('waiting', isWaiting);
    },
    place(anchor, corner) {
      host.dataset.position = anchor ? 'inline' : corner;
      // Important inline declarations: a page rule on our host cannot move it (nor can one of its
      // !important ones: inline important wins).
      for (const side of SIDES) {
        if (anchor) host.style.removeProperty(side);
        else host.style.setProperty(side, corner.includes(side) ? `${EDGE_PX}px` : 'auto', 'important');
      }
      // <html> rather than <body>: pages that re-render their body keep our host.
      if (anchor) anchor.after(host);
      else document.documentElement.append(host);
    },
  };
}
