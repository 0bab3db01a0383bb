import { afterEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setupCommands } from '@/entrypoints/background/commands';
import { setupContextMenu } from '@/entrypoints/background/context-menu';
import { backgroundSettings } from '../../helpers/background-settings';

// Firefox for Android has neither keyboard commands nor context menus. A setup that threw there
// would stop the background's wiring before the welcome page and the rest were set up.
const saved = { commands: fakeBrowser.commands, contextMenus: fakeBrowser.contextMenus };
afterEach(() => Object.assign(fakeBrowser, saved));

it('sets up nothing, and throws nothing, where commands and context menus do not exist', () => {
  Object.assign(fakeBrowser, { commands: undefined, contextMenus: undefined });
  const onInstalled = vi.spyOn(fakeBrowser.runtime.onInstalled, 'addListener');
  expect(() => setupCommands()).not.toThrow();
  expect(() => setupContextMenu(backgroundSettings())).not.toThrow();
  expect(onInstalled).not.toHaveBeenCalled();
});
