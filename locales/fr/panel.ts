/** Strings of the panel. Keys start with 'panel.'. */
export default {
} as const;
