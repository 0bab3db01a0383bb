import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PlatformList } from '@/components/sidepanel/platform-list';
import { EDITIONS, REVIEWED_ON, getSource } from '@/data/charter';
import { formatDate } from '@/lib/i18n';
import { PLATFORMS, getPlatform } from '@/data/platforms';
import { displayStatus, isInferred } from '@/lib/status';
import { renderIn } from '../../helpers/sidepanel-render';

const EDITION_IDS = EDITIONS.map((e) => e.id);

function renderList(currentId: string | null = null, lang: 'fr' | 'en' = 'fr') {
  return renderIn(lang, <PlatformList platforms={PLATFORMS} editions={EDITION_IDS} currentId={currentId} />);
}

/** Text as a reader gets it: whitespace collapsed. */
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ');
const entries = () => screen.queryAllByRole('listitem').filter((li) => li.classList.contains('platform'));
const shownIds = () => entries().map((li) => li.dataset.platform);
const entry = (id: string) => document.getElementById(`platform-${id}`)!;

describe('PlatformList', () => {
  it('lists every platform, in alphabetical order', () => {
    renderList();
    expect(shownIds()).toHaveLength(PLATFORMS.length);
    const names = entries().map((li) => within(li).getByRole('heading').textContent);
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
    fireEvent.click(screen.getByRole('radio', { name: /Ont rejoint en 2020/ }));
    const expected = PLATFORMS.filter((p) => displayStatus(p) === 'renewal-signatory').map((p) => p.id);
    expect(shownIds().sort()).toEqual(expected.sort());
    // F9: the named joiners of the renewal.
    expect(expected.sort()).toEqual(['amazon', 'backmarket', 'certideal', 'ldlc']);

    fireEvent.click(screen.getByRole('radio', { name: /N’ont pas signé en 2019/ }));
    expect(shownIds().sort()).toEqual(['alibaba', 'aliexpress']);

    fireEvent.click(screen.getByRole('radio', { name: /Toutes/ }));
    expect(shownIds()).toHaveLength(PLATFORMS.length);
  });

  it('gives each filter its count, inferences apart (issue 12: nine signatories, not ten)', () => {
    renderList();
    const sourced = PLATFORMS.filter((p) => displayStatus(p) === 'signatory' && !isInferred(p)).length;
    expect(sourced).toBe(9);
    expect(screen.getByRole('radio', { name: `Signataires en 2019 (${sourced} + Darty par déduction)` })).toBeTruthy();
    expect(screen.getByRole('radio', { name: /^N’ont pas signé en 2019 \(1 \+ AliExpress par déduction\)$/ })).toBeTruthy();
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
    fireEvent.click(screen.getByRole('radio', { name: /Signataires en 2019/ }));
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'amazon' } });
    expect(shownIds()).toEqual([]);
    expect(screen.getByText('Aucune plateforme ne correspond à ces critères.')).toBeTruthy();
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'fnac' } });
    expect(shownIds()).toEqual(['fnac']);
  });

  it('labels inferences and never shows a company known only as general knowledge', () => {
    renderList();
    expect(within(entry('darty')).getAllByText('Déduction')).toHaveLength(2);
    expect(within(entry('aliexpress')).getByText('Déduction')).toBeTruthy();
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
    expect(screen.getByRole('radio', { name: /Joined in 2020/ })).toBeTruthy();
  });
});
