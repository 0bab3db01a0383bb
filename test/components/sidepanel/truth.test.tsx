import { describe, expect, it } from 'vitest';
import { ForYou } from '@/components/sidepanel/for-you';
import { QuoteBlock } from '@/components/sidepanel/quote-block';
import { PlatformList } from '@/components/sidepanel/platform-list';
import { Timeline } from '@/components/sidepanel/timeline';
import { BOYCOTT_QUOTE, CONTEXT, EDITIONS, TIMELINE } from '@/data/charter';
import { PLATFORMS } from '@/data/platforms';
import { renderIn } from '../../helpers/sidepanel-render';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ');

// Issue 12's "done when", in the side panel as rendered.
describe('the side panel says what the sources say', () => {
  it('AliExpress names Alibaba as the one that refused, as an inference', () => {
    renderIn('fr', <PlatformList platforms={PLATFORMS} editions={EDITIONS.map((e) => e.id)} currentId={null} />);
    const entry = text(document.querySelector('[data-platform="aliexpress"]'));
    expect(entry).toMatch(/Alibaba n’a pas signé la charte de mars 2019 ; AliExpress fait partie du groupe Alibaba \(déduction, non confirmée\)/);
    expect(entry).toContain('refus du groupe Alibaba (25 mars 2019)');
  });

  it('dates the renewal announcement (7 December 2020) and the 9 July 2025 ruling, the latter as law, not charter', () => {
    renderIn('fr', <Timeline events={TIMELINE} items={CONTEXT.filter((c) => c.id === 'p2b-enforcement')} />);
    expect(text(document.querySelector('[data-event="renewal"] time'))).toBe('7 décembre 2020');
    const ruling = document.querySelector('[data-event="court-ruling"]');
    expect(text(ruling?.querySelector('time'))).toBe('9 juillet 2025');
    expect(text(ruling)).toMatch(/^9 juillet 2025 ?Hors charte/);
    // The old lines: « La date de cette décision n'est pas connue », « Amazon a annoncé faire appel ».
    expect(document.body.textContent).not.toMatch(/décision n’est pas connue|faire appel|fait appel/);
  });

  it('gives the minister’s quote its context, apart from the extension’s own « en votre âme et conscience »', () => {
    renderIn('fr', <QuoteBlock quote={BOYCOTT_QUOTE} />);
    const figure = document.querySelector('figure.quote')!;
    expect(text(figure)).toMatch(/^En mars 2019, à propos du refus d’Amazon.*Amazon a ensuite rejoint la charte renouvelée en décembre 2020/);
    expect(text(figure)).not.toContain('âme et conscience');
    document.body.replaceChildren();
    renderIn('fr', <ForYou items={CONTEXT.filter((c) => c.id === 'scope')} />);
    const own = [...document.querySelectorAll('p')].find((p) => p.textContent?.includes('âme et conscience'))!;
    expect(own.closest('figure, blockquote, q')).toBeNull();
  });
});
