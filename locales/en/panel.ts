import type fr from '../fr/panel';

export default {
} as const satisfies Record<keyof typeof fr, string>;
