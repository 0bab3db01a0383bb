import type { Platform } from '@/data/platforms/types';
import { chipStatus, displayStatus, toolbarMark } from '@/lib/status';
import { useI18n } from '../i18n';
import { StatusLine } from '../popup/status-line';

/**
 * One example platform per status: its line as the pill shows it, then what the phone chip and
 * the toolbar icon show for it (the same functions the badge and the background call).
 */
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
          <span class="muted short-surfaces">{t('welcome.statuses.short', { chip: chipStatus(p, t), mark: toolbarMark(p, t) })}</span>
        </li>
      ))}
    </ul>
  );
}
