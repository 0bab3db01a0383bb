import { waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from '@/lib/badge/page/quiet-context';
import { PRODUCT, LISTING, start, hosts, button, mounted, gone, click, openCard, navigate, sent, context, useBadgePage } from '../../../helpers/badge-page';

// Shipped builds close the shadow root; here it is open so the test can look inside.
vi.mock('@/lib/badge/page/shadow-mode', () => ({ SHADOW_MODE: 'open' }));

useBadgePage();

describe('ContentScriptContext in a running first stage', () => {
  it('an orphaned copy (extension reloaded) takes its badge down at the next event, without errors', async () => {
    start(PRODUCT);
    await mounted();
    await openCard();
    sent.length = 0;
    fakeBrowser.runtime.id = undefined as unknown as string; // what Chrome does to an orphan
    const errors = vi.spyOn(console, 'error');
    expect(() => click(button('Détails'))).not.toThrow();
    navigate(LISTING);
    await gone();
    expect(sent).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
  });

  it('a newer copy in the same isolated world retires the older one', async () => {
    start(PRODUCT);
    await mounted();
    const older = context();
    start(PRODUCT);
    expect(older.isValid).toBe(false);
    await waitFor(() => expect(hosts()).toHaveLength(1));
  });
});

let contexts: ContentScriptContext[] = [];
const newContext = () => {
  const ctx = new ContentScriptContext();
  contexts.push(ctx);
  return ctx;
};
const extensionId = fakeBrowser.runtime.id;

describe('ContentScriptContext on its own', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    (globalThis as { browser?: unknown }).browser = fakeBrowser;
  });
  afterEach(() => {
    for (const ctx of contexts) ctx.notifyInvalidated();
    contexts = [];
    fakeBrowser.runtime.id = extensionId;
    vi.useRealTimers();
  });

  it('tells the page nothing when it starts: no window message, no document event', () => {
    const onMessage = vi.fn();
    const dispatch = vi.spyOn(document, 'dispatchEvent');
    const post = vi.spyOn(window, 'postMessage');
    addEventListener('message', onMessage);
    newContext();
    vi.runAllTimers();
    expect(dispatch).not.toHaveBeenCalled();
    expect(post).not.toHaveBeenCalled();
    removeEventListener('message', onMessage);
    expect(onMessage).not.toHaveBeenCalled();
  });

  it('runs its timers while valid and drops them when invalidated', () => {
    const ctx = newContext();
    const early = vi.fn();
    const late = vi.fn();
    ctx.setTimeout(early, 10);
    ctx.setTimeout(late, 100);
    vi.advanceTimersByTime(10);
    expect(early).toHaveBeenCalledTimes(1);
    ctx.notifyInvalidated();
    vi.advanceTimersByTime(1000);
    expect(late).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('leaves no abort listener behind for a timer that fired (a timer a second must not pile them up)', () => {
    const ctx = newContext();
    const add = vi.spyOn(ctx.signal, 'addEventListener');
    const remove = vi.spyOn(ctx.signal, 'removeEventListener');
    for (let i = 0; i < 5; i++) ctx.setTimeout(() => undefined, 10);
    vi.advanceTimersByTime(10);
    expect(add).toHaveBeenCalledTimes(5);
    expect(remove.mock.calls.map((c) => c[1])).toEqual(add.mock.calls.map((c) => c[1]));
  });

  it('removes its event listeners when invalidated', () => {
    const ctx = newContext();
    const handler = vi.fn();
    ctx.addEventListener(window, 'x-test', handler);
    dispatchEvent(new Event('x-test'));
    ctx.notifyInvalidated();
    dispatchEvent(new Event('x-test'));
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('calls back on invalidation once, unless the callback was taken back', () => {
    const ctx = newContext();
    const kept = vi.fn();
    const taken = vi.fn();
    ctx.onInvalidated(kept);
    ctx.onInvalidated(taken)();
    ctx.notifyInvalidated();
    ctx.notifyInvalidated();
    expect(kept).toHaveBeenCalledTimes(1);
    expect(taken).not.toHaveBeenCalled();
    expect(ctx.isValid).toBe(false);
  });

  it('notices it is orphaned (runtime.id gone after an extension reload) when next asked, and a pending timer does not run', () => {
    const ctx = newContext();
    const onInvalidated = vi.fn();
    const run = vi.fn();
    ctx.onInvalidated(onInvalidated);
    ctx.setTimeout(run, 10);
    expect(ctx.isValid).toBe(true);
    fakeBrowser.runtime.id = undefined as unknown as string;
    vi.advanceTimersByTime(10);
    expect(run).not.toHaveBeenCalled();
    expect(onInvalidated).toHaveBeenCalledTimes(1);
    expect(ctx.signal.aborted).toBe(true);
  });
});
