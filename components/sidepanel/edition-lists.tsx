import type { Edition, MemberList } from '@/data/charter/editions';
import { formatDate } from '@/lib/i18n';
import { pick } from '@/lib/text';
import { useI18n } from '../i18n';
import { ConfidenceTag } from './confidence-tag';
import { SourceLinks } from './source-links';

/** One list of names (signed, joined, declined) with the notes on names and the list's sources. */
function Members({ list, label }: { list: MemberList; label: string }) {
  const { lang } = useI18n();
  return (
    <>
      <p class="members__label">{label}</p>
      <ul class="members">
        {list.members.map((m) => (
          <li key={m.platformId}>
            <a href={`#platform-${m.platformId}`}>{m.name}</a>
            {m.note && (
              <span class="note">
                {' — '}
                <ConfidenceTag confidence={m.note.confidence} /> {pick(m.note.text, lang)}
              </span>
            )}
          </li>
        ))}
      </ul>
      {list.note && <p class="note">{pick(list.note, lang)}</p>}
      <SourceLinks ids={[...list.sources, ...list.members.flatMap((m) => m.note?.sources ?? [])]} />
    </>
  );
}

/** Who signed, joined or declined each edition, as the sources name them; unnamed joiners stay unnamed. */
export function EditionLists({ editions }: { editions: readonly Edition[] }) {
  const { t, lang } = useI18n();
  return (
    <>
      {editions.map((e) => (
        <div key={e.id} class="edition-list" data-edition={e.id}>
          <h3>
            {pick(e.title, lang)} <span class="muted">({formatDate(e.date, lang)})</span>
          </h3>
          {e.signed.members.length > 0 && (
            <Members list={e.signed} label={t('sidepanel.editions.signed', { count: e.signed.members.length })} />
          )}
          {e.renews && (
            <>
              <p>{pick(e.renews.text, lang)}</p>
              <SourceLinks ids={e.renews.sources} />
            </>
          )}
          {e.joined.members.length > 0 && (
            <Members list={e.joined} label={t('sidepanel.editions.joined', { count: e.announcedJoinerCount })} />
          )}
          {e.unnamedJoiners > 0 && (
            <p>{e.unnamedJoiners === 1 ? t('sidepanel.editions.unnamed.one') : t('sidepanel.editions.unnamed', { count: e.unnamedJoiners })}</p>
          )}
          {e.declined.members.length > 0 && <Members list={e.declined} label={t('sidepanel.editions.declined')} />}
        </div>
      ))}
    </>
  );
}
