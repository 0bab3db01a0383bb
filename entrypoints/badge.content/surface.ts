import { createShadowRootUi, type ContentScriptContext } from '#imports';
import type { Surface } from '@/lib/badge/mount-controller';
import type { Position } from '@/lib/settings';
import type { DisplayStatus } from '@/lib/status';
import css from './style.css?inline';

/** The host element's tag: browser tests and the at-most-one rule rely on it. */
export const HOST_TAG = 'charte-pme-badge';
const FALLBACK_CORNER: Position = 'bottom-right';

export interface Placement {
  position: Position;
  /** The platform file's anchor (after the product title), used when position is "inline". */
  anchor?: string;
}

export interface SurfaceOptions {
  platform: string;
  status: DisplayStatus;
  placement(): Placement;
  onMount(container: HTMLElement): void;
  onRemove(container: HTMLElement): void;
  /** The page took our host out of the document. */
  onRemovedByPage(): void;
}

export interface BadgeSurface extends Surface {
  readonly host: HTMLElement;
  /** Where the view renders, inside the shadow root. */
  readonly container: HTMLElement;
}

/** The shadow-root UI: where it goes, its host contract, and a watch for its removal. */
export async function createBadgeSurface(ctx: ContentScriptContext, options: SurfaceOptions): Promise<BadgeSurface> {
  let inlineAnchor: Element | null = null;
  let observer: MutationObserver | undefined;

  const ui = await createShadowRootUi(ctx, {
    name: HOST_TAG,
    css,
    position: 'inline',
    // Keys typed in the badge must not reach the page's own shortcuts.
    isolateEvents: true,
    anchor: () => {
      const p = options.placement();
      inlineAnchor = p.position === 'inline' && p.anchor ? query(p.anchor) : null;
      // <html> rather than <body>: pages that re-render their body keep our host.
      return inlineAnchor ?? document.documentElement;
    },
    append: (anchor, host) => (inlineAnchor ? anchor.after(host) : anchor.append(host)),
    onMount(container, _shadow, host) {
      const p = options.placement();
      // The contract (set before rendering): data-platform and data-status, one of DisplayStatus.
      host.dataset.platform = options.platform;
      host.dataset.status = options.status;
      host.dataset.position = inlineAnchor ? 'inline' : p.position === 'inline' ? FALLBACK_CORNER : p.position;
      options.onMount(container);
      watchRemoval(host);
      return container;
    },
    onRemove(container) {
      observer?.disconnect();
      if (container) options.onRemove(container);
    },
  });

  function watchRemoval(host: HTMLElement) {
    observer?.disconnect();
    observer = new MutationObserver(() => {
      if (!host.isConnected && ctx.isValid) options.onRemovedByPage();
    });
    // Direct children of <html> only: cheap, and it also sees a replaced <body>.
    observer.observe(document.documentElement, { childList: true });
    // Inline, the host sits deep in the page: a re-rendered title block takes it away.
    if (inlineAnchor && document.body) observer.observe(document.body, { childList: true, subtree: true });
  }

  return {
    host: ui.shadowHost,
    container: ui.uiContainer,
    mount() {
      if (ui.mounted !== undefined) ui.remove();
      // At most one badge: a host left by an older copy of this script (update, re-injection) goes.
      for (const stray of document.querySelectorAll(HOST_TAG)) if (stray !== ui.shadowHost) stray.remove();
      ui.mount();
    },
    remove: () => ui.remove(),
    isConnected: () => ui.shadowHost.isConnected,
  };
}

function query(selector: string): Element | null {
  try {
    return document.querySelector(selector);
  } catch {
    return null;
  }
}
