import { fireEvent, render, screen, within } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/components/i18n';
import { BadgeSettings } from '@/components/options/badge-settings';
import { GeneralSettings } from '@/components/options/general-settings';
import { HiddenSites } from '@/components/options/hidden-sites';
import { SNOOZE_DAY_MS, SNOOZE_WEEK_MS, defaultSettings, type Settings } from '@/lib/settings';
import type { Lang } from '@/lib/text';

const renderIn = (lang: Lang, ui: ComponentChildren) => render(<I18nProvider lang={lang}>{ui}</I18nProvider>);
const NOW = Date.UTC(2026, 10, 26, 12, 0);

function renderBadgeSettings(lang: Lang, settings: Partial<Settings> = {}) {
  const onChange = vi.fn();
  const view = renderIn(lang, <BadgeSettings settings={{ ...defaultSettings(), ...settings }} now={NOW} onChange={onChange} />);
  return { onChange, view };
}

const WORDS = {
  fr: {
    show: 'Afficher le badge sur les pages produit',
    position: 'Position du badge',
    inline: 'Sous le titre du produit (sinon en bas à droite)',
    topLeft: 'En haut à gauche',
    display: 'À l’ouverture d’une page produit',
    open: 'Badge ouvert (détails visibles)',
    compact: 'Badge compact',
    day: 'Pause d’un jour',
    week: 'Pause d’une semaine',
    until: /^Badge en pause jusqu’au \d+ \S+ 2026 à \d\d:\d\d$/,
    resume: 'Reprendre maintenant',
    remove: (site: string) => `Retirer ${site}`,
    empty: 'Aucun site masqué.',
    language: 'Langue',
    reset: 'Rétablir les réglages par défaut',
    undo: 'Annuler',
  },
  en: {
    show: 'Show the badge on product pages',
    position: 'Badge position',
    inline: 'Under the product title (else bottom right)',
    topLeft: 'Top left',
    display: 'When a product page opens',
    open: 'Open badge (details shown)',
    compact: 'Compact badge',
    day: 'Snooze for a day',
    week: 'Snooze for a week',
    until: /^Badge snoozed until \d+ \S+ 2026 at \d\d:\d\d$/,
    resume: 'Resume now',
    remove: (site: string) => `Remove ${site}`,
    empty: 'No hidden site.',
    language: 'Language',
    reset: 'Reset to defaults',
    undo: 'Undo',
  },
} as const;

describe.each(['fr', 'en'] as const)('badge settings (%s)', (lang) => {
  const w = WORDS[lang];

  it('has a switch named for the badge that turns it off and on', () => {
    const { onChange, view } = renderBadgeSettings(lang);
    const toggle = screen.getByRole('switch', { name: /badge/i });
    expect(toggle).toBe(screen.getByRole('switch', { name: w.show }));
    expect((toggle as HTMLInputElement).checked).toBe(true);
    fireEvent.click(toggle);
    expect(onChange).toHaveBeenLastCalledWith({ enabled: false });

    view.unmount();
    const off = renderBadgeSettings(lang, { enabled: false });
    const toggleOff = screen.getByRole('switch', { name: w.show }) as HTMLInputElement;
    expect(toggleOff.checked).toBe(false);
    fireEvent.click(toggleOff);
    expect(off.onChange).toHaveBeenLastCalledWith({ enabled: true });
  });

  it('offers inline (the default) and the four corners as one radio group', () => {
    const { onChange } = renderBadgeSettings(lang, { position: 'top-left' });
    const group = screen.getByRole('radiogroup', { name: w.position });
    const radios = within(group).getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((r) => r.value)).toEqual(['inline', 'bottom-right', 'bottom-left', 'top-right', 'top-left']);
    expect(radios.filter((r) => r.checked).map((r) => r.value)).toEqual(['top-left']);
    expect((within(group).getByRole('radio', { name: w.topLeft }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(group).getByRole('radio', { name: w.inline }));
    expect(onChange).toHaveBeenLastCalledWith({ position: 'inline' });
  });

  it('chooses between the compact and the open badge', () => {
    const { onChange } = renderBadgeSettings(lang);
    const group = screen.getByRole('radiogroup', { name: w.display });
    expect((within(group).getByRole('radio', { name: w.compact }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(group).getByRole('radio', { name: w.open }));
    expect(onChange).toHaveBeenLastCalledWith({ openByDefault: true });
  });

  it('snoozes for a day or a week from now', () => {
    const { onChange } = renderBadgeSettings(lang);
    expect(screen.queryByRole('button', { name: w.resume })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: w.day }));
    expect(onChange).toHaveBeenLastCalledWith({ snoozeUntil: NOW + SNOOZE_DAY_MS });
    fireEvent.click(screen.getByRole('button', { name: w.week }));
    expect(onChange).toHaveBeenLastCalledWith({ snoozeUntil: NOW + SNOOZE_WEEK_MS });
  });

  it('shows until when it is snoozed, and resumes with focus kept in the group', () => {
    const { onChange } = renderBadgeSettings(lang, { snoozeUntil: NOW + SNOOZE_DAY_MS });
    expect(screen.getByText(w.until)).toBeTruthy();
    const resume = screen.getByRole('button', { name: w.resume });
    resume.focus();
    fireEvent.click(resume);
    expect(onChange).toHaveBeenLastCalledWith({ snoozeUntil: 0 });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: w.day }));
  });

  it('treats a past snooze as over', () => {
    renderBadgeSettings(lang, { snoozeUntil: NOW - 1 });
    expect(screen.queryByText(w.until)).toBeNull();
    expect(screen.queryByRole('button', { name: w.resume })).toBeNull();
  });

  it('lists hidden sites with their remove buttons, and says when there is none', () => {
    const onUnhide = vi.fn();
    const props = { onUnhide };
    const view = renderIn(lang, <HiddenSites sites={[]} {...props} />);
    expect(screen.getByText(w.empty)).toBeTruthy();

    view.rerender(
      <I18nProvider lang={lang}>
        <HiddenSites sites={['fnac.com', 'amazon.fr', 'ebay.fr']} {...props} />
      </I18nProvider>,
    );
    // "Hide on this site" is the popup's: the settings page speaks of no tab.
    expect(screen.queryByRole('checkbox')).toBeNull();

    const list = screen.getByRole('list');
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      `fnac.com${lang === 'fr' ? 'Retirer' : 'Remove'}`,
      `amazon.fr${lang === 'fr' ? 'Retirer' : 'Remove'}`,
      `ebay.fr${lang === 'fr' ? 'Retirer' : 'Remove'}`,
    ]);
    const remove = screen.getByRole('button', { name: w.remove('amazon.fr') });
    remove.focus();
    fireEvent.click(remove);
    expect(onUnhide).toHaveBeenLastCalledWith('amazon.fr');

    // The row goes; focus moves to the row that takes its place, not to the page.
    view.rerender(
      <I18nProvider lang={lang}>
        <HiddenSites sites={['fnac.com', 'ebay.fr']} {...props} />
      </I18nProvider>,
    );
    expect(document.activeElement).toBe(screen.getByRole('button', { name: w.remove('ebay.fr') }));
  });

  it('focuses the heading when the last site goes', () => {
    const onUnhide = vi.fn();
    const view = renderIn(lang, <HiddenSites sites={['fnac.com']} onUnhide={onUnhide} />);
    fireEvent.click(screen.getByRole('button', { name: w.remove('fnac.com') }));
    expect(onUnhide).toHaveBeenCalledWith('fnac.com');
    view.rerender(
      <I18nProvider lang={lang}>
        <HiddenSites sites={[]} onUnhide={onUnhide} />
      </I18nProvider>,
    );
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 3 }));
  });

  it('picks the language from a labelled select', () => {
    const onLanguage = vi.fn();
    renderIn(lang, <GeneralSettings language="auto" onLanguage={onLanguage} onReset={vi.fn()} canUndo={false} onUndo={vi.fn()} />);
    const select = screen.getByRole('combobox', { name: w.language }) as HTMLSelectElement;
    expect(select.value).toBe('auto');
    expect([...select.options].map((o) => o.value)).toEqual(['auto', 'fr', 'en']);
    expect([...select.options].map((o) => o.textContent)).toContain('English');
    select.value = 'en';
    fireEvent.change(select);
    expect(onLanguage).toHaveBeenCalledWith('en');
  });

  it('resets in one click and offers to undo it; the reset is a secondary button', () => {
    const onReset = vi.fn();
    const onUndo = vi.fn();
    const view = renderIn(lang, <GeneralSettings language="fr" onLanguage={vi.fn()} onReset={onReset} canUndo={false} onUndo={onUndo} />);
    expect(screen.queryByRole('button', { name: w.undo })).toBeNull();
    expect(screen.getByRole('button', { name: w.reset }).classList.contains('button--secondary')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: w.reset }));
    expect(onReset).toHaveBeenCalledTimes(1);
    view.rerender(
      <I18nProvider lang={lang}>
        <GeneralSettings language="auto" onLanguage={vi.fn()} onReset={onReset} canUndo onUndo={onUndo} />
      </I18nProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: w.undo }));
    expect(onUndo).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: w.reset }));
  });
});
