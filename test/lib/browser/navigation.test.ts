import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NAVIGATION_COALESCE_MS, watchNavigation } from '@/lib/browser/navigation';
import { ContentScriptContext } from '@/lib/badge/page/quiet-context';

let ctx: ContentScriptContext;
let seen: [string, boolean][];

beforeEach(() => {
  vi.useFakeTimers();
  (globalThis as { browser?: unknown }).browser = fakeBrowser;
  history.replaceState({}, '', '/dp/B000000001');
  seen = [];
});
afterEach(() => {
  ctx.notifyInvalidated();
  delete (globalThis as { navigation?: unknown }).navigation;
  vi.useRealTimers();
});

const watch = () => {
  ctx = new ContentScriptContext();
  watchNavigation(ctx, (url, force) => seen.push([new URL(url).pathname, force]));
};

describe('with the Navigation API (Chromium)', () => {
  let nav: EventTarget;
  beforeEach(() => {
    nav = new EventTarget();
    (globalThis as { navigation?: unknown }).navigation = nav;
  });

  it('looks once per burst, however many navigations the page makes', () => {
    watch();
    for (let i = 0; i < 3000; i++) {
      history.pushState({}, '', `/dp/B${String(i).padStart(9, '0')}`);
      nav.dispatchEvent(new Event('currententrychange'));
    }
    vi.advanceTimersByTime(NAVIGATION_COALESCE_MS);
    expect(seen).toEqual([['/dp/B000002999', false]]);
  });

  it('sets no timer while nothing happens: no poll', () => {
    watch();
    vi.advanceTimersByTime(10_000);
    expect(vi.getTimerCount()).toBe(0);
    expect(seen).toEqual([]);
  });

  it('stops listening with the context', () => {
    watch();
    ctx.notifyInvalidated();
    history.pushState({}, '', '/s?k=x');
    nav.dispatchEvent(new Event('currententrychange'));
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual([]);
  });
});

describe('without it (Firefox before 147)', () => {
  it('notices a pushState by polling, once', () => {
    watch();
    history.pushState({}, '', '/s?k=bouilloire');
    vi.advanceTimersByTime(250 + NAVIGATION_COALESCE_MS);
    vi.advanceTimersByTime(2000);
    expect(seen).toEqual([['/s', false]]);
  });

  it('keeps one pending timer at a time, for hours: a tick costs a comparison, not a listener', () => {
    watch();
    const adds = vi.spyOn(ctx.signal, 'addEventListener');
    const removes = vi.spyOn(ctx.signal, 'removeEventListener');
    vi.advanceTimersByTime(60 * 60 * 1000);
    expect(vi.getTimerCount()).toBe(1);
    // Every timer's abort listener went when it fired.
    expect(adds.mock.calls.length - removes.mock.calls.length).toBeLessThanOrEqual(1);
  });
});

it('reports a return from the back/forward cache as a forced look at the same URL', () => {
  watch();
  // happy-dom's PageTransitionEvent does not carry `persisted`: the event as the browser gives it.
  window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
  vi.advanceTimersByTime(NAVIGATION_COALESCE_MS);
  expect(seen).toEqual([['/dp/B000000001', true]]);
});
