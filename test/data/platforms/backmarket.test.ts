import { productUrls, otherUrls } from '../../helpers/url-table';

const RULE = '/<locale>/p/<slug>/<uuid>';
productUrls('backmarket', [
  ['https://www.backmarket.fr/fr-fr/p/lenovo-e595-15-ryzen-5-3500u-ghz-ssd-256-go-16-go/7c3dcefc-9ebf-48df-8d27-50ff8082cddb', RULE],
  ['https://www.backmarket.fr/fr-fr/p/lenovo-e595-15-ryzen-5-3500u-ghz-ssd-256-go-16-go/7c3dcefc-9ebf-48df-8d27-50ff8082cddb#l=10', RULE],
  ['https://www.backmarket.fr/fr-fr/p/iphone-13-128-go-minuit-debloque/1c4e1e4b-2e5d-4b0a-9c3e-2d6c5a9e1f20', RULE],
  ['https://www.backmarket.fr/fr-fr/p/iphone-13-128-go-minuit-debloque/1c4e1e4b-2e5d-4b0a-9c3e-2d6c5a9e1f20?l=12', RULE],
  ['https://www.backmarket.fr/fr-fr/p/iphone-13-128-go-minuit-debloque/1C4E1E4B-2E5D-4B0A-9C3E-2D6C5A9E1F20', RULE],
  ['https://www.backmarket.fr/fr-fr/p/ipad-air-2020/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d/', RULE],
  ['http://www.backmarket.fr/fr-fr/p/ipad-air-2020/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d', RULE],
  ['https://www.backmarket.fr/en-fr/p/ipad-air-2020/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d', RULE],
]);

otherUrls('backmarket', [
  'https://www.backmarket.fr/',
  'https://www.backmarket.fr/fr-fr',
  'https://www.backmarket.fr/fr-fr/search?q=iphone&grade=9',
  'https://www.backmarket.fr/fr-fr/l/iphone-reconditionne/aabc736a-cb66-4ac0-a3b7-0f449781ed39',
  'https://www.backmarket.fr/fr-fr/l/bons-plans-galaxy-reconditionne/886af690-095c-4344-8230-2def8fb473a4',
  'https://www.backmarket.fr/fr-fr/p/iphone-15', // no product uuid
]);
