import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/components/i18n';
import { PlatformList } from '@/components/sidepanel/platform-list';
import { REVIEWED_ON, getSource } from '@/data/charter';
import { EDITION_IDS } from '@/data/charter/types';
import { formatDate } from '@/lib/i18n';
import { PLATFORMS, getPlatform } from '@/data/platforms';
import { displayStatus, isInferred } from '@/lib/status';
import { renderIn } from '../../helpers/sidepanel-render';

// Heavy by nature: renders all 22 platform entries with their sources in happy-dom.
// An explicit 30 s (vitest's default is 5 s) so a busy 2-core machine does not time it out.
vi.setConfig({ testTimeout: 30_000 });


function renderList(currentId: string | null = null, lang: 'fr' | 'en' = 'fr', more: Partial<Parameters<typeof PlatformList>[0]> = {}) {
  return renderIn(lang, <PlatformList platforms={PLATFORMS} editions={EDITION_IDS} currentId={currentId} {...more} />);
}

/** Picks a status filter from the select, as a reader does. */
function filterBy(label: RegExp) {
  const select = screen.getByRole('combobox', { name: /Filtrer par statut|Filter by status/ }) as HTMLSelectElement;
  const option = [...select.options].find((o) => label.test(o.textContent ?? ''))!;
  select.value = option.value;
  fireEvent(select, new Event('change', { bubbles: true }));
}
const isOpen = (id: string) => entry(id).querySelector('details')!.open;

/** Text as a reader gets it: whitespace collapsed. */
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ');
const entries = () => screen.queryAllByRole('listitem').filter((li) => li.classList.contains('platform'));
const shownIds = () => entries().map((li) => li.dataset.platform);
const entry = (id: string) => document.getElementById(`platform-${id}`)!;

describe('PlatformList', () => {
  it('lists every platform, in alphabetical order', () => {
    renderList();
    expect(shownIds()).toHaveLength(PLATFORMS.length);
    const names = entries().map((li) => li.querySelector('h3')!.textContent);
    expect(names).toEqual([...names].sort((a, b) => a!.localeCompare(b!, 'fr', { sensitivity: 'base' })));
    expect(text(screen.getByRole('status'))).toContain(`${PLATFORMS.length} sur ${PLATFORMS.length} plateformes`);
  });

  it("shows Amazon's 2019 refusal and 2020 renewal, each dated and sourced", () => {
    renderList();
    const amazon = entry('amazon');
    const [first, renewal] = [...amazon.querySelectorAll<HTMLElement>('.edition')];
    expect(text(first)).toContain('Charte de mars 2019');
    expect(text(first)).toContain('n’a pas signé');
    expect(text(first)).toContain('refus rapporté le 25 mars 2019');
    expect(text(renewal)).toContain('Charte renouvelée (déc. 2020)');
    expect(text(renewal)).toContain('signataire');
    expect(text(renewal)).toContain('décembre 2020');
    for (const [el, edition] of [[first!, '2019'], [renewal!, '2020-renewal']] as const) {
      const links = within(el).getAllByRole('link');
      const expected = getPlatform('amazon')!.charter[edition].sources.map((id) => getSource(id)!);
      expect(links.map((a) => a.getAttribute('href'))).toEqual(expected.map((s) => s.url));
      expect(text(links[0])).toContain(expected[0]!.publisher);
    }
  });

  it('marks only the current platform with aria-current', () => {
    renderList('amazon');
    expect(entry('amazon').getAttribute('aria-current')).toBe('true');
    expect(within(entry('amazon')).getByText('page consultée')).toBeTruthy();
    expect(entries().filter((li) => li.hasAttribute('aria-current')).map((li) => li.dataset.platform)).toEqual(['amazon']);
  });

  it('filters by display status', () => {
    renderList();
    filterBy(/Ont rejoint en 2020/);
    const expected = PLATFORMS.filter((p) => displayStatus(p) === 'renewal-signatory').map((p) => p.id);
    expect(shownIds().sort()).toEqual(expected.sort());
    // F9: the named joiners of the renewal.
    expect(expected.sort()).toEqual(['amazon', 'backmarket', 'certideal', 'ldlc']);

    filterBy(/N’ont pas signé en 2019/);
    expect(shownIds().sort()).toEqual(['alibaba', 'aliexpress']);

    filterBy(/Toutes/);
    expect(shownIds()).toHaveLength(PLATFORMS.length);
  });

  it('gives each filter its count, inferences apart (issue 12: nine signatories, not ten)', () => {
    renderList();
    const sourced = PLATFORMS.filter((p) => displayStatus(p) === 'signatory' && !isInferred(p)).length;
    expect(sourced).toBe(9);
    expect(screen.getByRole('option', { name: `Signataires en 2019 (${sourced} + Darty par déduction)` })).toBeTruthy();
    expect(screen.getByRole('option', { name: /^N’ont pas signé en 2019 \(1 \+ AliExpress par déduction\)$/ })).toBeTruthy();
  });

  it('dates AliExpress’s 2019 status with Alibaba’s refusal, never as its own', () => {
    renderList();
    const entry = document.querySelector('[data-platform="aliexpress"] [data-edition="2019"]')!;
    expect(text(entry)).toContain('refus du groupe Alibaba (25 mars 2019)');
    expect(text(entry)).not.toMatch(/refus rapporté/i);
  });

  it.each([
    ['le bon coin', ['leboncoin']],
    ['REDOUTE', ['laredoute']],
    ['priceminister', ['rakuten']],
    ['amazon.fr', ['amazon']],
  ])('finds %s by name, spelling or hostname', (query, expected) => {
    renderList();
    fireEvent.input(screen.getByRole('searchbox', { name: 'Rechercher une plateforme par son nom' }), {
      target: { value: query },
    });
    expect(shownIds()).toEqual(expected);
    expect(text(screen.getByRole('status'))).toContain(`${expected.length} sur ${PLATFORMS.length}`);
  });

  it('combines filter and search, and says when nothing matches', () => {
    renderList();
    filterBy(/Signataires en 2019/);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'amazon' } });
    expect(shownIds()).toEqual([]);
    expect(screen.getByText('Aucune plateforme ne correspond à ces critères.')).toBeTruthy();
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'fnac' } });
    expect(shownIds()).toEqual(['fnac']);
  });

  it('labels inferences and never shows a company known only as general knowledge', () => {
    renderList();
    // Each inferred edition says so exactly once (its note, or its tag), never « Déduction · certitude : déduction ».
    for (const p of PLATFORMS) {
      for (const row of entry(p.id).querySelectorAll<HTMLElement>('.edition')) {
        const inferred = p.charter[row.dataset.edition as '2019' | '2020-renewal'].confidence === 'I';
        expect((text(row).match(/déduction/gi) ?? []).length, `${p.id} ${row.dataset.edition}`).toBe(inferred ? 1 : 0);
      }
    }
    expect(entry('darty').querySelectorAll('.edition')).toHaveLength(2);
    expect(text(entry('darty').querySelector('.edition')!)).toMatch(/Déduction, non confirmée/);
    expect(text(entry('aliexpress').querySelector('.edition')!)).toMatch(/déduction, non confirmée/);
    expect(within(entry('fnac')).queryByText('Déduction')).toBeNull();
    expect(within(entry('amazon')).getByText('Société : Amazon.com')).toBeTruthy();
    for (const p of PLATFORMS.filter((x) => x.company.confidence === 'GK')) {
      // Some GK names equal the platform's own name (Certideal, Shein): only the others can leak.
      if (p.company.name !== p.name) expect(text(entry(p.id))).not.toContain(p.company.name);
      expect(within(entry(p.id)).queryByText(/^Société/)).toBeNull();
    }
  });

  it('dates a not-listed status with the review date, and says when no site is known', () => {
    renderList();
    const temu = entry('temu');
    expect(text(temu)).toContain(`vérifié le ${formatDate(REVIEWED_ON, 'fr')}`);
    expect(text(temu)).toContain('certitude : inconnu');
    expect(text(entry('certideal'))).toContain('aucune page');
    expect(text(entry('amazon'))).not.toContain('aucune page');
  });

  it('speaks English', () => {
    renderList('amazon', 'en');
    expect(text(entry('amazon'))).toContain('did not sign');
    expect(text(entry('amazon'))).toContain('refusal reported on 25 March 2019');
    expect(screen.getByRole('option', { name: /Joined in 2020/ })).toBeTruthy();
  });

  it('shows each platform as one folded row: name, short status and inference mark', () => {
    renderList();
    expect(entries().every((li) => !li.querySelector('details')!.open)).toBe(true);
    const summary = entry('aliexpress').querySelector('summary')!;
    expect(text(summary)).toContain('AliExpress');
    expect(text(summary)).toMatch(/N’a pas signé.*déduction/);
    expect(text(entry('fnac').querySelector('summary'))).not.toMatch(/déduction/);
    // Sources are folded too, behind a count.
    expect(text(entry('amazon').querySelector('.source-links > summary'))).toMatch(/^Sources \(\d+\)$/);
  });

  it('expands an entry on demand and keeps it open across a filter change', () => {
    renderList();
    const details = entry('fnac').querySelector('details')!;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    filterBy(/Signataires en 2019/);
    expect(isOpen('fnac')).toBe(true);
    expect(isOpen('darty')).toBe(false);
  });

  it('expands, scrolls to and focuses the entry asked for, clearing a filter that hid it', () => {
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {});
    const view = renderList(null, 'fr', { focusId: null, focusSeq: 0 });
    filterBy(/Signataires en 2019/);
    expect(shownIds()).not.toContain('vinted');
    view.rerender(
      <I18nProvider lang="fr">
        <PlatformList platforms={PLATFORMS} editions={EDITION_IDS} currentId={null} focusId="vinted" focusSeq={1} />
      </I18nProvider>,
    );
    expect(shownIds()).toContain('vinted');
    expect(isOpen('vinted')).toBe(true);
    expect(scroll.mock.contexts.at(-1)).toBe(entry('vinted'));
    expect(document.activeElement).toBe(entry('vinted'));
  });

  it('gives the current entry the commitments, "why" in plain words and the report for the tab’s page', () => {
    renderList('amazon', 'fr', { focusId: 'amazon', page: { url: 'https://www.amazon.fr/dp/B08L5VNF78?ref=x', version: '1.0.0' } });
    const amazon = entry('amazon');
    expect(amazon.querySelectorAll('.entry-axes li')).toHaveLength(3);
    // The charter's axes, not the platform's own commitments (it may not have signed: issue 22).
    expect(text(amazon.querySelector('.entry-axes')?.previousElementSibling)).toBe('Les trois axes de la charte (ce à quoi s’engagent les signataires)');
    const why = amazon.querySelector('details.why')!;
    expect(text(why.querySelector('summary'))).toBe('Pourquoi ce badge sur l’onglet actif ?');
    expect(text(why)).toContain('L’adresse de cette page ressemble à une fiche produit Amazon.');
    // The rule itself is one disclosure further.
    const technical = why.querySelector('details.why-technical')!;
    expect(text(technical)).toMatch(/rule:amazon:/);
    expect(text(why.querySelector(':scope > ul'))).not.toMatch(/rule:|<ASIN>/);
    // Where the card's business-seller line comes from (issue 25).
    expect(text(why.querySelector('.why-seller'))).toMatch(/^Dans la fiche du badge, la ligne « Vendeur professionnel : … ».*reprend le bloc « vendeur professionnel » que la page affiche elle-même.*rien n’est cherché ailleurs, enregistré ni envoyé/);
    const report = amazon.querySelector<HTMLTextAreaElement>('details.report textarea')!.value;
    expect(report).toContain('www.amazon.fr/dp/B08L5VNF78');
    expect(report).not.toContain('ref=x');
    // Other entries speak of no page.
    expect(entry('fnac').querySelector('details.why')).toBeNull();
  });

  it('says a listed site’s non-product page gets no badge', () => {
    renderList('amazon', 'fr', { page: { url: 'https://www.amazon.fr/s?k=bouilloire', version: '1.0.0' } });
    expect(text(entry('amazon').querySelector('details.why'))).toContain('pas une fiche produit');
    // No card on such a page, so no business-seller line to explain.
    expect(entry('amazon').querySelector('details.why .why-seller')).toBeNull();
  });
});
