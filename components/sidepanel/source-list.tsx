import { formatDate } from '@/lib/i18n';
import type { Source } from '@/data/charter/types';
import { useI18n } from '../i18n';

interface Props {
  sources: readonly Source[];
  /** ISO date of the last review of the whole dataset. */
  reviewedOn: string;
}

/** Every source of the registry with its title, publisher and date, and the data's review date. */
export function SourceList({ sources, reviewedOn }: Props) {
  const { t, lang } = useI18n();
  return (
    <>
      <p>{t('sidepanel.sources.intro')}</p>
      <p class="reviewed">{t('reviewedOn', { date: formatDate(reviewedOn, lang) })}</p>
      <ol class="source-list">
        {sources.map((s) => (
          <li key={s.id} id={`source-${s.id}`}>
            {s.url ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.title}
                <span class="visually-hidden"> {t('sidepanel.link.newTab')}</span>
              </a>
            ) : (
              <span>
                {s.title} ({t('sidepanel.source.noUrl')})
              </span>
            )}
            <span class="source-meta">
              {s.publisher}, {s.date ? formatDate(s.date, lang) : t('sidepanel.source.dateUnknown')}
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
