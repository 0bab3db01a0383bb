/**
 * The French marketplaces' own selling entities, as their pages may name the seller of their own
 * offers: the brand (« Cdiscount », « FNAC.COM », « Darty »), and the companies behind it, named
 * in the sites' legal notices: Cdiscount SA; Fnac Darty Participations et Services (the company
 * that runs fnac.com and darty.com) and Fnac Direct (fnac.com's former operator); Établissements
 * Darty & Fils. Anchored at both ends: « Cdiscount Shop » or « Fnac Fan Store » is a third party.
 */

// A company form after the name: « SA », « SAS », « S.A.S. », « SNC ».
const FORM = String.raw`(?:\s+(?:sa|sas|snc|s\.a\.(?:s\.)?))?`;
const FNAC_DARTY = String.raw`fnac\s+darty(?:\s+participations\s+et\s+services)?`;

export const CDISCOUNT_OWN = new RegExp(String.raw`^c[\s-]?discount(?:\.com)?${FORM}$`, 'i');
export const FNAC_OWN = new RegExp(String.raw`^(?:fnac(?:\.com)?|fnac\s+direct|${FNAC_DARTY})${FORM}$`, 'i');
export const DARTY_OWN = new RegExp(String.raw`^(?:darty(?:\.com)?|(?:[ée]tablissements|ets\.?)\s+darty(?:\s+(?:et|&)\s+fils)?|${FNAC_DARTY})${FORM}$`, 'i');
