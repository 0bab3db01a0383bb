import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setViewTimer, settingsOf, type FirstStage } from '@/lib/badge/page/stage';
import { createStateHolder } from '@/lib/badge/page/state';
import { defaultSettings, type Settings } from '@/lib/settings';

/** The parts of a first stage a view timer and the settings use. */
function stageWith(signal: AbortSignal, settings?: Settings): FirstStage {
  return {
    view: { signal },
    ctx: { setTimeout: (run: () => void, ms: number) => setTimeout(run, ms) as unknown as number },
    state: createStateHolder({ settings, isOpen: false }),
  } as unknown as FirstStage;
}

describe('setViewTimer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once after its delay', () => {
    const run = vi.fn();
    setViewTimer(stageWith(new AbortController().signal), run, 100);
    vi.advanceTimersByTime(99);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('never runs once the page view ends, nor when set in a view already ended', () => {
    const view = new AbortController();
    const run = vi.fn();
    setViewTimer(stageWith(view.signal), run, 100);
    view.abort();
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
    setViewTimer(stageWith(view.signal), run, 0)();
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('is cancelled by the function it returns, and leaves no listener on the view’s signal', () => {
    const view = new AbortController();
    const add = vi.spyOn(view.signal, 'addEventListener');
    const remove = vi.spyOn(view.signal, 'removeEventListener');
    const run = vi.fn();
    setViewTimer(stageWith(view.signal), run, 100)();
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
    expect(remove).toHaveBeenCalledWith('abort', add.mock.calls[0]![1]);
    // A timer that fires takes its listener away too: a view with a timer a second piles up none.
    setViewTimer(stageWith(view.signal), run, 100);
    vi.advanceTimersByTime(100);
    expect(run).toHaveBeenCalledTimes(1);
    expect(remove).toHaveBeenCalledWith('abort', add.mock.calls[1]![1]);
  });
});

describe('settingsOf', () => {
  it('is undefined until the one storage read answers, then the settings', () => {
    const stage = stageWith(new AbortController().signal);
    expect(settingsOf(stage)).toBeUndefined();
    const settings = { ...defaultSettings(), language: 'en' as const };
    stage.state.setState({ settings });
    expect(settingsOf(stage)).toBe(settings);
  });
});
