import { waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mountCard } from '@/entrypoints/badge-card/mount-card';
import badgeCorner from '@/entrypoints/badge-corner';
import { publishCornerKeeperFactory } from '@/lib/badge/page/corner-for-pill';
import { findPillForCard } from '@/lib/badge/page/pill-for-card';
import type { ContentScriptContext } from '@/lib/badge/page/quiet-context';
import { defaultSettings, settingsItem, type Settings } from '@/lib/settings';
import { runBadge, stopBadge, trusted } from './run-badge';

/**
 * The first stage driven on a page as the built content script runs it, with the background
 * faked: the page object shared by the tests of lib/badge/page/ and of the card. A test file that
 * uses it mocks '@/lib/badge/page/shadow-mode' to an open root (shipped builds close it) so that
 * it can look inside.
 */

export const PRODUCT = 'https://www.amazon.fr/Bouilloire/dp/B08L5VNF78';
export const LISTING = 'https://www.amazon.fr/s?k=bouilloire';

let ctx: ContentScriptContext | undefined;
/** Every message the first stage and the card sent to the background, in order… */
export const sent: unknown[] = [];
/**
 * …except 'corner/load', counted here: happy-dom lays nothing out, so every inline badge has no
 * box and takes a corner after its first paint; the tests of what a page sends would all see it.
 */
export const cornerRequests = { count: 0 };
type LoadAnswer = 'inject' | 'refuse' | 'silent';
/** What the background answers to 'card/load': inject the card (the default), refuse, or never answer. */
let cardLoad: LoadAnswer;
/** The same for 'corner/load', which injects the corner code. */
let cornerLoad: LoadAnswer;

export const setCardLoad = (answer: LoadAnswer) => {
  cardLoad = answer;
};
export const setCornerLoad = (answer: LoadAnswer) => {
  cornerLoad = answer;
};
/** The running first stage's context (the test can end it as an update would). */
export const context = () => ctx!;

export const start = (url: string, body = '<main><h1 id="productTitle">Bouilloire</h1></main>') => {
  ctx = runBadge(url, body);
};

export const hosts = () => [...document.querySelectorAll('[data-charte-pme]')] as HTMLElement[];
export const host = () => {
  const all = hosts();
  expect(all).toHaveLength(1);
  return all[0]!;
};
export const inShadow = (selector: string) => host().shadowRoot!.querySelector(selector) as HTMLElement | null;
export const pill = () => inShadow('button.pill')!;
export const button = (text: string) => [...host().shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === text)!;
export const mounted = () => waitFor(() => expect(hosts()).toHaveLength(1));
export const gone = () => waitFor(() => expect(hosts()).toHaveLength(0));
export const setSettings = (patch: Partial<Settings>) => settingsItem().setValue({ ...defaultSettings(), ...patch });
export const click = (el: Element) => el.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
export const forgedClick = (el: Element) => el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
export const openCard = async () => {
  click(pill());
  await waitFor(() => expect(inShadow('.card')).not.toBeNull());
};
export const pause = (ms = 50) => new Promise((r) => setTimeout(r, ms));

/** What the background relays when the keyboard command is pressed. */
export const toggleFromKeyboard = () => fakeBrowser.runtime.onMessage.trigger({ type: 'badge/toggle' }, {}, () => {});

/** An in-page navigation as a single-page app does it. */
export function navigate(url: string) {
  history.pushState({}, '', url);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** Registers the hooks: French browser, the faked background; ends the run after each test. */
export function useBadgePage(): void {
  // Heavy by nature: some tests drive the first stage through hundreds of navigations.
  // An explicit 30 s (vitest's default is 5 s) so a busy 2-core machine does not time it out.
  vi.setConfig({ testTimeout: 30_000 });
  const extensionId = fakeBrowser.runtime.id;
  beforeEach(() => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('fr-FR');
    sent.length = 0;
    cornerRequests.count = 0;
    cardLoad = 'inject';
    cornerLoad = 'inject';
    // Each test is a new document: the corner code is not loaded yet.
    publishCornerKeeperFactory(undefined);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      const { type } = message as { type: string };
      if (type === 'corner/load') cornerRequests.count++;
      else sent.push(message);
      const answer = type === 'card/load' ? cardLoad : type === 'corner/load' ? cornerLoad : undefined;
      if (!answer) return undefined;
      if (answer === 'silent') return new Promise(() => undefined);
      // The background's scripting.executeScript runs the script in the same isolated world.
      if (answer === 'inject' && type === 'card/load') mountCard(findPillForCard()!);
      if (answer === 'inject' && type === 'corner/load') badgeCorner.main();
      return { ok: answer === 'inject' };
    });
  });
  afterEach(() => {
    stopBadge(ctx);
    ctx = undefined;
    fakeBrowser.runtime.id = extensionId;
  });
}

export { trusted };
