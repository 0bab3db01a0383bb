// Issue 12, in the built extension: the toolbar title is the one short status line, and says
// what the long texts know (an inference and whose, the 2020 renewal, the French scope).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typesetFrench } from '@/lib/text';
import { launchExtension, openRoutedPage, screenshotOnFailure, syntheticProductPage, type ExtensionHandle } from '../helpers/e2e/harness';
import { tabIdOf, toolbarOf } from '../helpers/e2e/service-worker';
import { inBadge } from '../helpers/e2e/badge-shadow';

const product = syntheticProductPage({ name: 'Bouilloire électrique 1,7 L' });

const CASES = [
  // he.aliexpress.com: the saved page; the refusal was Alibaba's, and the host is not French.
  ['https://he.aliexpress.com/item/32993251330.html', 'aliexpress/aliexpress-product-1.html.gz', '–', 'Charte PME — AliExpress : N’a pas signé la charte (2019), par déduction (groupe Alibaba) · charte française'],
  ['https://www.darty.com/nav/achat/petit_electromenager/bouilloire/bouilloire_xyz.html', product, '✓', 'Charte PME — Darty : Signataire de la charte (2019, renouvelée en 2020), par déduction (groupe Fnac Darty)'],
  ['https://www.cdiscount.com/electromenager/f-1101-bouilloire123.html', product, '✓', 'Charte PME — Cdiscount : Signataire de la charte (2019, renouvelée en 2020)'],
  ['https://www.amazon.com/Lighting-Fixture-Plaster-Conservatory-Dimmable/dp/B07G2L3JMM', 'amazon/amazon-product-15.html.gz', '+', 'Charte PME — Amazon : A rejoint la charte renouvelée (déc. 2020) · charte française'],
] as const;

describe('the toolbar title and the pill say the status as the data knows it', () => {
  let ext: ExtensionHandle;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it.each(CASES)('%s', async (url, source, mark, title) => {
    screenshotOnFailure(ext);
    const page = await openRoutedPage(ext, url, source);
    await page.locator('charte-pme-badge').waitFor({ state: 'attached' });
    const tabId = await tabIdOf(ext, url);
    expect(tabId).toBeTypeOf('number');
    await expect.poll(() => toolbarOf(ext, tabId!), { timeout: 10_000 }).toEqual({ text: mark, title: typesetFrench(title) });
    // The pill says the same line as the toolbar (its shadow root is closed: read through the debugging protocol).
    const line = typesetFrench(title.slice(title.indexOf(' : ') + 3));
    const pillName = () => inBadge(page, (root) => root.querySelector('.pill')?.getAttribute('aria-label') ?? '');
    await expect.poll(pillName, { timeout: 10_000 }).toContain(line);
    await page.close();
  });
});
