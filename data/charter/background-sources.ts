import type { SourceId } from './sources';

/**
 * Sources in the registry that no user-visible claim cites, each with the reason. The data tests
 * accept an unused source only if it is listed here, and reject a listed one that is cited.
 */
export const BACKGROUND_SOURCES: Readonly<Partial<Record<SourceId, string>>> = {
  // Brief F8: its only new fact is Mahjoubi's personal « je n'achète plus sur Amazon », kept out of
  // the product so the tone stays neutral; the refusal it recalls is cited from contemporary sources.
  huffpost: 'Personal statement by a former minister (August 2019), deliberately kept out of the product.',
};
