import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// The module reads the globals once, when it is evaluated: each test evaluates a fresh copy.
async function freshDefault(): Promise<unknown> {
  vi.resetModules();
  return (await import('@/lib/browser/no-polyfill')).default;
}

afterEach(() => {
  vi.stubGlobal('browser', fakeBrowser);
  vi.stubGlobal('chrome', fakeBrowser);
});

describe('the polyfill’s stand-in in a first stage', () => {
  it('is Firefox’s own browser where it exists', async () => {
    const browser = { runtime: {} };
    vi.stubGlobal('browser', browser);
    vi.stubGlobal('chrome', { runtime: {} });
    expect(await freshDefault()).toBe(browser);
  });

  it('is Chrome’s promise-returning chrome where there is no browser', async () => {
    const chrome = { runtime: {} };
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', chrome);
    expect(await freshDefault()).toBe(chrome);
  });

  it('is undefined, without throwing, where neither exists', async () => {
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', undefined);
    expect(await freshDefault()).toBeUndefined();
  });
});
