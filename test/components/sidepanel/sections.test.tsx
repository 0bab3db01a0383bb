import { screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { CharterOverview } from '@/components/sidepanel/charter-overview';
import { CommitmentList } from '@/components/sidepanel/commitment-list';
import { EditionLists } from '@/components/sidepanel/edition-lists';
import { ForYou } from '@/components/sidepanel/for-you';
import { Limits } from '@/components/sidepanel/limits';
import { Privacy } from '@/components/sidepanel/privacy';
import { QuoteBlock } from '@/components/sidepanel/quote-block';
import { SourceLinks } from '@/components/sidepanel/source-links';
import { SourceList } from '@/components/sidepanel/source-list';
import { Timeline } from '@/components/sidepanel/timeline';
import {
  AXES, BOYCOTT_QUOTE, CONTEXT, CROSS_CUTTING, EDITIONS, NOT_IN_SOURCES, REVIEWED_ON, SOURCES, TIMELINE, getEdition,
  getSource, sourcesOf,
} from '@/data/charter';
import { formatDate } from '@/lib/i18n';
import { renderIn } from '../../helpers/sidepanel-render';
import { typesetFrench as fr } from '@/lib/text';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ');
const byId = (id: string) => CONTEXT.find((c) => c.id === id)!;

describe('SourceLinks', () => {
  it('shows each source as an external link with its publisher and date', () => {
    renderIn('fr', <SourceLinks ids={['netpme', 'latribune-refus']} />);
    const [netpme, refus] = screen.getAllByRole('listitem');
    const link = within(netpme!).getByRole('link');
    expect(link.getAttribute('href')).toBe(SOURCES.netpme.url);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(text(netpme)).toContain('netpme (nouvel onglet), 26 mars 2019');
    // No date in the registry: said so, never guessed.
    expect(text(refus)).toContain('La Tribune (nouvel onglet), date inconnue');
  });

  it('folds the sources behind « Sources (n) »', () => {
    renderIn('fr', <SourceLinks ids={['netpme', 'latribune-refus']} />);
    const fold = document.querySelector('details.source-links') as HTMLDetailsElement;
    expect(fold.open).toBe(false);
    expect(text(fold.querySelector('summary'))).toBe('Sources (2)');
  });

  it('skips unknown ids and duplicates', () => {
    renderIn('en', <SourceLinks ids={['netpme', 'nope', 'netpme']} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('link').getAttribute('href')).toBe(SOURCES.netpme.url);
  });
});

describe('SourceList', () => {
  it('lists every given source with its title, publisher and date, and the review date', () => {
    const sources = sourcesOf(['netpme', 'mediateur']);
    renderIn('fr', <SourceList sources={sources} reviewedOn={REVIEWED_ON} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    // netpme's title is unknown: our description, in the reader's language, marked as one.
    const described = screen.getByRole('link', { name: /Article du jour de la signature/ });
    expect(described.getAttribute('href')).toBe(SOURCES.netpme.url);
    expect(described.querySelector('[data-description="true"]')).not.toBeNull();
    expect(described.querySelector('cite')).toBeNull();
    expect(text(document.getElementById('source-mediateur'))).toContain('date inconnue');
    expect(text(document.body)).toContain(`Données vérifiées le ${formatDate(REVIEWED_ON, 'fr')}`);
  });
});

describe('source titles', () => {
  it('shows a real title as a typeset <cite>, and a description in the reader’s language, never as a title', () => {
    renderIn('en', <SourceList sources={sourcesOf(['latribune-sans-amazon', 'krooga'])} reviewedOn={REVIEWED_ON} />);
    const title = document.querySelector('#source-latribune-sans-amazon cite');
    expect(title?.textContent).toBe('E-commerce\u00a0: sans Amazon, la charte de bonne conduite envers les PME perd de son intérêt');
    const krooga = document.getElementById('source-krooga')!;
    expect(krooga.querySelector('cite')).toBeNull();
    expect(krooga.querySelector('[data-description="true"]')?.textContent).toBe('[Page on the marketplace label, citing the DGCCRF (7 December 2020)]');
  });
});

describe('CharterOverview', () => {
  it('says what, who, when and where, and why, from the data', () => {
    const items = [byId('why'), byId('protects')];
    renderIn('fr', <CharterOverview first={getEdition('2019')} renewal={getEdition('2020-renewal')} items={items} />);
    const page = text(document.body);
    expect(screen.getByRole('heading', { name: fr('De quoi s’agit-il ?') })).toBeTruthy();
    expect(page).toContain('Charte des acteurs du e-commerce');
    expect(screen.getByRole('heading', { name: fr('Qui l’a portée ?') })).toBeTruthy();
    for (const who of ['Secrétariat d’État chargé du Numérique', 'DGE', 'Médiateur des entreprises', 'FEVAD', 'CPME']) {
      expect(page).toContain(who);
    }
    expect(screen.getByRole('heading', { name: fr('Quand et où ?') })).toBeTruthy();
    expect(document.querySelector('time[datetime="2019-03-26"]')?.textContent).toBe('26 mars 2019');
    expect(page).toContain('Bercy');
    expect(document.querySelector('time[datetime="2020-12"]')?.textContent).toBe('décembre 2020');
    expect(screen.getByRole('heading', { name: fr('Pourquoi cette charte ?') })).toBeTruthy();
    expect(page).toContain('déréférencement');
    expect(page).toContain('absence d’interlocuteur');
    expect(screen.getAllByRole('link').length).toBeGreaterThan(5);
  });
});

describe('CommitmentList', () => {
  it('shows the three axes in the official wording, each commitment with its sources', () => {
    renderIn('fr', <CommitmentList axes={AXES} crossCutting={CROSS_CUTTING.filter((c) => c.id === 'purpose')} />);
    expect(screen.getAllByRole('heading', { name: /^Axe \d\u00a0: / })).toHaveLength(AXES.length);
    for (const axis of AXES) {
      const block = document.querySelector(`[data-axis="${axis.id}"]`)!;
      // Typeset quotes, not <q> (which browsers draw without the inner no-break spaces).
      expect(block.querySelector('[lang="fr"]')?.textContent).toBe(`«\u00a0${axis.label.text}\u00a0»`);
      for (const c of axis.commitments) {
        const li = block.querySelector(`[data-claim="${c.id}"]`)!;
        expect(text(li)).toContain(c.text.fr);
        expect(within(li as HTMLElement).getAllByRole('link').length).toBe(c.sources.filter((id) => getSource(id)?.url).length);
      }
    }
    expect(text(document.querySelector('[data-claim="dedicated-contact"]'))).toMatch(/^Déduction/);
    expect(document.querySelector('[data-claim="purpose"]')).toBeTruthy();
  });
});

describe('EditionLists', () => {
  it('names the signatories of each edition and counts the unnamed joiner', () => {
    renderIn('en', <EditionLists editions={EDITIONS} />);
    const first = document.querySelector('[data-edition="2019"]')!;
    expect(text(first)).toContain('9 signatory platforms');
    expect(within(first as HTMLElement).getByRole('link', { name: 'Boulanger' }).getAttribute('href')).toBe('#platform-boulanger');
    expect(text(first)).toContain('Declined to sign');
    const renewal = document.querySelector('[data-edition="2020-renewal"]')!;
    expect(text(renewal)).toContain('Joined the charter (5 announced)');
    for (const name of ['Amazon', 'LDLC', 'Back Market', 'Certideal']) {
      expect(within(renewal as HTMLElement).getByRole('link', { name })).toBeTruthy();
    }
    // One unnamed platform: a singular sentence, not « Plateformes … : 1 » (issue 22).
    expect(text(renewal)).toContain('One platform that no source names.');
    expect(text(renewal)).not.toMatch(/Platforms no source names: 1/);
  });
});

describe('Timeline', () => {
  it('shows every event in order with its date, labels inferred dates, and the later label project', () => {
    renderIn('fr', <Timeline events={TIMELINE} items={[byId('label')]} />);
    const items = [...document.querySelectorAll<HTMLElement>('.timeline > li')];
    expect(items.map((li) => li.dataset.event)).toEqual(TIMELINE.map((e) => e.id));
    for (const [i, e] of TIMELINE.entries()) {
      expect(items[i]!.querySelector('time')!.getAttribute('datetime')).toBe(e.date);
      expect(text(items[i])).toContain(e.title.fr);
      expect(text(items[i]).includes('Déduction')).toBe(e.confidence === 'I');
    }
    const ids = TIMELINE.map((e) => e.id);
    // The milestones, in this order.
    for (const [a, b] of [['consultation', 'signature'], ['signature', 'six-month-review'], ['six-month-review', 'p2b-applies'], ['p2b-applies', 'renewal'], ['renewal', 'label-announced']]) {
      expect(ids.indexOf(a!)).toBeLessThan(ids.indexOf(b!));
    }
    expect(text(items[ids.indexOf('signature')])).toContain('26 mars 2019');
    expect(text(items[ids.indexOf('p2b-applies')])).toContain('12 juillet 2020');
    expect(screen.getByRole('heading', { name: /Le projet de label/ })).toBeTruthy();
  });
});

describe('ForYou', () => {
  it('says the benefit is indirect (an inference), and the choice is yours, with no quote under that heading', () => {
    renderIn('fr', <ForYou items={[byId('shopper-benefit'), byId('scope')]} />);
    const page = text(document.body);
    expect(page).toContain('indirect');
    expect(within(document.querySelector('[data-context="shopper-benefit"]') as HTMLElement).getByText('Déduction')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'À vous de choisir' }).nextElementSibling?.textContent).toContain('en votre âme et conscience');
    // Brief §7: the minister's sentence under « À vous de choisir » reads as "shop elsewhere".
    expect(document.querySelector('blockquote, figure.quote')).toBeNull();
    expect(page).not.toContain(BOYCOTT_QUOTE.text);
  });
});

describe('QuoteBlock', () => {
  it('quotes in French, after its context, with its sources', () => {
    renderIn('fr', <QuoteBlock quote={BOYCOTT_QUOTE} />);
    expect(document.querySelector('blockquote[lang="fr"]')?.textContent).toContain(BOYCOTT_QUOTE.text);
    expect(text(document.body)).not.toContain('Our translation');
  });

  it('gives English readers our translation, marked as ours, next to the French quote', () => {
    renderIn('en', <QuoteBlock quote={BOYCOTT_QUOTE} />);
    expect(document.querySelector('blockquote[lang="fr"]')?.textContent).toContain(BOYCOTT_QUOTE.text);
    expect(text(document.body)).toContain(`Our translation: "${BOYCOTT_QUOTE.translationEn}"`);
  });
});

describe('Limits', () => {
  it('says voluntary, non-binding, no figures, no published assessment, and how inferences are labelled', () => {
    const limits = CROSS_CUTTING.filter((c) => c.id !== 'purpose');
    renderIn('en', <Limits limits={limits} notInSources={NOT_IN_SOURCES} items={[byId('critique'), byId('follow-up')]} />);
    const page = text(document.body);
    for (const phrase of ['voluntarily', 'not binding', 'No quantified commitment', 'No published result']) {
      expect(page).toContain(phrase);
    }
    const unknown = screen.getByRole('heading', { name: 'What the sources do not say' });
    expect(unknown).toBeTruthy();
    for (const c of NOT_IN_SOURCES) {
      expect(text(document.querySelector(`[data-claim="${c.id}"]`))).toMatch(/^Unknown/);
    }
    expect(page).toContain('carries the label "Inference"');
  });
});

describe('Privacy', () => {
  it('says how pages are read, that only settings are stored, and where the details are', () => {
    renderIn('fr', <Privacy />);
    const page = text(document.body);
    expect(page).toContain('lit l’adresse des pages');
    expect(page).toContain('Seuls vos réglages');
    expect(page).toContain('PRIVACY.md');
  });
});
