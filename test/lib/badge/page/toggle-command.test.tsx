import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings, sanitizeSettings, settingsItem } from '@/lib/settings';
import { PRODUCT, start, hosts, host, pill, mounted, gone, setSettings, pause, toggleFromKeyboard, LISTING, navigate, context, useBadgePage } from '../../../helpers/badge-page';

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

  it('ignores every other message, and the command on a page that is not a product page', async () => {
    start(PRODUCT);
    await mounted();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'badge/other' }, {}, () => {});
    await fakeBrowser.runtime.onMessage.trigger('badge/toggle', {}, () => {});
    await fakeBrowser.runtime.onMessage.trigger(null, {}, () => {});
    expect(document.activeElement).not.toBe(host());
    navigate(LISTING);
    await gone();
    await toggleFromKeyboard();
    await pause();
    expect(hosts()).toHaveLength(0);
  });

  it('stops listening when the script is orphaned', async () => {
    start(PRODUCT);
    await mounted();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
    context().notifyInvalidated();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });
});
