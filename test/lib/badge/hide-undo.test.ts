import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { createHideUndo, HIDE_UNDO_MS, type HideUndoState } from '@/lib/badge/hide-undo';
import { defaultSettings, hideSite, settingsItem, updateSettings } from '@/lib/settings';
import { trusted } from '../../helpers/run-badge';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** The card's save, as mount-card.tsx passes it: the site added to the stored settings. */
const saveInSettings = () => updateSettings(settingsItem(), (current) => hideSite(current, 'www.amazon.fr'));

function setUp(save: () => Promise<void> = saveInSettings) {
  const store = createStore<HideUndoState>()(() => ({ hideFailed: false }));
  const hide = createHideUndo({ site: 'amazon.fr', store, setTimeout: (run, ms) => setTimeout(run, ms) as unknown as number, save });
  return { store, hide };
}

const hiddenSites = async () => (await settingsItem().getValue()).hiddenSites;

describe('hide with undo', () => {
  it('offers the undo for HIDE_UNDO_MS, then saves the site in the settings', async () => {
    await settingsItem().setValue({ ...defaultSettings(), hiddenSites: ['fnac.com'] });
    const { store, hide } = setUp();
    hide.start();
    expect(store.getState().pendingHide).toBe('amazon.fr');
    await vi.advanceTimersByTimeAsync(HIDE_UNDO_MS - 1);
    expect(await hiddenSites()).toEqual(['fnac.com']);
    expect(store.getState().pendingHide).toBe('amazon.fr');
    await vi.advanceTimersByTimeAsync(1);
    expect(store.getState().pendingHide).toBeUndefined();
    await vi.waitFor(async () => expect(await hiddenSites()).toEqual(['fnac.com', 'amazon.fr']));
  });

  it('gives the shopper a few seconds, not a blink nor a long wait', () => {
    expect(HIDE_UNDO_MS).toBeGreaterThanOrEqual(4000);
    expect(HIDE_UNDO_MS).toBeLessThanOrEqual(10_000);
  });

  it('undo saves nothing, even when the time runs out or the card closes later', async () => {
    const save = vi.fn(() => Promise.resolve());
    const { store, hide } = setUp(save);
    hide.start();
    hide.undo();
    expect(store.getState().pendingHide).toBeUndefined();
    await vi.advanceTimersByTimeAsync(2 * HIDE_UNDO_MS);
    hide.commit();
    expect(save).not.toHaveBeenCalled();
  });

  it('commit (the card closes) saves at once, and only once', async () => {
    const save = vi.fn(() => Promise.resolve());
    const { hide } = setUp(save);
    hide.commit();
    expect(save).not.toHaveBeenCalled();
    hide.start();
    hide.commit();
    expect(save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(2 * HIDE_UNDO_MS);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('leaving the page saves at once; a page script’s forged pagehide does not', async () => {
    const save = vi.fn(() => Promise.resolve());
    const { hide } = setUp(save);
    window.dispatchEvent(trusted(new Event('pagehide')));
    hide.start();
    window.dispatchEvent(new Event('pagehide'));
    expect(save).not.toHaveBeenCalled();
    window.dispatchEvent(trusted(new Event('pagehide')));
    expect(save).toHaveBeenCalledTimes(1);
    // The listener went with the hide: a later real pagehide saves nothing more.
    window.dispatchEvent(trusted(new Event('pagehide')));
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('says so when storage refuses the save, and a new try clears it', async () => {
    const save = vi.fn<() => Promise<void>>().mockRejectedValueOnce(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    const { store, hide } = setUp(save);
    hide.start();
    hide.commit();
    await vi.waitFor(() => expect(store.getState()).toEqual({ hideFailed: true, pendingHide: undefined }));
    hide.start();
    expect(store.getState()).toEqual({ hideFailed: false, pendingHide: 'amazon.fr' });
  });

  it('a save that throws at once is a failed save too, not an error on the page', async () => {
    const { store, hide } = setUp(() => {
      throw new Error('Extension context invalidated.');
    });
    hide.start();
    hide.commit();
    await vi.waitFor(() => expect(store.getState().hideFailed).toBe(true));
  });
});
