import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TOGGLE_COMMAND, setupCommands } from '@/entrypoints/background/commands';
import { setupToolbar } from '@/entrypoints/background/toolbar';
import type { Message, PageState } from '@/lib/messages';
import { defaultSettings, settingsItem } from '@/lib/settings';
import { getPlatform } from '@/data/platforms';
import { displayStatus, isInferred } from '@/lib/status';
import { typesetFrench as fr } from '@/lib/text';
import { backgroundSettings } from '../../helpers/background-settings';

const AMAZON: PageState = { platform: 'amazon', status: 'renewal-signatory', isProductPage: true };
const fromTab = (id: number, frameId = 0) => ({ tab: { id } as never, frameId });
const send = (message: Message, sender: object) => fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => {});
const badgeText = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
const title = (tabId: number) => fakeBrowser.action.getTitle({ tabId });

beforeEach(() => {
  vi.spyOn(navigator, 'language', 'get').mockReturnValue('fr-FR');
});

describe('toolbar, per tab', () => {
  beforeEach(() => setupToolbar(backgroundSettings()));

  it('shows the status of the page reported by the tab: a neutral mark and a title', async () => {
    await send({ type: 'page/state', state: AMAZON }, fromTab(7));
    await vi.waitFor(async () => expect(await badgeText(7)).toBe('oui'));
    expect(await title(7)).toBe(fr('Charte PME — Amazon : Refus en 2019, a rejoint la charte renouvelée (déc. 2020, selon la presse)'));
    // Slate for every status: never a verdict colour.
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 7 })).toEqual([0x47, 0x55, 0x69, 255]);
    expect(await badgeText(8)).toBe('');
  });

  // Words, not ticks or seals; a star for an inference. Both kinds of signatory read « oui »: the
  // renewal's difference (and Amazon's 2019 refusal) is in the title, which names both editions.
  it.each([
    ['cdiscount', 'oui'],
    ['ldlc', 'oui'],
    ['amazon', 'oui'],
    ['alibaba', 'non'],
    ['temu', '?'],
    ['darty', 'oui*'],
    ['aliexpress', 'non*'],
  ])('gives %s the mark « %s »', async (id, mark) => {
    const platform = getPlatform(id)!;
    await send({ type: 'page/state', state: { platform: id, status: displayStatus(platform), isProductPage: true } }, fromTab(3));
    await vi.waitFor(async () => expect(await badgeText(3)).toBe(mark));
    expect(isInferred(platform)).toBe(mark.endsWith('*'));
  });

  it('gives a signatory, a refusal, a platform not listed and each inference a different mark', async () => {
    const marks: string[] = [];
    for (const [tab, id] of ['cdiscount', 'alibaba', 'temu', 'darty', 'aliexpress'].entries()) {
      await send({ type: 'page/state', state: { platform: id, status: displayStatus(getPlatform(id)!), isProductPage: true } }, fromTab(20 + tab));
      await vi.waitFor(async () => expect(await badgeText(20 + tab)).not.toBe(''));
      marks.push(await badgeText(20 + tab));
    }
    expect(new Set(marks).size).toBe(5);
    for (const mark of marks) expect(mark).not.toMatch(/[✓✔+–-]/);
  });

  it('writes the title in the language of the settings', async () => {
    await settingsItem().setValue({ ...defaultSettings(), language: 'en' });
    await send({ type: 'page/state', state: AMAZON }, fromTab(7));
    await vi.waitFor(async () => expect(await title(7)).toBe('Charte PME — Amazon: Declined in 2019, joined the renewed charter (Dec. 2020, per the press)'));
  });

  it('clears the tab when it starts loading another site (whose URL we are not told)', async () => {
    await send({ type: 'page/state', state: AMAZON }, fromTab(7));
    await vi.waitFor(async () => expect(await badgeText(7)).toBe('oui'));
    await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'loading' }, { id: 7 } as never);
    expect(await badgeText(7)).toBe('');
    expect(await title(7)).toBe('Charte PME');
  });

  it('keeps the mark when Chrome says "loading" for an in-page navigation reported just before', async () => {
    // Seen in Chromium: pushState → the page's report → onUpdated {status: 'loading', url}.
    await send({ type: 'page/state', state: AMAZON }, fromTab(7));
    await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'loading', url: 'https://www.amazon.fr/s?k=x' }, { id: 7 } as never);
    await vi.waitFor(async () => expect(await badgeText(7)).toBe('oui'));
    await new Promise((r) => setTimeout(r, 20));
    expect(await badgeText(7)).toBe('oui');
  });

  it('clears the tab when the page reports nothing', async () => {
    await send({ type: 'page/state', state: AMAZON }, fromTab(7));
    await vi.waitFor(async () => expect(await badgeText(7)).toBe('oui'));
    await send({ type: 'page/state', state: null }, fromTab(7));
    expect(await badgeText(7)).toBe('');
  });

  it('does not let a report overtaken by a new page load write over it', async () => {
    void send({ type: 'page/state', state: AMAZON }, fromTab(7));
    await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'loading' }, { id: 7 } as never);
    await new Promise((r) => setTimeout(r, 20));
    expect(await badgeText(7)).toBe('');
  });

  it('ignores frames other than the top one, and unknown platforms', async () => {
    await send({ type: 'page/state', state: AMAZON }, fromTab(7, 2));
    await send({ type: 'page/state', state: { ...AMAZON, platform: 'nope' } }, fromTab(9));
    await new Promise((r) => setTimeout(r, 20));
    expect(await badgeText(7)).toBe('');
    expect(await badgeText(9)).toBe('');
  });
});

describe('the keyboard command', () => {
  let onCommand: (command: string, tab?: { id?: number }) => void;

  beforeEach(() => {
    // fake-browser does not implement commands: capture the listener.
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((listener) => {
      onCommand = listener as typeof onCommand;
    });
    setupCommands();
  });

  it('relays toggle-badge to the tab it was pressed in', async () => {
    const sendToTab = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    onCommand(TOGGLE_COMMAND, { id: 5 });
    await vi.waitFor(() => expect(sendToTab).toHaveBeenCalledWith(5, { type: 'badge/toggle' }));
  });

  it('finds the active tab when the browser does not say which', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 9 }] as never);
    const sendToTab = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    onCommand(TOGGLE_COMMAND);
    await vi.waitFor(() => expect(sendToTab).toHaveBeenCalledWith(9, { type: 'badge/toggle' }));
  });

  it('says nothing when the tab has no badge to toggle (another site)', async () => {
    const sendToTab = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist'));
    onCommand(TOGGLE_COMMAND, { id: 5 });
    await vi.waitFor(() => expect(sendToTab).toHaveBeenCalled());
    // An unhandled rejection would fail the run.
    await new Promise((r) => setTimeout(r, 10));
  });

  it('ignores other commands', () => {
    const sendToTab = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    onCommand('something-else', { id: 5 });
    expect(sendToTab).not.toHaveBeenCalled();
  });
});

describe('toolbar, settings in memory and work only on change', () => {
  const FNAC: PageState = { platform: 'fnac', status: 'signatory', isProductPage: true, hostname: 'www.fnac.com' };
  const fromDocument = (id: number, documentId: string) => ({ tab: { id } as never, frameId: 0, documentId });

  it('reads storage once, when it starts, and not per message', async () => {
    const reads = vi.spyOn(fakeBrowser.storage.sync, 'get');
    setupToolbar(backgroundSettings());
    await send({ type: 'page/state', state: AMAZON }, fromTab(7));
    await vi.waitFor(async () => expect(await badgeText(7)).toBe('oui'));
    const atStart = reads.mock.calls.length;
    for (let i = 0; i < 20; i++) {
      await send({ type: 'page/state', state: i % 2 ? AMAZON : FNAC }, fromTab(7));
      await send({ type: 'page/state', state: FNAC }, fromTab(100 + i));
    }
    await vi.waitFor(async () => expect(await badgeText(119)).toBe('oui'));
    expect(reads.mock.calls.length).toBe(atStart);
  });

  it('does nothing for a report that changes nothing for its tab', async () => {
    setupToolbar(backgroundSettings());
    const setText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    for (let i = 0; i < 50; i++) await send({ type: 'page/state', state: AMAZON }, fromDocument(7, 'doc-1'));
    await vi.waitFor(async () => expect(await badgeText(7)).toBe('oui'));
    expect(setText).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 5; i++) await send({ type: 'page/state', state: null }, fromTab(7));
    expect(setText).toHaveBeenCalledTimes(2);
    expect(await badgeText(7)).toBe('');
  });

  it('redraws when the state, the hostname or the document changes', async () => {
    setupToolbar(backgroundSettings());
    const setTitle = vi.spyOn(fakeBrowser.action, 'setTitle');
    const reports: [PageState, string][] = [
      [AMAZON, 'doc-1'],
      [{ ...AMAZON, isProductPage: false }, 'doc-1'],
      [{ ...AMAZON, isProductPage: false, hostname: 'www.amazon.de' }, 'doc-1'],
      [{ ...AMAZON, isProductPage: false, hostname: 'www.amazon.de' }, 'doc-2'],
      [{ ...AMAZON, status: 'declined', isProductPage: false, hostname: 'www.amazon.de' }, 'doc-2'],
    ];
    for (const [state, doc] of reports) {
      await send({ type: 'page/state', state }, fromDocument(7, doc));
      await vi.waitFor(() => expect(setTitle.mock.calls.length).toBeGreaterThan(0));
    }
    await vi.waitFor(() => expect(setTitle).toHaveBeenCalledTimes(reports.length));
    expect(await badgeText(7)).toBe('non');
  });

  it('draws a tab again after a page load, even on the same platform', async () => {
    setupToolbar(backgroundSettings());
    const setText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    await send({ type: 'page/state', state: AMAZON }, fromTab(7));
    await vi.waitFor(() => expect(setText).toHaveBeenCalledTimes(1));
    await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'loading', url: 'https://www.amazon.fr/dp/B000000000' }, { id: 7 } as never);
    await send({ type: 'page/state', state: AMAZON }, fromTab(7));
    await vi.waitFor(() => expect(setText).toHaveBeenCalledTimes(2));
  });

  it('retitles every tab showing a status when the language setting changes, with no new report', async () => {
    setupToolbar(backgroundSettings());
    await send({ type: 'page/state', state: AMAZON }, fromTab(7));
    await send({ type: 'page/state', state: FNAC }, fromTab(8));
    // French then English punctuation tells the languages apart, whatever the status wording.
    await vi.waitFor(async () => expect((await title(8)).startsWith(fr('Charte PME — Fnac : '))).toBe(true));
    await settingsItem().setValue({ ...defaultSettings(), language: 'en' });
    await vi.waitFor(async () => expect(await title(7)).toMatch(/^Charte PME — Amazon: \w/));
    await vi.waitFor(async () => expect(await title(8)).toMatch(/^Charte PME — Fnac: \w/));
  });

  it('waits for the stored settings before the first title', async () => {
    await settingsItem().setValue({ ...defaultSettings(), language: 'en' });
    const setTitle = vi.spyOn(fakeBrowser.action, 'setTitle');
    setupToolbar(backgroundSettings());
    await send({ type: 'page/state', state: AMAZON }, fromTab(7));
    await vi.waitFor(async () => expect(await title(7)).toMatch(/^Charte PME — Amazon: \w/));
    expect(setTitle).toHaveBeenCalledTimes(1);
  });
});
