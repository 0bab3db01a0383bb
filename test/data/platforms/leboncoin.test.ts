import { productUrls, otherUrls } from '../../helpers/url-table';

productUrls('leboncoin', [
  ['https://www.leboncoin.fr/ad/ventes_immobilieres/3083651141', '/ad/<category>/<id>'],
  ['https://www.leboncoin.fr/ad/ventes_immobilieres/3222183771', '/ad/<category>/<id>'],
  ['https://www.leboncoin.fr/ad/ventes_immobilieres/3250258132/', '/ad/<category>/<id>'],
  ['https://www.leboncoin.fr/ad/voitures/2876543210?utm_source=share', '/ad/<category>/<id>'],
  ['https://www.leboncoin.fr/ad/velos/2798765432', '/ad/<category>/<id>'],
  // The older site (saved ad pages): /<category>/<id>.htm, accepted on purpose.
  ['https://www.leboncoin.fr/ventes_immobilieres/1072097995.htm', '/<category>/<id>.htm'],
  ['http://www.leboncoin.fr/ventes_immobilieres/745837877.htm', '/<category>/<id>.htm'],
  ['https://www.leboncoin.fr/voitures/1060000123.htm?ca=4_s', '/<category>/<id>.htm'],
]);

otherUrls('leboncoin', [
  'https://www.leboncoin.fr/',
  'https://www.leboncoin.fr/recherche?text=velo',
  'https://www.leboncoin.fr/recherche?category=2&owner_type=pro&locations=Villebon-sur-Yvette',
  'https://www.leboncoin.fr/voitures/offres/basse_normandie/',
  'https://www.leboncoin.fr/annonces/offres/basse_normandie/',
  'https://www.leboncoin.fr/compte/mes-annonces',
  'https://www.leboncoin.fr/regles.htm', // one segment: site pages, not ads
  'https://www.leboncoin.fr/cgv_general.htm',
  'https://www.leboncoin.fr/ad/inactive',
  'https://www.leboncoin.fr/ad/ventes_immobilieres/',
]);
