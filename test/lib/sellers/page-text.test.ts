import { describe, expect, it } from 'vitest';
import { collapse, queryAll, queryFirst, readLine, readText, readTextUpTo } from '@/lib/sellers/page-text';
import { fixtureDocument } from '../../helpers/fixtures';

describe('readText', () => {
  it('reads text nodes only: no script, style or template text, whitespace collapsed', () => {
    const doc = fixtureDocument('<div id="x"> A <script>B</script><style>C</style><template>D</template><b>E</b>\n F</div>');
    expect(readText(doc.getElementById('x'))).toBe('A E F');
  });

  it('gives an empty string for nothing', () => {
    expect(readText(null)).toBe('');
  });
});

describe('readLine', () => {
  it('stops at the first block met after some text: the seller line without the card that follows it', () => {
    const doc = fixtureDocument('<div id="x">Vendu par <a>idigital</a><div class="card">idigital - Vendeur pro</div></div>');
    expect(readLine(doc.getElementById('x'))).toBe('Vendu par idigital');
    expect(readText(doc.getElementById('x'))).toBe('Vendu par idigital idigital - Vendeur pro');
  });

  it('goes into a first block when no text came before it', () => {
    const doc = fixtureDocument('<div id="x"><div>Vendu par A</div><div>autre</div></div>');
    expect(readLine(doc.getElementById('x'))).toBe('Vendu par A');
    expect(readLine(undefined)).toBe('');
  });
});

describe('readTextUpTo', () => {
  it('stops gathering once the limit is reached: enough to tell a block is too long', () => {
    const doc = fixtureDocument(`<div id="x">${'<p>mot</p>'.repeat(100)}</div>`);
    const text = readTextUpTo(doc.getElementById('x')!, 20);
    expect(text.length).toBeGreaterThanOrEqual(20);
    expect(text.length).toBeLessThan(40);
  });
});

describe('collapse', () => {
  it('removes control and direction characters, collapses whitespace, trims', () => {
    expect(collapse(' \u202eEvil\u202c\u0007 Shop\u200f\n\t ')).toBe('Evil Shop');
    expect(collapse('\ufeffa   b')).toBe('a b');
  });
});

describe('queries', () => {
  it('never throw on a selector the engine rejects', () => {
    const doc = fixtureDocument('<p class="a">x</p>');
    expect(queryAll(doc, '.a')).toHaveLength(1);
    expect(queryAll(doc, '[[nonsense')).toEqual([]);
    expect(queryFirst(doc, '.a')?.textContent).toBe('x');
    expect(queryFirst(doc, '::nonsense(')).toBeNull();
  });
});
