import type { Platform } from '@/data/platforms/types';
import { useI18n } from '../i18n';
import { StatusLine } from '../popup/status-line';

/** A short line at the top: the platform of the active tab, its status and a link to its entry. */
export function CurrentPlatform({ platform, onShowEntry }: { platform: Platform | undefined; onShowEntry(id: string): void }) {
  const { t } = useI18n();
  // Always rendered, so screen readers hear the change when the user switches tabs.
  return (
    <div class="current" role="status">
      {platform && (
        <>
          <p class="current__name">{t('sidepanel.current.on', { name: platform.name })}</p>
          <p>
            <StatusLine platform={platform} />
          </p>
          <p>
            <a
              href={`#platform-${platform.id}`}
              onClick={(e) => {
                // Unfold the entry as well as jumping to it.
                e.preventDefault();
                onShowEntry(platform.id);
              }}
            >
              {t('sidepanel.current.details', { name: platform.name })}
            </a>
          </p>
        </>
      )}
    </div>
  );
}
