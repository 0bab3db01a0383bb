import { otherUrls, productUrls } from '../../helpers/url-table';

// Shapes seen in public code (data/platforms/maisonsdumonde.ts says where).
const RULE = '/FR/fr/p/<slug>-<id>.htm';
productUrls('maisonsdumonde', [
  ['https://www.maisonsdumonde.com/FR/fr/p/canape-3-places-en-tissu-gris-anthracite-chicago-166951.htm', RULE],
  ['https://www.maisonsdumonde.com/FR/fr/p/table-basse-rehaussable-en-bois-et-acier-noir-l120-matika-M22179481.htm', RULE],
  ['https://www.maisonsdumonde.com/FR/fr/p/coussin-en-coton-texture-orange-60x60-olario-247807.htm?store=&utm_source=google&utm_medium=cpc', RULE],
  ['https://www.maisonsdumonde.com/FR/fr/p/canape-lit-3-places-en-velours-vert-elvis-198168.htm?LGWCODE=198168%3B152039%3B3071', RULE],
  ['https://www.maisonsdumonde.com/FR/fr/p/voile-d-ombrage-en-fibre-de-coco-pour-pergola-a-poser-3x3m-M25103714.htm', RULE],
  ['https://www.maisonsdumonde.com/FR/fr/p/statue-fleurs-en-metal-dore-h41-ginko-207889.htm', RULE],
  ['https://www.maisonsdumonde.com/FR/fr/p/statue-gorille-et-bebe-noire-h105-family-210791.htm?cq_src=google_ads', RULE],
  ['http://www.maisonsdumonde.com/FR/fr/p/canape-3-places-en-tissu-gris-anthracite-chicago-166951.htm', RULE],
]);

otherUrls('maisonsdumonde', [
  'https://www.maisonsdumonde.com/',
  'https://www.maisonsdumonde.com/FR/fr',
  'https://www.maisonsdumonde.com/FR/fr/p/bureau',
  'https://www.maisonsdumonde.com/FR/fr/p/vase-soliflore-transparent-en-verre-borosilicate',
  'https://www.maisonsdumonde.com/FR/fr/c/canapes-et-fauteuils-n12345',
  // The same shop for another country: outside a French charter.
  'https://www.maisonsdumonde.com/IT/it/p/divano-3-posti-in-tessuto-grigio-antracite-chicago-166951.htm',
]);
