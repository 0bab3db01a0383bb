import type { Platform } from '../../../data/platforms/types';
import type { Detection } from '../../detect/detect';
import type { Settings } from '../../settings';
import type { DisplayStatus } from '../../status';
import type { BadgeGroup } from '../groups/types';
import type { MountController, Override } from '../mount-controller';
import type { PageContext } from './context';
import type { CornerKeeper } from './corner-keeper';
import type { NativeExt } from '../../browser/native-api';
import type { BadgeState, PillForCard } from './pill-for-card';
import type { StateHolder } from './state';
import type { PillSurface } from './surface';

/** One page view: from the parsed document, or an in-page navigation, to the next navigation. */
export interface PageView {
  readonly url: string;
  readonly detection: Detection;
  /**
   * Aborted when the page view ends (navigation, or the script orphaned): its watchers (late
   * signals, snooze timer, removal watch, corner checks, the card's seller watch) stop on it.
   */
  readonly signal: AbortSignal;
  /** Ends the page view (aborts its signal). */
  end(): void;
}

/**
 * The first stage's state for one document, in one object rather than a closure of variables:
 * each small unit (report, labels, card request, keyboard, snooze, mount) reads what it needs
 * here and writes only what it owns.
 */
export interface FirstStage {
  readonly ctx: PageContext;
  readonly group: BadgeGroup;
  readonly api: NativeExt;
  readonly platform: Platform;
  readonly status: DisplayStatus;
  /** Shared with the card (settings stay undefined until the one storage read answers). */
  readonly state: StateHolder<BadgeState>;
  view: PageView;
  surface?: PillSurface;
  /** Published with the surface: what the card reads (./pill-for-card.ts). */
  forCard?: PillForCard;
  controller?: MountController;
  corners?: CornerKeeper;
  /** The corner code's load (./corner-request.ts): asked for once per document. */
  cornerLoad?: 'loading' | 'over';
  /** Stops the current watch for the page removing the host (./mount.ts). */
  stopRemovalWatch?: () => void;
  /** Cancels the timer that shows the badge again when the snooze ends (./visibility.ts). */
  cancelSnooze?: () => void;
  override: Override;
  /** The last page state sent to the background (it hears only of changes). */
  lastReport: string;
  isMeasured: boolean;
  isCardRequested: boolean;
  isReadingSettings: boolean;
  prefetched: Promise<Settings> | undefined;
}

/** The settings, once read (undefined before: nothing shows until then). */
export function settingsOf(stage: FirstStage): Settings | undefined {
  return stage.state.getState().settings as Settings | undefined;
}

/** A timer of the page view: cancelled when the view ends, or by the function it returns. */
export function setViewTimer(stage: FirstStage, run: () => void, ms: number): () => void {
  const { signal } = stage.view;
  if (signal.aborted) return () => undefined;
  const cancel = () => clearTimeout(id);
  const id = stage.ctx.setTimeout(() => {
    signal.removeEventListener('abort', cancel);
    run();
  }, ms);
  signal.addEventListener('abort', cancel, { once: true });
  return () => {
    cancel();
    signal.removeEventListener('abort', cancel);
  };
}
