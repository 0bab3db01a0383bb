/**
 * Who sells the item on Fnac, from the page's « Vendu par … » wording alone (« Vendu et expédié par Fnac », « Vendu par X »).
 * No saved Fnac page yet: no class name is relied on. See statements.ts for the rule.
 */
import { statementSellerOf } from './statements';

/** 'Fnac' itself when the page says « Vendu par Fnac », else the named seller as a third party. */
export const fnacSellerOf = statementSellerOf(/^fnac(?:\.com)?$/i);
