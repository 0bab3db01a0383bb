import type { PageState } from '../../messages';
import { nativeExt, type NativeExt } from './ext';
import type { FirstStage } from './stage';

/** Every call into the extension: nothing once orphaned, no error ever reaches the page. */
export function callExtension(stage: FirstStage, run: (api: NativeExt) => Promise<unknown> | void): Promise<unknown> {
  const live = stage.ctx.isValid ? nativeExt() : undefined;
  if (!live) return Promise.reject(new Error('orphaned'));
  try {
    return Promise.resolve(run(live));
  } catch (e) {
    return Promise.reject(e);
  }
}

/** The background hears of a page view only when what it shows changes (or after a bfcache restore). */
export function reportPageState(stage: FirstStage, force = false): void {
  const pageState: PageState = { platform: stage.platform.id, status: stage.status, isProductPage: stage.view.detection.isProductPage };
  const key = JSON.stringify(pageState);
  if (key === stage.lastReport && !force) return;
  stage.lastReport = key;
  void callExtension(stage, (api) => api.runtime.sendMessage({ type: 'page/state', state: pageState })).catch(() => undefined);
}
