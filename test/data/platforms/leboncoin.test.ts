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
  // The rule table (data/platforms/leboncoin.ts): rentals, real estate and services keep the badge.
  ['https://www.leboncoin.fr/ad/locations/2987654321', '/ad/<category>/<id>'],
  ['https://www.leboncoin.fr/ad/colocations/2987654322', '/ad/<category>/<id>'],
  ['https://www.leboncoin.fr/ad/locations_gites/2987654323', '/ad/<category>/<id>'],
  ['https://www.leboncoin.fr/ad/bureaux_commerces/2987654324', '/ad/<category>/<id>'],
  ['https://www.leboncoin.fr/ad/prestations_de_services/2987654325', '/ad/<category>/<id>'],
  ['https://www.leboncoin.fr/ad/cours_particuliers/2987654326', '/ad/<category>/<id>'],
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
  // Job offers: nobody sells anything, no badge.
  'https://www.leboncoin.fr/ad/offres_d_emploi/2876543210',
  'https://www.leboncoin.fr/ad/offres_d_emploi/2876543210/',
  'https://www.leboncoin.fr/offres_d_emploi/1060000123.htm',
]);
