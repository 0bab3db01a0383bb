import { fireEvent, render, screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App, statusExamples } from '@/entrypoints/welcome/app';
import { DISPLAY_STATUSES, displayStatus, isInferred } from '@/lib/status';
import { resetSettingsItemForTests } from '@/lib/settings';
import { bindSettings, createSettingsStore } from '@/lib/stores';

beforeEach(() => resetSettingsItemForTests());

async function renderWelcome(browserLang = 'fr-FR') {
  const store = createSettingsStore();
  bindSettings(store);
  const view = render(<App store={store} browserLang={browserLang} />);
  await screen.findByRole('heading', { level: 1 });
  return view;
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ');

describe('welcome page', () => {
  it('shows one sourced example of each status, in status order', () => {
    const examples = statusExamples();
    expect(examples.map(displayStatus)).toEqual([...DISPLAY_STATUSES]);
    expect(examples.some(isInferred)).toBe(false);
    // A missing example id leaves its status out rather than breaking the page.
    expect(statusExamples(['nope', 'temu']).map((p) => p.id)).toEqual(['temu']);
  });

  it.each([
    ['fr-FR', 'Bienvenue dans Charte PME', /jamais le produit ni le vendeur/, /pas un appel au boycott/, /Rien ne quitte votre navigateur/],
    ['en-GB', 'Welcome to Charte PME', /never the product or the seller/, /not a call for a boycott/, /Nothing leaves your browser/],
  ])('says what the badge shows and is not, privacy, settings and pinning (%s)', async (lang, title, platform, boycott, privacy) => {
    await renderWelcome(lang);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(title);
    // The extension's icon beside the heading, and the badge on a product page (npm run screenshots).
    expect(document.querySelector('header .brand img')?.getAttribute('src')).toBe('/icon/48.png');
    expect(document.querySelector('figure.shot img')?.getAttribute('src')).toBe('/welcome/badge-on-page.png');
    expect(document.querySelector('figure.shot img')?.getAttribute('alt')).toMatch(/Charte PME/);
    expect(document.title).toBe(title);
    const page = text(document.body);
    expect(page).toMatch(platform);
    expect(page).toMatch(boycott);
    expect(page).toMatch(privacy);
    expect(document.querySelectorAll('.examples > li[data-status]')).toHaveLength(4);
    expect(screen.getAllByRole('heading', { level: 2 }).length).toBe(6);
    expect(within(document.body).getAllByRole('listitem').length).toBeGreaterThanOrEqual(6);
  });

  it('links to the privacy text and opens the settings page', async () => {
    await renderWelcome();
    expect(screen.getByRole('link', { name: 'Lire la politique de confidentialité' }).getAttribute('href')).toBe('sidepanel.html#privacy');
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    screen.getByRole('link', { name: 'Ouvrir les réglages' }).click();
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('shows no empty frame when the build has no picture of the badge', async () => {
    await renderWelcome();
    const figure = document.querySelector<HTMLElement>('figure.shot')!;
    expect(figure.hidden).toBe(false);
    fireEvent.error(figure.querySelector('img')!);
    expect(figure.hidden).toBe(true);
  });

  it('says it is an independent tool', async () => {
    await renderWelcome();
    expect(text(document.body)).toContain('outil indépendant');
  });
});
