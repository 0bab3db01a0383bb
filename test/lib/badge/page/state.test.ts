import { describe, expect, it, vi } from 'vitest';
import { createStateHolder } from '@/lib/badge/page/state';

describe('createStateHolder', () => {
  it('merges a patch and tells each listener the new and the previous state', () => {
    const holder = createStateHolder({ isOpen: false, count: 0 });
    const listener = vi.fn();
    holder.subscribe(listener);
    holder.setState({ isOpen: true });
    expect(holder.getState()).toEqual({ isOpen: true, count: 0 });
    expect(listener).toHaveBeenCalledExactlyOnceWith({ isOpen: true, count: 0 }, { isOpen: false, count: 0 });
  });

  it('tells no one of a patch that changes nothing (Object.is, as zustand does)', () => {
    const seller = { kind: 'platform' };
    const holder = createStateHolder({ isOpen: false, seller: seller as object | undefined, n: NaN });
    const listener = vi.fn();
    holder.subscribe(listener);
    const before = holder.getState();
    holder.setState({ isOpen: false, seller, n: NaN });
    expect(listener).not.toHaveBeenCalled();
    expect(holder.getState()).toBe(before);
    // A new object with the same content is a change.
    holder.setState({ seller: { kind: 'platform' } });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('stops calling a listener once it unsubscribes, even from inside a notification', () => {
    const holder = createStateHolder({ n: 0 });
    const second = vi.fn();
    const first = vi.fn(() => stopSecond());
    holder.subscribe(first);
    const stopSecond = holder.subscribe(second);
    holder.setState({ n: 1 });
    // The round in progress reaches everyone who listened when it started.
    expect(second).toHaveBeenCalledTimes(1);
    holder.setState({ n: 2 });
    expect(first).toHaveBeenCalledTimes(2);
    expect(second).toHaveBeenCalledTimes(1);
  });
});
