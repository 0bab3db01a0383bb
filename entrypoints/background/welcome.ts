import { browser } from '#imports';

/**
 * Opens the welcome page once, when the extension is installed. An update opens nothing (the
 * options page lists what changed), nor does a browser update or a re-enable.
 */
export function setupWelcome(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch(() => undefined);
  });
}
