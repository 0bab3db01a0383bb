import { afterEach, describe, expect, it, vi } from 'vitest';
import { BADGE_GROUPS } from 'virtual:badge-groups';
import { watchLatePageSignals } from '@/lib/badge/page/late-watch';
import { createPageView } from '@/lib/badge/page/page-view';
import { ContentScriptContext } from '@/lib/badge/page/quiet-context';
import type { FirstStage } from '@/lib/badge/page/stage';

// Darty's category-like product URLs are ambiguous: the page's DOM settles them.
const AMBIGUOUS = 'https://www.darty.com/nav/achat/hifi/casque/sony_wh1000.html';
const PRODUCT_MARKUP = '<div class="product_head"><h1>Sony</h1></div>';

function stageAt(url: string) {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  document.body.innerHTML = '<main>loading…</main>';
  const ctx = new ContentScriptContext();
  const group = BADGE_GROUPS.find((g) => g.platforms.some((p) => p.id === 'darty'))!;
  const stage = { ctx, group } as unknown as FirstStage;
  stage.view = createPageView(stage, url);
  return { stage, ctx, onProductPage: vi.fn() };
}

/** Lets happy-dom deliver the mutation records, then runs the throttled check. */
async function afterChecks() {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(600);
}

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('the late product-signal watch of a page view', () => {
  it('turns an ambiguous page view into a product page when its signals arrive', async () => {
    vi.useFakeTimers();
    const { stage, ctx, onProductPage } = stageAt(AMBIGUOUS);
    expect(stage.view.detection.isProductPage).toBe(false);
    const { signal, url } = stage.view;
    watchLatePageSignals(stage, onProductPage);
    document.querySelector('main')!.innerHTML = PRODUCT_MARKUP;
    await afterChecks();
    expect(onProductPage).toHaveBeenCalledTimes(1);
    // The same page view, now known as a product page.
    expect(stage.view).toMatchObject({ url, signal, detection: { platform: 'darty', isProductPage: true } });
    ctx.notifyInvalidated();
  });

  it('watches nothing on a page view the URL or the DOM already settled', () => {
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const { stage, ctx, onProductPage } = stageAt('https://www.darty.com/');
    watchLatePageSignals(stage, onProductPage);
    expect(stage.view.detection.signals.some((s) => s.startsWith('ambiguous:'))).toBe(false);
    expect(observe).not.toHaveBeenCalled();
    ctx.notifyInvalidated();
  });

  it('stops with its page view: signals arriving after it ended change nothing', async () => {
    vi.useFakeTimers();
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const { stage, ctx, onProductPage } = stageAt(AMBIGUOUS);
    watchLatePageSignals(stage, onProductPage);
    const view = stage.view;
    view.end();
    expect(disconnect).toHaveBeenCalled();
    document.querySelector('main')!.innerHTML = PRODUCT_MARKUP;
    await afterChecks();
    expect(onProductPage).not.toHaveBeenCalled();
    expect(stage.view).toBe(view);
    ctx.notifyInvalidated();
  });

  it('gives up after its time, on a page that never becomes a product page', async () => {
    vi.useFakeTimers();
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const { stage, ctx, onProductPage } = stageAt(AMBIGUOUS);
    watchLatePageSignals(stage, onProductPage);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(disconnect).toHaveBeenCalled();
    document.querySelector('main')!.innerHTML = PRODUCT_MARKUP;
    await afterChecks();
    expect(onProductPage).not.toHaveBeenCalled();
    ctx.notifyInvalidated();
  });
});
