import { formatDate } from '@/lib/i18n';
import { sourceLabel, sourcesOf } from '@/data/charter/sources';
import type { Source } from '@/data/charter/types';
import { useI18n } from '../i18n';

/** One source as "Publisher, date": an underlined link when the brief recorded its address. */
function SourceLink({ source }: { source: Source }) {
  const { t, lang } = useI18n();
  const label = sourceLabel(source, lang).text;
  const date = source.date ? formatDate(source.date, lang) : t('sidepanel.source.dateUnknown');
  return (
    <>
      {source.url ? (
        <a href={source.url} title={label} target="_blank" rel="noopener noreferrer">
          {source.publisher}
          <span class="visually-hidden"> {t('sidepanel.link.newTab')}</span>
        </a>
      ) : (
        <span>
          {source.publisher} ({t('sidepanel.source.noUrl')})
        </span>
      )}
      , <span class="source-date">{date}</span>
    </>
  );
}

/**
 * The sources behind one claim, folded behind « Sources (n) »: the text reads on without them,
 * one click shows them. Unknown ids are skipped: the data tests catch them.
 */
export function SourceLinks({ ids }: { ids: readonly string[] }) {
  const { t } = useI18n();
  const sources = sourcesOf(ids);
  if (sources.length === 0) return null;
  return (
    <details class="source-links">
      <summary>{t('sidepanel.sources.count', { count: sources.length })}</summary>
      <ul>
        {sources.map((s) => (
          <li key={s.id}>
            <SourceLink source={s} />
          </li>
        ))}
      </ul>
    </details>
  );
}
