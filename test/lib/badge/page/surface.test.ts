import { afterEach, describe, expect, it, vi } from 'vitest';
import { STATUS_ICON_PATHS } from '@/lib/badge/status-icon-paths';
import { createPillSurface, HOST_SELECTOR } from '@/lib/badge/page/surface';

afterEach(() => {
  for (const host of document.querySelectorAll(HOST_SELECTOR)) host.remove();
  document.body.replaceChildren();
});

const LABELS = { name: 'Charte PME, Fnac : Signataire', mark: 'Charte PME', long: 'Signataire', chip: 'Charte PME : signée' };

describe('createPillSurface', () => {
  it('builds a marked host with a closed shadow root: the page cannot reach inside', () => {
    const s = createPillSurface(STATUS_ICON_PATHS.signatory, () => undefined);
    expect(s.host.localName).toBe('charte-pme-badge');
    expect(s.host.hasAttribute('data-charte-pme')).toBe(true);
    expect(s.host.matches(HOST_SELECTOR)).toBe(true);
    expect(s.host.shadowRoot).toBeNull();
    expect(s.root.host).toBe(s.host);
    expect(s.root.mode).toBe('closed');
    expect(s.root.firstElementChild?.localName).toBe('style');
  });

  it('holds a pill button, collapsed, with the status’s icon, and the slot the card renders in', () => {
    const s = createPillSurface(STATUS_ICON_PATHS.declined, () => undefined);
    expect(s.pill).toBe(s.root.querySelector('button.pill'));
    expect(s.pill.type).toBe('button');
    expect(s.pill.getAttribute('aria-expanded')).toBe('false');
    expect(s.pill.querySelector('svg path')?.getAttribute('d')).toBe(STATUS_ICON_PATHS.declined);
    expect(s.pill.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(s.slot.className).toBe('slot');
    expect(s.slot.parentElement).toBe(s.pill.parentElement);
  });

  it('writes its labels as text, never as markup', () => {
    const s = createPillSurface(STATUS_ICON_PATHS.signatory, () => undefined);
    s.setLabels({ ...LABELS, long: '<img src=x onerror=alert(1)>' });
    expect(s.pill.getAttribute('aria-label')).toBe(LABELS.name);
    expect(s.root.querySelector('.mark')!.textContent).toBe('Charte PME');
    expect(s.root.querySelector('.long')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(s.root.querySelector('.chip')!.textContent).toBe(LABELS.chip);
    expect(s.root.querySelector('img')).toBeNull();
  });

  it('says whether the card is open, and hides (without removing) while it waits for a free corner', () => {
    const s = createPillSurface(STATUS_ICON_PATHS.signatory, () => undefined);
    s.setExpanded(true);
    expect(s.pill.getAttribute('aria-expanded')).toBe('true');
    s.setExpanded(false);
    expect(s.pill.getAttribute('aria-expanded')).toBe('false');
    const badge = s.pill.parentElement!;
    s.setWaiting(true);
    expect(badge.classList.contains('waiting')).toBe(true);
    s.setWaiting(false);
    expect(badge.classList.contains('waiting')).toBe(false);
  });

  it('goes in a corner as a child of <html>, or inline after or before the spot it is given', () => {
    document.body.innerHTML = '<main><h1 id="title">Bouilloire</h1><p id="next">…</p></main>';
    const title = document.getElementById('title')!;
    const s = createPillSurface(STATUS_ICON_PATHS.signatory, () => undefined);
    expect(s.isInCorner()).toBe(false); // not in the page yet
    s.place(null, 'top-left');
    expect(s.host.parentElement).toBe(document.documentElement);
    expect(s.host.dataset.position).toBe('top-left');
    expect(s.isInCorner()).toBe(true);
    s.host.remove();
    expect(s.isInCorner()).toBe(false);
    s.place({ node: title, where: 'after' }, 'bottom-right');
    expect(title.nextElementSibling).toBe(s.host);
    expect(s.host.dataset.position).toBe('inline');
    expect(s.isInCorner()).toBe(false);
    s.place({ node: title, where: 'before' }, 'bottom-right');
    expect(title.previousElementSibling).toBe(s.host);
  });

  it('hands the pill’s clicks to its caller and keeps them, and the card’s pointer events, from the page', () => {
    const onPillClick = vi.fn();
    const s = createPillSurface(STATUS_ICON_PATHS.signatory, onPillClick);
    s.place(null, 'bottom-right');
    const pageHeard = vi.fn();
    for (const type of ['click', 'mousedown', 'pointerup', 'touchstart']) document.addEventListener(type, pageHeard);
    s.pill.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(onPillClick).toHaveBeenCalledTimes(1);
    s.slot.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, composed: true }));
    s.slot.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true }));
    s.slot.dispatchEvent(new Event('touchstart', { bubbles: true, composed: true }));
    expect(pageHeard).not.toHaveBeenCalled();
  });

  // Last: a custom element definition cannot be undone in this document.
  // (A definition alone is caught by :defined, which happy-dom does not match: the browser tests
  // cover it.) Here the page's class attaches a shadow root of its own, so ours throws.
  it('takes a built-in element when the page defined charte-pme-badge first and its root is taken', () => {
    customElements.define(
      'charte-pme-badge',
      class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' });
        }
      },
    );
    const s = createPillSurface(STATUS_ICON_PATHS.signatory, () => undefined);
    expect(s.host.localName).toBe('div');
    expect(s.host.hasAttribute('data-charte-pme')).toBe(true);
    expect(s.root.host).toBe(s.host);
    s.place(null, 'bottom-right');
    expect(document.querySelectorAll(HOST_SELECTOR)).toHaveLength(1);
  });
});
