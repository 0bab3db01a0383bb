/**
 * Who sells the item on ManoMano, from the page's « Vendu par … » wording alone (« Vendu par X »; ManoMano lists merchants's offers).
 * No saved ManoMano page yet: no class name is relied on. See statements.ts for the rule.
 */
import { statementSellerOf } from './statements';

/** Containers to observe: the offer block is re-rendered when the shopper picks another offer. */
export const MANOMANO_WATCH_SELECTORS: readonly string[] = ['main', '#main', 'body'];

/** 'ManoMano' itself when the page says « Vendu par ManoMano », else the named seller as a third party. */
export const manomanoSellerOf = statementSellerOf(/^manomano(?:\.fr)?$/i);
