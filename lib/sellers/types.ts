/** Whether the page states the seller is a business or a private person (EU "trader" / "non-trader"). */
export type Trader = 'professional' | 'private';

/** Who sells the item on a product page, as the page states it. */
export interface Seller {
  kind: 'platform' | 'third-party' | 'private' | 'unknown';
  name?: string;
  /**
   * Set only where the page states it (« Vendeur pro », « particulier », `SELLER_PRO`…), never
   * inferred from the name. A 'private' kind always carries trader 'private'.
   */
  trader?: Trader;
  /**
   * A business seller's legal identity, where the page shows its trader block (eBay's « Informations
   * sur le vendeur professionnel »…): only on a third party, each field only if stated.
   */
  identity?: TraderIdentity;
}

/** A registration or VAT number with the page's own label (« Handelsregisternummer », « Numéro de TVA »). */
export interface TraderNumber {
  label: string;
  value: string;
}

/** What a page's trader block states: each field only if stated, plain text, bounded. */
export interface TraderIdentity {
  /** Legal name (« IMS clothing company GmbH »). */
  name?: string;
  /** Postal address lines in the page's order, the country line last when stated. */
  address?: string[];
  /** ISO 3166-1 alpha-2, from the address's country line; absent when the page does not say it. */
  country?: string;
  /** Trade-register number (SIREN/SIRET/RCS, HRB, company number…). */
  register?: TraderNumber;
  /** VAT number. */
  vat?: TraderNumber;
}

/** One platform's seller reading: how to read the page, and which blocks to watch for changes. */
export interface SellerReader {
  /** Reads the seller of the item from a product page; every DOM walk inside stays within the read's budget. */
  read(doc: Document): Seller;
  /** Where the offer block lives, most specific first: the first one present is observed. */
  watch: readonly string[];
}
