import { productUrls, otherUrls } from '../../helpers/url-table';

const RULE = '/listing/<id>';
productUrls('etsy', [
  ['https://www.etsy.com/fr/listing/4357566512/savoir-est-pouvoir-histoire-africaine', RULE],
  ['https://www.etsy.com/fr/listing/926605765/cartoon-character-mms-sweet-5d-diy?gpla=1&gao=1', RULE],
  ['https://www.etsy.com/fr/listing/1386585955/journal-de-course-mensuel-modele?ga_order=most_relevant', RULE],
  ['https://www.etsy.com/listing/1386585955/journal-de-course-mensuel-modele', RULE],
  ['https://www.etsy.com/listing/1386585955', RULE],
  ['https://www.etsy.com/de-en/listing/1386585955/running-log', RULE],
  ['http://www.etsy.com/fr/listing/926605765', RULE],
  ['https://etsy.com/uk/listing/926605765/cartoon', RULE],
]);

otherUrls('etsy', [
  'https://www.etsy.com/',
  'https://www.etsy.com/fr/',
  'https://www.etsy.com/fr/shop/LuneaCrochet',
  'https://www.etsy.com/fr/shop/bulledefil?fbclid=IwAR2#items',
  'https://www.etsy.com/fr/search?q=DMC+310&ref=search_bar',
  'https://www.etsy.com/fr/listing/', // no id
]);
