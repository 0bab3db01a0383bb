/** Strings of the popup. Keys start with 'popup.'. */
export default {
} as const;
