import { expect, it } from 'vitest';
import { SHADOW_MODE } from '@/lib/badge/page/shadow-mode';

// The unit tests that look inside the badge mock this module; what ships must stay closed, so
// that a page can neither read nor rewrite what the badge says.
it('closes the badge’s shadow root', () => {
  expect(SHADOW_MODE).toBe('closed');
});
