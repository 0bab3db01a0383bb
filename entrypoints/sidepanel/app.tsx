import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useStore } from 'zustand';
import { I18nProvider, useI18n } from '@/components/i18n';
import { CharterOverview } from '@/components/sidepanel/charter-overview';
import { CommitmentList } from '@/components/sidepanel/commitment-list';
import { ContextBlocks } from '@/components/sidepanel/context-block';
import { CurrentPlatform } from '@/components/sidepanel/current-platform';
import { EditionLists } from '@/components/sidepanel/edition-lists';
import { ForYou } from '@/components/sidepanel/for-you';
import { Limits } from '@/components/sidepanel/limits';
import { PlatformList } from '@/components/sidepanel/platform-list';
import { Privacy } from '@/components/sidepanel/privacy';
import { SourceList } from '@/components/sidepanel/source-list';
import { Timeline } from '@/components/sidepanel/timeline';
import {
  AXES, BOYCOTT_QUOTE, EDITIONS, NOT_IN_SOURCES, REVIEWED_ON, SOURCE_IDS, TIMELINE, getEdition, sourcesOf, usedSourceIds,
} from '@/data/charter';
import type { TabPlatform as Current } from '@/lib/tab-site';
import { formatDate, resolveLang } from '@/lib/i18n';
import { PLATFORMS, getPlatform } from '@/data/platforms';
import type { SettingsStore } from '@/lib/stores';
import { SECTIONS, contextFor, splitCrossCutting, type SectionId } from './sections';

export interface AppProps {
  store: SettingsStore;
  browserLang: string | undefined;
  /** From `?platform=`: marked and scrolled into view; the active tab is then not followed. */
  deepLink: Current;
  /** Follows the active tab's platform; absent where it cannot work. */
  watchCurrent?: (onChange: (platform: Current) => void) => () => void;
  /** The URL fragment at load ('#privacy'): the content is rendered by script, so we scroll ourselves. */
  hash?: string;
}

const EDITION_IDS = EDITIONS.map((e) => e.id);

function Section({ id, title, children }: { id: SectionId; title: string; children: ComponentChildren }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

function Panel({ current, tracked, hash }: { current: Current; tracked: boolean; hash?: string }) {
  const { t, lang } = useI18n();
  const { aims, limits } = useMemo(() => splitCrossCutting(), []);
  const sources = useMemo(() => {
    const used = usedSourceIds();
    return sourcesOf(SOURCE_IDS.filter((id) => used.has(id)));
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('sidepanel.title');
  }, [lang, t]);

  // Deep link or fragment: bring the target into view once, on first render.
  useEffect(() => {
    const target = hash && hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    const entry = !tracked && current ? document.getElementById(`platform-${current}`) : null;
    const el = entry ?? target;
    // Instant, like a native anchor jump: a smooth scroll over the whole page would lag behind.
    el?.scrollIntoView?.({ block: 'start', behavior: 'instant' });
    if (entry) entry.focus({ preventScroll: true });
    // Once only: later tab changes must not yank the reader away from what they are reading.
  }, []);

  return (
    <>
      <a class="skip" href="#content">
        {t('sidepanel.skip')}
      </a>
      <header class="header">
        <h1>{t('sidepanel.heading')}</h1>
        <p class="reviewed">{t('reviewedOn', { date: formatDate(REVIEWED_ON, lang) })}</p>
        {tracked && <CurrentPlatform platform={current ? getPlatform(current) : undefined} />}
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
        <Section id="charter" title={t('sidepanel.section.charter')}>
          <CharterOverview first={getEdition('2019')} renewal={getEdition('2020-renewal')} items={contextFor('charter')} />
        </Section>
        <Section id="commitments" title={t('sidepanel.section.commitments')}>
          <CommitmentList axes={AXES} crossCutting={aims} />
        </Section>
        <Section id="platforms" title={t('sidepanel.section.platforms')}>
          <h3>{t('sidepanel.platforms.byPlatform')}</h3>
          <PlatformList platforms={PLATFORMS} editions={EDITION_IDS} currentId={current} />
          <EditionLists editions={EDITIONS} />
          <ContextBlocks items={contextFor('platforms')} />
        </Section>
        <Section id="timeline" title={t('sidepanel.section.timeline')}>
          <Timeline events={TIMELINE} items={contextFor('timeline')} />
        </Section>
        <Section id="for-you" title={t('sidepanel.section.forYou')}>
          <ForYou items={contextFor('for-you')} quote={BOYCOTT_QUOTE} />
        </Section>
        <Section id="limits" title={t('sidepanel.section.limits')}>
          <Limits limits={limits} notInSources={NOT_IN_SOURCES} items={contextFor('limits')} />
        </Section>
        <Section id="sources" title={t('sidepanel.section.sources')}>
          <SourceList sources={sources} reviewedOn={REVIEWED_ON} />
        </Section>
        <Section id="privacy" title={t('sidepanel.section.privacy')}>
          <Privacy />
        </Section>
      </main>
    </>
  );
}

/** The charter explorer: language from the settings, platform from the deep link or the active tab. */
export function App({ store, browserLang, deepLink, watchCurrent, hash }: AppProps) {
  const pref = useStore(store, (s) => s.settings.language);
  const lang = resolveLang(pref, browserLang);
  const tracked = deepLink === null && watchCurrent !== undefined;
  const [current, setCurrent] = useState<Current>(deepLink);

  useEffect(() => (tracked && watchCurrent ? watchCurrent(setCurrent) : undefined), [tracked, watchCurrent]);

  return (
    <I18nProvider lang={lang}>
      <Panel current={current} tracked={tracked} hash={hash} />
    </I18nProvider>
  );
}
