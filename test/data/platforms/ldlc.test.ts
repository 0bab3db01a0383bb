import { productUrls, otherUrls } from '../../helpers/url-table';

const RULE = '/fiche/<id>.html';
productUrls('ldlc', [
  ['https://www.ldlc.com/fiche/PB00590147.html', RULE],
  ['https://www.ldlc.com/fiche/PB00590147.html#reviews', RULE],
  ['https://www.ldlc.com/fr-be/fiche/PB00438231.html', RULE],
  ['https://www.ldlc.com/fr-lu/fiche/PB00438231.html', RULE],
  ['https://www.ldlc.com/es-es/ficha/PB00438231.html', RULE], // Spanish site says "ficha"
  ['http://www.ldlc.com/fiche/PB00438231.html', RULE],
  ['https://www.ldlc.com/fiche/pb00438231.html', RULE],
  ['https://www.ldlc.com/fr-ch/fiche/PB00590147.html?offerId=1', RULE],
]);

otherUrls('ldlc', [
  'https://www.ldlc.com/',
  'https://www.ldlc.com/recherche/rtx%204070/',
  'https://www.ldlc.com/informatique/pieces-informatique/processeur/c4300',
  'https://www.ldlc.com/telephonie/telephonie-portable/mobile-smartphone/c4416/',
  'https://www.ldlc.com/informatique/pieces-informatique/carte-graphique-interne/c4684/+foms-1+fv1026-5801.html',
  'https://www.ldlc.com/fiche/',
]);
