import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchLateSignals } from '@/lib/badge/late-signals';
import { timerClock } from '../../helpers/timer-clock';

describe('watchLateSignals', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup(answers: () => boolean) {
    let onChange: (() => void) | undefined;
    const stopObserving = vi.fn();
    const check = vi.fn(answers);
    const stop = watchLateSignals({
      ...timerClock,
      check,
      observe: (cb) => {
        onChange = cb;
        return stopObserving;
      },
    });
    return { change: () => onChange?.(), check, stopObserving, stop };
  }

  it('checks nothing while the page does not change', () => {
    const { check } = setup(() => false);
    vi.advanceTimersByTime(5000);
    expect(check).not.toHaveBeenCalled();
  });

  it('checks at most every 500 ms however often the page changes', () => {
    const { change, check } = setup(() => false);
    for (let ms = 0; ms < 2000; ms += 10) {
      change();
      vi.advanceTimersByTime(10);
    }
    expect(check.mock.calls.length).toBeGreaterThanOrEqual(4);
    expect(check.mock.calls.length).toBeLessThanOrEqual(5);
  });

  it('stops on the first positive check', () => {
    let isProduct = false;
    const { change, check, stopObserving } = setup(() => isProduct);
    change();
    vi.advanceTimersByTime(600);
    expect(check).toHaveBeenCalledTimes(1);
    isProduct = true;
    change();
    vi.advanceTimersByTime(600);
    expect(check).toHaveBeenCalledTimes(2);
    expect(stopObserving).toHaveBeenCalledTimes(1);
    change();
    vi.advanceTimersByTime(600);
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('gives up after 10 s', () => {
    const { change, check, stopObserving } = setup(() => false);
    vi.advanceTimersByTime(10_000);
    expect(stopObserving).toHaveBeenCalledTimes(1);
    change();
    vi.advanceTimersByTime(1000);
    expect(check).not.toHaveBeenCalled();
  });

  it('stops when asked, pending check included', () => {
    const { change, check, stop, stopObserving } = setup(() => false);
    change();
    stop();
    vi.advanceTimersByTime(1000);
    expect(check).not.toHaveBeenCalled();
    expect(stopObserving).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});
