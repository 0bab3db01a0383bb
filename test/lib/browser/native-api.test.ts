import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { nativeExt, storageApi } from '@/lib/browser/native-api';

// WXT's test setup puts the fake browser in both globals; each test changes them, this puts it back.
afterEach(() => {
  vi.stubGlobal('browser', fakeBrowser);
  vi.stubGlobal('chrome', fakeBrowser);
});

const api = (id: string | undefined) => ({ runtime: { id }, storage: {} });

describe('nativeExt', () => {
  it('is Firefox’s browser where it has a runtime', () => {
    const browser = api('firefox-id');
    vi.stubGlobal('browser', browser);
    vi.stubGlobal('chrome', api('chrome-id'));
    expect(nativeExt()).toBe(browser);
  });

  it('is Chrome’s chrome where there is no browser, or one without a runtime', () => {
    const chrome = api('chrome-id');
    vi.stubGlobal('chrome', chrome);
    vi.stubGlobal('browser', undefined);
    expect(nativeExt()).toBe(chrome);
    vi.stubGlobal('browser', {});
    expect(nativeExt()).toBe(chrome);
  });

  it('is undefined once this copy is orphaned (runtime.id reads undefined)', () => {
    vi.stubGlobal('browser', api(undefined));
    vi.stubGlobal('chrome', api(undefined));
    expect(nativeExt()).toBeUndefined();
    vi.stubGlobal('browser', undefined);
    expect(nativeExt()).toBeUndefined();
  });

  it('is undefined where there is no extension API at all, without throwing', () => {
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', undefined);
    expect(nativeExt()).toBeUndefined();
    vi.stubGlobal('chrome', {});
    expect(nativeExt()).toBeUndefined();
  });
});

describe('storageApi', () => {
  it('is the storage part of Firefox’s browser or Chrome’s chrome, without reading runtime', () => {
    const runtime = vi.fn();
    const withTrap = (storage: object) => Object.defineProperty({ storage }, 'runtime', { get: runtime });
    const firefox = withTrap({ local: {} });
    vi.stubGlobal('browser', firefox);
    expect(storageApi()).toBe(firefox);
    const chrome = withTrap({ local: {} });
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', chrome);
    expect(storageApi()).toBe(chrome);
    expect(runtime).not.toHaveBeenCalled();
  });

  it('is undefined where no global has a storage API, without throwing', () => {
    vi.stubGlobal('browser', {});
    vi.stubGlobal('chrome', undefined);
    expect(storageApi()).toBeUndefined();
  });
});
