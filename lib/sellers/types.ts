/** Who sells the item on a product page, as the page states it. */
export interface Seller {
  kind: 'platform' | 'third-party' | 'private' | 'unknown';
  name?: string;
}

/** One platform's seller reading: how to read the page, and which blocks to watch for changes. */
export interface SellerReader {
  /** Reads the seller of the item from a product page, by text content only. */
  read(doc: Document): Seller;
  /** Where the offer block lives, most specific first: the first one present is observed. */
  watch: readonly string[];
}
