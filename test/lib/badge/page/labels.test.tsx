import { waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PRODUCT, start, inShadow, pill, mounted, setSettings, useBadgePage } from '../../../helpers/badge-page';

// Shipped builds close the shadow root; here it is open so the test can look inside.
vi.mock('@/lib/badge/page/shadow-mode', () => ({ SHADOW_MODE: 'open' }));

useBadgePage();

describe('writePillLabels', () => {
  it('names the platform and its status on the pill: accessible name, line and phone chip', async () => {
    start(PRODUCT);
    await mounted();
    // Amazon declined the 2019 charter and joined the 2020 one: its line names both (issue 22).
    expect(pill().getAttribute('aria-label')).toBe(
      'Charte PME, Amazon\u00a0: Refus en 2019, a rejoint la charte renouvelée (déc. 2020, selon la presse)',
    );
    expect(inShadow('.long')!.textContent).toBe('Refus en 2019, a rejoint la charte renouvelée (déc. 2020, selon la presse)');
    expect(inShadow('.chip')!.textContent).toBe('Charte PME\u00a0: refus en 2019, signée en 2020');
  });

  it('follows the language setting', async () => {
    await setSettings({ language: 'en' });
    start(PRODUCT);
    await mounted();
    expect(pill().getAttribute('aria-label')).toMatch(/^Charte PME, Amazon: Declined in 2019, joined/);
    expect(inShadow('.chip')!.textContent).toBe('Charte PME: declined in 2019, signed in 2020');
  });

  it('relabels the pill when the language setting changes', async () => {
    start(PRODUCT);
    await mounted();
    expect(pill().getAttribute('aria-label')).toMatch(/^Charte PME, Amazon\u00a0: Refus en 2019/);
    await setSettings({ language: 'en' });
    await waitFor(() => expect(pill().getAttribute('aria-label')).toMatch(/^Charte PME, Amazon: Declined in 2019, joined/));
    expect(inShadow('.mark')!.textContent).toBe('Charte PME');
  });
});
