// What a first stage gets if anything in it imports webextension-polyfill: the browser's own API
// (Firefox's `browser`, Chrome's promise-returning `chrome`). The swap is modules/first-stage/index.ts.
const g = globalThis as { browser?: unknown; chrome?: unknown };
export default g.browser ?? g.chrome;
