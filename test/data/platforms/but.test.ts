import { otherUrls, productUrls } from '../../helpers/url-table';

// Shapes seen in public code (data/platforms/but.ts says where).
const RULE = '/produits/<id>/<name>.html';
productUrls('but', [
  ['https://www.but.fr/produits/8006023265794/Pack-support-mural-40-a-80-MELICONI-PACK-VESA-400-FIXE.html?comingFrom=t2s', RULE],
  ['https://www.but.fr/produits/85220/Ventilateur-de-table-DYSON-AM06-Soft-touch.html', RULE],
  ['https://www.but.fr/produits/6901018083198/Refrigerateur-Multi-portes-Haier-Hcr3818enmm-467l-Silver.html', RULE],
  ['https://www.but.fr/produits/3663738229159/Chambre-Complete-140x200-cm-Avec-Armoire-188cm-Eleos.html', RULE],
  ['https://www.but.fr/produits/2099901526182/fiche.html', RULE],
  ['https://www.but.fr/produits/87839/Fauteuil-de-bureau-TURBO-Noir-rouge.html', RULE],
  ['https://www.but.fr/produits/3760366603266/Poele-a-Bois-Alessia-14kw-Buches-55cm-Noir.html', RULE],
  ['http://www.but.fr/produits/85220/Ventilateur-de-table-DYSON-AM06-Soft-touch.html', RULE],
]);

otherUrls('but', [
  'https://www.but.fr/',
  'https://www.but.fr/produits/',
  'https://www.but.fr/magasins/index.php',
  'https://www.but.fr/recherche?q=canape',
  'https://www.but.fr/Meubles/Canape/index-c1234.html',
]);
