import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCornerKeeper } from '@/lib/badge/page/corner-keeper';
import type { Corner } from '@/lib/badge/page/placement';
import type { PillSurface } from '@/lib/badge/page/surface';
import { fakeContext } from '../../../helpers/page-context';

// The corners are hit-tested through document.elementFromPoint, which happy-dom does not lay out:
// the test says which corners the page covers with a fixed banner. The keeper's looks wait for a
// frame and then a task: fake timers drive both.

/** Corners the page floats something over, by the quarter of the viewport a probe falls in. */
let taken: Set<Corner>;
const cornerAt = (x: number, y: number): Corner => `${y < innerHeight / 2 ? 'top' : 'bottom'}-${x < innerWidth / 2 ? 'left' : 'right'}`;
let banner: HTMLElement;

/** A pill surface of 150 × 32 px in a corner; `place` and `setWaiting` only record. */
function fakeSurface(corner: Corner) {
  const host = document.createElement('div');
  host.dataset.position = corner;
  document.documentElement.append(host);
  const measured = vi.fn(() => ({ width: 150, height: 32 }) as DOMRect);
  host.getBoundingClientRect = measured;
  let isWaiting = false;
  const surface = {
    host,
    setWaiting: vi.fn((w: boolean) => {
      isWaiting = w;
    }),
    place: vi.fn((_spot: unknown, to: Corner) => {
      host.dataset.position = to;
    }),
    isInCorner: () => host.isConnected && host.dataset.position !== 'inline',
  } as unknown as PillSurface;
  return { surface, host, isWaiting: () => isWaiting, checks: () => measured.mock.calls.length };
}

let ctx: ReturnType<typeof fakeContext>;
let view: AbortController;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'Date'] });
  taken = new Set();
  banner = Object.assign(document.createElement('div'), { id: 'consent' });
  banner.style.position = 'fixed';
  document.body.append(banner);
  vi.spyOn(document, 'elementFromPoint').mockImplementation((x, y) => (taken.has(cornerAt(x, y)) ? banner : document.body));
  ctx = fakeContext();
  view = new AbortController();
});
afterEach(() => {
  ctx.end();
  view.abort();
  document.documentElement.querySelectorAll(':scope > div').forEach((d) => d.remove());
  document.body.replaceChildren();
  vi.useRealTimers();
});

const keeperFor = (corner: Corner, preferred: Corner = corner) => {
  const fake = fakeSurface(corner);
  const onShown = vi.fn();
  const keeper = createCornerKeeper(ctx, () => fake.surface, () => preferred, onShown);
  return { ...fake, keeper, onShown };
};
/** One look: the next frame, then a task. */
const look = () => vi.advanceTimersByTimeAsync(50);

describe('createCornerKeeper', () => {
  it('hides the pill until its corner has been looked at after a paint, then shows it there', async () => {
    const { keeper, surface, isWaiting, onShown, checks } = keeperFor('bottom-right');
    keeper.placed(view.signal);
    expect(isWaiting()).toBe(true);
    expect(checks()).toBe(0);
    await look();
    expect(checks()).toBe(1);
    expect(isWaiting()).toBe(false);
    expect(surface.place).not.toHaveBeenCalled();
    expect(onShown).toHaveBeenCalledTimes(1);
  });

  it('placed in an earlier task and since painted (the corner code loaded meanwhile), it looks in the next task, with no frame to wait for', async () => {
    const { keeper, isWaiting, onShown, checks } = keeperFor('bottom-right');
    keeper.placed(view.signal, true);
    expect(isWaiting()).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(checks()).toBe(1);
    expect(isWaiting()).toBe(false);
    expect(onShown).toHaveBeenCalledTimes(1);
    // Just placed, it waits for the frame that lays it out.
    const other = keeperFor('top-left');
    other.keeper.placed(view.signal);
    await vi.advanceTimersByTimeAsync(0);
    expect(other.checks()).toBe(0);
    await look();
    expect(other.checks()).toBe(1);
  });

  it('says it is still waiting when the page removed the host before the look (the look had nothing to look at)', async () => {
    const { keeper, host, isWaiting } = keeperFor('bottom-right');
    keeper.placed(view.signal);
    expect(keeper.isWaiting).toBe(true);
    host.remove();
    await look();
    expect(isWaiting()).toBe(true);
    expect(keeper.isWaiting).toBe(true);
    document.documentElement.append(host);
    keeper.placed(view.signal);
    await look();
    expect(keeper.isWaiting).toBe(false);
  });

  it('moves to the next free corner when the page floats something over the wanted one', async () => {
    taken = new Set(['bottom-right', 'bottom-left']);
    const { keeper, host, isWaiting, onShown } = keeperFor('bottom-right');
    keeper.placed(view.signal);
    await look();
    expect(host.dataset.position).toBe('top-right');
    expect(isWaiting()).toBe(false);
    expect(onShown).toHaveBeenCalledTimes(1);
  });

  it('stays hidden while every corner is taken, looks again every second, and shows where one frees up', async () => {
    taken = new Set(['bottom-right', 'bottom-left', 'top-right', 'top-left']);
    const { keeper, host, isWaiting, onShown, checks } = keeperFor('bottom-right');
    keeper.placed(view.signal);
    await look();
    expect(isWaiting()).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(checks()).toBe(2);
    expect(isWaiting()).toBe(true);
    // The consent banner is answered: its corner frees up.
    taken.delete('top-left');
    await vi.advanceTimersByTimeAsync(1000);
    expect(host.dataset.position).toBe('top-left');
    expect(isWaiting()).toBe(false);
    expect(onShown).toHaveBeenCalledTimes(1);
  });

  it('after ten seconds of every corner taken, shares the wanted corner rather than never showing', async () => {
    taken = new Set(['bottom-right', 'bottom-left', 'top-right', 'top-left']);
    const { keeper, host, isWaiting, onShown, checks } = keeperFor('top-left', 'bottom-right');
    keeper.placed(view.signal);
    await look();
    await vi.advanceTimersByTimeAsync(10 * 1000 + 100);
    expect(checks()).toBe(11);
    expect(host.dataset.position).toBe('bottom-right');
    expect(isWaiting()).toBe(false);
    expect(onShown).toHaveBeenCalledTimes(1);
    // Nothing more is scheduled.
    await vi.advanceTimersByTimeAsync(60 * 1000);
    expect(checks()).toBe(11);
  });

  it('looks again when the page adds something at its top level, at most once per half second', async () => {
    const { keeper, host, checks } = keeperFor('bottom-right');
    keeper.placed(view.signal);
    await look();
    expect(checks()).toBe(1);
    // A chat button arrives late, appended to <body>, over our corner.
    taken.add('bottom-right');
    document.body.append(document.createElement('div'));
    document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(499);
    expect(checks()).toBe(1);
    await vi.advanceTimersByTimeAsync(51);
    expect(checks()).toBe(2);
    expect(host.dataset.position).toBe('bottom-left');
    // Changes deeper in the page bring no look.
    banner.append(document.createElement('span'));
    await vi.advanceTimersByTimeAsync(2000);
    expect(checks()).toBe(2);
  });

  it('bounds the late looks to twenty per mount, however often the page adds to <body>', async () => {
    const { keeper, checks } = keeperFor('bottom-right');
    keeper.placed(view.signal);
    await look();
    for (let i = 0; i < 30; i++) {
      document.body.append(document.createElement('div'));
      await vi.advanceTimersByTimeAsync(600);
    }
    expect(checks()).toBe(1 + 20);
  });

  it('stops looking when the page view ends: no pending look runs, no late look is scheduled', async () => {
    taken = new Set(['bottom-right', 'bottom-left', 'top-right', 'top-left']);
    const { keeper, checks } = keeperFor('bottom-right');
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    keeper.placed(view.signal);
    view.abort();
    // The page's top level is no longer observed.
    expect(disconnect).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(20 * 1000);
    expect(checks()).toBe(0);
    document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(2000);
    expect(checks()).toBe(0);
  });

  it('stops looking when the script is orphaned', async () => {
    taken = new Set(['bottom-right', 'bottom-left', 'top-right', 'top-left']);
    const { keeper, checks } = keeperFor('bottom-right');
    keeper.placed(view.signal);
    await look();
    ctx.end();
    await vi.advanceTimersByTimeAsync(20 * 1000);
    expect(checks()).toBe(1);
  });

  it('follows the next page view: a badge still waiting keeps looking, on the new view’s signal', async () => {
    taken = new Set(['bottom-right', 'bottom-left', 'top-right', 'top-left']);
    const { keeper, host, checks } = keeperFor('bottom-right');
    keeper.placed(view.signal);
    await look();
    view.abort();
    const next = new AbortController();
    keeper.follow(next.signal);
    await look();
    expect(checks()).toBe(2);
    taken.clear();
    await vi.advanceTimersByTimeAsync(1000);
    expect(checks()).toBe(3);
    expect(host.dataset.position).toBe('bottom-right');
    // The new view's end stops the late looks too.
    next.abort();
    document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(2000);
    expect(checks()).toBe(3);
  });

  it('does nothing for a pill that is not in a corner (inline) or not in the page', async () => {
    const { keeper, host, checks } = keeperFor('bottom-right');
    host.dataset.position = 'inline';
    keeper.placed(view.signal);
    await vi.advanceTimersByTimeAsync(2000);
    expect(checks()).toBe(0);
    host.dataset.position = 'bottom-right';
    host.remove();
    keeper.follow(new AbortController().signal);
    await vi.advanceTimersByTimeAsync(2000);
    expect(checks()).toBe(0);
  });
});
