// A pill that is one line and ours (issue 24): on a real saved Amazon page at a laptop's 1366 px,
// the badge sits after the product heading (never inside it, so the heading's accessible name
// stays the product's), names the extension, and holds the longest status line on one line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inBadge } from '../helpers/e2e/badge-shadow';
import { hideAsAmazonDoes, launchExtension, QUIET_PAGE_CSP, routeFixture, screenshotOnFailure, type ExtensionHandle } from '../helpers/e2e/harness';

const SAVED_AMAZON = [
  ['amazon/amazon-product-1.html.gz', 'https://www.amazon.fr/Connector-Irrigation-Plumbing-Fittings-Splitter/dp/B08LNDXM65'],
  ['amazon/amazon-product-14.html.gz', 'https://www.amazon.es/Cecotec-Excellence-Aspirador-Programable-Limpieza/dp/B01MUGXRT9'],
] as const;
/** The longest short status line the data may give (a refusal in 2019, then the renewal, per the press). */
const LONGEST_LINE = 'Refus en 2019, a rejoint la charte renouvelée (déc.\u00a02020, selon la presse)';

interface PillLayout {
  lines: number;
  isTruncated: boolean;
  mark: string;
  markWidth: number;
  textAlign: string;
}

describe('the pill on a real Amazon page at 1366 px', () => {
  let ext: ExtensionHandle;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  /** Lines of the pill's status (its height over its line height) and what it shows. */
  const layout = (page: Parameters<typeof inBadge>[0]) =>
    inBadge(page, (root) => {
      const long = root.querySelector('.long') as HTMLElement;
      const mark = root.querySelector('.mark') as HTMLElement;
      const lineHeight = parseFloat(getComputedStyle(long).lineHeight);
      return {
        lines: Math.round(long.getBoundingClientRect().height / lineHeight),
        isTruncated: long.scrollWidth > long.clientWidth,
        mark: mark.textContent ?? '',
        markWidth: mark.getBoundingClientRect().width,
        textAlign: getComputedStyle(root.querySelector('.pill')!).textAlign,
      } satisfies PillLayout;
    });

  it.each(SAVED_AMAZON)('%s: after the heading, named, on one line, the longest status line too', async (file, url) => {
    screenshotOnFailure(ext);
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 1366, height: 800 });
    await routeFixture(page, url, file, { csp: QUIET_PAGE_CSP });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await hideAsAmazonDoes(page);
    const host = page.locator('[data-charte-pme]');
    await host.waitFor({ state: 'attached' });
    expect(await host.getAttribute('data-position')).toBe('inline');
    const where = await host.evaluate((el) => ({
      inHeading: el.closest('h1, h2, h3, h4, h5, h6, [role="heading"], a, button, label') !== null,
      afterTitle: el.previousElementSibling?.contains(document.getElementById('productTitle')) ?? false,
      headingName: (document.getElementById('productTitle')!.closest('h1')!.textContent ?? '').includes('Charte PME'),
    }));
    expect(where).toEqual({ inHeading: false, afterTitle: true, headingName: false });
    expect(await layout(page)).toMatchObject({ lines: 1, isTruncated: false, mark: 'Charte PME', textAlign: 'left' });
    expect((await layout(page))!.markWidth).toBeGreaterThan(40);
    // The line another status may need: still one line, whole.
    await inBadge(page, (root, line: string) => void (root.querySelector('.long')!.textContent = line), LONGEST_LINE);
    expect(await layout(page)).toMatchObject({ lines: 1, isTruncated: false });
    await page.close();
  });
});
