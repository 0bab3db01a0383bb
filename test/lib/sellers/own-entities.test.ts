import { describe, expect, it } from 'vitest';
import { CDISCOUNT_OWN, DARTY_OWN, FNAC_OWN } from '@/lib/sellers/own-entities';

// The names each platform's pages may give its own offers, and names that only look like them.
describe.each([
  ['Cdiscount', CDISCOUNT_OWN, ['Cdiscount', 'CDISCOUNT', 'C-Discount', 'Cdiscount.com', 'Cdiscount SA', 'Cdiscount S.A.'], ['Cdiscount Shop', 'Cdiscount Shop Pro', 'Fnac', 'Darty']],
  ['Fnac', FNAC_OWN, ['Fnac', 'FNAC.COM', 'Fnac Direct', 'FNAC DIRECT', 'Fnac Darty', 'Fnac Darty Participations et Services', 'Fnac SA'], ['Fnac Fan Store', 'Darty', 'Fnac Darty Shop']],
  ['Darty', DARTY_OWN, ['Darty', 'darty.com', 'Établissements Darty & Fils', 'Etablissements Darty et Fils', 'Ets Darty', 'Fnac Darty Participations et Services'], ['Fnac', 'FNAC.COM', 'Darty Outlet Pro', 'Vendeur Darty']],
])('%s’s own names', (_platform, own, names, others) => {
  it.each(names)('%s is the platform', (name) => {
    expect(own.test(name)).toBe(true);
  });
  it.each(others)('%s is not', (name) => {
    expect(own.test(name)).toBe(false);
  });
});
