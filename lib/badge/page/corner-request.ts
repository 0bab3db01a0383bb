import { findCornerKeeperFactory } from './corner-for-pill';
import type { Corner } from './placement';
import { callExtension } from './report';
import { settingsOf, type FirstStage } from './stage';

/** How long the corner code may take to load before the pill shows in its corner unchecked. */
const CORNER_LOAD_TIMEOUT_MS = 3000;

/** The corner the settings ask for (a corner position, else bottom-right). */
export const cornerOf = (stage: FirstStage): Corner => {
  const position = settingsOf(stage)?.position ?? 'inline';
  return position === 'inline' ? 'bottom-right' : position;
};

/**
 * The pill was just put in a corner: it keeps clear of what the page floats there
 * (./corner-keeper.ts). The first stages do not carry that code (most pills sit inline): the
 * first corner of a document asks the background for it (./corner-for-pill.ts), the pill hidden
 * meanwhile, as it would be until its corner is checked anyway. A load that fails or never
 * answers shows the pill in its corner unchecked rather than never. `isPainted`: the pill was put
 * in its corner in an earlier task (the load's answer comes tens of milliseconds after the mount).
 */
export function keepCorner(stage: FirstStage, onShown: () => void, isPainted = false): void {
  stage.corners ??= findCornerKeeperFactory()?.(stage.ctx, () => stage.surface, () => cornerOf(stage), onShown);
  if (stage.corners) return stage.corners.placed(stage.view.signal, isPainted);
  // Hidden while the corner code loads; once the load is over without it, shown where it is.
  const isOver = stage.cornerLoad === 'over';
  stage.surface?.setWaiting(!isOver);
  if (isOver) onShown();
  // One request per document: later corners wait for the same answer.
  else if (!stage.cornerLoad) requestCorner(stage, onShown);
}

/** Over at the background's answer, whatever it is, or after the timeout: the factory is there or not. */
function requestCorner(stage: FirstStage, onShown: () => void): void {
  stage.cornerLoad = 'loading';
  const settle = () => {
    if (stage.cornerLoad === 'over' || !stage.ctx.isValid) return;
    stage.cornerLoad = 'over';
    // A pill still in a corner gets what it waited for: the look at its corner, or shown as it is.
    if (stage.surface?.isInCorner()) keepCorner(stage, onShown, true);
  };
  stage.ctx.setTimeout(settle, CORNER_LOAD_TIMEOUT_MS);
  // The background injects the corner code (scripting.executeScript): nothing a page could fetch.
  void callExtension(stage, (api) => api.runtime.sendMessage({ type: 'corner/load' })).then(settle, settle);
}
