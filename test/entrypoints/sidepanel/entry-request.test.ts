import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { requestPanelEntry, watchPanelEntry } from '@/entrypoints/sidepanel/entry-request';

const NOW = 1_700_000_000_000;

describe('side-panel entry requests', () => {
  it('a panel that opens just after the request shows that entry', async () => {
    requestPanelEntry('vinted', NOW);
    await vi.waitFor(async () => expect((await fakeBrowser.storage.session.get('panelEntry')).panelEntry).toBeTruthy());
    const seen = vi.fn();
    watchPanelEntry(seen, () => NOW + 500);
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith('vinted'));
  });

  it('an open panel follows each new request', async () => {
    const seen = vi.fn();
    const stop = watchPanelEntry(seen, () => NOW);
    requestPanelEntry('temu', NOW);
    await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith('temu'));
    requestPanelEntry('fnac', NOW);
    await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith('fnac'));
    stop();
    requestPanelEntry('ebay', NOW);
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).not.toHaveBeenCalledWith('ebay');
  });

  it('ignores a stale request and garbage in storage', async () => {
    await fakeBrowser.storage.session.set({ panelEntry: { platform: 'amazon', at: NOW - 60_000 } });
    const seen = vi.fn();
    watchPanelEntry(seen, () => NOW);
    await fakeBrowser.storage.session.set({ panelEntry: 'amazon' });
    await fakeBrowser.storage.session.set({ panelEntry: { platform: 42, at: NOW } });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).not.toHaveBeenCalled();
  });
});
