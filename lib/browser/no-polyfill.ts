// What a first stage gets if anything in it imports webextension-polyfill: the browser's own API
// (Firefox's `browser`, Chrome's promise-returning `chrome`). See wxt.config.ts.
const g = globalThis as { browser?: unknown; chrome?: unknown };
export default g.browser ?? g.chrome;
