import { describe, expect, it, vi } from 'vitest';
import { defaultSettings, sanitizeSettings, settingsItem } from '@/lib/settings';
import { PRODUCT, start, hosts, host, pill, mounted, gone, setSettings, pause, toggleFromKeyboard, useBadgePage } from '../../../helpers/badge-page';

// Shipped builds close the shadow root; here it is open so the test can look inside.
vi.mock('@/lib/badge/page/shadow-mode', () => ({ SHADOW_MODE: 'open' }));

useBadgePage();

describe('listenForToggleCommand', () => {
  it('the keyboard command focuses the badge first, then hides it; a third press shows it again', async () => {
    start(PRODUCT);
    await mounted();
    await toggleFromKeyboard();
    expect(host().shadowRoot!.activeElement).toBe(pill());
    expect(document.activeElement).toBe(host());
    await toggleFromKeyboard();
    await gone();
    await toggleFromKeyboard();
    await mounted();
    // Session state only: nothing was written.
    expect(sanitizeSettings(await settingsItem().getValue())).toEqual(defaultSettings());
  });

  it('the keyboard command shows the badge on a page where the settings hide it', async () => {
    await setSettings({ hiddenSites: ['amazon.fr'] });
    start(PRODUCT);
    await pause();
    expect(hosts()).toHaveLength(0);
    await toggleFromKeyboard();
    await mounted();
  });
});
