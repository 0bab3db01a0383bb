// Issues 12 and 22, in the built extension: the toolbar title is the one short status line, and
// says what the long texts know (an inference and whose, both editions for Amazon, the French
// scope); the shortest surfaces (the toolbar's text, the phone chip) keep the distinction between
// a sourced status and an inferred one, in words a shopper reads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typesetFrench } from '@/lib/text';
import { launchExtension, openRoutedPage, screenshotOnFailure, syntheticProductPage, type ExtensionHandle } from '../helpers/e2e/harness';
import { tabIdOf, toolbarOf } from '../helpers/e2e/service-worker';
import { inBadge } from '../helpers/e2e/badge-shadow';

const product = syntheticProductPage({ name: 'Bouilloire électrique 1,7 L' });

const ALIEXPRESS = ['https://he.aliexpress.com/item/32993251330.html', 'aliexpress/aliexpress-product-1.html.gz'] as const;
const ALIBABA = ['https://www.alibaba.com/product-detail/Lemon-Cheese-Garlic-Ginger-Handheld-Stainless_62320522213.html', 'alibaba/alibaba-product-1.html.gz'] as const;
const DARTY = ['https://www.darty.com/nav/achat/petit_electromenager/bouilloire/bouilloire_xyz.html', product] as const;
const CDISCOUNT = ['https://www.cdiscount.com/electromenager/f-1101-bouilloire123.html', product] as const;
const AMAZON_COM = ['https://www.amazon.com/Lighting-Fixture-Plaster-Conservatory-Dimmable/dp/B07G2L3JMM', 'amazon/amazon-product-15.html.gz'] as const;

const CASES = [
  // he.aliexpress.com: the saved page; the refusal was Alibaba's, and the host is not French.
  [...ALIEXPRESS, 'non*', 'Charte PME — AliExpress : N’a pas signé la charte (2019), par déduction (groupe Alibaba) · charte française'],
  [...ALIBABA, 'non', 'Charte PME — Alibaba.com : N’a pas signé la charte (2019) · charte française'],
  [...DARTY, 'oui*', 'Charte PME — Darty : Signataire de la charte (2019, renouvelée en 2020), par déduction (groupe Fnac Darty)'],
  [...CDISCOUNT, 'oui', 'Charte PME — Cdiscount : Signataire de la charte (2019, renouvelée en 2020)'],
  // Amazon declined the 2019 charter and joined the 2020 one: its line names both.
  [...AMAZON_COM, 'oui', 'Charte PME — Amazon : Refus en 2019, a rejoint la charte renouvelée (déc. 2020, selon la presse) · charte française'],
] as const;

/** What the pill shows, read through the debugging protocol (its shadow root is closed). */
const pillView = (page: Parameters<typeof inBadge>[0]) =>
  inBadge(page, (root) => {
    const shown = (el: Element | null) => (el && getComputedStyle(el).display !== 'none' ? (el.textContent ?? '') : '');
    return { name: root.querySelector('.pill')?.getAttribute('aria-label') ?? '', long: shown(root.querySelector('.long')), chip: shown(root.querySelector('.chip')) };
  });

describe('the toolbar and the pill say the status as the data knows it', () => {
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
    // The pill shows the same line as the toolbar's title, and its accessible name says it too.
    const line = typesetFrench(title.slice(title.indexOf(' : ') + 3));
    await expect.poll(async () => (await pillView(page))?.long, { timeout: 10_000 }).toBe(line);
    expect((await pillView(page))?.name).toContain(line);
    await page.close();
  });

  it('on a 390 px screen, the chip names itself and tells a sourced status from an inferred one', async () => {
    screenshotOnFailure(ext);
    const chips: Record<string, string> = {};
    for (const [name, [url, source]] of Object.entries({ darty: DARTY, cdiscount: CDISCOUNT, aliexpress: ALIEXPRESS, alibaba: ALIBABA, amazon: AMAZON_COM })) {
      const phone = await openRoutedPage(ext, url, source);
      await phone.setViewportSize({ width: 390, height: 844 });
      await phone.locator('charte-pme-badge').waitFor({ state: 'attached' });
      await expect.poll(async () => (await pillView(phone))?.chip ?? '', { timeout: 10_000 }).not.toBe('');
      const view = (await pillView(phone))!;
      // Under 600 px the long line is hidden and the chip shown.
      expect(view.long).toBe('');
      chips[name] = view.chip;
      // The pill stays within the phone's width.
      const width = await inBadge(phone, (root) => root.querySelector('.pill')!.getBoundingClientRect().width);
      expect(width).toBeLessThanOrEqual(240);
      await phone.close();
    }
    expect(chips).toEqual({
      darty: typesetFrench('Charte PME : signée, par déduction'),
      cdiscount: typesetFrench('Charte PME : signée'),
      aliexpress: typesetFrench('Charte PME : non signée, par déduction'),
      alibaba: typesetFrench('Charte PME : non signée'),
      amazon: typesetFrench('Charte PME : refus en 2019, signée en 2020'),
    });
    expect(chips.darty).not.toBe(chips.cdiscount);
    expect(chips.aliexpress).not.toBe(chips.alibaba);
    for (const chip of Object.values(chips)) expect(chip).not.toMatch(/[✓+–]/);
  });
});
