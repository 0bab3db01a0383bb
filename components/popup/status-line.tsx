import type { Platform } from '@/data/platforms/types';
import { displayStatus, isInferred, shortStatus } from '@/lib/status';
import { useI18n } from '../i18n';
import { StatusIcon } from '../status-icon';

interface Props {
  platform: Pick<Platform, 'charter'>;
  /** The page's hostname when the line speaks of an open page: the wording may depend on it. */
  hostname?: string;
}

/** The short status of a platform with its icon, and a word when the status is an inference. */
export function StatusLine({ platform, hostname }: Props) {
  const { t } = useI18n();
  const status = displayStatus(platform);
  return (
    <span class="status-text" data-status={status}>
      <StatusIcon status={status} />
      <span>
        {shortStatus(platform, t, hostname)}
        {isInferred(platform) && <span class="inferred"> ({t('popup.inferred')})</span>}
      </span>
    </span>
  );
}
