// Real-Firefox harness: Debian's firefox-esr driven over WebDriver BiDi by puppeteer-core (which
// downloads no browser), the Firefox build installed unpacked, marketplace addresses served from
// saved pages, every other request aborted and recorded, and Firefox's console read from stdout.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { readFixture } from '../e2e/harness';
import { startRecordingProxy, type RecordingProxy } from './recording-proxy';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** Fixed so extension pages have known addresses (pref extensions.webextensions.uuids). */
export const EXTENSION_UUID = '6f1c3c2e-9d1a-4b8e-a2f7-3c5d7e9b1a04';

export function firefoxPath(): string {
  return process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
}

/**
 * FIREFOX_EXT_DIR, else the folder `wxt build -b firefox` wrote last (firefox-mv2 by default,
 * firefox-mv3 when built with --mv3): a stale folder of the other kind is not picked.
 */
export function firefoxExtDir(): string {
  if (process.env.FIREFOX_EXT_DIR) return path.resolve(ROOT, process.env.FIREFOX_EXT_DIR);
  const outDir = path.resolve(ROOT, process.env.WXT_OUT_DIR || '.output');
  const built = ['firefox-mv2', 'firefox-mv3']
    .map((name) => path.join(outDir, name))
    .filter((dir) => existsSync(path.join(dir, 'manifest.json')))
    .sort((a, b) => statSync(path.join(b, 'manifest.json')).mtimeMs - statSync(path.join(a, 'manifest.json')).mtimeMs);
  return built[0] ?? path.join(outDir, 'firefox-mv2');
}

/** Throws what a person needs when Firefox or the build is missing; never skips. */
export function assertFirefoxPrerequisites(extDir: string): void {
  if (!existsSync(firefoxPath())) {
    throw new Error(
      `Firefox not found at ${firefoxPath()}. The Firefox tests drive Debian's Firefox ESR: ` +
        'install it with `sudo apt-get install -y firefox-esr` (or set FIREFOX_PATH).',
    );
  }
  if (!existsSync(path.join(extDir, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${extDir}: run \`npm run build:firefox\` first (or set FIREFOX_EXT_DIR).`);
  }
}

/** One request seen by the interception of a tab. */
export interface FirefoxRequest {
  url: string;
  /** `served`: answered from a fixture; `blocked`: aborted, it never left the browser. */
  outcome: 'served' | 'blocked';
}

export interface FirefoxHandle {
  browser: Browser;
  /** The add-on id (browser_specific_settings.gecko.id of the build). */
  addonId: string;
  /** moz-extension://<uuid>/<path>. */
  extensionUrl(pagePath: string): string;
  /** What the tabs asked for, in order (moz-extension:, data: and blob: loads are not listed). */
  requests: FirefoxRequest[];
  /** What tried to leave the browser anyway (background page, Firefox itself): see recording-proxy.ts. */
  proxy: RecordingProxy;
  /** Firefox's stdout and stderr, line by line: the console of every page, the extension's included. */
  output: string[];
  close(): Promise<void>;
}

export interface FirefoxOptions {
  /** The tabs' viewport; default 1280×800. 390 is a phone (Firefox for Android). */
  width?: number;
  height?: number;
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxHandle> {
  const extDir = firefoxExtDir();
  assertFirefoxPrerequisites(extDir);
  const manifest = JSON.parse(readFileSync(path.join(extDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const addonId = manifest.browser_specific_settings.gecko.id;
  const proxy = await startRecordingProxy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    defaultViewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    // Lets BiDi reach the browser window's chrome scope and navigate tabs to moz-extension://.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }),
      'devtools.console.stdout.content': true,
      'intl.accept_languages': 'fr-FR, fr',
      // Where the chrome scope is missing (Firefox 140), the popup opens through browserAction.openPopup().
      'extensions.openPopupWithoutUserGesture.enabled': true,
      // Whatever is not intercepted in a tab goes to the recording proxy, never to the network.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    },
  });
  const output: string[] = [];
  for (const stream of [browser.process()?.stdout, browser.process()?.stderr]) {
    let rest = '';
    stream?.on('data', (chunk: Buffer) => {
      const lines = (rest + chunk.toString('utf8')).split('\n');
      rest = lines.pop() ?? '';
      output.push(...lines);
    });
  }
  try {
    await browser.installExtension(extDir);
  } catch (error) {
    await browser.close();
    await proxy.close();
    throw new Error(`Firefox ${await browser.version().catch(() => '?')} refused the build in ${extDir}: ${String(error)}`);
  }
  return {
    browser,
    addonId,
    extensionUrl: (pagePath) => `moz-extension://${EXTENSION_UUID}/${pagePath.replace(/^\//, '')}`,
    requests: [],
    proxy,
    output,
    close: async () => {
      await browser.close();
      await proxy.close();
    },
  };
}

export interface RouteOptions {
  /** Sent as Content-Security-Policy: it locks a saved page's own scripts out, not the content script. */
  csp?: string;
}

/**
 * A new tab showing `source` (HTML, or a path under test/fixtures) at `url`; every other request
 * of the tab is aborted and recorded. Returns at DOMContentLoaded, as the Chromium harness does.
 */
export async function openRoutedPage(ff: FirefoxHandle, url: string, source: string, options: RouteOptions = {}): Promise<Page> {
  const body = source.trimStart().startsWith('<') ? source : readFixture(source);
  const target = new URL(url).href;
  const page = await ff.browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    const requested = request.url();
    if (/^(moz-extension|data|blob|about):/.test(requested)) return void request.continue();
    if (requested === target) {
      ff.requests.push({ url: requested, outcome: 'served' });
      return void request.respond({
        status: 200,
        headers: options.csp ? { 'content-security-policy': options.csp } : {},
        contentType: 'text/html; charset=utf-8',
        body,
      });
    }
    // A request the page's CSP already stopped is announced but cannot be aborted: not recorded.
    request.abort('blockedbyclient').then(
      () => ff.requests.push({ url: requested, outcome: 'blocked' }),
      () => undefined,
    );
  });
  await page.goto(target, { waitUntil: 'domcontentloaded' });
  return page;
}

/**
 * An extension page (`popup.html`, `sidepanel.html?platform=amazon`) in a new tab. BiDi's
 * navigate is used directly: puppeteer's goto never sees a moz-extension: load finish.
 */
export async function openExtensionPage(ff: FirefoxHandle, pagePath: string): Promise<Page> {
  const page = await ff.browser.newPage();
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  await bidi(ff)('browsingContext.navigate', { context, url: ff.extensionUrl(pagePath), wait: 'complete' });
  return page;
}

/** Sends a raw WebDriver BiDi command on puppeteer's session (its BidiBrowser's connection). */
function bidi(ff: FirefoxHandle): (method: string, params: object) => Promise<{ result: unknown }> {
  const { connection } = ff.browser as unknown as {
    connection: { send(method: string, params: object): Promise<{ result: unknown }> };
  };
  return (method, params) => connection.send(method, params);
}

/** The browser window in BiDi's chrome scope: Firefox 153 has it (with --remote-allow-system-access), 140 does not. */
async function browserWindowContext(ff: FirefoxHandle): Promise<string | undefined> {
  const tree = (await bidi(ff)('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
    contexts: { context: string; url: string }[];
  };
  return tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml')?.context;
}

/** Runs `expression` (may await) in the browser window's chrome scope; its value comes back through JSON. */
async function inBrowserChrome<T>(ff: FirefoxHandle, context: string, expression: string): Promise<T> {
  const { result } = await bidi(ff)('script.evaluate', {
    expression: `(async () => JSON.stringify(await (async () => ${expression})()))()`,
    target: { context },
    awaitPromise: true,
  });
  const evaluated = result as { type: string; result?: { value?: string }; exceptionDetails?: { text: string } };
  if (evaluated.type !== 'success') throw new Error(`Chrome-scope script failed: ${evaluated.exceptionDetails?.text}`);
  return JSON.parse(evaluated.result?.value ?? 'null') as T;
}

/** Firefox's id for the add-on's widgets (toolbar button, sidebar): its ExtensionCommon.makeWidgetId. */
function widgetId(addonId: string): string {
  return addonId.toLowerCase().replace(/[^a-z0-9_-]/g, '_');
}

/** How a real sidebar or popup was opened: from the window's chrome scope, or by the extension's own API. */
export type OpenedVia = 'browser-chrome' | 'extension-api';

/**
 * Opens the real sidebar of the browser window, as View → Sidebar → Charte PME does, from the
 * window's chrome scope. Without that scope, a real click in `extensionTab` (a moz-extension://
 * tab of the add-on) calls sidebarAction.open(), the user action Firefox requires.
 */
export async function openRealSidebar(ff: FirefoxHandle, extensionTab: Page): Promise<OpenedVia> {
  const window = await browserWindowContext(ff);
  if (!window) {
    await extensionTab.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'test-open-sidebar';
      button.style.cssText = 'position:fixed;inset:0 auto auto 0;z-index:2147483647;width:60px;height:30px';
      button.onclick = () => void (globalThis as unknown as { browser: { sidebarAction: { open(): Promise<void> } } }).browser.sidebarAction.open();
      document.body.append(button);
    });
    await extensionTab.click('#test-open-sidebar');
    await extensionTab.evaluate(() => document.getElementById('test-open-sidebar')?.remove());
    return 'extension-api';
  }
  const id = JSON.stringify(`${widgetId(ff.addonId)}-sidebar-action`);
  const shown = await inBrowserChrome<{ isOpen: boolean; url: string | null }>(
    ff,
    window,
    `(async () => {
      await SidebarController.show(${id});
      const panelUrl = () =>
        SidebarController.browser.contentDocument?.getElementById('webext-panels-browser')?.currentURI?.spec ?? null;
      // The panel's browser starts at about:blank and loads the extension page a moment later.
      for (let i = 0; i < 50 && !panelUrl()?.startsWith('moz-extension:'); i++) await new Promise((r) => setTimeout(r, 100));
      return { isOpen: SidebarController.isOpen && SidebarController.currentID === ${id}, url: panelUrl() };
    })()`,
  );
  if (!shown.isOpen || shown.url !== ff.extensionUrl('sidepanel.html')) throw new Error(`The sidebar did not open: ${JSON.stringify(shown)}`);
  return 'browser-chrome';
}

/**
 * Opens the real toolbar popup, as a click on the add-on's toolbar button does (from the chrome
 * scope); without it, by browserAction.openPopup() from `extensionTab`.
 */
export async function openRealPopup(ff: FirefoxHandle, extensionTab: Page): Promise<OpenedVia> {
  const window = await browserWindowContext(ff);
  if (!window) {
    await extensionTab.evaluate(() =>
      (globalThis as unknown as { browser: { browserAction: { openPopup(): Promise<void> } } }).browser.browserAction.openPopup(),
    );
    return 'extension-api';
  }
  await inBrowserChrome(
    ff,
    window,
    `(async () => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(ff.addonId)});
      await extension.apiManager.global.browserActionFor(extension).openPopup(window);
      return null;
    })()`,
  );
  return 'browser-chrome';
}

/** What an open extension view (the real popup or sidebar) shows, read from an extension tab. */
export interface ExtensionView {
  url: string;
  text: string;
  width: number;
  /** The document's scroll width: more than `width` means it overflows sideways. */
  scrollWidth: number;
}

/** The extension's open views of a kind, seen from `extensionTab` (any moz-extension:// tab of the add-on). */
export function extensionViews(extensionTab: Page, type: 'popup' | 'sidebar' | 'tab'): Promise<ExtensionView[]> {
  return extensionTab.evaluate((kind) => {
    type Ext = { extension: { getViews(q: object): Window[] } };
    return (globalThis as unknown as { browser: Ext }).browser.extension.getViews({ type: kind }).map((w) => ({
      url: w.location.href,
      text: w.document.body?.innerText ?? '',
      width: w.innerWidth,
      scrollWidth: w.document.documentElement.scrollWidth,
    }));
  }, type);
}
