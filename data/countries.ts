/**
 * Countries, as facts: the ISO 3166-1 alpha-2 codes, and the names a marketplace's business-seller
 * block writes on an address's country line that the browser's own region names (Intl.DisplayNames,
 * in the languages of the hosts we list) do not give. Names here are written as pages write them;
 * lib/sellers/country.ts compares them without case, accents or punctuation.
 */

/** Every officially assigned ISO 3166-1 alpha-2 code (249). */
export const ISO_3166_ALPHA2: readonly string[] = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
  'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT ' +
  'MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG ' +
  'UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

/** Languages whose region names are recognised on a country line (the hosts' languages, and Chinese for sellers in China). */
export const COUNTRY_NAME_LANGUAGES: readonly string[] = ['fr', 'en', 'de', 'it', 'es', 'nl', 'pl', 'pt', 'zh-Hans', 'zh-Hant'];

/**
 * Country-line wordings beyond the browser's region names: eBay's « France métropolitaine »,
 * « 香港 » for Hong Kong (ebay.fr, 2019), short and historical forms.
 */
export const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  'France métropolitaine': 'FR',
  'Metropolitan France': 'FR',
  'Frankreich (Festland)': 'FR',
  'Francia metropolitana': 'FR',
  'Bundesrepublik Deutschland': 'DE',
  'Germania (Repubblica federale)': 'DE',
  'Great Britain': 'GB',
  'UK': 'GB',
  'U.K.': 'GB',
  'England': 'GB',
  'Scotland': 'GB',
  'Wales': 'GB',
  'Northern Ireland': 'GB',
  'Großbritannien': 'GB',
  'Grande-Bretagne': 'GB',
  'Gran Bretagna': 'GB',
  'Gran Bretaña': 'GB',
  'Vereinigtes Königreich Großbritannien und Nordirland': 'GB',
  'USA': 'US',
  'U.S.A.': 'US',
  'United States of America': 'US',
  'Vereinigte Staaten von Amerika': 'US',
  'Hong Kong': 'HK',
  'Hongkong': 'HK',
  'Hong Kong SAR': 'HK',
  'Hong Kong, China': 'HK',
  '香港': 'HK',
  '中國香港': 'HK',
  '中国香港': 'HK',
  'Macau': 'MO',
  'Macao': 'MO',
  '澳門': 'MO',
  '澳门': 'MO',
  'China': 'CN',
  'Mainland China': 'CN',
  "People's Republic of China": 'CN',
  'PR China': 'CN',
  'VR China': 'CN',
  'Volksrepublik China': 'CN',
  'Chine continentale': 'CN',
  'Cina continentale': 'CN',
  '中国': 'CN',
  '中國': 'CN',
  '中华人民共和国': 'CN',
  '中華人民共和國': 'CN',
  '中国大陆': 'CN',
  '台灣': 'TW',
  '台湾': 'TW',
  'Taiwan, Province of China': 'TW',
  'Korea, South': 'KR',
  'South Korea': 'KR',
  'Republic of Korea': 'KR',
  '대한민국': 'KR',
  '日本': 'JP',
  'Czech Republic': 'CZ',
  'Tschechische Republik': 'CZ',
  'République tchèque': 'CZ',
  'Repubblica Ceca': 'CZ',
  'Holland': 'NL',
  'The Netherlands': 'NL',
  'Österreich': 'AT',
  'Schweiz': 'CH',
  'Suisse': 'CH',
  'Svizzera': 'CH',
  'España': 'ES',
  'Polska': 'PL',
  'Belgique': 'BE',
  'België': 'BE',
  'Belgien': 'BE',
  'Nederland': 'NL',
  'Luxemburg': 'LU',
  'Türkiye': 'TR',
  'Turkey': 'TR',
  'Russia': 'RU',
  'Russian Federation': 'RU',
  'Ireland': 'IE',
  'Republic of Ireland': 'IE',
  'Éire': 'IE',
};
