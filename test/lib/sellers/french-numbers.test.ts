import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFrenchRegister, checkFrenchVat } from '@/lib/sellers/french-numbers';

describe('French company numbers, checked offline for form only', () => {
  it('Luhn over SIREN and SIRET digits', () => {
    const siren = (digits: string) => checkFrenchRegister('SIREN', digits, undefined);
    // ebay-business-seller-4: « Numéro d'immatriculation de la société : 811847243 ».
    expect(siren('811847243')).toBe('well-formed');
    // leboncoin-product-1: « Numéro SIREN : 823562178 ».
    expect(siren('823562178')).toBe('well-formed');
    expect(siren('811847244')).toBe('malformed');
    expect(siren('')).toBe('malformed');
    expect(siren('81184724A')).toBe('malformed');
  });

  it('the FR VAT key of a SIREN', () => {
    // ebay-business-seller-4: « Numéro de TVA : FR 72811847243 »; 72 is the only key of that SIREN.
    expect(checkFrenchVat('FR72811847243')).toBe('well-formed');
    for (const key of ['00', '71', '73', '96']) expect(checkFrenchVat(`FR${key}811847243`), key).toBe('malformed');
  });

  it.each([
    ['FR 72811847243', 'well-formed'],
    ['FR72 811 847 243', 'well-formed'],
    ['fr72811847243', 'well-formed'],
    ['FR 73811847243', 'malformed'],
    ['FR 7281184724', 'malformed'],
    ['FR ab811847243', 'well-formed'],
    ['FR', 'malformed'],
    ['DE 258225785', undefined],
    ['GB 993263095', undefined],
    ['IT 03523820235', undefined],
  ] as const)('VAT %s: %s', (value, expected) => {
    expect(checkFrenchVat(value)).toBe(expected);
  });

  it.each([
    ["Numéro d'immatriculation de la société", '811847243', 'FR', 'well-formed'],
    ["Numéro d'immatriculation de la société", '811 847 243', 'FR', 'well-formed'],
    ["Numéro d'immatriculation de la société", '811847244', 'FR', 'malformed'],
    ['Numéro SIREN', '823562178', undefined, 'well-formed'],
    ['SIRET', '732 829 320 00074', undefined, 'well-formed'],
    ['SIRET', '73282932000075', undefined, 'malformed'],
    ['RCS', 'RCS Nanterre B 811 847 243', undefined, 'well-formed'],
    ['Numéro SIREN', 'inconnu 12', undefined, 'malformed'],
    // La Poste's establishments: Luhn (its head office), or else a digit sum divisible by 5.
    ['SIRET', '35600000000048', undefined, 'well-formed'],
    ['SIRET', '35600000000015', undefined, 'well-formed'],
    ['SIRET', '35600000000016', undefined, 'malformed'],
    // Not French numbers: no check.
    ['Handelsregisternummer', 'HRB 30243', 'DE', undefined],
    ['Company registration number', '08337590', 'GB', undefined],
    ["Numéro d'immatriculation de la société", 'B-123', 'FR', undefined],
  ] as const)('%s %s (%s): %s', (label, value, country, expected) => {
    expect(checkFrenchRegister(label, value, country)).toBe(expected);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.option(fc.string()), (label, value, country) => {
        expect(['well-formed', 'malformed', undefined]).toContain(checkFrenchRegister(label, value, country ?? undefined));
        expect(['well-formed', 'malformed', undefined]).toContain(checkFrenchVat(value));
      }),
    );
  });
});
