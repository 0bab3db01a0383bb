/**
 * Who sells the item on Rakuten, from the page's « Vendu par … » wording alone (« Vendu par X »; Rakuten France is a marketplace of pro and private sellers).
 * No saved Rakuten page yet: no class name is relied on. See statements.ts for the rule.
 */
import { statementSellerOf } from './statements';

/** 'Rakuten' itself when the page says « Vendu par Rakuten », else the named seller as a third party. */
export const rakutenSellerOf = statementSellerOf(/^rakuten(?:\.fr|\s+france)?$/i);
