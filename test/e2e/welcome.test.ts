// First run: installing the extension opens the welcome page exactly once. "None on update" is
// tested on the background's own listener (test/entrypoints/background/welcome.test.ts): in this
// harness chrome.runtime.reload() leaves a command-line-loaded extension blocked, so a real
// update cannot be driven here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, screenshotOnFailure, type ExtensionHandle } from '../helpers/e2e/harness';
import { extensionPageTabs } from '../helpers/e2e/signals';

let ext: ExtensionHandle;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

const welcomePages = () => ext.context.pages().filter((p) => p.url() === `chrome-extension://${ext.extensionId}/welcome.html`);

describe('welcome page', () => {
  it('opens exactly one welcome page on install, which explains the badge', async () => {
    screenshotOnFailure(ext);
    await expect.poll(() => welcomePages().length, { timeout: 10_000 }).toBe(1);
    const page = welcomePages()[0]!;
    // Headless Chromium may defer painting a tab that is not in front (other tests open pages too).
    await page.bringToFront();
    await page.getByRole('heading', { level: 1, name: 'Bienvenue dans Charte PME' }).waitFor();
    expect(await page.locator('.examples > li').count()).toBe(4);
    expect(await page.getByText(/jamais le produit ni le vendeur/).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Ouvrir les réglages' }).count()).toBe(1);
    // Nothing left the browser to build it.
    expect(ext.blocked()).toEqual([]);
    // No second one turns up later: the install's listener has run (it opened this one), and the
    // extension's own list of tabs holds every tab it has opened so far.
    expect(await extensionPageTabs(ext, 'welcome.html')).toHaveLength(1);
    expect(welcomePages()).toHaveLength(1);
  });

});
