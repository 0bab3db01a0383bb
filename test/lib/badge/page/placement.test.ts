import { expect, it } from 'vitest';
import { cornerBox, EDGE_PX } from '@/lib/badge/page/placement';

// The corners are tried without moving the host: each box is computed from its size. (Hit-testing
// needs a real layout: test/e2e/badge-placement.test.ts checks it in Chromium.)
it('puts a box of the host’s size at EDGE_PX from the edges of the viewport, in each corner', () => {
  const size = { width: 150, height: 32 };
  const viewport = { width: 1366, height: 800 };
  expect(cornerBox(size, 'bottom-right', viewport)).toEqual({ left: 1366 - EDGE_PX - 150, top: 800 - EDGE_PX - 32, right: 1366 - EDGE_PX, bottom: 800 - EDGE_PX });
  expect(cornerBox(size, 'bottom-left', viewport)).toEqual({ left: EDGE_PX, top: 800 - EDGE_PX - 32, right: EDGE_PX + 150, bottom: 800 - EDGE_PX });
  expect(cornerBox(size, 'top-right', viewport)).toEqual({ left: 1366 - EDGE_PX - 150, top: EDGE_PX, right: 1366 - EDGE_PX, bottom: EDGE_PX + 32 });
  expect(cornerBox(size, 'top-left', viewport)).toEqual({ left: EDGE_PX, top: EDGE_PX, right: EDGE_PX + 150, bottom: EDGE_PX + 32 });
});
