import type { EditionId } from '@/data/charter/types';
import type { EditionStatus, Platform } from '@/data/platforms/types';
import { displayStatus, editionDateText } from '@/lib/status';
import { pick } from '@/lib/text';
import { useI18n } from '../i18n';
import { StatusText } from '../status-text';
import { SourceLinks } from './source-links';

/** One edition's status: what, when, how sure, why (note) and the sources. */
function EditionRow({ edition, status }: { edition: EditionId; status: EditionStatus }) {
  const { t, lang } = useI18n();
  return (
    <div class="edition" data-edition={edition}>
      <dt>{t(`edition.${edition}`)}</dt>
      <dd>
        <strong>{t(`edition.status.${status.status}`)}</strong>
        {', '}
        {/* An inferred status carries its group's date, and says whose (Alibaba's refusal, not AliExpress's). */}
        {editionDateText(status, t, lang)}
        {status.confidence === 'I' && <span class="tag tag--inference">{t('sidepanel.inference')}</span>}
        <span class="confidence">
          {' · '}
          {t('sidepanel.confidence', { label: t(`confidence.${status.confidence}`) })}
        </span>
        {status.note && <p class="note">{pick(status.note, lang)}</p>}
        <SourceLinks ids={status.sources} />
      </dd>
    </div>
  );
}

interface Props {
  platform: Platform;
  editions: readonly EditionId[];
  isCurrent: boolean;
}

/** A platform with its status per edition. The current tab's platform carries aria-current. */
export function PlatformEntry({ platform, editions, isCurrent }: Props) {
  const { t } = useI18n();
  const status = displayStatus(platform);
  return (
    <li
      id={`platform-${platform.id}`}
      class="platform"
      tabIndex={-1}
      aria-current={isCurrent ? 'true' : undefined}
      data-platform={platform.id}
      data-status={status}
    >
      <h4>
        {platform.name}
        {isCurrent && <span class="tag tag--current">{t('sidepanel.platform.current')}</span>}
      </h4>
      {/* Brief: company names known only as general knowledge stay out of user-facing text. */}
      {platform.company.confidence === 'S' && (
        <p class="company">{t('sidepanel.platform.company', { name: platform.company.name })}</p>
      )}
      <p class="platform__status">
        <StatusText status={status} />
      </p>
      <dl class="editions">
        {editions.map((id) => (
          <EditionRow key={id} edition={id} status={platform.charter[id]} />
        ))}
      </dl>
      {platform.hostnames.length === 0 && <p class="muted">{t('sidepanel.platform.noHost')}</p>}
    </li>
  );
}
