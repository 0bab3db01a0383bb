import { describe, expect, it } from 'vitest';
import { createBudget } from '@/lib/sellers';
import { withBudget } from '@/lib/sellers/budget';
import { agreeingTrader, buyBoxStatement, onlyPageStatement, pageStatements } from '@/lib/sellers/statements';
import { page } from '../../helpers/seller-pages';

describe('the statement of a buy box', () => {
  it.each<[string, string, string | undefined, ReturnType<typeof buyBoxStatement>]>([
    ['a « Vendu par » line', '<div class="box">Vendu par Atelier Bleu</div>', undefined, { name: 'Atelier Bleu' }],
    ['the label alone, the name in the next block', '<div class="box"><div>Vendu et expédié par :</div><div>1001 Kdo</div></div>', undefined, { name: '1001 Kdo' }],
    ['the name element the line runs on from', '<div class="box">Vendu par <a>idigital</a> idigital - Vendeur pro</div>', 'a', { name: 'idigital', trader: 'professional' }],
    ['the same seller in two blocks', '<div class="box">Vendu par A</div><div class="box">Vendu et expédié par A</div>', undefined, { name: 'A' }],
    ['a trader status stated elsewhere in the block', '<div class="box"><p>Vendu par Claire</p><p>Particulier</p></div>', undefined, { name: 'Claire', trader: 'private' }],
    ['two sellers in two blocks', '<div class="box">Vendu par A</div><div class="box">Vendu par B</div>', undefined, undefined],
    ['no label', '<div class="box">Livraison offerte</div>', undefined, undefined],
    ['a line too long to be a seller line', `<div class="box">Vendu par lots, ${'un texte de description. '.repeat(10)}</div>`, undefined, undefined],
  ])('%s', (_what, body, nameSelector, expected) => {
    expect(buyBoxStatement(page(body), '.box', nameSelector)).toEqual(expected);
  });
});

describe('agreeingTrader', () => {
  it('the one status the readings state, or nothing when none or contradictory', () => {
    expect(agreeingTrader(['professional', undefined, 'professional'])).toBe('professional');
    expect(agreeingTrader(['professional', 'private'])).toBeUndefined();
    expect(agreeingTrader([undefined])).toBeUndefined();
  });
});

describe('the statements found by walking the page', () => {
  it('in document order, lines that start with a label only; no script text, no prose', () => {
    const doc = page(
      '<p>Vendu par A</p><script>x = "Vendu par S"</script><p>Un avis : produit vendu par B, très bien.</p>' +
        `<p>Vendu par lots ${'de deux, idéal pour toute la famille. '.repeat(6)}</p><div><span>Sold by</span> <b>C (PRO)</b></div>`,
    );
    expect(pageStatements(doc.body)).toEqual([{ name: 'A' }, { name: 'C', trader: 'professional' }]);
  });

  it('says nothing from a walk the budget cut short', () => {
    const doc = page(`${'<p>texte</p>'.repeat(50)}<p>Vendu par A</p>`);
    expect(withBudget(createBudget({ nodes: 20, ms: 1e9 }), () => pageStatements(doc.body))).toBeUndefined();
    expect(withBudget(createBudget({ nodes: 1000, ms: 1e9 }), () => pageStatements(doc.body))).toEqual([{ name: 'A' }]);
  });

  it('the single seller the page states, repeats allowed', () => {
    expect(onlyPageStatement(page('<p>Vendu par A</p><footer><p>Vendu et expédié par A</p></footer>'))).toEqual({ name: 'A' });
    expect(onlyPageStatement(page('<p>Vendu par A</p><p>Vendu par B</p>'))).toBeUndefined();
    expect(onlyPageStatement(page('<p>Rien</p>'))).toBeUndefined();
  });
});
