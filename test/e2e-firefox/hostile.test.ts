// Issue 26 in a real Firefox ESR: Firefox's cascade gives the shadow tree's !important rules the
// last word over the page's too, and a page that defines our element first gets a built-in host.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticProductPage } from '../helpers/e2e/harness';
import { launchFirefox, openRoutedPage, type FirefoxHandle } from '../helpers/e2e-firefox/firefox';

const PRODUCT_URL = 'https://www.amazon.fr/dp/B08L5VNF78';
const TITLE = '<h1><span id="productTitle">Bouilloire électrique 1,7 L</span></h1>';
const HOSTILE_CSS = `
  [data-charte-pme], charte-pme-badge, #control { clip-path: inset(0 0 0 100px) !important; mask-image: linear-gradient(transparent, transparent) !important; filter: blur(4px) !important; opacity: 0 !important; content-visibility: hidden !important; transform: scale(0.1) !important; visibility: hidden !important; }
  [data-charte-pme]::before, charte-pme-badge::before, #control::before { content: "✔ Vérifié : signataire" !important; }`;

describe('Firefox ESR, a hostile page', () => {
  let ff: FirefoxHandle;
  beforeAll(async () => {
    ff = await launchFirefox();
  });
  afterAll(async () => {
    await ff?.close();
  });

  it('page CSS, even !important and inline, leaves the host unclipped, unmasked, unfiltered, visible and without generated text', async () => {
    const page = await openRoutedPage(ff, PRODUCT_URL, syntheticProductPage({ name: 'Bouilloire', body: `${TITLE}<div id="control">témoin</div>`, head: `<style>${HOSTILE_CSS}</style>` }));
    await page.waitForSelector('[data-charte-pme][data-status]', { timeout: 10_000 });
    const seen = await page.evaluate(() => {
      const host = document.querySelector('[data-charte-pme]') as HTMLElement;
      host.style.setProperty('opacity', '0', 'important');
      const read = (el: Element) => {
        const cs = getComputedStyle(el);
        return [cs.clipPath, cs.maskImage, cs.filter, cs.opacity, cs.getPropertyValue('content-visibility'), cs.transform, cs.visibility, getComputedStyle(el, '::before').content];
      };
      return { host: read(host), control: read(document.getElementById('control')!) };
    });
    expect(seen.host).toEqual(['none', 'none', 'none', '1', 'visible', 'none', 'visible', 'none']);
    // The same rules do apply to the page's own element.
    expect(seen.control.filter((v, i) => v === seen.host[i])).toEqual([]);
    await page.close();
  });

  it('a page that defines charte-pme-badge first still gets the badge, on a built-in element', async () => {
    const define = '<script>customElements.define("charte-pme-badge", class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: "open" }); } });</script>';
    const page = await openRoutedPage(ff, PRODUCT_URL, syntheticProductPage({ name: 'Bouilloire', body: TITLE, head: define }));
    await page.waitForSelector('[data-charte-pme][data-status]', { timeout: 10_000 });
    const host = await page.evaluate(() => {
      const el = document.querySelector('[data-charte-pme]') as HTMLElement;
      const r = el.getBoundingClientRect();
      return { tag: el.tagName, status: el.dataset.status, count: document.querySelectorAll('[data-charte-pme]').length, hasBox: r.width > 0 && r.height > 0 };
    });
    expect(host).toEqual({ tag: 'DIV', status: 'renewal-signatory', count: 1, hasBox: true });
    await page.close();
  });
});
