import type fr from '../fr/popup';

export default {
} as const satisfies Record<keyof typeof fr, string>;
