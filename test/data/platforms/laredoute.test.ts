import { productUrls, otherUrls } from '../../helpers/url-table';

const RULE = '/ppdp/prod-<id>.aspx';
productUrls('laredoute', [
  ['https://www.laredoute.fr/ppdp/prod-554346844.aspx', RULE],
  ['https://www.laredoute.fr/ppdp/prod-500995383.aspx', RULE],
  ['https://www.laredoute.fr/ppdp/prod-544263715.aspx?dim1=1000', RULE],
  ['https://www.laredoute.fr/ppdp/prod-544263715.aspx#shoppingtool=treestructureflyout', RULE],
  ['http://www.laredoute.fr/ppdp/prod-554346844.aspx', RULE],
  ['https://m.laredoute.fr/ppdp/prod-554346844.aspx', RULE],
  ['https://www.laredoute.fr/ppdp/PROD-554346844.ASPX', RULE],
  ['https://www.laredoute.fr/ppdp/prod-1.aspx', RULE],
]);

otherUrls('laredoute', [
  'https://www.laredoute.fr/',
  'https://www.laredoute.fr/pplp/cat-300731.aspx',
  'https://www.laredoute.fr/pplp/500230.aspx',
  'https://www.laredoute.fr/pplp/100/cat-0.aspx?search=fauteuil',
  'https://www.laredoute.fr/pplp/100/75363/158092/cat-75503.aspx?facets=vendor*000000000',
  'https://www.laredoute.fr/lndnr/cat-fauteuil.aspx',
  'https://www.laredoute.fr/prlst/s/?kw=fauteuil',
]);
