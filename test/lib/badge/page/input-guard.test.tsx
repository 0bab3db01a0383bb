import { waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PRODUCT, start, host, inShadow, pill, mounted, forgedClick, openCard, pause, trusted, useBadgePage } from '../../../helpers/badge-page';

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
});
