import { productUrls, otherUrls } from '../../helpers/url-table';

// Shapes from the brief, the saved product pages and the links inside the saved listings.
productUrls('amazon', [
  ['https://www.amazon.fr/dp/B08L5VNF78', '/dp/<ASIN>'],
  ['https://www.amazon.fr/Connector-Irrigation-Plumbing-Fittings-Splitter/dp/B08LNDXM65', '/dp/<ASIN>'],
  ['https://www.amazon.fr/Some-Slug/dp/B08L5VNF78?th=1', '/dp/<ASIN>'],
  ['https://www.amazon.fr/dp/B08L5VNF78/ref=sr_1_3?keywords=tuyau', '/dp/<ASIN>'],
  ['https://www.amazon.co.uk/Vegetable-Perfection-delicious-recipes-shoots/dp/1849757097', '/dp/<ASIN>'], // ISBN-10
  ['https://www.amazon.de/-/en/Animonda-Carny-Adult-Cat-Food/dp/B01J57509O', '/dp/<ASIN>'], // language switch
  ['https://www.amazon.com/-/es/ZimaBoard-832-Computadora-almacenamiento-multimedia/dp/B0BCKXZ37M', '/dp/<ASIN>'],
  ['https://www.amazon.com/dp/product/B084KP3NG6', '/dp/<ASIN>'],
  ['http://www.amazon.com/Whole-Truth-Shaw-Book-ebook/dp/B0011UCPM4', '/dp/<ASIN>'],
  ['https://smile.amazon.co.uk/Tefal-Piece-Essential-Black-Aluminium/dp/B004SNMXRS', '/dp/<ASIN>'],
  ['https://www.amazon.com.be/dp/B08L5VNF78', '/dp/<ASIN>'],
  ['https://www.amazon.fr/gp/product/B08L5VNF78', '/gp/product/<ASIN>'],
  ['https://www.amazon.com/gp/product/B00D3F7CFK/ref=s9_simh_gw_p147_d21_i2?pf_rd_m=ATVPDKIKX0DER', '/gp/product/<ASIN>'],
  ['https://www.amazon.de/gp/aw/d/B0B7NKJYRT/', '/gp/aw/d/<ASIN>'],
]);

otherUrls('amazon', [
  'https://www.amazon.fr/',
  'https://www.amazon.fr/s?k=bouilloire',
  'https://www.amazon.com/Best-Sellers-Tools-Home-Improvement/zgbs/hi',
  'https://www.amazon.com/s?i=specialty-aps&bbn=16225007011&rh=n%3A16225007011%2Cn%3A11036071&language=es',
  'https://www.amazon.com/gp/bestsellers/',
  'https://www.amazon.com/gp/product-reviews/B002R1SRVE/ref=s9_nwrsa_gw_rs7',
  'https://www.amazon.fr/product-reviews/B08L5VNF78',
  'https://www.amazon.fr/gp/offer-listing/B08L5VNF78',
  'https://www.amazon.com/gp/cart/view.html',
  // A sponsored result: a redirect whose path only ends in a product path.
  'https://www.amazon.de/x/c/RK6K-6y_rxK3ZQnehoygKsIAAAGFGWzrxQMAAAH2AQBOL0EgICAgICAgICAgICBOL0EgICAgICAgICAgICBdBvMX/https://www.amazon.de/gp/aw/d/B0B7NKJYRT/',
  'https://www.amazon.fr/dp/',
  'https://www.amazon.fr/dp/B08L5VNF7', // nine characters: not an ASIN
  'https://aws.amazon.com/fr/',
]);
