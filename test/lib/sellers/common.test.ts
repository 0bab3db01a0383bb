import { describe, expect, it } from 'vitest';
import { cleanName, readText, SELLER_NAME_MAX, soldByName, soldByNameInside } from '@/lib/sellers/common';
import { fixtureDocument } from '../../helpers/fixtures';

describe('cleanName', () => {
  it.each<[string, string | undefined]>([
    ['  VELIHOTUBUYE. ', 'VELIHOTUBUYE'],
    ['« Librairie du Port »', 'Librairie du Port'],
    ['Amazon Media EU S.à r.l.', 'Amazon Media EU S.à r.l.'], // an abbreviation keeps its final dot
    ['Amazon.com.', 'Amazon.com'],
    ['Evil\u202eShop\u0007\u200f', 'EvilShop'], // direction overrides and control characters go
    ['a\n\tb', 'a b'],
    ['   ', undefined],
    ['...', undefined],
  ])('%j → %j', (raw, expected) => {
    expect(cleanName(raw)).toBe(expected);
  });

  it('cuts at SELLER_NAME_MAX characters without splitting an emoji', () => {
    const name = cleanName('🎁'.repeat(200))!;
    expect(Array.from(name)).toHaveLength(SELLER_NAME_MAX);
    expect(name.endsWith('🎁…')).toBe(true);
  });
});

describe('soldByName reads the name after a sold-by label, and stops at the shipper', () => {
  it.each<[string, string | undefined]>([
    ['Expédié et vendu par VELIHOTUBUYE.', 'VELIHOTUBUYE'],
    ['Vendu par TechnoShop et expédié par Cdiscount', 'TechnoShop'],
    ['Venduto da GlobalNetOnline e spedito da Amazon.', 'GlobalNetOnline'],
    ['Verkauf durch Foo GmbH und Versand durch Amazon.', 'Foo GmbH'],
    ['Vendido por Tienda Sol y enviado por Amazon.', 'Tienda Sol'],
    ['Sold by Direct ChangM and Fulfilled by Amazon.', 'Direct ChangM'],
    ['Ships from and sold by Amazon.com. Gift-wrap available.', 'Amazon.com'],
    ['Vendu par : Librairie du Port', 'Librairie du Port'],
    ['Verkocht door Fietsenwinkel BV en verzonden door Amazon.', 'Fietsenwinkel BV'],
    ['Säljs av Nordic Shop AB och skickas av Amazon.', 'Nordic Shop AB'],
    ['Sprzedawca: Sklep Kowalski', 'Sklep Kowalski'],
    ['Vendeur : Kitchen Store', 'Kitchen Store'],
    ['Vendeur favori', undefined],
    ['Vendu par momox, professionnel. Expédition 24 h', 'momox'],
    ['Vendu par FLOATUP (PRO) - 4,6/5', 'FLOATUP'],
    ['Vendu par idigital - Vendeur pro sélectionné par Cdiscount', 'idigital'],
    ['Vendu par Maison - Jardin', 'Maison - Jardin'],
    ['Expédié par Amazon.', undefined],
    ['Produit vendu par Amazon', undefined],
    ['Sold by', undefined],
  ])('%j → %j', (text, expected) => {
    expect(soldByName(text)).toBe(expected);
  });

  it('finds the label inside run-together headers', () => {
    expect(soldByNameInside('Dispatches from: Amazon Sold by: Amazon Warehouse')).toBe('Amazon Warehouse');
    expect(soldByNameInside('Ships from: Amazon')).toBeUndefined();
  });
});

describe('readText', () => {
  it('reads text nodes only: no script, style or template text, whitespace collapsed', () => {
    const doc = fixtureDocument('<div id="x"> A <script>B</script><style>C</style><template>D</template><b>E</b>\n F</div>');
    expect(readText(doc.getElementById('x'))).toBe('A E F');
  });

  it('gives an empty string for nothing', () => {
    expect(readText(null)).toBe('');
  });
});
