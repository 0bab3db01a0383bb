import { waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PRODUCT, start, hosts, host, mounted, gone, setSettings, pause, useBadgePage } from '../../../helpers/badge-page';

// Shipped builds close the shadow root; here it is open so the test can look inside.
vi.mock('@/lib/badge/page/shadow-mode', () => ({ SHADOW_MODE: 'open' }));

useBadgePage();

describe('showOrHideBadge', () => {
  it('hides and shows the badge when the badge is turned off and on', async () => {
    start(PRODUCT);
    await mounted();
    await setSettings({ enabled: false });
    await gone();
    await setSettings({ enabled: true });
    await mounted();
  });

  it('moves the badge to another corner', async () => {
    start(PRODUCT);
    await mounted();
    await setSettings({ position: 'top-left' });
    await waitFor(() => expect(host().dataset.position).toBe('top-left'));
  });

  it('stays hidden while snoozed', async () => {
    await setSettings({ snoozeUntil: Date.now() + 60_000 });
    start(PRODUCT);
    await pause();
    expect(hosts()).toHaveLength(0);
    await setSettings({ snoozeUntil: 0 });
    await mounted();
  });

  it('shows the badge again when the snooze ends, with no settings change', async () => {
    await setSettings({ snoozeUntil: Date.now() + 1000 });
    start(PRODUCT);
    await pause();
    expect(hosts()).toHaveLength(0);
    await waitFor(() => expect(hosts()).toHaveLength(1), { timeout: 4000 });
  });

  it('stays hidden on a site the settings hide, and shows there again when it is shown', async () => {
    await setSettings({ hiddenSites: ['amazon.fr'] });
    start(PRODUCT);
    await pause();
    expect(hosts()).toHaveLength(0);
    await setSettings({ hiddenSites: [] });
    await mounted();
  });
});
