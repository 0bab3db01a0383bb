// A page that would rather its shoppers did not see the badge (issue 26): it wraps the title in a
// link or a submit button, defines our element first, rewrites the host with its own !important
// CSS, re-renders the title's container or removes the badge again and again, cancels the keys
// that drive the badge and steals its focus, hides or stretches the title. The badge still says
// what it says, where the shopper can see and use it.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { badgeFocus, clickInBadge, inBadge, waitInBadge } from '../helpers/e2e/badge-shadow';
import { extensionScriptMs } from '../helpers/e2e/extension-trace';
import { launchExtension, openRoutedPage, routeFixture, screenshotOnFailure, syntheticProductPage, type ExtensionHandle } from '../helpers/e2e/harness';

const PRODUCT_URL = 'https://www.amazon.fr/dp/B08L5VNF78';
const HOST = '[data-charte-pme]';
/** A product page whose title (Amazon's anchor, #productTitle) sits in `title`'s markup. */
const page = (title: string, extra = '', head = '') =>
  syntheticProductPage({ name: 'Bouilloire électrique 1,7 L', head, body: `<div id="titleSection">${title}</div><input id="search" aria-label="Rechercher">${extra}` });
const TITLE = '<span id="productTitle">Bouilloire électrique 1,7 L</span>';

/** Whether the badge can be seen: a box, not hidden, and the host is what a point on the pill hits. */
function isVisible(p: Page): Promise<boolean | null> {
  return inBadge(p, (root) => {
    const pill = root.querySelector('.pill')!;
    const host = root.host as HTMLElement;
    if (!host.isConnected || getComputedStyle(pill).visibility !== 'visible') return false;
    pill.scrollIntoView({ block: 'center', behavior: 'instant' });
    const r = pill.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === host;
  });
}

describe('a page that fights the badge', () => {
  let ext: ExtensionHandle;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  async function open(source: string): Promise<Page> {
    const p = await openRoutedPage(ext, PRODUCT_URL, source);
    await p.locator(HOST).waitFor({ state: 'attached' });
    return p;
  }

  it.each([
    ['a link', `<h1><a id="away" href="https://www.amazon.fr/elsewhere">${TITLE}</a></h1>`],
    ['a link around the heading', `<a id="away" href="https://www.amazon.fr/elsewhere"><h1>${TITLE}</h1></a>`],
    ['a submit button', `<form action="/submit" onsubmit="window.submitted = true; return false"><button type="submit"><h2>${TITLE}</h2></button></form>`],
  ])('the title in %s: the pill sits after it, and a real click opens the card without navigating or submitting', async (_name, title) => {
    screenshotOnFailure(ext);
    const extra = '<script>window.pageClicks = 0; document.addEventListener("click", () => window.pageClicks++);</script>';
    const p = await open(page(title, extra));
    expect(await p.locator(HOST).evaluate((el) => el.closest('a, button, h1, h2') === null)).toBe(true);
    await clickInBadge(p, /^Charte PME, Amazon/);
    await waitInBadge(p, (root) => !!root.querySelector('.card'));
    expect(p.url()).toBe(PRODUCT_URL);
    // Neither the page's form nor its own click handlers heard the click.
    expect(await p.evaluate(() => [(window as { submitted?: boolean }).submitted ?? false, (window as unknown as { pageClicks: number }).pageClicks])).toEqual([false, 0]);
    await p.close();
  });

  it.each([
    ['with a shadow root of its own', 'constructor() { super(); this.attachShadow({ mode: "open" }).textContent = "✔ Signataire"; }'],
    ['with shadow roots disabled', 'static disabledFeatures = ["shadow"];'],
    ['that only listens', ''],
  ])('a page that defines charte-pme-badge first (%s) still gets the badge, with no error from our scripts', async (_name, body) => {
    screenshotOnFailure(ext);
    const problems: string[] = [];
    const p = await ext.context.newPage();
    p.on('pageerror', (e) => problems.push(e.message));
    p.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await routeFixture(p, PRODUCT_URL, page(TITLE, '', `<script>window.seen = 0; customElements.define("charte-pme-badge", class extends HTMLElement { static observedAttributes = ["data-status", "data-platform"]; ${body} connectedCallback() { window.seen++; } attributeChangedCallback() { window.seen++; } });</script>`));
    await p.goto(PRODUCT_URL, { waitUntil: 'domcontentloaded' });
    await p.locator(HOST).waitFor({ state: 'attached' });
    await expect.poll(() => isVisible(p)).toBe(true);
    const host = await p.locator(HOST).evaluate((el) => ({ tag: el.tagName, status: el.getAttribute('data-status'), platform: el.getAttribute('data-platform') }));
    // A built-in element the page cannot redefine, with the same contract.
    expect(host).toEqual({ tag: 'DIV', status: 'renewal-signatory', platform: 'amazon' });
    // The page's class never sees our host: never in the document, never an attribute of ours.
    expect(await p.evaluate(() => (window as unknown as { seen: number }).seen)).toBe(0);
    expect(await inBadge(p, (root) => root.querySelector('.pill')?.getAttribute('aria-label'))).toMatch(/^Charte PME, Amazon/);
    await clickInBadge(p, /^Charte PME, Amazon/);
    await waitInBadge(p, (root) => !!root.querySelector('.card'));
    expect(problems).toEqual([]);
    await p.close();
  });

  describe('page CSS, even !important and inline, cannot change what the badge shows', () => {
    let p: Page;
    beforeAll(async () => {
      p = await open(page(TITLE, '<div id="control">témoin</div>'));
      // A hook: expect.poll belongs to tests, vi.waitFor polls the same way here.
      await vi.waitFor(async () => expect(await isVisible(p)).toBe(true), { timeout: 5000, interval: 50 });
    });
    afterAll(async () => {
      await p?.close();
    });

    it.each([
      ['clip-path', 'inset(0 0 0 100px)', 'none'],
      ['mask-image', 'linear-gradient(transparent, transparent)', 'none'],
      ['filter', 'blur(4px)', 'none'],
      ['backdrop-filter', 'blur(4px)', 'none'],
      ['transform', 'scale(0.1)', 'none'],
      ['rotate', '180deg', 'none'],
      ['scale', '0', 'none'],
      ['translate', '-5000px', 'none'],
      ['zoom', '0.1', '1'],
      ['content-visibility', 'hidden', 'visible'],
      ['opacity', '0', '1'],
      ['visibility', 'hidden', 'visible'],
      ['mix-blend-mode', 'difference', 'normal'],
      ['display', 'none', 'block'],
    ])('%s', async (property, value, neutral) => {
      const seen = await p.evaluate(
        ([prop, val]) => {
          const style = document.createElement('style');
          style.textContent = `[data-charte-pme], charte-pme-badge, #control { ${prop}: ${val} !important; }`;
          document.head.append(style);
          const host = document.querySelector('[data-charte-pme]') as HTMLElement;
          host.style.setProperty(prop!, val!, 'important');
          return { host: getComputedStyle(host).getPropertyValue(prop!), control: getComputedStyle(document.getElementById('control')!).getPropertyValue(prop!) };
        },
        [property, value],
      );
      // The rule does apply to the page's own element: it is the host that resists.
      expect(seen.control).not.toBe(neutral);
      expect(seen.host).toBe(neutral);
      expect(await isVisible(p)).toBe(true);
      await p.evaluate(() => {
        document.head.querySelectorAll('style').forEach((s) => s.textContent?.includes('#control') && s.remove());
        (document.querySelector('[data-charte-pme]') as HTMLElement).removeAttribute('style');
      });
    });

    it.each(['::before', '::after'])('%s content', async (pseudo) => {
      const content = await p.evaluate((ps) => {
        const style = document.createElement('style');
        style.textContent = `[data-charte-pme]${ps}, charte-pme-badge${ps}, #control${ps} { content: "✔ Vérifié : signataire" !important; display: block !important; }`;
        document.head.append(style);
        const host = document.querySelector('[data-charte-pme]')!;
        return { host: getComputedStyle(host, ps).content, control: getComputedStyle(document.getElementById('control')!, ps).content };
      }, pseudo);
      expect(content).toEqual({ host: 'none', control: '"✔ Vérifié : signataire"' });
    });

    it('custom properties the page sets on the host leave the badge’s colours alone', async () => {
      const before = await inBadge(p, (root) => getComputedStyle(root.querySelector('.pill')!).color);
      await p.evaluate(() => {
        const style = document.createElement('style');
        style.textContent = '[data-charte-pme] { --fg: transparent !important; --bg: transparent !important; color: transparent !important; }';
        document.head.append(style);
      });
      expect(await inBadge(p, (root) => getComputedStyle(root.querySelector('.pill')!).color)).toBe(before);
    });
  });

  it('comes back, visible, after the page re-renders the title’s container for 3 s', async () => {
    screenshotOnFailure(ext);
    const p = await open(page(TITLE));
    await p.evaluate((title) => {
      const section = document.getElementById('titleSection')!;
      const id = setInterval(() => (section.innerHTML = `<h1>${title}</h1>`), 100);
      setTimeout(() => clearInterval(id), 3000);
    }, TITLE);
    // Time is the point: the page re-renders for 3 s, and the badge is judged once it has stopped.
    await p.waitForTimeout(3200);
    await expect.poll(() => isVisible(p), { timeout: 3000 }).toBe(true);
    expect(await p.locator(HOST).count()).toBe(1);
    await p.close();
  });

  it('comes back, visible, after the page removes it ten times', async () => {
    screenshotOnFailure(ext);
    const p = await open(page(TITLE));
    for (let i = 0; i < 10; i++) {
      await p.locator(HOST).waitFor({ state: 'attached', timeout: 3000 });
      await p.evaluate(() => document.querySelector('[data-charte-pme]')?.remove());
    }
    await p.locator(HOST).waitFor({ state: 'attached', timeout: 3000 });
    await expect.poll(() => isVisible(p)).toBe(true);
    expect(await p.locator(HOST).count()).toBe(1);
    await p.close();
  });

  // Times are reported, not asserted (a shared 2-core machine makes them noise); what the test holds is
  // the back-off itself: how often the badge goes back into the page over the fight, a count that a
  // slower machine can only lower. A badge that came back at once every time would be re-inserted on
  // each of the page's 100 re-renders.
  it('backs off over a 10 s fight: at most 25 returns, and a visible badge at the end (script time reported)', async () => {
    screenshotOnFailure(ext);
    const p = await open(page(TITLE));
    await p.waitForTimeout(300);
    const ms = await extensionScriptMs(p, async () => {
      await p.evaluate((title) => {
        const w = window as unknown as { returns: number };
        w.returns = 0;
        new MutationObserver((records) => {
          for (const r of records) for (const n of r.addedNodes) if (n instanceof Element && n.matches('[data-charte-pme]')) w.returns++;
        }).observe(document.documentElement, { childList: true, subtree: true });
        const section = document.getElementById('titleSection')!;
        let n = 0;
        const id = setInterval(() => {
          section.innerHTML = `<h1>${title}</h1>`;
          // Every fifth time, the badge itself too, wherever it is.
          if (++n % 5 === 0) document.querySelector('[data-charte-pme]')?.remove();
        }, 100);
        setTimeout(() => clearInterval(id), 10_000);
      }, TITLE);
      // Time is the point: the page fights for 10 s, and the back-off is counted over that span.
      await p.waitForTimeout(10_300);
    });
    const returns = await p.evaluate(() => (window as unknown as { returns: number }).returns);
    console.log(`10 s fight: ${returns} returns, ${ms.toFixed(1)} ms of extension script (information)`);
    expect(returns).toBeGreaterThan(0);
    expect(returns).toBeLessThanOrEqual(25);
    await expect.poll(() => isVisible(p), { timeout: 3000 }).toBe(true);
    await p.close();
  }, 60_000);

  it('keeps its keys and its focus when the page cancels Enter, Space and Escape and steals focus', async () => {
    screenshotOnFailure(ext);
    const hostile = `<script>
      window.cancelled = 0;
      for (const target of [window, document]) for (const type of ['keydown', 'keyup', 'keypress'])
        target.addEventListener(type, (e) => { if (['Enter', ' ', 'Escape'].includes(e.key)) { window.cancelled++; e.preventDefault(); e.stopImmediatePropagation(); } }, true);
      document.addEventListener('focusin', (e) => { if (e.target.matches('[data-charte-pme]')) document.getElementById('search').focus(); }, true);
      window.addEventListener('focus', (e) => { if (e.target instanceof Element && e.target.matches('[data-charte-pme]')) document.getElementById('search').focus(); }, true);
    </script>`;
    const p = await open(page(TITLE, hostile));
    await expect.poll(() => isVisible(p)).toBe(true);
    for (let i = 0; i < 10 && !(await badgeFocus(p)); i++) await p.keyboard.press('Tab');
    expect(await badgeFocus(p)).toMatch(/^Charte PME, Amazon/);
    await p.keyboard.press('Enter');
    await waitInBadge(p, (root) => !!root.querySelector('.card'));
    await p.keyboard.press('Escape');
    await waitInBadge(p, (root) => !root.querySelector('.card'));
    expect(await badgeFocus(p)).toMatch(/^Charte PME, Amazon/);
    await p.keyboard.press('Space');
    await waitInBadge(p, (root) => !!root.querySelector('.card'));
    // The page never even heard those keys.
    expect(await p.evaluate(() => (window as unknown as { cancelled: number }).cancelled)).toBe(0);
    await p.close();
  });

  describe('a title the page hides or stretches', () => {
    it.each([
      ['a hidden parent', `<div hidden>${TITLE}</div>`],
      ['a closed dialog', `<dialog>${TITLE}</dialog>`],
      ['a parent with display: none', `<div style="display:none">${TITLE}</div>`],
      ['an SVG text', '<svg width="300" height="40"><text id="productTitle" x="0" y="20">Bouilloire</text></svg>'],
    ])('in %s: a visible badge, with a box', async (_name, title) => {
      screenshotOnFailure(ext);
      const p = await open(page(title));
      await expect.poll(() => isVisible(p), { timeout: 5000 }).toBe(true);
      const box = await inBadge(p, (root) => root.querySelector('.pill')!.getBoundingClientRect().toJSON() as DOMRect);
      expect(box!.width).toBeGreaterThan(0);
      expect(box!.height).toBeGreaterThan(0);
      await p.close();
    });

    it('a 50,000-character title keeps the badge near the top', async () => {
      screenshotOnFailure(ext);
      const long = 'Bouilloire '.repeat(4600);
      const p = await open(page(`<h1><span id="productTitle">${long}</span></h1>`));
      const top = await p.locator(HOST).evaluate((el) => el.getBoundingClientRect().top + scrollY);
      expect(top).toBeLessThan(600);
      await p.close();
    });
  });
});
