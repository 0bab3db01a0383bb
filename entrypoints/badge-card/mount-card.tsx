import { render } from 'preact';
import { createStore } from 'zustand/vanilla';
import { browser } from '#imports';
import { Card } from '@/components/badge/card';
import { TranslatorProvider } from '@/components/i18n';
import { getPlatform } from '@/data/platforms';
import { statusHistory } from '@/lib/badge/card-facts';
import { followSeller } from '@/lib/badge/card-seller';
import type { BadgeState, CardHandoff } from '@/lib/badge/page/handoff';
import { createTranslator, resolveLang } from '@/lib/i18n';
import { hideSite, sanitizeSettings, settingsItem } from '@/lib/settings';
import { displayStatus, shortStatus } from '@/lib/status';
import { CONTENT_SCRIPT_MESSAGES } from '@/locales/content-script';
import css from './card.css?inline';

interface CardState extends BadgeState {
  hideFailed: boolean;
}

/**
 * Renders the card into the pill's shadow root and keeps it in step with the first stage's state
 * (mirrored into a zustand/vanilla store the view follows), until the page view ends.
 */
export function mountCard(handoff: CardHandoff): void {
  const platform = getPlatform(handoff.platformId);
  if (!platform) return;
  const status = displayStatus(platform);
  const history = statusHistory(platform);
  const store = createStore<CardState>()(() => ({ ...handoff.state.getState(), hideFailed: false }));
  const stopMirror = handoff.state.subscribe((next) => store.setState(next));

  const style = document.createElement('style');
  style.textContent = css;
  handoff.root.append(style);
  const slot = handoff.slot;
  slot.replaceChildren();

  /**
   * Only the user drives the badge: events a page script dispatches (isTrusted false) do nothing,
   * and neither does anything once this copy is orphaned (the check also takes the badge down).
   */
  const trusted = (run: () => void) => (event: Event) => {
    if (event.isTrusted && handoff.isValid()) run();
  };

  const hide = async () => {
    try {
      const item = settingsItem();
      const current = sanitizeSettings(await item.getValue());
      await item.setValue({ ...current, ...hideSite(current, handoff.hostname) });
    } catch {
      store.setState({ hideFailed: true });
    }
  };

  const draw = () => {
    if (!handoff.isValid()) {
      stopMirror();
      render(null, slot);
      return;
    }
    const s = store.getState();
    const lang = resolveLang(s.settings.language, navigator.language);
    const t = createTranslator(CONTENT_SCRIPT_MESSAGES[lang]);
    render(
      s.isOpen ? (
        <TranslatorProvider lang={lang} t={t}>
          <Card
            platformName={platform.name}
            status={status}
            statusLine={shortStatus(platform, t, handoff.hostname)}
            history={history}
            seller={s.seller}
            hideFailed={s.hideFailed}
            onClose={trusted(() => handoff.close())}
            // Synchronous all the way to sendMessage: the click's user gesture must reach sidePanel.open().
            onDetails={trusted(() => void browser.runtime.sendMessage({ type: 'panel/open', platform: platform.id }).catch(() => undefined))}
            onHide={trusted(() => void hide())}
          />
        </TranslatorProvider>
      ) : null,
      slot,
    );
  };
  store.subscribe(draw);
  draw();
  followSeller(handoff);
  handoff.isCardLoaded = true;
  // For npm run bench: from the click (the first stage's mark) to the card's first frame.
  requestAnimationFrame(() => {
    try {
      performance.measure('charte-pme:card', 'charte-pme:open');
    } catch {
      // Opened on arrival: no click to measure from.
    }
  });
}
