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
}

/** One platform's seller reading: how to read the page, and which blocks to watch for changes. */
export interface SellerReader {
  /** Reads the seller of the item from a product page; every DOM walk inside stays within the read's budget. */
  read(doc: Document): Seller;
  /** Where the offer block lives, most specific first: the first one present is observed. */
  watch: readonly string[];
}
