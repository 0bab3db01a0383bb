import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchSeller } from '@/lib/badge/seller-watch';
import type { Seller } from '@/lib/sellers';
import { timerClock } from '../../helpers/timer-clock';

/** The quiet time after the last change in the offer block before a new reading (the default). */
const SELLER_DEBOUNCE_MS = 300;

interface Block {
  id: string;
  isAttached: boolean;
}

/** A page made of at most one offer block, with observers the test triggers by hand. */
function setup(options: { block?: Block | null; readCostMs?: number } = {}) {
  let seller: Seller = { kind: 'third-party', name: 'VELIHOTUBUYE' };
  let block: Block | null = options.block === undefined ? { id: 'buybox-1', isAttached: true } : options.block;
  const targetWatchers = new Map<string, () => void>();
  let pageWatcher: (() => void) | undefined;
  const stopTarget = vi.fn((id: string) => targetWatchers.delete(id));
  const stopPage = vi.fn();
  const read = vi.fn(() => {
    if (options.readCostMs) vi.advanceTimersByTime(options.readCostMs);
    return seller;
  });
  const onSeller = vi.fn();
  const stop = watchSeller<Block>({
    ...timerClock,
    read,
    findTarget: () => block,
    isAttached: (b) => b.isAttached,
    observeTarget: (b, onChange) => {
      targetWatchers.set(b.id, onChange);
      return () => stopTarget(b.id);
    },
    observePage: (onChange) => {
      pageWatcher = onChange;
      return stopPage;
    },
    onSeller,
  });
  return {
    read,
    onSeller,
    stop,
    stopTarget,
    stopPage,
    watched: () => [...targetWatchers.keys()],
    setSeller: (next: Seller) => (seller = next),
    /** The page changes the offer block's content (another variant picked). */
    changeBlock: () => targetWatchers.get(block!.id)?.(),
    /** The page changes elsewhere; the block may have gone or turned up. */
    changePage: (next?: Block | null) => {
      if (next !== undefined) {
        if (block) block.isAttached = false;
        block = next;
      }
      pageWatcher?.();
    },
  };
}

describe('watchSeller', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reads once on a timer of its own, not in the caller’s task, and reports that reading', () => {
    const w = setup();
    expect(w.read).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(w.read).toHaveBeenCalledTimes(1);
    expect(w.onSeller).toHaveBeenCalledWith({ kind: 'third-party', name: 'VELIHOTUBUYE' });
    expect(w.watched()).toEqual(['buybox-1']);
  });

  it('reports an unknown first reading too (the host then says "unknown")', () => {
    const w = setup();
    w.setSeller({ kind: 'unknown' });
    vi.advanceTimersByTime(0);
    expect(w.onSeller).toHaveBeenCalledWith({ kind: 'unknown' });
  });

  it('reads again 300 ms after the offer block stops changing, once however many changes', () => {
    const w = setup();
    vi.advanceTimersByTime(0);
    w.setSeller({ kind: 'platform', name: 'Amazon' });
    for (let i = 0; i < 20; i++) {
      w.changeBlock();
      vi.advanceTimersByTime(50);
    }
    expect(w.read).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(SELLER_DEBOUNCE_MS);
    expect(w.read).toHaveBeenCalledTimes(2);
    expect(w.onSeller).toHaveBeenLastCalledWith({ kind: 'platform', name: 'Amazon' });
    expect(w.onSeller).toHaveBeenCalledTimes(2);
  });

  it('says nothing when the new reading is the same seller', () => {
    const w = setup();
    vi.advanceTimersByTime(0);
    w.setSeller({ kind: 'third-party', name: 'VELIHOTUBUYE' });
    w.changeBlock();
    vi.advanceTimersByTime(SELLER_DEBOUNCE_MS);
    expect(w.read).toHaveBeenCalledTimes(2);
    expect(w.onSeller).toHaveBeenCalledTimes(1);
  });

  it('ignores changes elsewhere in the page while the offer block is still there', () => {
    const w = setup();
    vi.advanceTimersByTime(0);
    for (let i = 0; i < 10; i++) w.changePage();
    vi.advanceTimersByTime(2000);
    expect(w.read).toHaveBeenCalledTimes(1);
  });

  it('finds the offer block again when the page replaces it, and reads the new one', () => {
    const w = setup();
    vi.advanceTimersByTime(0);
    w.setSeller({ kind: 'platform', name: 'Amazon' });
    w.changePage({ id: 'buybox-2', isAttached: true });
    vi.advanceTimersByTime(SELLER_DEBOUNCE_MS);
    expect(w.stopTarget).toHaveBeenCalledWith('buybox-1');
    expect(w.watched()).toEqual(['buybox-2']);
    expect(w.onSeller).toHaveBeenLastCalledWith({ kind: 'platform', name: 'Amazon' });
    // The new block is the one followed from now on.
    w.setSeller({ kind: 'third-party', name: 'Other' });
    w.changeBlock();
    vi.advanceTimersByTime(SELLER_DEBOUNCE_MS);
    expect(w.onSeller).toHaveBeenLastCalledWith({ kind: 'third-party', name: 'Other' });
  });

  it('reads once when the block goes for good, then not on every page change', () => {
    const w = setup();
    vi.advanceTimersByTime(0);
    w.setSeller({ kind: 'unknown' });
    w.changePage(null);
    vi.advanceTimersByTime(SELLER_DEBOUNCE_MS);
    expect(w.read).toHaveBeenCalledTimes(2);
    expect(w.onSeller).toHaveBeenLastCalledWith({ kind: 'unknown' });
    for (let i = 0; i < 10; i++) {
      w.changePage();
      vi.advanceTimersByTime(SELLER_DEBOUNCE_MS);
    }
    expect(w.read).toHaveBeenCalledTimes(2);
  });

  it('starts following a block that turns up late', () => {
    const w = setup({ block: null });
    vi.advanceTimersByTime(0);
    expect(w.watched()).toEqual([]);
    w.setSeller({ kind: 'platform', name: 'Amazon' });
    w.changePage({ id: 'late', isAttached: true });
    vi.advanceTimersByTime(SELLER_DEBOUNCE_MS);
    expect(w.watched()).toEqual(['late']);
    expect(w.onSeller).toHaveBeenLastCalledWith({ kind: 'platform', name: 'Amazon' });
  });

  it('waits ten times as long as a slow read took before the next one', () => {
    const w = setup({ readCostMs: 80 });
    vi.advanceTimersByTime(0);
    w.changeBlock();
    vi.advanceTimersByTime(SELLER_DEBOUNCE_MS);
    expect(w.read).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(800 - SELLER_DEBOUNCE_MS);
    expect(w.read).toHaveBeenCalledTimes(2);
  });

  it('stop() cancels a pending read and lets go of both observers', () => {
    const w = setup();
    vi.advanceTimersByTime(0);
    w.changeBlock();
    w.stop();
    vi.advanceTimersByTime(2000);
    expect(w.read).toHaveBeenCalledTimes(1);
    expect(w.stopTarget).toHaveBeenCalledWith('buybox-1');
    expect(w.stopPage).toHaveBeenCalledTimes(1);
  });

  it('stop() before the first reading: nothing is read or observed', () => {
    const w = setup();
    w.stop();
    vi.advanceTimersByTime(2000);
    expect(w.read).not.toHaveBeenCalled();
    expect(w.watched()).toEqual([]);
  });
});
