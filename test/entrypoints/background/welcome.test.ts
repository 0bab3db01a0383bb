import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setupWelcome } from '@/entrypoints/background/welcome';

describe('welcome page', () => {
  it('opens once on install', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    setupWelcome();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/welcome\.html$/) });
  });

  it.each(['update', 'chrome_update', 'shared_module_update'])('opens nothing on %s', async (reason) => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    setupWelcome();
    await fakeBrowser.runtime.onInstalled.trigger({ reason, previousVersion: '0.0.1' } as never);
    expect(create).not.toHaveBeenCalled();
  });

  it('survives a browser that refuses to open the tab', async () => {
    vi.spyOn(fakeBrowser.tabs, 'create').mockRejectedValue(new Error('no tabs here'));
    setupWelcome();
    await expect(fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never)).resolves.not.toThrow();
  });
});
