import type { MessageListener } from '../../browser/native-api';
import type { FirstStage } from './stage';
import { showOrHideBadge } from './visibility';

/**
 * The keyboard command (relayed by the background as 'badge/toggle'): the first press focuses the
 * badge, showing it if hidden; a press while it has the focus hides it on this page.
 */
export function listenForToggleCommand(stage: FirstStage): void {
  const { ctx, api } = stage;
  const onMessage: MessageListener = (message) => {
    if (!ctx.isValid || (message as { type?: unknown } | null)?.type !== 'badge/toggle' || !stage.view.detection.isProductPage) return undefined;
    const host = stage.surface?.host;
    stage.override = host?.isConnected && document.activeElement === host ? 'hidden' : 'shown';
    showOrHideBadge(stage);
    if (stage.override === 'shown') stage.surface?.pill.focus();
    return undefined;
  };
  api.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    try {
      api.runtime.onMessage.removeListener(onMessage);
    } catch {
      // Gone with the context.
    }
  });
}
