import { describe, expect, it } from 'vitest';
import { BADGE_AXES, explainSignals, statusHistory } from '@/lib/badge/card-facts';
import { AXES } from '@/data/charter/commitments';
import { getPlatform } from '@/data/platforms';
import { MESSAGES } from '@/locales';

describe('statusHistory', () => {
  it('gives both editions, oldest first, with dates and inference flags', () => {
    expect(statusHistory(getPlatform('amazon')!)).toEqual([
      { edition: '2019', status: 'declined', date: '2019-03-25', isInferred: false },
      { edition: '2020-renewal', status: 'signatory', date: '2020-12', isInferred: false },
    ]);
    expect(statusHistory(getPlatform('aliexpress')!)[0]).toMatchObject({ status: 'declined', isInferred: true });
  });
});

describe('explainSignals', () => {
  it('turns host, rule, ambiguous and DOM signals into sentences', () => {
    expect(
      explainSignals(
        ['host:www.darty.com', 'ambiguous:darty:/nav/achat/…/<name>.html', 'dom:marker:.product_head', 'dom:json-ld:Product'],
        'Darty',
      ),
    ).toEqual([
      { key: 'badge.why.host', params: { host: 'www.darty.com', platform: 'Darty' } },
      { key: 'badge.why.ambiguous', params: { rule: '/nav/achat/…/<name>.html' } },
      { key: 'badge.why.dom', params: { detail: '.product_head' } },
      { key: 'badge.why.dom', params: { detail: 'json-ld:Product' } },
    ]);
  });

  it('keeps a rule name that contains colons whole', () => {
    expect(explainSignals(['rule:ebay:/itm/<id>?a:b'], 'eBay')).toEqual([{ key: 'badge.why.rule', params: { rule: '/itm/<id>?a:b' } }]);
  });

  it('shows an unknown signal as it is rather than hiding it', () => {
    expect(explainSignals(['seller:third-party'], 'Amazon')).toEqual([{ key: 'badge.why.other', params: { detail: 'seller:third-party' } }]);
  });
});

describe('the card’s one-liners for the three axes', () => {
  it('cover exactly the charter’s axes, in order', () => {
    expect([...BADGE_AXES]).toEqual(AXES.map((a) => a.id));
  });

  it.each(['fr', 'en'] as const)('say the same as the charter data’s axis titles (%s)', (lang) => {
    for (const axis of AXES) expect(MESSAGES[lang][`badge.axes.${axis.id}`]).toBe(axis.title[lang]);
  });
});
