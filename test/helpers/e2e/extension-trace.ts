// The extension's own main-thread script time on a page, attributed by a CDP trace: script events
// (evaluation, function calls, timers, event dispatch, observers' callbacks) whose code comes from
// chrome-extension://, nested events counted once. Thread time, not wall time: on a loaded machine
// a wall-clock span also holds the time the thread waited for a core.
import type { Page } from 'playwright-core';

const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'TimerFire', 'EventDispatch', 'FireAnimationFrame', 'FireIdleCallback', 'V8.Execute']);

/** One Chrome trace event, as much of it as the extension's script time needs. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; scriptName?: string; stackTrace?: { url?: string }[] } };
}

/** Runs `during` under a trace and returns the ms of main-thread script time spent in the extension's code. */
export async function extensionScriptMs(page: Page, during: () => Promise<void>): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8', transferMode: 'ReportEvents' });
  await during();
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  const url = (e: TraceEvent) => e.args?.data?.url ?? e.args?.data?.scriptName ?? e.args?.data?.stackTrace?.[0]?.url ?? '';
  // Pages' main threads, where content scripts run (the service worker has a thread of its own).
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  if (mains.size === 0) throw new Error('extensionScriptMs: no renderer main thread in the trace');
  const ours = events
    .filter((e) => mains.has(`${e.pid}:${e.tid}`) && e.ph === 'X' && e.dur && SCRIPT_EVENTS.has(e.name) && url(e).startsWith('chrome-extension://'))
    .sort((a, b) => a.ts - b.ts);
  let total = 0;
  let end = -Infinity;
  for (const e of ours) {
    const stop = e.ts + e.dur!;
    if (stop <= end) continue;
    total += e.tdur ?? e.dur!;
    end = stop;
  }
  return total / 1000;
}
