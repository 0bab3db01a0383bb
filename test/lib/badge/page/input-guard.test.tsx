import { waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PRODUCT, start, host, inShadow, pill, mounted, forgedClick, openCard, pause, trusted, sent, useBadgePage } from '../../../helpers/badge-page';

// Shipped builds close the shadow root; here it is open so the test can look inside.
vi.mock('@/lib/badge/page/shadow-mode', () => ({ SHADOW_MODE: 'open' }));

useBadgePage();

describe('guardBadgeInput', () => {
  it('ignores clicks a page script makes on the pill (isTrusted false)', async () => {
    start(PRODUCT);
    await mounted();
    forgedClick(pill());
    await pause();
    expect(inShadow('.card')).toBeNull();
  });

  it('Escape (from the user) closes the card and puts focus back on the pill', async () => {
    start(PRODUCT);
    await mounted();
    await openCard();
    // As the window sees a key typed in the card: retargeted to the host (happy-dom does not retarget).
    host().dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true })));
    await waitFor(() => expect(inShadow('.card')).toBeNull());
    expect(host().shadowRoot!.activeElement).toBe(pill());
  });

  it('keeps the user’s keys and focus on the badge from the page’s own listeners, added later in the capture phase', async () => {
    start(PRODUCT);
    await mounted();
    const pageHeard = vi.fn((event: Event) => event.preventDefault());
    for (const type of ['keydown', 'keyup', 'keypress', 'focusin', 'focus']) addEventListener(type, pageHeard, { capture: true });
    host().dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true })));
    host().dispatchEvent(trusted(new KeyboardEvent('keyup', { key: 'Enter', bubbles: true, composed: true })));
    host().dispatchEvent(trusted(new FocusEvent('focusin', { bubbles: true, composed: true })));
    expect(pageHeard).not.toHaveBeenCalled();
    // Keys elsewhere are the page's own; so are keys a page script forges at the badge.
    document.body.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    host().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(pageHeard).toHaveBeenCalledTimes(2);
    for (const type of ['keydown', 'keyup', 'keypress', 'focusin', 'focus']) removeEventListener(type, pageHeard, { capture: true });
  });

  it('opens the card from the window, once, even when the page stops every click in the capture phase', async () => {
    start(PRODUCT);
    await mounted();
    const stopAll = (event: Event) => event.stopImmediatePropagation();
    addEventListener('click', stopAll, { capture: true });
    pill().focus();
    // A click from the keyboard (detail 0) on the focused pill, as the window sees it: at the host.
    host().dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true, detail: 0 })));
    removeEventListener('click', stopAll, { capture: true });
    await waitFor(() => expect(inShadow('.card')).not.toBeNull());
    expect(sent.filter((m) => (m as { type: string }).type === 'card/load')).toHaveLength(1);
    expect(pill().getAttribute('aria-expanded')).toBe('true');
  });

  it('leaves a click that does not land on the pill alone (the card’s own buttons handle theirs)', async () => {
    start(PRODUCT);
    await mounted();
    (document.activeElement as HTMLElement | null)?.blur();
    host().dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true, detail: 0 })));
    await pause();
    expect(inShadow('.card')).toBeNull();
    expect(sent).not.toContainEqual({ type: 'card/load' });
  });
});
