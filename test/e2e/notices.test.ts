import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultExtDir } from '../helpers/e2e/harness';

describe('the built extension carries the licences of what it bundles', () => {
  it('THIRD_PARTY_NOTICES.txt names Preact, zustand and the MPL-2.0 polyfill with their licence texts', () => {
    const text = readFileSync(path.join(defaultExtDir(), 'THIRD_PARTY_NOTICES.txt'), 'utf8');
    expect(text).toMatch(/^preact@\d+\.\d+\.\d+ \(MIT\)$/m);
    expect(text).toMatch(/^zustand@\d+\.\d+\.\d+ \(MIT\)$/m);
    expect(text).toMatch(/^webextension-polyfill@\d+\.\d+\.\d+ \(MPL-2\.0\)$/m);
    expect(text).toContain('Mozilla Public License Version 2.0');
  });
});
