import { useMemo, useState } from 'preact/hooks';
import type { EditionId } from '@/data/charter/types';
import type { Platform } from '@/data/platforms/types';
import { DISPLAY_STATUSES, countStatuses, countText, displayStatus, type DisplayStatus } from '@/lib/status';
import { useI18n } from '../i18n';
import { PlatformEntry } from './platform-entry';

type StatusFilter = DisplayStatus | 'all';

/** Case, accent and punctuation blind: "Le Bon Coin", "leboncoin" and "LEBONCOIN" all match. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Whether a search matches the platform's name, id or one of its hostnames. */
function matchesQuery(platform: Platform, query: string): boolean {
  const q = fold(query);
  if (!q) return true;
  return [platform.name, platform.id, ...platform.hostnames].some((s) => fold(s).includes(q));
}

interface Props {
  platforms: readonly Platform[];
  editions: readonly EditionId[];
  /** The platform of the active tab or of the deep link, if any. */
  currentId: string | null;
}

/** Every platform, alphabetical (no ranking), with a status filter and a name search. */
export function PlatformList({ platforms, editions, currentId }: Props) {
  const { t, lang } = useI18n();
  const [filter, setFilter] = useState<StatusFilter>('all');
  const [query, setQuery] = useState('');

  const sorted = useMemo(() => {
    const collator = new Intl.Collator(lang, { sensitivity: 'base' });
    return [...platforms].sort((a, b) => collator.compare(a.name, b.name));
  }, [platforms, lang]);
  // Inferences counted apart: « Signataires en 2019 (9 + Darty par déduction) », not (10).
  const counts = useMemo(() => countStatuses(platforms), [platforms]);
  const shown = sorted.filter((p) => (filter === 'all' || displayStatus(p) === filter) && matchesQuery(p, query));
  const options: StatusFilter[] = ['all', ...DISPLAY_STATUSES];

  return (
    <>
      <p>{t('sidepanel.platforms.intro')}</p>
      <div class="platform-tools">
        <fieldset class="filter">
          <legend>{t('sidepanel.filter.legend')}</legend>
          {options.map((value) => (
            <label key={value} class="filter__option">
              <input
                type="radio"
                name="status-filter"
                value={value}
                checked={filter === value}
                onChange={() => setFilter(value)}
              />
              {t(`sidepanel.filter.${value}`)} ({value === 'all' ? platforms.length : countText(counts[value], t)})
            </label>
          ))}
        </fieldset>
        <label class="search">
          <span>{t('sidepanel.search.label')}</span>
          <input type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} autocomplete="off" />
        </label>
      </div>
      <p role="status" class="platform-count">
        {t('sidepanel.platforms.count', { count: shown.length, total: platforms.length })}
      </p>
      {shown.length === 0 ? (
        <p>{t('sidepanel.platforms.empty')}</p>
      ) : (
        <ul class="platform-list">
          {shown.map((p) => (
            <PlatformEntry key={p.id} platform={p} editions={editions} isCurrent={p.id === currentId} />
          ))}
        </ul>
      )}
    </>
  );
}
