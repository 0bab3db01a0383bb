import { isBadgeVisible, type Settings } from '../../settings';
import { createMountController, shouldShow } from '../mount-controller';
import { writePillLabels } from './labels';
import { mountSurface } from './mount';
import { readPageSettings, watchPageSettings } from './page-settings';
import { setViewTimer, settingsOf, type FirstStage } from './stage';

// setTimeout's ceiling (~24.8 days); a longer snooze is checked again when the timer fires.
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Shows or removes the badge as the settings, the page and the keyboard command say. */
export function showOrHideBadge(stage: FirstStage): void {
  startReadingSettings(stage);
  const settings = settingsOf(stage);
  if (!stage.ctx.isValid || !settings) return;
  const wanted = shouldShow({ isProductPage: stage.view.detection.isProductPage, settings, hostname: location.hostname, now: Date.now(), override: stage.override });
  scheduleSnoozeEnd(stage, settings);
  stage.controller ??= wanted ? createMountController(mountableBadgeOf(stage), (run, ms) => setViewTimer(stage, run, ms)) : undefined;
  stage.controller?.sync(wanted);
}

function mountableBadgeOf(stage: FirstStage) {
  return {
    mount: (isSettled: boolean) => mountSurface(stage, isSettled),
    remove: () => stage.surface?.host.remove(),
    isConnected: () => stage.surface?.host.isConnected ?? false,
  };
}

/** The snooze's end, on a timer of the page view (a new view sets its own). */
function scheduleSnoozeEnd(stage: FirstStage, settings: Settings): void {
  stage.cancelSnooze?.();
  const wait = settings.snoozeUntil - Date.now();
  if (wait <= 0) return;
  stage.cancelSnooze = setViewTimer(stage, () => showOrHideBadge(stage), Math.min(wait + 50, MAX_TIMER_MS));
}

/**
 * The settings are read, and followed, from the first product page of this document on: a
 * listing or a home page of a listed host reads nothing.
 */
function startReadingSettings(stage: FirstStage): void {
  const { ctx, api } = stage;
  if (stage.isReadingSettings || !stage.view.detection.isProductPage) return;
  stage.isReadingSettings = true;
  ctx.onInvalidated(watchPageSettings(api, (next) => ctx.isValid && onSettings(stage, next)));
  void (stage.prefetched ?? readPageSettings(api)).then((initial) => {
    if (!settingsOf(stage) && ctx.isValid) onSettings(stage, initial);
  });
}

function onSettings(stage: FirstStage, next: Settings): void {
  const previous = settingsOf(stage);
  const now = Date.now();
  // A settings change that moves visibility ends the keyboard override: the user just chose.
  if (previous && isBadgeVisible(previous, location.hostname, now) !== isBadgeVisible(next, location.hostname, now)) stage.override = null;
  stage.state.setState({ settings: next });
  writePillLabels(stage);
  // A new position needs a new place in the page.
  if (previous && previous.position !== next.position && stage.surface?.host.isConnected) stage.controller?.sync(false);
  showOrHideBadge(stage);
}
