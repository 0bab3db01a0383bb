import { waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings, sanitizeSettings, settingsItem } from '@/lib/settings';
import { PRODUCT, start, hosts, inShadow, button, mounted, gone, click, forgedClick, openCard, pause, sent, trusted, useBadgePage } from '../../helpers/badge-page';

// Shipped builds close the shadow root; here it is open so the test can look inside.
vi.mock('@/lib/badge/page/shadow-mode', () => ({ SHADOW_MODE: 'open' }));

useBadgePage();

describe('the card’s actions', () => {
  it('"Details" asks the background to open the panel, synchronously in the click', async () => {
    start(PRODUCT);
    await mounted();
    await openCard();
    sent.length = 0;
    click(button('Détails'));
    expect(sent).toEqual([{ type: 'panel/open', platform: 'amazon' }]);
  });

  it('ignores clicks and key presses a page script makes in the card (isTrusted false)', async () => {
    start(PRODUCT);
    await mounted();
    await openCard();
    sent.length = 0;
    forgedClick(button('Détails'));
    forgedClick(button('Masquer sur ce site'));
    forgedClick(inShadow('.close')!);
    inShadow('.card')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await pause();
    expect(sent).toEqual([]);
    expect(inShadow('.card')).not.toBeNull();
    expect(sanitizeSettings(await settingsItem().getValue())).toEqual(defaultSettings());
  });

  it('"Hide on this site" says so with an undo, saves when the card closes, and the badge goes', async () => {
    start(PRODUCT);
    await mounted();
    await openCard();
    click(button('Masquer sur ce site'));
    expect(inShadow('[role="status"]')?.textContent).toBe('Le badge va quitter amazon.fr.');
    expect(button('Annuler')).toBeTruthy();
    await pause();
    // Not yet saved: the undo is still on offer.
    expect(sanitizeSettings(await settingsItem().getValue()).hiddenSites).toEqual([]);
    click(inShadow('button.close')!);
    await gone();
    expect(sanitizeSettings(await settingsItem().getValue()).hiddenSites).toEqual(['amazon.fr']);
  });

  it('"Undo" keeps the badge and the setting as they were, even when the page is then left', async () => {
    start(PRODUCT);
    await mounted();
    await openCard();
    click(button('Masquer sur ce site'));
    click(button('Annuler'));
    expect(button('Masquer sur ce site')).toBeTruthy();
    expect(inShadow('[role="status"]')?.textContent).toBe('');
    window.dispatchEvent(trusted(new Event('pagehide')));
    await pause();
    expect(sanitizeSettings(await settingsItem().getValue()).hiddenSites).toEqual([]);
    expect(hosts()).toHaveLength(1);
  });

  it('"Hide on this site" says so in the card when the write fails', async () => {
    start(PRODUCT);
    await mounted();
    await openCard();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    click(button('Masquer sur ce site'));
    // Leaving the page saves at once (a page script's forged pagehide does not).
    window.dispatchEvent(new Event('pagehide'));
    await pause();
    expect(inShadow('[role="alert"]')).toBeNull();
    window.dispatchEvent(trusted(new Event('pagehide')));
    await waitFor(() => expect(inShadow('[role="alert"]')?.textContent).toContain('Impossible d’enregistrer ce choix'));
    expect(hosts()).toHaveLength(1);
  });
});
