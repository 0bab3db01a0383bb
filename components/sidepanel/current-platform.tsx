import type { Platform } from '@/data/platforms/types';
import { displayStatus } from '@/lib/status';
import { useI18n } from '../i18n';
import { StatusText } from '../status-text';

/** A short line at the top: the platform of the active tab, its status and a link to its entry. */
export function CurrentPlatform({ platform }: { platform: Platform | undefined }) {
  const { t } = useI18n();
  // Always rendered, so screen readers hear the change when the user switches tabs.
  return (
    <div class="current" role="status">
      {platform && (
        <>
          <p class="current__name">{t('sidepanel.current.on', { name: platform.name })}</p>
          <p>
            <StatusText status={displayStatus(platform)} />
          </p>
          <p>
            <a href={`#platform-${platform.id}`}>{t('sidepanel.current.details', { name: platform.name })}</a>
          </p>
        </>
      )}
    </div>
  );
}
