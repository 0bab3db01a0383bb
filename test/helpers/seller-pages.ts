import { fixtureDocument } from './fixtures';

/** A hand-written product page: `body`, and in `head` the structured data a test gives it. */
export const page = (body: string, head = '') => fixtureDocument(`<html><head>${head}</head><body>${body}</body></html>`);

/** A JSON-LD script holding `json`. */
export const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;

/** A JSON-LD Product whose `offers` value is `offers` (JSON text). */
export const product = (offers: string) => ld(`{"@context":"https://schema.org","@type":"Product","name":"P","offers":${offers}}`);
