import type { BadgeStage, PlatformRecord } from '../../../data/platforms/types';

/** Every first stage, in the order the tests and the bench list them. */
export const BADGE_STAGES: readonly BadgeStage[] = ['amazon', 'ebay', 'leboncoin', 'retail', 'other'];

/** The first stage that carries a platform's badge: its file says so, else 'other'. */
export function stageOf(platform: Pick<PlatformRecord, 'badge'>): BadgeStage {
  return platform.badge?.stage ?? 'other';
}

/**
 * Whether a stage must read every DOM hint (schema.org, og:type, markers) and watch for late
 * signals: only where one of its platforms has an ambiguous URL shape (Darty, Conforama).
 */
export function readsEveryHint(platforms: readonly Pick<PlatformRecord, 'pages'>[]): boolean {
  return platforms.some((p) => (p.pages?.ambiguous?.length ?? 0) > 0);
}
