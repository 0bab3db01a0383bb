import { waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PRODUCT, LISTING, start, hosts, button, mounted, gone, click, openCard, navigate, sent, context, useBadgePage } from '../../../helpers/badge-page';

// Shipped builds close the shadow root; here it is open so the test can look inside.
vi.mock('@/lib/badge/page/shadow-mode', () => ({ SHADOW_MODE: 'open' }));

useBadgePage();

describe('ContentScriptContext in a running first stage', () => {
  it('an orphaned copy (extension reloaded) takes its badge down at the next event, without errors', async () => {
    start(PRODUCT);
    await mounted();
    await openCard();
    sent.length = 0;
    fakeBrowser.runtime.id = undefined as unknown as string; // what Chrome does to an orphan
    const errors = vi.spyOn(console, 'error');
    expect(() => click(button('Détails'))).not.toThrow();
    navigate(LISTING);
    await gone();
    expect(sent).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
  });

  it('a newer copy in the same isolated world retires the older one', async () => {
    start(PRODUCT);
    await mounted();
    const older = context();
    start(PRODUCT);
    expect(older.isValid).toBe(false);
    await waitFor(() => expect(hosts()).toHaveLength(1));
  });
});
