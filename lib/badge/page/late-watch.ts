import { detectPageWith } from '../../detect/detect';
import { watchLateSignals } from '../late-signals';
import { setViewTimer, type FirstStage } from './stage';

/**
 * On a URL shape the group cannot tell from the URL alone, product signals may arrive after the
 * document (single-page apps render the product later): watched for a while, for this page view.
 * Only the groups with such shapes carry it (their `watchLate`, from the platform registry): the
 * others ship none of this. `onProductPage`: the page view turned out to be a product page.
 * Imports nothing of the pill (the build reads the group module for the manifest).
 */
export function watchLatePageSignals(stage: FirstStage, onProductPage: () => void): void {
  const { group, view } = stage;
  if (view.detection.isProductPage || !view.detection.signals.some((s) => s.startsWith('ambiguous:'))) return;
  const stop = watchLateSignals({
    setTimer: (run, ms) => setViewTimer(stage, run, ms),
    now: () => performance.now(),
    check: () => {
      if (stage.view !== view) return true;
      const next = detectPageWith(group.platforms, group.domSignals, view.url, document);
      if (!next.isProductPage) return false;
      stage.view = { ...view, detection: next };
      onProductPage();
      return true;
    },
    observe: (onChange) => {
      const observer = new MutationObserver(() => stage.ctx.isValid && onChange());
      observer.observe(document, { childList: true, subtree: true });
      return () => observer.disconnect();
    },
  });
  view.signal.addEventListener('abort', stop, { once: true });
}
