import { waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mountCard } from '@/entrypoints/badge-card/mount-card';
import { BACKOFF_MAX_MS, SETTLE_AFTER_REMOVALS } from '@/lib/badge/mount-controller';
import { findPillForCard } from '@/lib/badge/page/pill-for-card';
import type { ContentScriptContext } from '@/lib/badge/page/quiet-context';
import { defaultSettings, resetSettingsItemForTests, sanitizeSettings, settingsItem, type Settings } from '@/lib/settings';
import { runBadge, stopBadge, trusted } from '../../../helpers/run-badge';

// Heavy by nature: drives the first stage through hundreds of navigations and saved pages.
// An explicit 30 s (vitest's default is 5 s) so a busy 2-core machine does not time it out.
vi.setConfig({ testTimeout: 30_000 });

// Shipped builds close the shadow root; here it is open so the test can look inside.
vi.mock('@/lib/badge/page/shadow-mode', () => ({ SHADOW_MODE: 'open' }));

const PRODUCT = 'https://www.amazon.fr/Bouilloire/dp/B08L5VNF78';
const LISTING = 'https://www.amazon.fr/s?k=bouilloire';

let ctx: ContentScriptContext;
let sent: unknown[];
/** What the background answers to 'card/load': inject the card (the default), or refuse. */
let cardLoad: 'inject' | 'refuse' | 'silent';

const start = (url: string, body = '<main><h1 id="productTitle">Bouilloire</h1></main>') => {
  ctx = runBadge(url, body);
};

const hosts = () => [...document.querySelectorAll('[data-charte-pme]')] as HTMLElement[];
const host = () => {
  const all = hosts();
  expect(all).toHaveLength(1);
  return all[0]!;
};
const inShadow = (selector: string) => host().shadowRoot!.querySelector(selector) as HTMLElement | null;
const pill = () => inShadow('button.pill')!;
const button = (text: string) => [...host().shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === text)!;
const mounted = () => waitFor(() => expect(hosts()).toHaveLength(1));
const gone = () => waitFor(() => expect(hosts()).toHaveLength(0));
const setSettings = (patch: Partial<Settings>) => settingsItem().setValue({ ...defaultSettings(), ...patch });
const click = (el: Element) => el.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
const forgedClick = (el: Element) => el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
const openCard = async () => {
  click(pill());
  await waitFor(() => expect(inShadow('.card')).not.toBeNull());
};
const pause = (ms = 50) => new Promise((r) => setTimeout(r, ms));

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
  cardLoad = 'inject';
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    sent.push(message);
    if ((message as { type: string }).type !== 'card/load') return undefined;
    if (cardLoad === 'silent') return new Promise(() => undefined);
    // The background's scripting.executeScript runs the second stage in the same isolated world.
    if (cardLoad === 'inject') mountCard(findPillForCard()!);
    return { ok: cardLoad === 'inject' };
  });
});

const EXTENSION_ID = fakeBrowser.runtime.id;
afterEach(() => {
  stopBadge(ctx);
  fakeBrowser.runtime.id = EXTENSION_ID;
});

describe('on a product page', () => {
  it('mounts exactly one badge with the contract attributes and the pill', async () => {
    start(PRODUCT);
    await mounted();
    // Under the product title by default, where the platform names it and the page has it.
    expect(host().dataset).toMatchObject({ platform: 'amazon', status: 'renewal-signatory', position: 'inline' });
    expect(document.getElementById('productTitle')!.nextElementSibling).toBe(host());
    // Amazon declined the 2019 charter and joined the 2020 one: its line names both (issue 22).
    expect(pill().getAttribute('aria-label')).toBe(
      'Charte PME, Amazon\u00a0: Refus en 2019, a rejoint la charte renouvelée (déc. 2020, selon la presse)',
    );
    expect(inShadow('.long')!.textContent).toBe('Refus en 2019, a rejoint la charte renouvelée (déc. 2020, selon la presse)');
    expect(inShadow('.chip')!.textContent).toBe('Charte PME\u00a0: refus en 2019, signée en 2020');
    // The card is not there until asked for.
    expect(inShadow('.card')).toBeNull();
    expect(sent).not.toContainEqual({ type: 'card/load' });
  });

  it('reports the page state for the toolbar', async () => {
    start(PRODUCT);
    await mounted();
    expect(sent).toContainEqual({ type: 'page/state', state: { platform: 'amazon', status: 'renewal-signatory', isProductPage: true } });
  });

  it('follows the language setting', async () => {
    await setSettings({ language: 'en' });
    start(PRODUCT);
    await mounted();
    expect(pill().getAttribute('aria-label')).toMatch(/^Charte PME, Amazon: Declined in 2019, joined/);
    expect(inShadow('.chip')!.textContent).toBe('Charte PME: declined in 2019, signed in 2020');
  });

  it('loads the card through the background on the first opening, and only then', async () => {
    start(PRODUCT);
    await mounted();
    await openCard();
    expect(sent.filter((m) => (m as { type: string }).type === 'card/load')).toHaveLength(1);
    expect(pill().getAttribute('aria-expanded')).toBe('true');
    click(pill());
    await waitFor(() => expect(inShadow('.card')).toBeNull());
    await openCard();
    expect(sent.filter((m) => (m as { type: string }).type === 'card/load')).toHaveLength(1);
  });

  it('opens the card on arrival when the setting says so', async () => {
    await setSettings({ openByDefault: true });
    start(PRODUCT);
    await mounted();
    await waitFor(() => expect(inShadow('.card')).not.toBeNull());
    expect(pill().getAttribute('aria-expanded')).toBe('true');
  });

  it('says so in the card’s place when the card cannot load, and the pill keeps working', async () => {
    cardLoad = 'refuse';
    start(PRODUCT);
    await mounted();
    click(pill());
    await waitFor(() => expect(inShadow('.note')?.textContent).toContain('Le détail n’a pas pu s’ouvrir'));
    click(pill());
    await waitFor(() => expect(inShadow('.note')).toBeNull());
    expect(pill().getAttribute('aria-expanded')).toBe('false');
  });

  it('removes a badge left by an older copy of the script before mounting its own', async () => {
    document.documentElement.append(document.createElement('charte-pme-badge'));
    start(PRODUCT);
    await waitFor(() => expect(host().dataset.platform).toBe('amazon'));
  });
});

describe('elsewhere', () => {
  it('mounts nothing on a listing page, and still tells the toolbar the platform', async () => {
    start(LISTING, '<main>results</main>');
    await waitFor(() => expect(sent).toContainEqual({ type: 'page/state', state: { platform: 'amazon', status: 'renewal-signatory', isProductPage: false } }));
    await pause();
    expect(hosts()).toHaveLength(0);
  });

  it('does nothing at all on a host that is not a platform', async () => {
    const sync = vi.spyOn(fakeBrowser.storage.sync, 'get');
    start('https://www.example.com/dp/B08L5VNF78');
    await pause();
    expect(hosts()).toHaveLength(0);
    expect(sent).toEqual([]);
    expect(sync).not.toHaveBeenCalled();
  });
});

describe('settings apply live', () => {
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

  it('puts the badge after the product title when the position is inline', async () => {
    await setSettings({ position: 'inline' });
    start(PRODUCT);
    await mounted();
    expect(host().dataset.position).toBe('inline');
    expect(host().previousElementSibling?.id).toBe('productTitle');
  });

  it.each(['<div id="__next">', '<div data-reactroot="">', '<div id="__nuxt">', '<app-root ng-version="17.0.0">'])(
    'takes a corner when the title is inside an app that hydrates (%s): a node of ours there would break it',
    async (root) => {
      const tag = root.slice(1, root.search(/[ >]/));
      start(PRODUCT, `${root}<main><h1 id="productTitle">Bouilloire</h1></main></${tag}>`);
      await mounted();
      expect(host().dataset.position).toBe('bottom-right');
      expect(host().parentElement).toBe(document.documentElement);
    },
  );

  it('falls back to a corner when the inline anchor is missing', async () => {
    await setSettings({ position: 'inline' });
    start(PRODUCT, '<main>no title here</main>');
    await mounted();
    expect(host().dataset.position).toBe('bottom-right');
  });

  it('stays hidden while snoozed', async () => {
    await setSettings({ snoozeUntil: Date.now() + 60_000 });
    start(PRODUCT);
    await pause();
    expect(hosts()).toHaveLength(0);
    await setSettings({ snoozeUntil: 0 });
    await mounted();
  });

  it('"Hide on this site" says so with an undo, saves when the card closes, and the badge goes', async () => {
    start(PRODUCT);
    await mounted();
    await openCard();
    click(button('Masquer sur ce site'));
    expect(inShadow('[role="status"]')?.textContent).toBe('Le badge va quitter amazon.fr.');
    expect(button('Annuler')).toBeTruthy();
    await pause();
    // Not yet saved: the undo is still on offer.
    expect(sanitizeSettings(await settingsItem().getValue()).hiddenSites).toEqual([]);
    click(inShadow('button.close')!);
    await gone();
    expect(sanitizeSettings(await settingsItem().getValue()).hiddenSites).toEqual(['amazon.fr']);
  });

  it('"Undo" keeps the badge and the setting as they were, even when the page is then left', async () => {
    start(PRODUCT);
    await mounted();
    await openCard();
    click(button('Masquer sur ce site'));
    click(button('Annuler'));
    expect(button('Masquer sur ce site')).toBeTruthy();
    expect(inShadow('[role="status"]')?.textContent).toBe('');
    window.dispatchEvent(trusted(new Event('pagehide')));
    await pause();
    expect(sanitizeSettings(await settingsItem().getValue()).hiddenSites).toEqual([]);
    expect(hosts()).toHaveLength(1);
  });

  it('"Hide on this site" says so in the card when the write fails', async () => {
    start(PRODUCT);
    await mounted();
    await openCard();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    click(button('Masquer sur ce site'));
    // Leaving the page saves at once (a page script's forged pagehide does not).
    window.dispatchEvent(new Event('pagehide'));
    await pause();
    expect(inShadow('[role="alert"]')).toBeNull();
    window.dispatchEvent(trusted(new Event('pagehide')));
    await waitFor(() => expect(inShadow('[role="alert"]')?.textContent).toContain('Impossible d’enregistrer ce choix'));
    expect(hosts()).toHaveLength(1);
  });
});

describe('actions and commands', () => {
  it('"Details" asks the background to open the panel, synchronously in the click', async () => {
    start(PRODUCT);
    await mounted();
    await openCard();
    sent.length = 0;
    click(button('Détails'));
    expect(sent).toEqual([{ type: 'panel/open', platform: 'amazon' }]);
  });

  it('ignores clicks and key presses a page script makes (isTrusted false)', async () => {
    start(PRODUCT);
    await mounted();
    forgedClick(pill());
    await pause();
    expect(inShadow('.card')).toBeNull();
    await openCard();
    sent.length = 0;
    forgedClick(button('Détails'));
    forgedClick(button('Masquer sur ce site'));
    forgedClick(inShadow('.close')!);
    inShadow('.card')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await pause();
    expect(sent).toEqual([]);
    expect(inShadow('.card')).not.toBeNull();
    expect(sanitizeSettings(await settingsItem().getValue())).toEqual(defaultSettings());
  });

  it('Escape (from the user) closes the card and puts focus back on the pill', async () => {
    start(PRODUCT);
    await mounted();
    await openCard();
    // As the window sees a key typed in the card: retargeted to the host (happy-dom does not retarget).
    host().dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true })));
    await waitFor(() => expect(inShadow('.card')).toBeNull());
    expect(host().shadowRoot!.activeElement).toBe(pill());
  });

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

describe('robustness', () => {
  it('gives each page view a signal of its own: a navigation ends the last one, and so does the end of the script', async () => {
    start(PRODUCT);
    await mounted();
    const first = findPillForCard()!.pageViewSignal();
    expect(first.aborted).toBe(false);
    navigate('https://www.amazon.fr/Autre/dp/B000000002');
    await waitFor(() => expect(first.aborted).toBe(true));
    const second = findPillForCard()!.pageViewSignal();
    expect(second).not.toBe(first);
    expect(second.aborted).toBe(false);
    ctx.notifyInvalidated();
    expect(second.aborted).toBe(true);
  });

  it('keeps exactly one badge across 20 in-page navigations between products and a listing', async () => {
    start(PRODUCT);
    await mounted();
    for (let i = 0; i < 20; i++) {
      navigate(i % 2 ? `https://www.amazon.fr/dp/B0${String(i).padStart(8, '0')}` : LISTING);
      await waitFor(() => expect(hosts()).toHaveLength(i % 2 ? 1 : 0));
    }
    expect(hosts()).toHaveLength(1);
  });

  it('handles a burst of navigations once, and tells the background only when the page state changes', async () => {
    start(PRODUCT);
    await mounted();
    sent.length = 0;
    for (let i = 0; i < 500; i++) navigate(`https://www.amazon.fr/dp/B0${String(i).padStart(8, '0')}`);
    await pause(250);
    // Product to product: nothing changed for the toolbar.
    expect(sent).toEqual([]);
    for (let i = 0; i < 500; i++) navigate(i % 2 ? LISTING : PRODUCT);
    navigate(LISTING);
    await pause(250);
    expect(sent).toEqual([{ type: 'page/state', state: { platform: 'amazon', status: 'renewal-signatory', isProductPage: false } }]);
    expect(hosts()).toHaveLength(0);
  });

  it('re-reports the page when it comes back from the back/forward cache', async () => {
    start(PRODUCT);
    await mounted();
    sent.length = 0;
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true })); // PageTransitionEvent
    await waitFor(() => expect(sent).toContainEqual(expect.objectContaining({ type: 'page/state' })));
    expect(hosts()).toHaveLength(1);
  });

  it.each(['inline', 'bottom-right'] as const)('mounts the badge again whenever the page removes it: at once, then settled in a corner after a pause (%s)', async (position) => {
    await setSettings({ position });
    start(PRODUCT);
    await mounted();
    for (let i = 1; i < SETTLE_AFTER_REMOVALS; i++) {
      expect(host().dataset.position).toBe(position);
      host().remove();
      await mounted();
    }
    for (let i = 0; i < 4; i++) {
      hosts()[0]!.remove();
      await waitFor(() => expect(hosts()).toHaveLength(1), { timeout: BACKOFF_MAX_MS + 500 });
      // Settled: a child of <html>, in a corner, where a page re-rendering its content does not reach.
      expect(host().dataset.position).toBe('bottom-right');
      expect(host().parentElement).toBe(document.documentElement);
    }
  });

  it('mounts when product signals arrive late on an ambiguous URL', async () => {
    start('https://www.darty.com/nav/achat/hifi/casque/sony_wh1000.html', '<main>loading…</main>');
    await pause();
    expect(hosts()).toHaveLength(0);
    document.querySelector('main')!.innerHTML = '<div class="product_head"><h1>Sony</h1></div>';
    await waitFor(() => expect(host().dataset.platform).toBe('darty'), { timeout: 2000 });
  });

  it('goes away with the context (update, disable, re-injection) and stays gone', async () => {
    start(PRODUCT);
    await mounted();
    ctx.notifyInvalidated();
    await gone();
    sent.length = 0;
    await setSettings({ position: 'top-left' });
    await toggleFromKeyboard();
    navigate(LISTING);
    await pause(200);
    expect(hosts()).toHaveLength(0);
    expect(sent).toEqual([]);
  });

  it('an orphaned copy (extension reloaded) takes its badge down at the next event, without errors', async () => {
    start(PRODUCT);
    await mounted();
    await openCard();
    sent.length = 0;
    fakeBrowser.runtime.id = undefined as unknown as string; // what Chrome does to an orphan
    const errors = vi.spyOn(console, 'error');
    expect(() => click(button('Détails'))).not.toThrow();
    navigate(LISTING);
    await gone();
    expect(sent).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
  });

  it('a newer copy in the same isolated world retires the older one', async () => {
    start(PRODUCT);
    await mounted();
    const older = ctx;
    start(PRODUCT);
    expect(older.isValid).toBe(false);
    await waitFor(() => expect(hosts()).toHaveLength(1));
  });
});

describe('the seller, read by the card', () => {
  const BUY_BOX = '<main><h1 id="productTitle">Bouilloire</h1><div id="buybox"><div id="merchant-info">Expédié et vendu par Amazon.</div></div></main>';

  it('is not read while the card has never been opened', async () => {
    start(PRODUCT, BUY_BOX);
    await mounted();
    await pause(100);
    expect(host().dataset.sellerKind).toBeUndefined();
  });

  it('is read when the card opens, followed while it is open, and no longer once it is closed', async () => {
    start(PRODUCT, BUY_BOX);
    await mounted();
    await openCard();
    await waitFor(() => expect(host().dataset).toMatchObject({ sellerKind: 'platform', seller: 'Amazon' }));
    document.getElementById('merchant-info')!.innerHTML = 'Vendu par <a id="sellerProfileTriggerId">Boutique Durand</a> et expédié par Amazon.';
    await waitFor(() => expect(host().dataset).toMatchObject({ sellerKind: 'third-party', seller: 'Boutique Durand' }), { timeout: 2000 });
    click(pill());
    await waitFor(() => expect(inShadow('.card')).toBeNull());
    document.getElementById('merchant-info')!.textContent = 'Expédié et vendu par Amazon.';
    await pause(700);
    expect(host().dataset.seller).toBe('Boutique Durand');
    // Opened again: read again.
    await openCard();
    await waitFor(() => expect(host().dataset).toMatchObject({ sellerKind: 'platform', seller: 'Amazon' }));
  });

  it('is forgotten on an in-page navigation, host attributes included', async () => {
    start(PRODUCT, BUY_BOX);
    await mounted();
    await openCard();
    await waitFor(() => expect(host().dataset.sellerKind).toBe('platform'));
    navigate('https://www.amazon.fr/dp/B000000002');
    await waitFor(() => expect(host().dataset.sellerKind).toBeUndefined());
    expect(host().dataset.seller).toBeUndefined();
  });
});

describe('injected at document_start', () => {
  const setReadyState = (state: DocumentReadyState) => Object.defineProperty(document, 'readyState', { value: state, configurable: true });
  afterEach(() => {
    delete (document as unknown as Record<string, unknown>).readyState;
  });

  it('starts the settings read at once but waits for the parsed document to detect and mount', async () => {
    setReadyState('loading');
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    start(PRODUCT);
    expect(get).toHaveBeenCalledTimes(1);
    await pause(100);
    expect(hosts()).toHaveLength(0);
    // A page script can dispatch a fake DOMContentLoaded; it cannot change readyState.
    document.dispatchEvent(new Event('DOMContentLoaded'));
    document.dispatchEvent(new Event('readystatechange'));
    await pause(50);
    expect(hosts()).toHaveLength(0);
    setReadyState('interactive');
    document.dispatchEvent(new Event('readystatechange'));
    await mounted();
    // The prefetched answer is used: no second read.
    expect(get).toHaveBeenCalledTimes(1);
    expect(sent).toContainEqual({ type: 'page/state', state: { platform: 'amazon', status: 'renewal-signatory', isProductPage: true } });
  });

  it('reads no settings on a listing page, parsed or not, until the shopper goes to a product page', async () => {
    setReadyState('loading');
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    start(LISTING);
    expect(get).not.toHaveBeenCalled();
    setReadyState('complete');
    document.dispatchEvent(new Event('readystatechange'));
    await waitFor(() => expect(sent).toContainEqual({ type: 'page/state', state: { platform: 'amazon', status: 'renewal-signatory', isProductPage: false } }));
    await pause(50);
    expect(get).not.toHaveBeenCalled();
    expect(hosts()).toHaveLength(0);
    navigate(PRODUCT);
    await mounted();
    expect(get).toHaveBeenCalledTimes(1);
  });
});
