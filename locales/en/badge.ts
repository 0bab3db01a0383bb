import type fr from '../fr/badge';

export default {
} as const satisfies Record<keyof typeof fr, string>;
