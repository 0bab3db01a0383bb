// Imports no app module: WXT's own setup must stub `browser` before anything captures it.
import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanup());
