import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App, statusExamples } from '@/entrypoints/welcome/app';
import { DISPLAY_STATUSES, displayStatus, isInferred } from '@/lib/status';
import { bindSettings, createSettingsStore } from '@/lib/stores';

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
    expect(document.querySelector('figure.shot img')?.getAttribute('src')).toBe(lang === 'fr-FR' ? '/welcome/badge-on-page.png' : '/welcome/badge-on-page-en.png');
    expect(document.querySelector('figure.shot img')?.getAttribute('alt')).toMatch(/Charte PME/);
    expect(document.title).toBe(title);
    const page = text(document.body);
    expect(page).toMatch(platform);
    expect(page).toMatch(boycott);
    expect(page).toMatch(privacy);
    expect(document.querySelectorAll('.examples > li[data-status]')).toHaveLength(4);
    // Issue 22 added « Sur un téléphone et dans la barre d’outils », which explains the marks.
    expect(screen.getAllByRole('heading', { level: 2 }).length).toBe(7);
    expect(within(document.body).getAllByRole('listitem').length).toBeGreaterThanOrEqual(6);
  });

  it('explains the phone chip and the toolbar marks, inference included, and shows the badge on a page', async () => {
    await renderWelcome();
    const page = text(document.body);
    // text() reads no-break spaces as spaces.
    expect(text(document.querySelector('#marks + p'))).toMatch(/« oui », « non » ou « \? ».*« par déduction ».*« oui\* »/);
    // Each example says what the chip and the toolbar show for it, from the same functions.
    const amazon = document.querySelector('.examples > li[data-status="renewal-signatory"]')!;
    expect(text(amazon)).toContain('Refus en 2019, a rejoint la charte renouvelée (déc. 2020, selon la presse)');
    expect(text(amazon)).toContain('Sur un téléphone : « Charte PME : refus en 2019, signée en 2020 » · icône de la barre d’outils : « oui »');
    const img = document.querySelector('figure.shot img')!;
    expect(img.getAttribute('src')).toBe('/welcome/badge-on-page.png');
    expect(img.getAttribute('alt')).toContain('Refus en 2019');
    // Edge has an eye, not a pin.
    expect(page).toMatch(/Edge : cliquez.*œil/);
  });

  it('shows the English picture in English', async () => {
    await renderWelcome('en-GB');
    expect(document.querySelector('figure.shot img')?.getAttribute('src')).toBe('/welcome/badge-on-page-en.png');
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
