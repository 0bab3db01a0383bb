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
 * The first stage, injected at document_start. At once, before any page script: the input guard.
 * In a task of its own right after (evaluating the script then holds the parser for the guard
 * only): the URL test and, where it may be a product page, the one storage read, whose answer is
 * in long before a marketplace page is parsed. The rest waits for the parsed document (the DOM
 * hints, the title's error-page check, the inline anchor): the pill in plain DOM, the card (and
 * with it the seller's reading) loaded by the background when the shopper opens the badge. On a
 * page of a listed host that is not a product page, nothing runs beyond the URL test and the
 * navigation watch.
 */
export function startFirstStage(ctx: PageContext, group: BadgeGroup): void {
  // Only the storage part of the API before the document is parsed.
  const storage = storageApi();
  if (!storage) return;
  let stage: FirstStage | undefined;
  guardBadgeInput(ctx, () => stage);
  let isTested = false;
  let isListed = false;
  let prefetched: Promise<Settings> | undefined;
  // Whichever comes first: the task, or the parsed document (a small page parsed in one go).
  const testUrlAndRead = () => {
    if (isTested) return;
    isTested = true;
    const { platform, verdict } = classifyUrlAmong(group.platforms, location.href);
    isListed = !!platform;
    if (platform && verdict !== 'not-product') prefetched = readPageSettings(storage);
  };
  setTimeout(testUrlAndRead);
  whenParsed(ctx, () => {
    testUrlAndRead();
    const api = isListed ? nativeExt() : undefined;
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
  if (!platform) return undefined;
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
