import { render } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { BOYCOTT_QUOTE, CHARTER_DATA, SOURCES, sourceLabel } from '@/data/charter';
import { PLATFORMS } from '@/data/platforms';
import { App } from '@/entrypoints/sidepanel/app';
import { bindSettings, createSettingsStore } from '@/lib/stores';
import { pick, typesetFrench, type Text } from '@/lib/text';
import { MESSAGES } from '@/locales';
import { BACKGROUND_MESSAGES } from '@/locales/background';
import { CONTENT_SCRIPT_MESSAGES } from '@/locales/content-script';

/**
 * French typography, as issue 12 asks: a no-break space (U+00A0 or U+202F) before « : ; ! ? »
 * and inside « ». Returns each offending spot with a little context.
 */
function spacingProblems(s: string): string[] {
  const out: string[] = [];
  const at = (i: number) => JSON.stringify(s.slice(Math.max(0, i - 15), i + 15));
  for (const m of s.matchAll(/ [:;!?]/g)) out.push(`ordinary space before « ${m[0][1]} » in ${at(m.index)}`);
  for (const m of s.matchAll(/«(?![\u00a0\u202f])/g)) out.push(`no no-break space after « in ${at(m.index)}`);
  for (const m of s.matchAll(/(?<![\u00a0\u202f])»/g)) out.push(`no no-break space before » in ${at(m.index)}`);
  return out;
}

const isText = (v: unknown): v is Text => typeof v === 'object' && v !== null && typeof (v as Text).fr === 'string' && typeof (v as Text).en === 'string';

/** Every Text in a value, with its path. */
function textsIn(value: unknown, path: string, out: Array<[string, Text]> = []): Array<[string, Text]> {
  if (isText(value)) out.push([path, value]);
  if (Array.isArray(value)) value.forEach((v, i) => textsIn(v, `${path}[${i}]`, out));
  else if (typeof value === 'object' && value !== null && !(value instanceof RegExp)) {
    for (const [k, v] of Object.entries(value)) textsIn(v, `${path}.${k}`, out);
  }
  return out;
}

describe('the checker', () => {
  it('finds each kind of mistake, and accepts typeset text', () => {
    expect(spacingProblems('Vendu par : « X »')).toHaveLength(3);
    expect(spacingProblems('Quoi ? Oui ; non !')).toHaveLength(3);
    expect(spacingProblems('«X»')).toHaveLength(2);
    expect(spacingProblems(typesetFrench('Vendu par : « X » ; quoi ? oui !'))).toEqual([]);
    expect(spacingProblems('https://example.org/a?b=c:d')).toEqual([]);
  });
});

describe('every French string is typeset', () => {
  const tables = { MESSAGES: MESSAGES.fr, CONTENT_SCRIPT_MESSAGES: CONTENT_SCRIPT_MESSAGES.fr, BACKGROUND_MESSAGES: BACKGROUND_MESSAGES.fr };
  it.each(Object.entries(tables))('%s.fr', (_name, table) => {
    const problems = Object.entries(table).flatMap(([key, value]) => spacingProblems(value).map((p) => `${key}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('every Text.fr of data/ once picked (charter and platforms)', () => {
    const texts = [...textsIn(CHARTER_DATA, 'charter'), ...PLATFORMS.flatMap((p) => textsIn(p, `platforms.${p.id}`))];
    expect(texts.length).toBeGreaterThan(80);
    const problems = texts.flatMap(([path, text]) => spacingProblems(pick(text, 'fr')).map((p) => `${path}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('source titles and descriptions, and the quote as shown', () => {
    const labels = Object.values(SOURCES).flatMap((s) => [sourceLabel(s, 'fr').text, s.publisher]);
    expect(labels.flatMap(spacingProblems)).toEqual([]);
    expect(spacingProblems(typesetFrench(`« ${BOYCOTT_QUOTE.text} »`))).toEqual([]);
  });

  it('the whole side panel as rendered in French (JSX literals, <q>, quotes, headings)', async () => {
    const store = createSettingsStore();
    bindSettings(store);
    await vi.waitFor(() => expect(store.getState().hasHydrated).toBe(true));
    const { container } = render(<App store={store} browserLang="fr-FR" deepLink={null} />);
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    const problems: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) problems.push(...spacingProblems(node.textContent ?? ''));
    // Text split across elements: check the joined text of each block too.
    for (const el of container.querySelectorAll('p, li, h2, h3, h4, dd, figcaption, blockquote')) problems.push(...spacingProblems(el.textContent ?? ''));
    expect([...new Set(problems)]).toEqual([]);
    // No heading says its date twice (« Charte renouvelée (déc. 2020) (décembre 2020) »).
    for (const h of container.querySelectorAll('h2, h3, h4')) {
      const years = (h.textContent ?? '').match(/\b(?:19|20)\d{2}\b/g) ?? [];
      expect(new Set(years).size, h.textContent ?? '').toBe(years.length);
    }
    // <q> draws its own quotation marks without the inner spaces: none left.
    expect(container.querySelectorAll('q')).toHaveLength(0);
  });
});
