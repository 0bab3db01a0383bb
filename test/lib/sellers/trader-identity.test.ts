import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addressIn, blockLines, cleanIdentityText, IDENTITY_TEXT_MAX, numbersIn, sanitizeIdentity } from '@/lib/sellers/trader-identity';
import { fixtureDocument } from '../../helpers/fixtures';

const block = (html: string) => fixtureDocument(`<html><body><div id="b">${html}</div></body></html>`).getElementById('b')!;

describe('a trader block read as lines', () => {
  it('breaks at blocks and <br>, joins inline text, skips controls, scripts and the terms of sale', () => {
    const lines = blockLines(
      block(
        '<h2>Business seller information</h2><div>ACME <b>Ltd</b></div><div>1 High St<br>Leeds</div>' +
          '<span class="bsi-cdt"><a href="javascript:;">Complete information</a></span><button>Show contact information</button>' +
          '<script>var x = 1;</script><textarea>Terms and conditions of sale</textarea><div><b>VAT number:</b> <span>GB 1</span></div>',
      ),
    );
    expect(lines).toEqual(['Business seller information', 'ACME Ltd', '1 High St', 'Leeds', 'VAT number: GB 1']);
  });

  it('reads label/value rows on one line or over two', () => {
    expect(
      numbersIn(['Handelsregisternummer: HRB 30243', 'Umsatzsteuer-Identifikationsnummer:', 'DE 258225785', 'Die Mehrwertsteuer wird auf meinen Rechnungen separat ausgewiesen.']),
    ).toEqual({
      register: { label: 'Handelsregisternummer', value: 'HRB 30243' },
      vat: { label: 'Umsatzsteuer-Identifikationsnummer', value: 'DE 258225785' },
    });
    expect(numbersIn(["Numéro d'immatriculation de la société :", '811847243', 'Numéro de TVA :', 'FR 72811847243'])).toEqual({
      register: { label: "Numéro d'immatriculation de la société", value: '811847243' },
      vat: { label: 'Numéro de TVA', value: 'FR 72811847243' },
    });
    expect(numbersIn(['Numero Partita IVA:', 'IT 03523820235'])).toEqual({ vat: { label: 'Numero Partita IVA', value: 'IT 03523820235' } });
    // Other wordings of the same rows: « Numero di registrazione dell'impresa », « Numéro RCS », "Company number".
    expect(numbersIn(["Numero di registrazione dell'impresa:", 'MI-123456'])).toEqual({ register: { label: "Numero di registrazione dell'impresa", value: 'MI-123456' } });
    expect(numbersIn(['Numéro RCS : Paris B 811 847 243'])).toEqual({ register: { label: 'Numéro RCS', value: 'Paris B 811 847 243' } });
    expect(numbersIn(['Company number: 01234567'])).toEqual({ register: { label: 'Company number', value: '01234567' } });
    expect(numbersIn(['USt-IdNr.: DE123456789'])).toEqual({ vat: { label: 'USt-IdNr.', value: 'DE123456789' } });
    expect(numbersIn(['Telefon: +49 30 123456', 'E-Mail: info@example.de'])).toEqual({});
    expect(numbersIn(['NIF/CIF:', 'B12345678', 'Número de registro: Registro Mercantil de Madrid 123'])).toEqual({
      vat: { label: 'NIF/CIF', value: 'B12345678' },
      register: { label: 'Número de registro', value: 'Registro Mercantil de Madrid 123' },
    });
  });

  it('states no number without digits, and takes no row for the value of another', () => {
    // ebay-business-seller-3: « Numéro de TVA : AU null ».
    expect(numbersIn(['Numéro de TVA :', 'AU null'])).toEqual({});
    expect(numbersIn(['Registergericht: AG Offenbach am Main'])).toEqual({});
    expect(numbersIn(['VAT number:', 'Company registration number: 08337590'])).toEqual({
      register: { label: 'Company registration number', value: '08337590' },
    });
    // "I provide invoices with VAT separately displayed." is a sentence, not a row.
    expect(numbersIn(['I provide invoices with VAT separately displayed. 2019'])).toEqual({});
  });

  it('ends an address at its country line, a row or prose', () => {
    expect(addressIn(['DOMU Brands Ltd', 'Trinity Way', 'M37BF', 'United Kingdom', 'The company number is #7047520'])).toEqual([
      'DOMU Brands Ltd',
      'Trinity Way',
      'M37BF',
      'United Kingdom',
    ]);
    expect(addressIn(['1 rue X', '75001 Paris', 'Email: a@b.c', 'France'])).toEqual(['1 rue X', '75001 Paris']);
    expect(addressIn(['Via Roma 1', 'x'.repeat(100), 'Italia'])).toEqual(['Via Roma 1']);
    // Template leftovers are no address lines.
    expect(addressIn(['- -', 'default default', '2 Bell Road', 'United Kingdom'])).toEqual(['2 Bell Road', 'United Kingdom']);
  });
});

describe('a stated identity, sanitized', () => {
  it('keeps each stated field and derives the country from the last address line', () => {
    expect(
      sanitizeIdentity({
        name: ' IMS clothing company GmbH ',
        address: ['Sperbersloher Str. 1', '90596 Schwanstetten', 'Deutschland'],
        country: 'FR',
        register: { label: 'Handelsregisternummer', value: 'HRB 30243' },
        vat: { label: 'USt-IdNr.', value: 'DE 258225785' },
        extra: 'dropped',
      }),
    ).toEqual({
      name: 'IMS clothing company GmbH',
      address: ['Sperbersloher Str. 1', '90596 Schwanstetten', 'Deutschland'],
      country: 'DE',
      register: { label: 'Handelsregisternummer', value: 'HRB 30243' },
      vat: { label: 'USt-IdNr.', value: 'DE 258225785' },
    });
  });

  it.each([
    ['not an object', 'ACME'],
    ['null', null],
    ['empty', {}],
    ['fields of the wrong type', { name: 3, address: 'Paris', register: 'HRB 1', vat: { label: 1, value: 2 } }],
    ['only fillers', { name: '  ', address: ['- -', 'default default', 'null'] }],
    ['a number without digits', { vat: { label: 'VAT', value: 'null' } }],
  ])('%s: nothing', (_label, raw) => {
    expect(sanitizeIdentity(raw)).toBeUndefined();
  });

  it('cleans hostile text: control and bidi characters, markup signs, a 10 kB name, mixed scripts', () => {
    const identity = sanitizeIdentity({
      name: `\u202eACME\u0000 ${'Ä'.repeat(10_000)}`,
      address: ['<img src=x onerror=alert(1)>', '北京市 Chaoyang\u2066 District\u2069', ' 中国 '],
      register: { label: 'Handelsregister\u0007nummer', value: `HRB ${'9'.repeat(500)}` },
    })!;
    expect(identity.name!.startsWith('ACME ÄÄ')).toBe(true);
    expect(Array.from(identity.name!).length).toBeLessThanOrEqual(80);
    expect(identity.address).toEqual(['img src=x onerror=alert(1)', '北京市 Chaoyang District', '中国']);
    expect(identity.country).toBe('CN');
    expect(identity.register!.label).toBe('Handelsregisternummer');
    expect(Array.from(identity.register!.value).length).toBeLessThanOrEqual(60);
  });

  it('always gives clean, bounded text or nothing', () => {
    const text = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom('Deutschland', '香港', 'HRB 1', '\u202e', '<b>x</b>'));
    fc.assert(
      fc.property(
        fc.record({ name: text, address: fc.array(text, { maxLength: 12 }), register: fc.record({ label: text, value: text }), vat: fc.anything() }, { requiredKeys: [] }),
        (raw) => {
          const identity = sanitizeIdentity(raw);
          if (!identity) return;
          const texts = [identity.name, ...(identity.address ?? []), identity.register?.label, identity.register?.value, identity.vat?.label, identity.vat?.value].filter(
            (t): t is string => t !== undefined,
          );
          for (const t of texts) {
            expect(t).toBe(t.trim());
            expect(t.length).toBeGreaterThan(0);
            expect(Array.from(t).length).toBeLessThanOrEqual(IDENTITY_TEXT_MAX);
            expect(t).not.toMatch(/[<>\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
          }
          expect((identity.address ?? []).length).toBeLessThanOrEqual(8);
          if (identity.country !== undefined) expect(identity.country).toMatch(/^[A-Z]{2}$/);
        },
      ),
      { numRuns: 300 },
    );
    expect(cleanIdentityText('x'.repeat(500))).toHaveLength(IDENTITY_TEXT_MAX);
    // Hundreds of random identities: more than vitest's default 5 s on a loaded machine.
  }, 30_000);
});
