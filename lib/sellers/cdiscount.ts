/**
 * Who sells the item on Cdiscount, from the page's « Vendu par … » wording alone (« Vendu et expédié par Cdiscount », « Vendu par X et expédié par Cdiscount »).
 * No saved Cdiscount page yet: no class name is relied on. See statements.ts for the rule.
 */
import { statementSellerOf } from './statements';

/** 'Cdiscount' itself when the page says « Vendu par Cdiscount », else the named seller as a third party. */
export const cdiscountSellerOf = statementSellerOf(/^cdiscount(?:\.com)?$/i);
