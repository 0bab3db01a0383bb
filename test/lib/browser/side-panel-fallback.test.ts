import { describe, expect, it } from 'vitest';
import { FALLBACK_INTERVAL_MS, createThrottle, isGestureRefusal } from '@/lib/browser/side-panel-fallback';

function clockAt(start: number) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms), set: (ms: number) => void (t = ms) };
}

describe('createThrottle', () => {
  it('allows the first call for a key, then nothing until the interval has passed', () => {
    const clock = clockAt(1000);
    const throttle = createThrottle<number>(5000, clock.now);
    expect(throttle.allow(7)).toBe(true);
    clock.advance(4999);
    expect(throttle.allow(7)).toBe(false);
    clock.advance(1);
    expect(throttle.allow(7)).toBe(true);
  });

  it('lets ten calls in a row through once', () => {
    const throttle = createThrottle<number>(FALLBACK_INTERVAL_MS, () => 0);
    const allowed = Array.from({ length: 10 }, () => throttle.allow(3)).filter(Boolean);
    expect(allowed).toHaveLength(1);
  });

  it('does not let refused calls push the next allowed one back', () => {
    const clock = clockAt(0);
    const throttle = createThrottle<number>(5000, clock.now);
    throttle.allow(1);
    for (let i = 0; i < 4; i++) {
      clock.advance(1000);
      expect(throttle.allow(1)).toBe(false);
    }
    clock.advance(1000);
    expect(throttle.allow(1)).toBe(true);
  });

  it('keeps keys apart: another tab gets its own allowance', () => {
    const throttle = createThrottle<number | 'none'>(5000, () => 0);
    expect(throttle.allow(1)).toBe(true);
    expect(throttle.allow(2)).toBe(true);
    expect(throttle.allow('none')).toBe(true);
    expect(throttle.allow(1)).toBe(false);
  });

  it('does not block a key for good when the clock goes backwards', () => {
    const clock = clockAt(1_000_000);
    const throttle = createThrottle<number>(5000, clock.now);
    expect(throttle.allow(1)).toBe(true);
    clock.set(10);
    expect(throttle.allow(1)).toBe(true);
    expect(throttle.allow(1)).toBe(false);
  });
});

describe('isGestureRefusal', () => {
  it.each([
    new Error('`sidePanel.open()` may only be called in response to a user gesture.'),
    new Error('sidePanel.open() may only be called in response to a user gesture.'),
    'may only be called in response to a User Gesture',
    { message: 'may only be called in response to a user gesture' },
  ])('recognises Chrome’s refusal for lack of a gesture: %s', (error) => {
    expect(isGestureRefusal(error)).toBe(true);
  });

  it.each([
    new Error('No active side panel for tabId: 7'),
    new Error('Could not create options page.'),
    undefined,
    null,
    42,
    { message: 7 },
  ])('takes anything else for another failure: %s', (error) => {
    expect(isGestureRefusal(error)).toBe(false);
  });
});
