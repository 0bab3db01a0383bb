import { describe, expect, it, vi } from 'vitest';
import { PLATFORMS } from '@/data/platforms';
import { readManifest, savedDocument } from '../../helpers/fixtures';

// Parses saved pages (up to 2 MB each) with happy-dom: an explicit 30 s (vitest's default is 5 s)
// so a busy 2-core machine does not time it out.
vi.setConfig({ testTimeout: 30_000 });

/**
 * Platforms with saved product pages but no `pages.anchor`, and why. A new product fixture for a
 * platform without an anchor fails below until it gets one or a line here.
 */
const NO_ANCHOR: Readonly<Record<string, string>> = {};

const rows = readManifest();
const sitesWithProducts = [...new Set(rows.filter((r) => r.pageKind === 'product').map((r) => r.site))];

const collapse = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const normalize = (s: string | null | undefined) => collapse(s).toLowerCase();

/** How the page names itself: its <title> and og:title, lowercased, whitespace collapsed. */
function statedNames(doc: Document): string[] {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  return [doc.title, og].map(normalize).filter((s) => s !== '');
}

/**
 * Whether `text` (the anchor's) is the product name the page states in its <title> or og:title.
 * Those add tails ("| eBay", "- Achat & prix | fnac", a category) and the title element adds bits
 * too (eBay's hidden "Details about", a brand link), so neither equality nor a one-way containment
 * holds on every saved page. Accepted, case-insensitively with whitespace collapsed:
 * - a part of a name (the whole name, or a piece of it split at " | ", " - ", " – ", "|"; a
 *   trailing "..." dropped, Rakuten truncates) of at least 8 characters is found in the text;
 * - the text is found in such a part and is at least 40% of it (leboncoin's <title> is the ad's
 *   title plus its category), so a brand or a short category alone is not enough;
 * - the text and a part begin with the same 20 characters (Rakuten's <title> swaps the brand at
 *   the end for "pas cher").
 * A breadcrumb, a seller or brand name, or a category heading meets none of these on the saved pages.
 */
function namesTheProduct(text: string, names: readonly string[], platformName: string): boolean {
  const t = normalize(text);
  const parts = names
    .flatMap((name) => [name, ...name.split(/ [|–-] |\|/)])
    .map((part) => part.replace(/(?:\.\.\.|…)$/, '').trim())
    .filter((part) => part.length >= 8 && part !== platformName.toLowerCase());
  return (
    parts.some((part) => t.includes(part)) ||
    parts.some((part) => part.includes(t) && t.length >= 0.4 * part.length) ||
    parts.some((part) => part.length >= 20 && t.length >= 20 && t.slice(0, 20) === part.slice(0, 20))
  );
}

describe('every platform with saved product pages has an anchor', () => {
  it.each(sitesWithProducts)('%s', (site) => {
    const platform = PLATFORMS.find((p) => p.id === site);
    expect(platform, `MANIFEST.tsv site ${site} is no platform id`).toBeDefined();
    if (NO_ANCHOR[site] !== undefined) {
      expect(platform?.pages?.anchor, `${site} is in NO_ANCHOR but has an anchor: drop the exemption`).toBeUndefined();
      return;
    }
    expect(
      platform?.pages?.anchor,
      `${site} has saved product pages but no pages.anchor in data/platforms/${site}.ts: add one (the product title's selector) or a reason to NO_ANCHOR`,
    ).toBeTruthy();
  });

  it('exempts only platforms that have saved product pages', () => {
    for (const site of Object.keys(NO_ANCHOR)) expect(sitesWithProducts, `NO_ANCHOR.${site}`).toContain(site);
  });
});

const anchored = PLATFORMS.flatMap((p) => (p.pages?.anchor ? [{ platform: p, anchor: p.pages.anchor }] : []));

describe.each(anchored.map((a) => [`${a.platform.id}: ${a.anchor}`, a] as const))('%s', (_name, { platform, anchor }) => {
  const saved = rows.filter((r) => r.site === platform.id);
  const products = saved.filter((r) => r.pageKind === 'product').map((r) => r.file);
  const others = saved.filter((r) => r.pageKind !== 'product').map((r) => [r.file, r.pageKind] as const);

  it.skipIf(products.length === 0).each(products)('is the product title on %s', (file) => {
    const doc = savedDocument(file);
    const match = doc.querySelector(anchor);
    expect(match, `${anchor} matches nothing`).not.toBeNull();
    if (!match) return;
    // What a sighted shopper reads: eBay's older layout prefixes the title with « Details about »
    // for screen readers only (<span class="g-hdn">), which names no product.
    const visible = match.cloneNode(true) as Element;
    for (const hidden of visible.querySelectorAll('.g-hdn, .sr-only, .visually-hidden')) hidden.remove();
    const text = collapse(visible.textContent);
    expect(text, 'empty title').not.toBe('');
    expect(text.length, `too long to be a title: ${text.slice(0, 80)}…`).toBeLessThanOrEqual(400);
    const names = statedNames(doc);
    expect(namesTheProduct(text, names, platform.name), `"${text}" is not the product named in ${JSON.stringify(names)}`).toBe(true);
    // The badge goes right after the anchor: never inside a link or a button, nor where it is hidden.
    // (Not aria-hidden: eBay's saved pages put it on the whole visible centre panel, behind a dialog.)
    expect(match.closest('a, button'), 'inside a link or a button').toBeNull();
    expect(
      match.closest('template, noscript, [hidden], [style*="display:none"], [style*="display: none"]'),
      'inside a hidden container',
    ).toBeNull();
  });

  it.skipIf(others.length === 0).each(others)('matches nothing on %s (%s)', (file) => {
    expect(savedDocument(file).querySelector(anchor)).toBeNull();
  });
});
