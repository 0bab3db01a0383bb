/** Strings of the badge. Keys start with 'badge.'. */
export default {
} as const;
