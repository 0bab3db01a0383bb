import { waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PRODUCT, start, inShadow, pill, mounted, click, openCard, sent, setCardLoad, pause, useBadgePage } from '../../../helpers/badge-page';

// Shipped builds close the shadow root; here it is open so the test can look inside.
vi.mock('@/lib/badge/page/shadow-mode', () => ({ SHADOW_MODE: 'open' }));

useBadgePage();

describe('setCardOpen', () => {
  it('loads the card through the background on the first opening, and only then', async () => {
    start(PRODUCT);
    await mounted();
    await openCard();
    expect(sent.filter((m) => (m as { type: string }).type === 'card/load')).toHaveLength(1);
    expect(pill().getAttribute('aria-expanded')).toBe('true');
    click(pill());
    await waitFor(() => expect(inShadow('.card')).toBeNull());
    await openCard();
    expect(sent.filter((m) => (m as { type: string }).type === 'card/load')).toHaveLength(1);
  });

  it('says so in the card’s place when the card cannot load, and the pill keeps working', async () => {
    setCardLoad('refuse');
    start(PRODUCT);
    await mounted();
    click(pill());
    await waitFor(() => expect(inShadow('.note')?.textContent).toContain('Le détail n’a pas pu s’ouvrir'));
    click(pill());
    await waitFor(() => expect(inShadow('.note')).toBeNull());
    expect(pill().getAttribute('aria-expanded')).toBe('false');
  });

  it('says so when the card has not come after three seconds', async () => {
    setCardLoad('silent');
    start(PRODUCT);
    await mounted();
    click(pill());
    expect(pill().getAttribute('aria-expanded')).toBe('true');
    await pause(2500);
    expect(inShadow('.note')).toBeNull();
    await waitFor(() => expect(inShadow('.note')?.textContent).toContain('Le détail n’a pas pu s’ouvrir'), { timeout: 2000 });
    expect(inShadow('.note')!.getAttribute('role')).toBe('status');
  });

  it('closes the card from the pill and asks the background nothing more', async () => {
    start(PRODUCT);
    await mounted();
    await openCard();
    click(pill());
    await waitFor(() => expect(inShadow('.card')).toBeNull());
    expect(pill().getAttribute('aria-expanded')).toBe('false');
    expect(sent.filter((m) => (m as { type: string }).type === 'card/load')).toHaveLength(1);
  });
});
