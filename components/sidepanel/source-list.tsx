import { formatDate } from '@/lib/i18n';
import type { Source } from '@/data/charter/types';
import { useI18n } from '../i18n';
import { SourceTitle } from './source-title';

interface Props {
  sources: readonly Source[];
  /** ISO date of the last review of the whole dataset. */
  reviewedOn: string;
}

/** Every source of the registry with its title (or our description of it), publisher and date, and the data's review date. */
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
                <SourceTitle source={s} />
                <span class="visually-hidden"> {t('sidepanel.link.newTab')}</span>
              </a>
            ) : (
              <span>
                <SourceTitle source={s} /> ({t('sidepanel.source.noUrl')})
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
