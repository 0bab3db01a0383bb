/**
 * Who sells the item on Darty, from the page's « Vendu par … » wording alone (« Vendu et expédié par Darty », « Vendu par X » on its marketplace offers).
 * No saved Darty page yet: no class name is relied on. See statements.ts for the rule.
 */
import { statementSellerOf } from './statements';

/** 'Darty' itself when the page says « Vendu par Darty », else the named seller as a third party. */
export const dartySellerOf = statementSellerOf(/^darty(?:\.com)?$/i);
