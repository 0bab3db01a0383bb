import type { DisplayStatus } from '@/lib/status';
import { useI18n } from './i18n';
import { StatusIcon } from './status-icon';

/** The one short line per status, with its icon; shared by the badge, the popup and the side panel. */
export function StatusText({ status }: { status: DisplayStatus }) {
  const { t } = useI18n();
  return (
    <span class="status-text" data-status={status}>
      <StatusIcon status={status} />
      <span>{t(`status.${status}.short`)}</span>
    </span>
  );
}
