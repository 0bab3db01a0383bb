import { STATUS_ICON_PATHS } from '../../../components/badge/status-icon-paths';
import type { Position } from '../../settings';
import type { DisplayStatus } from '../../status';
import css from './pill.css?inline';
import { SHADOW_MODE } from './shadow-mode';

/** The host element's tag: browser tests and the at-most-one rule rely on it. */
export const HOST_TAG = 'charte-pme-badge';
const SVG = 'http://www.w3.org/2000/svg';
const SIDES = ['top', 'right', 'bottom', 'left'] as const;
/** Distance from the viewport's edges in a corner. */
const EDGE_PX = 16;

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
  /** Puts the host in the page: after `anchor` (inline) or at the root, in a corner. */
  place(anchor: Element | null, corner: Position): void;
}

/**
 * Plain DOM, no framework: the first stage must stay a few kilobytes. Static markup only; every
 * text goes in through textContent. The root is closed and kept in this closure only, so a page
 * script can neither read nor rewrite what the badge says.
 */
export function createPillSurface(status: DisplayStatus, onPillClick: (event: MouseEvent) => void): PillSurface {
  const host = document.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: SHADOW_MODE });
  const style = document.createElement('style');
  style.textContent = css;
  const badge = document.createElement('div');
  badge.className = 'badge';
  const pill = document.createElement('button');
  pill.type = 'button';
  pill.className = 'pill';
  pill.setAttribute('aria-expanded', 'false');
  const icon = document.createElementNS(SVG, 'svg');
  for (const [k, v] of Object.entries({ class: 'status-icon', width: '16', height: '16', viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', 'stroke-width': '1.8', 'stroke-linecap': 'round', 'stroke-linejoin': 'round', 'aria-hidden': 'true', focusable: 'false' }))
    icon.setAttribute(k, v);
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', STATUS_ICON_PATHS[status]);
  icon.append(path);
  const long = document.createElement('span');
  long.className = 'long';
  const chip = document.createElement('span');
  chip.className = 'chip';
  pill.append(icon, long, chip);
  const slot = document.createElement('div');
  slot.className = 'slot';
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
