import type { ContextItem } from '@/data/charter/context';
import type { Edition } from '@/data/charter/editions';
import { formatDate } from '@/lib/i18n';
import { pick, typesetFrench } from '@/lib/text';
import { useI18n } from '../i18n';
import { ContextBlocks } from './context-block';
import { SourceLinks } from './source-links';

interface Props {
  /** The March 2019 charter. */
  first: Edition;
  /** The December 2020 renewal. */
  renewal: Edition;
  /** Explainers shown after what/who/when: why, whom it protects, the reporting space… */
  items: readonly ContextItem[];
}

/** What the charter is, who drove it, when and where, and why. */
export function CharterOverview({ first, renewal, items }: Props) {
  const { t, lang } = useI18n();
  const otherNameSources = first.otherNames.flatMap((q) => q.sources);
  return (
    <>
      <h3>{t('sidepanel.charter.what')}</h3>
      {first.officialName && (
        <p>
          {t('sidepanel.charter.officialName')} <cite lang="fr">{first.officialName}</cite>
        </p>
      )}
      <p>{pick(first.summary.text, lang)}</p>
      <SourceLinks ids={first.summary.sources} />
      {first.otherNames.length > 0 && (
        <>
          <p>
            {t('sidepanel.charter.otherNames')}{' '}
            {first.otherNames.map((q, i) => (
              <span key={q.text}>
                {i > 0 && ', '}
                {/* Not <q>: browsers draw French quotes without their inner no-break spaces. */}
                <span lang={q.lang}>{typesetFrench(`« ${q.text} »`)}</span>
              </span>
            ))}
          </p>
          <SourceLinks ids={otherNameSources} />
        </>
      )}

      <h3>{t('sidepanel.charter.who')}</h3>
      <p>{pick(first.drivenBy.text, lang)}</p>
      <SourceLinks ids={first.drivenBy.sources} />
      {first.organisations.length > 0 && (
        <>
          <p>{t('sidepanel.charter.organisations')}</p>
          <ul class="claims">
            {first.organisations.map((o) => (
              <li key={o.id}>
                {pick(o.name, lang)}
                {o.note && <span class="note">{' — '}{pick(o.note.text, lang)}</span>}
                <SourceLinks ids={[...o.sources, ...(o.note?.sources ?? [])]} />
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>{t('sidepanel.charter.when')}</h3>
      <p>
        <time dateTime={first.date}>{formatDate(first.date, lang)}</time>
        {first.place && <>{' — '}{pick(first.place.text, lang)}</>}
      </p>
      {first.place && <SourceLinks ids={first.place.sources} />}
      <p>
        {pick(renewal.title, lang)}{' — '}
        <time dateTime={renewal.date}>{formatDate(renewal.date, lang)}</time>
      </p>
      <p>{pick(renewal.summary.text, lang)}</p>
      <SourceLinks ids={renewal.summary.sources} />
      {renewal.dateNote && (
        <>
          <p class="note">{pick(renewal.dateNote.text, lang)}</p>
          <SourceLinks ids={renewal.dateNote.sources} />
        </>
      )}

      <ContextBlocks items={items} />
    </>
  );
}
