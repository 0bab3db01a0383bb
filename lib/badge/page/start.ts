import { classifyUrlAmong } from '../../detect/detect';
import type { Settings } from '../../settings';
import { displayStatus } from '../../status';
import type { BadgeGroup } from '../groups/types';
import type { PageContext } from './context';
import { nativeExt, storageApi, type NativeExt } from '../../browser/native-api';
import { createStateHolder } from './state';
import { publishPillForCard, type BadgeState } from './pill-for-card';
import { guardBadgeInput } from './input-guard';
import { watchNavigation } from '../../browser/navigation';
import { createPageView, startNextPageView, watchIfAmbiguous } from './page-view';
import { readPageSettings } from './page-settings';
import { reportPageState } from './report';
import type { FirstStage } from './stage';
import { listenForToggleCommand } from './toggle-command';
import { showOrHideBadge } from './visibility';

/**
 * The first stage, injected at document_start: the URL is tested at once and, where it may be a
 * product page, the input guard goes on (before any page script) and the one storage read starts,
 * so its answer is in when the document is parsed. The rest waits for the parsed document (the DOM
 * hints, the title's error-page check, the inline anchor): the pill in plain DOM, the card (and
 * with it the seller's reading) loaded by the background when the shopper opens the badge. On a
 * page of a listed host that is not a product page, nothing runs beyond the URL test and the
 * navigation watch.
 */
export function startFirstStage(ctx: PageContext, group: BadgeGroup): void {
  // Only the storage part of the API here: the rest waits for the parsed document.
  const storage = storageApi();
  if (!storage) return;
  const early = classifyUrlAmong(group.platforms, location.href);
  if (!early.platform) return;
  let stage: FirstStage | undefined;
  guardBadgeInput(ctx, () => stage);
  const prefetched = early.verdict === 'not-product' ? undefined : readPageSettings(storage);
  whenParsed(ctx, () => {
    const api = nativeExt();
    if (api && ctx.isValid) stage = startOnParsedPage(ctx, group, api, prefetched);
  });
}

/**
 * Runs `run` once the document is parsed (now, if it is). readystatechange rather than
 * DOMContentLoaded: a page script can dispatch a fake DOMContentLoaded, not change readyState.
 */
function whenParsed(ctx: PageContext, run: () => void): void {
  if (document.readyState !== 'loading') return run();
  let isDone = false;
  ctx.addEventListener(document, 'readystatechange', () => {
    if (isDone || document.readyState === 'loading') return;
    isDone = true;
    run();
  });
}

function startOnParsedPage(ctx: PageContext, group: BadgeGroup, api: NativeExt, prefetched: Promise<Settings> | undefined): FirstStage | undefined {
  const view = createPageView({ ctx, group }, location.href);
  const platform = group.platforms.find((p) => p.id === view.detection.platform);
  if (!platform) {
    view.end();
    return undefined;
  }
  performance.mark('charte-pme:start');
  const stage: FirstStage = {
    ctx,
    group,
    api,
    platform,
    status: displayStatus(platform),
    // Settings stay undefined until the one storage read answers: nothing shows before that.
    state: createStateHolder<BadgeState>({ settings: undefined as unknown as Settings, isOpen: false }),
    view,
    override: null,
    lastReport: '',
    isMeasured: false,
    isCardRequested: false,
    isReadingSettings: false,
    prefetched,
  };
  // Orphaned (extension reloaded or removed): take everything down, quietly.
  ctx.onInvalidated(() => {
    stage.surface?.host.remove();
    publishPillForCard(undefined);
  });
  listenForToggleCommand(stage);
  watchNavigation(ctx, (url, force) => startNextPageView(stage, url, force));
  reportPageState(stage);
  showOrHideBadge(stage);
  watchIfAmbiguous(stage);
  return stage;
}
