import type { DisplayStatus } from '@/lib/status';
import { useI18n } from './i18n';
import { StatusIcon } from './status-icon';

/** The one short line per status, with its icon; shared by the badge, the popup and the side panel. */
export function StatusText({ status, line }: { status: DisplayStatus; /** The platform's line from shortStatus (inference, renewal, scope). */ line?: string }) {
  const { t } = useI18n();
  return (
    <span class="status-text" data-status={status}>
      <StatusIcon status={status} />
      <span>{line ?? t(`status.${status}.short`)}</span>
    </span>
  );
}
