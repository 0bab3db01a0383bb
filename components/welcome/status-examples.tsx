import type { Platform } from '@/data/platforms/types';
import { displayStatus } from '@/lib/status';
import { useI18n } from '../i18n';
import { StatusLine } from '../popup/status-line';

/** One example platform per status, drawn as the badge's chip shows it. */
export function StatusExamples({ examples }: { examples: readonly Platform[] }) {
  const { t } = useI18n();
  return (
    <ul class="examples">
      {examples.map((p) => (
        <li key={p.id} data-status={displayStatus(p)}>
          <span class="chip">
            <StatusLine platform={p} />
          </span>
          <span class="muted">{t('welcome.statuses.example', { name: p.name })}</span>
        </li>
      ))}
    </ul>
  );
}
