import type { Platform } from '@/data/platforms/types';
import { displayStatus, shortStatus } from '@/lib/status';
import { useI18n } from '../i18n';
import { StatusIcon } from '../status-icon';

interface Props {
  platform: Pick<Platform, 'charter'>;
  /** The page's hostname when the line speaks of an open page: the wording may depend on it. */
  hostname?: string;
}

/** The short status of a platform with its icon (the line itself names an inference). */
export function StatusLine({ platform, hostname }: Props) {
  const { t } = useI18n();
  const status = displayStatus(platform);
  return (
    <span class="status-text" data-status={status}>
      <StatusIcon status={status} />
      {/* shortStatus says « par déduction » itself: no second mark here. */}
      <span>{shortStatus(platform, t, hostname)}</span>
    </span>
  );
}
