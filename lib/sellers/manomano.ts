/**
 * Who sells the item on ManoMano, from the page's « Vendu par … » wording alone (« Vendu par X »; ManoMano lists merchants's offers).
 * No saved ManoMano page yet: no class name is relied on. See statements.ts for the rule.
 */
import { statementSellerOf } from './statements';

/** 'ManoMano' itself when the page says « Vendu par ManoMano », else the named seller as a third party. */
export const manomanoSellerOf = statementSellerOf(/^manomano(?:\.fr)?$/i);
