import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toolbarAction } from '@/lib/browser/toolbar-action';

const fake = fakeBrowser as unknown as { action?: unknown; browserAction?: unknown };
const { action, browserAction } = fake;

afterEach(() => Object.assign(fake, { action, browserAction }));

describe('toolbarAction', () => {
  it('is action in a Manifest V3 build', () => {
    expect(action).toBeDefined();
    expect(toolbarAction()).toBe(action);
  });

  it('is browserAction in Firefox’s Manifest V2 build, which has no action', () => {
    const mv2 = { setBadgeText: () => Promise.resolve() };
    Object.assign(fake, { action: undefined, browserAction: mv2 });
    expect(toolbarAction()).toBe(mv2);
  });

  it('is undefined where the browser has neither (no toolbar button to update)', () => {
    Object.assign(fake, { action: undefined, browserAction: undefined });
    expect(toolbarAction()).toBeUndefined();
  });
});
