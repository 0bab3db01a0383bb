import { afterEach, describe, expect, it, vi } from 'vitest';
import { settingsArea } from '@/lib/browser/settings-area';

describe('settingsArea', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('uses storage.sync where the browser has it', () => {
    expect(settingsArea()).toBe('sync');
  });

  it('falls back to storage.local when there is no storage.sync', () => {
    vi.stubGlobal('browser', { storage: { local: {} } });
    vi.stubGlobal('chrome', { storage: { local: {} } });
    expect(settingsArea()).toBe('local');
  });

  it('finds chrome.storage.sync when there is no browser global', () => {
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', { storage: { sync: {}, local: {} } });
    expect(settingsArea()).toBe('sync');
  });
});
