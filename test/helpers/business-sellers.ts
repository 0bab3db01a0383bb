import type { Seller } from '@/lib/sellers';

/**
 * The saved eBay business sellers' pages (test/fixtures/ebay/ebay-business-seller-*.html.gz) and
 * what their seller card and trader block state, with the page text each field relies on. Shared
 * by the reader's table test, the card's test and the browser test.
 */
export const EBAY_BUSINESS_SELLERS: Readonly<Record<string, Seller>> = {
  // ebay.de: « Rechtliche Informationen des Verkäufers | IMS clothing company GmbH | Marco Springer |
  // Sperbersloher Str. 1 | 90596 Schwanstetten | Deutschland … Handelsregisternummer: HRB 30243 |
  // Umsatzsteuer-Identifikationsnummer: DE 258225785 ».
  'ebay/ebay-business-seller-1.html.gz': {
    kind: 'third-party',
    name: 'urbandreamz_ltd',
    trader: 'professional',
    identity: {
      name: 'IMS clothing company GmbH',
      address: ['Marco Springer', 'Sperbersloher Str. 1', '90596 Schwanstetten', 'Deutschland'],
      country: 'DE',
      register: { label: 'Handelsregisternummer', value: 'HRB 30243' },
      vat: { label: 'Umsatzsteuer-Identifikationsnummer', value: 'DE 258225785' },
    },
  },
  // ebay.de: « Outfitter Teamsport GmbH … 63762 Großostheim | Deutschland »; the free-text notice
  // says « Registernummer: HRB 10719 », eBay's own row « Handelsregisternummer: Amtsgericht
  // Offenbach/M. HRB10719 » (the row wins: it is eBay's field).
  'ebay/ebay-business-seller-2.html.gz': {
    kind: 'third-party',
    name: 'outfitter-shop',
    trader: 'professional',
    identity: {
      name: 'Outfitter Teamsport GmbH',
      address: ['Maximilian Albert', 'Bauhofstraße 30', '63762 Großostheim', 'Deutschland'],
      country: 'DE',
      register: { label: 'Handelsregisternummer', value: 'Amtsgericht Offenbach/M. HRB10719' },
      vat: { label: 'Umsatzsteuer-Identifikationsnummer', value: 'DE 812452434' },
    },
  },
  // ebay.fr, a Hong Kong seller: « Informations sur le vendeur professionnel | SUNTECH
  // ENTERPRISES(HK)LIMITED | … KOWLOON HK | default default | 香港 | Numéro de TVA : AU null »:
  // the template's « default default » and « AU null » state nothing.
  'ebay/ebay-business-seller-3.html.gz': {
    kind: 'third-party',
    name: 'nsw-act',
    trader: 'professional',
    identity: {
      name: 'SUNTECH ENTERPRISES(HK)LIMITED',
      address: ['Howard Cheng', 'FLAT/RM B1 7/F YEUNG YIU CHUNG(NO.8)', 'IND BLAG NO.20 WANG HOI ROAD KOWLOON HK', '香港'],
      country: 'HK',
    },
  },
  // ebay.fr: « PHILIPS France Commercial … 92150 Suresnes, Ile-de-France | France métropolitaine |
  // Numéro d'immatriculation de la société : 811847243 | Numéro de TVA : FR 72811847243 ».
  'ebay/ebay-business-seller-4.html.gz': {
    kind: 'third-party',
    name: 'boutique-philips',
    trader: 'professional',
    identity: {
      name: 'PHILIPS France Commercial',
      address: ['PHILIPS France Commercial, 33 rue de Verdun', '92150 Suresnes, Ile-de-France', 'France métropolitaine'],
      country: 'FR',
      register: { label: "Numéro d'immatriculation de la société", value: '811847243' },
      vat: { label: 'Numéro de TVA', value: 'FR 72811847243' },
    },
  },
  // ebay.it: « Informazioni sul venditore professionale | PERFECT PRICE SRL | … 59100 Prato, PO |
  // Italia | Numero Partita IVA: IT 03523820235 » (no register number stated).
  'ebay/ebay-business-seller-5.html.gz': {
    kind: 'third-party',
    name: 'rl-perfect-price',
    trader: 'professional',
    identity: {
      name: 'PERFECT PRICE SRL',
      address: ['Luca Pasquotto', 'Via Ferrucci, 57', '59100 Prato, PO', 'Italia'],
      country: 'IT',
      vat: { label: 'Numero Partita IVA', value: 'IT 03523820235' },
    },
  },
  // ebay.co.uk: "Business seller information | Velocity Outlet Ltd | … CB248EL | United Kingdom |
  // Company registration number: 08337590 | VAT number: GB 172378492".
  'ebay/ebay-business-seller-6.html.gz': {
    kind: 'third-party',
    name: 'velocityelectronics',
    trader: 'professional',
    identity: {
      name: 'Velocity Outlet Ltd',
      address: ['Velocity Outlet', '49 Viking Way', 'Bar Hill', 'Cambridge', 'Cambridgeshire', 'CB248EL', 'United Kingdom'],
      country: 'GB',
      register: { label: 'Company registration number', value: '08337590' },
      vat: { label: 'VAT number', value: 'GB 172378492' },
    },
  },
  // ebay.co.uk: "DOMU Brands Ltd … M37BF | United Kingdom | The company number is #7047520 |
  // Company registration number: 7047520 | VAT number: GB 993263095".
  'ebay/ebay-business-seller-7.html.gz': {
    kind: 'third-party',
    name: 'domu-uk',
    trader: 'professional',
    identity: {
      name: 'DOMU Brands Ltd',
      address: ['DOMU Brands Ltd', '5th Floor The Tower, Deva City Office Park', 'Trinity Way', 'Manchester', 'Greater Manchester', 'M37BF', 'United Kingdom'],
      country: 'GB',
      register: { label: 'Company registration number', value: '7047520' },
      vat: { label: 'VAT number', value: 'GB 993263095' },
    },
  },
};
