import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_REMOUNTS } from '@/lib/badge/mount-controller';
import { defaultSettings, resetSettingsItemForTests, sanitizeSettings, settingsItem, type Settings } from '@/lib/settings';
import { runBadge, stopBadge } from '../../helpers/run-badge';

const PRODUCT = 'https://www.amazon.fr/Bouilloire/dp/B08L5VNF78';
const LISTING = 'https://www.amazon.fr/s?k=bouilloire';

let ctx: ContentScriptContext;
let sent: unknown[];

async function start(url: string, body = '<main><h1 id="productTitle">Bouilloire</h1></main>') {
  ctx = await runBadge(url, body);
}

const hosts = () => [...document.querySelectorAll('charte-pme-badge')] as HTMLElement[];
const host = () => {
  const all = hosts();
  expect(all).toHaveLength(1);
  return all[0]!;
};
const inShadow = (selector: string) => host().shadowRoot!.querySelector(selector) as HTMLElement;
const mounted = () => waitFor(() => expect(hosts()).toHaveLength(1));
const gone = () => waitFor(() => expect(hosts()).toHaveLength(0));
const setSettings = (patch: Partial<Settings>) => settingsItem().setValue({ ...defaultSettings(), ...patch });

/** What the background relays when the keyboard command is pressed. */
const toggleFromKeyboard = () => fakeBrowser.runtime.onMessage.trigger({ type: 'badge/toggle' }, {}, () => {});

/** An in-page navigation as a single-page app does it. */
function navigate(url: string) {
  history.pushState({}, '', url);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

beforeEach(() => {
  vi.spyOn(navigator, 'language', 'get').mockReturnValue('fr-FR');
  resetSettingsItemForTests(); // fakeBrowser.reset() dropped the memoised item's watchers
  sent = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    sent.push(message);
  });
});

afterEach(() => stopBadge(ctx));

describe('on a product page', () => {
  it('mounts exactly one badge with the contract attributes', async () => {
    await start(PRODUCT);
    await mounted();
    expect(host().dataset).toMatchObject({ platform: 'amazon', status: 'renewal-signatory', position: 'bottom-right' });
    const button = inShadow('button.pill');
    expect(button.textContent).toContain('Charte PME, Amazon');
    expect(button.textContent).toContain('A rejoint la charte renouvelée (déc. 2020)');
  });

  it('reports the page state for the toolbar', async () => {
    await start(PRODUCT);
    await mounted();
    expect(sent).toContainEqual({ type: 'page/state', state: { platform: 'amazon', status: 'renewal-signatory', isProductPage: true } });
  });

  it('follows the language setting', async () => {
    await setSettings({ language: 'en' });
    await start(PRODUCT);
    await mounted();
    expect(inShadow('button.pill').textContent).toContain('Charte PME, Amazon:');
  });

  it('opens the card on arrival when the setting says so', async () => {
    await setSettings({ openByDefault: true });
    await start(PRODUCT);
    await mounted();
    expect(inShadow('button.pill').getAttribute('aria-expanded')).toBe('true');
    expect(inShadow('.card')).not.toBeNull();
  });

  it('removes a badge left by an older copy of the script before mounting its own', async () => {
    document.documentElement.append(document.createElement('charte-pme-badge'));
    await start(PRODUCT);
    await waitFor(() => expect(host().dataset.platform).toBe('amazon'));
  });
});

describe('elsewhere', () => {
  it('mounts nothing on a listing page, and still tells the toolbar the platform', async () => {
    await start(LISTING, '<main>results</main>');
    await waitFor(() => expect(sent).toContainEqual({ type: 'page/state', state: { platform: 'amazon', status: 'renewal-signatory', isProductPage: false } }));
    expect(hosts()).toHaveLength(0);
  });

  it('does nothing at all on a host that is not a platform', async () => {
    const sync = vi.spyOn(fakeBrowser.storage.sync, 'get');
    await start('https://www.example.com/dp/B08L5VNF78');
    await new Promise((r) => setTimeout(r, 50));
    expect(hosts()).toHaveLength(0);
    expect(sent).toEqual([]);
    expect(sync).not.toHaveBeenCalled();
  });
});

describe('settings apply live', () => {
  it('hides and shows the badge when the badge is turned off and on', async () => {
    await start(PRODUCT);
    await mounted();
    await setSettings({ enabled: false });
    await gone();
    await setSettings({ enabled: true });
    await mounted();
  });

  it('moves the badge to another corner', async () => {
    await start(PRODUCT);
    await mounted();
    await setSettings({ position: 'top-left' });
    await waitFor(() => expect(host().dataset.position).toBe('top-left'));
  });

  it('puts the badge after the product title when the position is inline', async () => {
    await setSettings({ position: 'inline' });
    await start(PRODUCT);
    await mounted();
    expect(host().dataset.position).toBe('inline');
    expect(host().previousElementSibling?.id).toBe('productTitle');
  });

  it('falls back to a corner when the inline anchor is missing', async () => {
    await setSettings({ position: 'inline' });
    await start(PRODUCT, '<main>no title here</main>');
    await mounted();
    expect(host().dataset.position).toBe('bottom-right');
  });

  it('stays hidden while snoozed', async () => {
    await setSettings({ snoozeUntil: Date.now() + 60_000 });
    await start(PRODUCT);
    await new Promise((r) => setTimeout(r, 50));
    expect(hosts()).toHaveLength(0);
    await setSettings({ snoozeUntil: 0 });
    await mounted();
  });

  it('"Hide on this site" writes the site to the settings and the badge goes', async () => {
    await start(PRODUCT);
    await mounted();
    fireEvent.click(inShadow('button.pill'));
    const hide = [...host().shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Masquer sur ce site')!;
    fireEvent.click(hide);
    await gone();
    expect(sanitizeSettings(await settingsItem().getValue()).hiddenSites).toEqual(['amazon.fr']);
  });
});

describe('actions and commands', () => {
  it('"Details" asks the background to open the panel, synchronously in the click', async () => {
    await start(PRODUCT);
    await mounted();
    fireEvent.click(inShadow('button.pill'));
    const details = [...host().shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Détails')!;
    sent.length = 0;
    fireEvent.click(details);
    expect(sent).toEqual([{ type: 'panel/open', platform: 'amazon' }]);
  });

  it('the keyboard command hides the badge on this page, and shows it again', async () => {
    await start(PRODUCT);
    await mounted();
    await toggleFromKeyboard();
    await gone();
    await toggleFromKeyboard();
    await mounted();
    // Session state only: nothing was written.
    expect(sanitizeSettings(await settingsItem().getValue())).toEqual(defaultSettings());
  });

  it('the keyboard command shows the badge on a page where the settings hide it', async () => {
    await setSettings({ hiddenSites: ['amazon.fr'] });
    await start(PRODUCT);
    await new Promise((r) => setTimeout(r, 50));
    expect(hosts()).toHaveLength(0);
    await toggleFromKeyboard();
    await mounted();
  });
});

describe('robustness', () => {
  it('keeps exactly one badge across 20 in-page navigations between products and a listing', async () => {
    await start(PRODUCT);
    await mounted();
    for (let i = 0; i < 20; i++) {
      navigate(i % 2 ? `https://www.amazon.fr/dp/B0${String(i).padStart(8, '0')}` : LISTING);
      await waitFor(() => expect(hosts()).toHaveLength(i % 2 ? 1 : 0));
    }
    expect(hosts()).toHaveLength(1);
  });

  it('re-reports the page when it comes back from the back/forward cache', async () => {
    await start(PRODUCT);
    await mounted();
    sent.length = 0;
    const pageshow = Object.assign(new Event('pageshow'), { persisted: true }); // PageTransitionEvent
    window.dispatchEvent(pageshow);
    expect(sent).toContainEqual(expect.objectContaining({ type: 'page/state' }));
    expect(hosts()).toHaveLength(1);
  });

  it(`mounts the badge again when the page removes it, ${MAX_REMOUNTS} times, then gives up`, async () => {
    await start(PRODUCT);
    await mounted();
    for (let i = 0; i < MAX_REMOUNTS; i++) {
      host().remove();
      await mounted();
    }
    hosts()[0]!.remove();
    await new Promise((r) => setTimeout(r, 50));
    expect(hosts()).toHaveLength(0);
  });

  it('mounts when product signals arrive late on an ambiguous URL', async () => {
    await start('https://www.darty.com/nav/achat/hifi/casque/sony_wh1000.html', '<main>loading…</main>');
    await new Promise((r) => setTimeout(r, 50));
    expect(hosts()).toHaveLength(0);
    document.querySelector('main')!.innerHTML = '<div class="product_head"><h1>Sony</h1></div>';
    await waitFor(() => expect(host().dataset.platform).toBe('darty'), { timeout: 2000 });
  });

  it('goes away with the context (update, disable, re-injection) and stays gone', async () => {
    await start(PRODUCT);
    await mounted();
    ctx.notifyInvalidated();
    await gone();
    sent.length = 0;
    await setSettings({ position: 'top-left' });
    await toggleFromKeyboard();
    navigate(LISTING);
    await new Promise((r) => setTimeout(r, 50));
    expect(hosts()).toHaveLength(0);
    expect(sent).toEqual([]);
  });

  it('an orphaned script (extension updated or disabled) goes quiet on the next click, without errors', async () => {
    await start(PRODUCT);
    await mounted();
    const pill = inShadow('button.pill');
    fireEvent.click(pill);
    const details = [...host().shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Détails')!;
    sent.length = 0;
    fakeBrowser.runtime.id = undefined as unknown as string; // what Chrome does to an orphan
    const errors = vi.spyOn(console, 'error');
    expect(() => fireEvent.click(details)).not.toThrow();
    expect(sent).toEqual([]);
    await gone();
    expect(errors).not.toHaveBeenCalled();
  });
});
