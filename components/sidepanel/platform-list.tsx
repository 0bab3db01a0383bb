import { useEffect, useMemo, useState } from 'preact/hooks';
import type { EditionId } from '@/data/charter/types';
import type { PlatformRecord } from '@/data/platforms/types';
import { DISPLAY_STATUSES, countStatuses, countText, displayStatus, type DisplayStatus } from '@/lib/status';
import { useI18n } from '../i18n';
import { PlatformEntry, type TabPage } from './platform-entry';

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
function matchesQuery(platform: PlatformRecord, query: string): boolean {
  const q = fold(query);
  if (!q) return true;
  return [platform.name, platform.id, ...platform.hostnames].some((s) => fold(s).includes(q));
}

interface Props {
  platforms: readonly PlatformRecord[];
  editions: readonly EditionId[];
  /** The platform of the active tab or of the deep link, if any. */
  currentId: string | null;
  /**
   * The entry to expand and bring into view (deep link, request from the popup); `focusSeq`
   * changes with each request, so asking twice for the same entry works twice.
   */
  focusId?: string | null;
  focusSeq?: number;
  /** The active tab's page, given to the current platform's entry. */
  page?: TabPage;
}

/** Every platform, alphabetical (no ranking), with a status filter and a name search. */
export function PlatformList({ platforms, editions, currentId, focusId = null, focusSeq = 0, page }: Props) {
  const { t, lang } = useI18n();
  const [filter, setFilter] = useState<StatusFilter>('all');
  const [query, setQuery] = useState('');
  // Folded by default; the entry asked for opens (and stays open until the reader folds it).
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set(focusId ? [focusId] : []));
  const [scrollTo, setScrollTo] = useState<{ id: string; seq: number } | null>(focusId ? { id: focusId, seq: focusSeq } : null);

  useEffect(() => {
    if (!focusId) return;
    // The entry must be listed to be shown: a filter or search that hides it is cleared.
    setFilter('all');
    setQuery('');
    setExpanded((open) => (open.has(focusId) ? open : new Set([...open, focusId])));
    setScrollTo({ id: focusId, seq: focusSeq });
  }, [focusId, focusSeq]);
  // After the render that opened it: scroll the entry to the top and move focus there.
  useEffect(() => {
    if (!scrollTo) return;
    const el = document.getElementById(`platform-${scrollTo.id}`);
    // Instant, like a native anchor jump: a smooth scroll over the whole page would lag behind.
    el?.scrollIntoView?.({ block: 'start', behavior: 'instant' });
    if (!el) return;
    // Focus (screen readers start reading there) but no focus ring: nobody pressed a key here.
    // The entry is marked instead, until focus leaves it.
    el.dataset.arrived = 'true';
    el.addEventListener('focusout', () => delete el.dataset.arrived, { once: true });
    el.focus({ preventScroll: true, focusVisible: false } as FocusOptions);
  }, [scrollTo]);
  const toggle = (id: string, isOpen: boolean) =>
    setExpanded((open) => {
      if (open.has(id) === isOpen) return open;
      const next = new Set(open);
      if (isOpen) next.add(id);
      else next.delete(id);
      return next;
    });

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
        {/* A select rather than five radios: the same choice on one line of a narrow panel. */}
        <label class="filter">
          <span>{t('sidepanel.filter.legend')}</span>
          <select value={filter} onChange={(e) => setFilter(e.currentTarget.value as StatusFilter)}>
            {options.map((value) => (
              <option key={value} value={value}>
                {t(`sidepanel.filter.${value}`)} ({value === 'all' ? platforms.length : countText(counts[value], t)})
              </option>
            ))}
          </select>
        </label>
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
            <PlatformEntry
              key={p.id}
              platform={p}
              editions={editions}
              isCurrent={p.id === currentId}
              isExpanded={expanded.has(p.id)}
              onToggle={(isOpen) => toggle(p.id, isOpen)}
              page={p.id === currentId ? page : undefined}
            />
          ))}
        </ul>
      )}
    </>
  );
}
