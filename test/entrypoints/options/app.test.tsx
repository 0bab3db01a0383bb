import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsItem } from '@/lib/settings';
import { bindSettings, createSettingsStore } from '@/lib/stores';
import { otherContext } from '../../helpers/other-context';
import { App } from '@/entrypoints/options/app';
import { RELEASES } from '@/entrypoints/options/releases';

/** The options page as main.tsx wires it, on the fake browser. */
async function renderOptions(browserLang = 'fr-FR') {
  const store = createSettingsStore();
  bindSettings(store);
  const view = render(<App store={store} browserLang={browserLang} />);
  await screen.findByRole('heading', { level: 1 });
  return { store, view };
}

describe('options page', () => {
  it('holds every setting: switch, positions, display, snooze, hidden sites, language, reset', async () => {
    await settingsItem().setValue({ ...DEFAULT_SETTINGS, hiddenSites: ['fnac.com'] });
    await renderOptions();
    expect(screen.getByRole('switch', { name: 'Afficher le badge sur les pages produit' })).toBeTruthy();
    for (const name of ['En bas à droite', 'En bas à gauche', 'En haut à droite', 'En haut à gauche', 'Sous le titre du produit (sinon en bas à droite)', 'Badge compact']) {
      expect(screen.getByRole('radio', { name })).toBeTruthy();
    }
    expect(screen.getByRole('button', { name: 'Pause d’un jour' })).toBeTruthy();
    // Pausing is a secondary action: outlined, never the filled look of a main one.
    for (const name of ['Pause d’un jour', 'Pause d’une semaine']) expect(screen.getByRole('button', { name }).classList.contains('button--secondary')).toBe(true);
    // Whose page this is: the extension's icon and name above the heading.
    expect(document.querySelector('header .brand img')?.getAttribute('src')).toBe('/icon/48.png');
    expect(document.querySelector('header .brand')?.textContent).toBe('Charte PME');
    expect(await screen.findByRole('button', { name: 'Retirer fnac.com' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Langue' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Rétablir les réglages par défaut' })).toBeTruthy();
    // Headings in order: h1, then h2 per group, h3 inside.
    const levels = screen.getAllByRole('heading').map((h) => Number(h.tagName.slice(1)));
    levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1));
  });

  it('follows the browser language until a language is chosen, then switches live', async () => {
    await renderOptions('en-US');
    expect(await screen.findByRole('switch', { name: 'Show the badge on product pages' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    const select = screen.getByRole('combobox', { name: 'Language' }) as HTMLSelectElement;
    select.value = 'fr';
    // Not fireEvent.change: with preact/compat loaded (zustand) it fires "input", which a <select> keeps as "change".
    fireEvent(select, new Event('change', { bubbles: true }));
    expect(await screen.findByRole('switch', { name: 'Afficher le badge sur les pages produit' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('fr');
    expect((await settingsItem().getValue()).language).toBe('fr');
  });

  it('shows a change made elsewhere without reopening', async () => {
    await renderOptions();
    await act(() => otherContext().getState().update({ position: 'top-left', enabled: false }));
    await waitFor(() => expect((screen.getByRole('radio', { name: 'En haut à gauche' }) as HTMLInputElement).checked).toBe(true));
    expect((screen.getByRole('switch', { name: /badge/ }) as HTMLInputElement).checked).toBe(false);
  });

  it('writes a position to storage, where the other contexts read it', async () => {
    await renderOptions();
    const badge = otherContext();
    fireEvent.click(screen.getByRole('radio', { name: 'En haut à gauche' }));
    await waitFor(() => expect(badge.getState().settings.position).toBe('top-left'));
  });

  it('snoozes and resumes through storage', async () => {
    await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Pause d’une semaine' }));
    expect(await screen.findByText(/^Badge en pause jusqu’au/)).toBeTruthy();
    expect((await settingsItem().getValue()).snoozeUntil).toBeGreaterThan(Date.now() + 6 * 24 * 3600e3);
    fireEvent.click(screen.getByRole('button', { name: 'Reprendre maintenant' }));
    await waitFor(() => expect(screen.queryByText(/^Badge en pause/)).toBeNull());
    expect((await settingsItem().getValue()).snoozeUntil).toBe(0);
  });

  it('removes a hidden site', async () => {
    await settingsItem().setValue({ ...DEFAULT_SETTINGS, hiddenSites: ['fnac.com', 'amazon.fr'] });
    await renderOptions();
    fireEvent.click(await screen.findByRole('button', { name: 'Retirer amazon.fr' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Retirer amazon.fr' })).toBeNull());
    expect((await settingsItem().getValue()).hiddenSites).toEqual(['fnac.com']);
  });

  it('resets to the defaults in one click, and undoes the reset', async () => {
    const before = { ...DEFAULT_SETTINGS, enabled: false, position: 'top-left' as const, hiddenSites: ['fnac.com'] };
    await settingsItem().setValue(before);
    await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Rétablir les réglages par défaut' }));
    await screen.findByText('Réglages par défaut rétablis.');
    expect(await settingsItem().getValue()).toEqual(DEFAULT_SETTINGS);
    fireEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Annuler' })).toBeNull());
    await waitFor(async () => expect(await settingsItem().getValue()).toEqual(before));
  });

  it('links to the charter details and the welcome page', async () => {
    await renderOptions();
    expect(screen.getByRole('link', { name: 'Détails de la charte' }).getAttribute('href')).toBe('sidepanel.html');
    expect(screen.getByRole('link', { name: 'Revoir la page d’accueil' }).getAttribute('href')).toBe('welcome.html');
  });
});

describe('what’s new', () => {
  it('lists the changes of each version, newest first, in words', async () => {
    await renderOptions();
    const section = screen.getByRole('region', { name: 'Nouveautés' });
    expect(section.querySelectorAll('[data-version]')).toHaveLength(RELEASES.length);
    expect(section.textContent).toContain(`Version ${RELEASES[0]!.version}`);
    expect(section.textContent).not.toMatch(/options\.news\./); // every key has its text
    // Written for shoppers: what they see and do, not the extension's parts lists.
    expect(section.textContent).not.toMatch(/panneau latéral|fenêtre résumée|sommaire|mise à jour/i);
  });

  it('has an entry for the version being built', () => {
    // An update opens nothing: a version bump without its note here would leave users unaware.
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(RELEASES[0]!.version).toBe(version);
  });
});
