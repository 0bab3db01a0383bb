import type { Release } from '@/entrypoints/options/releases';
import { useI18n } from '../i18n';

/** The changes of each version, newest first. */
export function WhatsNew({ releases }: { releases: readonly Release[] }) {
  const { t } = useI18n();
  return (
    <section class="card" id="whats-new" aria-labelledby="whats-new-heading">
      <h2 id="whats-new-heading">{t('options.whatsNew.heading')}</h2>
      {releases.map((r) => (
        <div key={r.version} data-version={r.version}>
          <h3>{t('options.whatsNew.version', { version: r.version })}</h3>
          <ul class="changes">
            {r.changes.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
