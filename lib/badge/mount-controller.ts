import { isBadgeVisible, type Settings } from '../settings';

/** A keyboard-command choice for this page only: it wins over the settings until they change. */
export type Override = 'shown' | 'hidden' | null;

export interface VisibilityInput {
  isProductPage: boolean;
  settings: Settings;
  hostname: string;
  now: number;
  override: Override;
}

/** Whether the badge belongs on the page now. Only product pages ever get one. */
export function shouldShow(input: VisibilityInput): boolean {
  if (!input.isProductPage) return false;
  if (input.override) return input.override === 'shown';
  return isBadgeVisible(input.settings, input.hostname, input.now);
}

/** How many times a page may remove the badge before we leave it alone (per page view). */
export const MAX_REMOUNTS = 3;

/** What the controller drives: the shadow-root UI, or a fake in tests. */
export interface Surface {
  mount(): void;
  remove(): void;
  /** Whether our host element is in the document (the page may have removed it). */
  isConnected(): boolean;
}

export interface MountController {
  /** Mounts or removes the badge so that it matches `wanted`. */
  sync(wanted: boolean): void;
  /** The page removed the host: put it back, MAX_REMOUNTS times at most, then give up quietly. */
  onRemovedByPage(): void;
  /** A new page view (in-page navigation): the page gets a fresh allowance. */
  startPageView(): void;
  readonly hasGivenUp: boolean;
}

export function createMountController(surface: Surface, maxRemounts = MAX_REMOUNTS): MountController {
  let isWanted = false;
  let isMountedByUs = false;
  let remounts = 0;
  let hasGivenUp = false;

  const remount = () => {
    if (remounts >= maxRemounts) {
      hasGivenUp = true;
      surface.remove();
      isMountedByUs = false;
      return;
    }
    remounts++;
    surface.mount();
  };

  return {
    sync(wanted) {
      isWanted = wanted;
      if (!wanted) {
        if (isMountedByUs) surface.remove();
        isMountedByUs = false;
        return;
      }
      if (hasGivenUp) return;
      if (!isMountedByUs) {
        surface.mount();
        isMountedByUs = true;
      } else if (!surface.isConnected()) {
        remount();
      }
    },
    onRemovedByPage() {
      if (!isWanted || !isMountedByUs || hasGivenUp || surface.isConnected()) return;
      remount();
    },
    startPageView() {
      remounts = 0;
      hasGivenUp = false;
    },
    get hasGivenUp() {
      return hasGivenUp;
    },
  };
}
