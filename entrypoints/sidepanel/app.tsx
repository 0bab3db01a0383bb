import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useStore } from 'zustand';
import { I18nProvider, useI18n } from '@/components/i18n';
import { CharterOverview } from '@/components/sidepanel/charter-overview';
import { ClaimList } from '@/components/sidepanel/claim-list';
import { CommitmentList } from '@/components/sidepanel/commitment-list';
import { ContextBlocks } from '@/components/sidepanel/context-block';
import { CurrentPlatform } from '@/components/sidepanel/current-platform';
import { EditionLists } from '@/components/sidepanel/edition-lists';
import { ForYou } from '@/components/sidepanel/for-you';
import { QuoteBlock } from '@/components/sidepanel/quote-block';
import { Limits } from '@/components/sidepanel/limits';
import { More } from '@/components/sidepanel/more';
import { PlatformList } from '@/components/sidepanel/platform-list';
import { Privacy } from '@/components/sidepanel/privacy';
import { SourceList } from '@/components/sidepanel/source-list';
import { Timeline } from '@/components/sidepanel/timeline';
import {
  AXES, BOYCOTT_QUOTE, EDITIONS, NOT_IN_SOURCES, REVIEWED_ON, SOURCE_IDS, TIMELINE, getEdition, sourcesOf, usedSourceIds,
} from '@/data/charter';
import type { TabPlatform as Current } from '@/lib/tab-site';
import { formatDate, resolveLang } from '@/lib/i18n';
import { pick } from '@/lib/text';
import { EDITION_IDS } from '@/data/charter/types';
import { PLATFORMS, getPlatform } from '@/data/platforms';
import type { SettingsStore } from '@/lib/stores';
import { SECTIONS, contextFor, splitCrossCutting, type SectionId } from './sections';

export interface AppProps {
  store: SettingsStore;
  browserLang: string | undefined;
  /** From `?platform=`: expanded, marked and scrolled into view; the active tab is then not followed. */
  deepLink: Current;
  /** Follows the active tab's platform and address; absent where it cannot work. */
  watchCurrent?: (onChange: (platform: Current, url?: string) => void) => () => void;
  /** Follows requests (from the popup) to show one platform's entry. */
  watchEntryRequests?: (onRequest: (platform: string) => void) => () => void;
  /** The URL fragment at load ('#privacy'): the content is rendered by script, so we scroll ourselves. */
  hash?: string;
  /** The extension's version, for the report. */
  version?: string;
}


interface SectionProps {
  id: SectionId;
  title: string;
  /** Always shown: the section's first paragraph. */
  lead: ComponentChildren;
  /** What the fold holds, as its summary says it. */
  more: string;
  /** Folded under `more`. */
  children?: ComponentChildren;
}

function Section({ id, title, lead, more, children }: SectionProps) {
  return (
    <section id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {lead}
      {children && <More label={more}>{children}</More>}
    </section>
  );
}

interface PanelProps {
  current: Current;
  currentUrl?: string;
  tracked: boolean;
  focus: { id: string | null; seq: number };
  onShowEntry(id: string): void;
  hash?: string;
  version: string;
}

function Panel({ current, currentUrl, tracked, focus, onShowEntry, hash, version }: PanelProps) {
  const { t, lang } = useI18n();
  const { aims, limits } = useMemo(() => splitCrossCutting(), []);
  const sources = useMemo(() => {
    const used = usedSourceIds();
    return sourcesOf(SOURCE_IDS.filter((id) => used.has(id)));
  }, []);
  const first = getEdition('2019');
  const renewal = getEdition('2020-renewal');

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('sidepanel.title');
  }, [lang, t]);

  // A fragment (#privacy from the popup) opens its section's fold and scrolls there, once.
  useEffect(() => {
    const target = hash && hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    if (!target) return;
    const fold = target.matches('section') ? target.querySelector<HTMLDetailsElement>(':scope > details.more') : null;
    if (fold) fold.open = true;
    target.scrollIntoView?.({ block: 'start', behavior: 'instant' });
  }, []);

  return (
    <>
      <a class="skip" href="#content">
        {t('sidepanel.skip')}
      </a>
      <header class="header">
        <h1>{t('sidepanel.heading')}</h1>
        <p class="reviewed">
          {t('reviewedOn', { date: formatDate(REVIEWED_ON, lang) })}
          {' · '}
          <a href="options.html" target="_blank" rel="noopener">
            {t('sidepanel.settings')}
          </a>
        </p>
        {tracked && <CurrentPlatform platform={current ? getPlatform(current) : undefined} onShowEntry={onShowEntry} />}
      </header>
      <nav class="toc" aria-label={t('sidepanel.toc')}>
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{t(s.title)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="content" tabIndex={-1}>
        <Section id="charter" more={t('sidepanel.more.charter')} title={t('sidepanel.section.charter')} lead={<p>{pick(first.summary.text, lang)}</p>}>
          <CharterOverview first={first} renewal={renewal} items={contextFor('charter')} />
        </Section>
        <Section id="commitments" more={t('sidepanel.more.commitments')} title={t('sidepanel.section.commitments')} lead={<p>{t('sidepanel.lead.commitments')}</p>}>
          <CommitmentList axes={AXES} crossCutting={aims} />
        </Section>
        <Section
          id="platforms" more={t('sidepanel.more.platforms')}
          title={t('sidepanel.section.platforms')}
          lead={
            <PlatformList
              platforms={PLATFORMS}
              editions={EDITION_IDS}
              currentId={current}
              focusId={focus.id}
              focusSeq={focus.seq}
              page={currentUrl ? { url: currentUrl, version } : undefined}
            />
          }
        >
          <EditionLists editions={EDITIONS} />
          <ContextBlocks items={contextFor('platforms')} />
          {/* After « Qui a refusé en 2019 ? »: the sentence was about Amazon's refusal (brief §7). */}
          <h3>{t('quote.inContext')}</h3>
          <QuoteBlock quote={BOYCOTT_QUOTE} />
        </Section>
        <Section
          id="timeline" more={t('sidepanel.more.timeline')}
          title={t('sidepanel.section.timeline')}
          lead={
            <p>
              {t('sidepanel.lead.timeline', {
                firstDate: formatDate(first.date, lang),
                renewalDate: formatDate(renewal.date, lang),
              })}
            </p>
          }
        >
          <Timeline events={TIMELINE} items={contextFor('timeline')} />
        </Section>
        <Section
          id="for-you" more={t('sidepanel.more.forYou')}
          title={t('sidepanel.section.forYou')}
          lead={
            <>
              <p class="lead">{t('scope.platformNotSeller')}</p>
              <p>{t('scope.noBoycott')}</p>
            </>
          }
        >
          <ForYou items={contextFor('for-you')} />
        </Section>
        <Section id="limits" more={t('sidepanel.more.limits')} title={t('sidepanel.section.limits')} lead={<ClaimList items={limits.slice(0, 1)} />}>
          <Limits limits={limits.slice(1)} notInSources={NOT_IN_SOURCES} items={contextFor('limits')} />
        </Section>
        <Section id="sources" more={t('sidepanel.more.sources')} title={t('sidepanel.section.sources')} lead={<p>{t('sidepanel.sources.intro')}</p>}>
          <SourceList sources={sources} reviewedOn={REVIEWED_ON} />
        </Section>
        <Section id="privacy" more={t('sidepanel.more.privacy')} title={t('sidepanel.section.privacy')} lead={<p>{t('sidepanel.privacy.local')}</p>}>
          <Privacy />
        </Section>
      </main>
    </>
  );
}

/** The charter explorer: language from the settings, platform from the deep link or the active tab. */
export function App({ store, browserLang, deepLink, watchCurrent, watchEntryRequests, hash, version = '' }: AppProps) {
  const pref = useStore(store, (s) => s.settings.language);
  const lang = resolveLang(pref, browserLang);
  const tracked = deepLink === null && watchCurrent !== undefined;
  const [current, setCurrent] = useState<{ platform: Current; url?: string }>({ platform: deepLink });
  const [focus, setFocus] = useState<{ id: string | null; seq: number }>({ id: deepLink, seq: 0 });

  useEffect(
    () => (tracked && watchCurrent ? watchCurrent((platform, url) => setCurrent({ platform, url })) : undefined),
    [tracked, watchCurrent],
  );
  const showEntry = (id: string) => {
    if (getPlatform(id)) setFocus((f) => ({ id, seq: f.seq + 1 }));
  };
  useEffect(() => watchEntryRequests?.(showEntry), [watchEntryRequests]);

  return (
    <I18nProvider lang={lang}>
      <Panel
        current={current.platform}
        currentUrl={current.url}
        tracked={tracked}
        focus={focus}
        onShowEntry={showEntry}
        hash={hash}
        version={version}
      />
    </I18nProvider>
  );
}
