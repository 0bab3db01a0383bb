import { describe, expect, it } from 'vitest';
import { frenchTable, NBSP, NNBSP, pick, typesetFrench } from '@/lib/text';

describe('typesetFrench', () => {
  it.each([
    ['Vendu par : X', `Vendu par${NBSP}: X`],
    ['Quoi ? Oui ; non !', `Quoi${NNBSP}? Oui${NNBSP}; non${NNBSP}!`],
    ['« X »', `«${NBSP}X${NBSP}»`],
    // Where the source has no space inside the quotes, one is added.
    ['«X»', `«${NBSP}X${NBSP}»`],
    // Several spaces, or the wrong no-break space, become the one French wants.
    [`a  :${NNBSP}b`, `a${NBSP}:${NNBSP}b`],
    [`a${NBSP}?`, `a${NNBSP}?`],
  ])('%j → %j', (input, expected) => {
    expect(typesetFrench(input)).toBe(expected);
  });

  it('leaves text without those signs, and signs with no space before them, as they are', () => {
    for (const s of ['Charte PME', 'https://example.org/a?b=c:d', 'Prix: 12 €', 'Oui!', '']) expect(typesetFrench(s)).toBe(s);
  });

  it('is idempotent: typeset text stays the same', () => {
    const once = typesetFrench('Vendu par : « X » ; quoi ? oui !');
    expect(typesetFrench(once)).toBe(once);
  });

  it('uses U+00A0 and U+202F', () => {
    expect(NBSP).toBe('\u00a0');
    expect(NNBSP).toBe('\u202f');
  });
});

describe('frenchTable', () => {
  it('typesets every value and keeps every key, without touching the table it was given', () => {
    const table = { a: 'Vendu par : X', b: 'Quoi ?', c: 'Rien' };
    const copy = { ...table };
    expect(frenchTable(table)).toEqual({ a: `Vendu par${NBSP}: X`, b: `Quoi${NNBSP}?`, c: 'Rien' });
    expect(table).toEqual(copy);
  });
});

describe('pick', () => {
  const text = { fr: 'Signataire : oui', en: 'Signatory : yes' };

  it('gives the French text typeset, the English one unchanged', () => {
    expect(pick(text, 'fr')).toBe(`Signataire${NBSP}: oui`);
    expect(pick(text, 'en')).toBe('Signatory : yes');
  });
});
