import { detectPageWith } from '../../detect/detect';
import { closeCard } from './card-request';
import { watchRemoval } from './mount';
import { reportPageState } from './report';
import type { FirstStage, PageView } from './stage';
import { showOrHideBadge } from './visibility';

/** A page view for `url`: its signal aborts at the next one, or when the script is orphaned. */
export function createPageView(stage: Pick<FirstStage, 'ctx' | 'group'>, url: string): PageView {
  const controller = new AbortController();
  const { signal } = controller;
  const { ctx, group } = stage;
  const stop = ctx.onInvalidated(() => controller.abort());
  signal.addEventListener('abort', stop, { once: true });
  return { url, detection: detectPageWith(group.platforms, group.domSignals, url, document), signal, end: () => controller.abort() };
}

/** Ends the current page view and starts the next (an in-page navigation, or a bfcache restore). */
export function startNextPageView(stage: FirstStage, url: string, force: boolean): void {
  stage.view.end();
  stage.view = createPageView(stage, url);
  // A new page view: the card (if loaded) drops the last seller reading and its host attributes.
  stage.state.setState({ seller: undefined });
  if (stage.state.getState().isOpen) closeCard(stage);
  stage.controller?.startPageView();
  if (stage.surface?.host.isConnected) {
    watchRemoval(stage);
    stage.corners?.follow(stage.view.signal);
  }
  reportPageState(stage, force);
  showOrHideBadge(stage);
  watchIfAmbiguous(stage);
}

/** The group's watch for late product signals, where it has one (./late-watch.ts). */
export function watchIfAmbiguous(stage: FirstStage): void {
  stage.group.watchLate?.(stage, () => {
    reportPageState(stage);
    showOrHideBadge(stage);
  });
}
