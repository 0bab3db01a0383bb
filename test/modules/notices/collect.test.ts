import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatNotices, packageOfModule, readNotice } from '@/modules/notices/collect';

const ROOT = path.join(import.meta.dirname, '../../..');

describe('third-party notices', () => {
  it.each([
    ['/p/node_modules/preact/dist/preact.module.js', 'preact'],
    ['/p/node_modules/@wxt-dev/storage/dist/index.mjs', '@wxt-dev/storage'],
    ['/p/node_modules/a/node_modules/b/index.js', 'b'],
    ['\0/p/node_modules/zustand/esm/vanilla.mjs?commonjs-proxy', 'zustand'],
    ['C:\\p\\node_modules\\defu\\dist\\defu.mjs', 'defu'],
    ['/p/lib/detect/detect.ts', null],
    ['\0vite/preload-helper', null],
  ])('%s comes from %s', (id, name) => {
    expect(packageOfModule(id)).toBe(name);
  });

  it('reads the licence id and text from the package itself (webextension-polyfill is MPL-2.0)', () => {
    const polyfill = readNotice(ROOT, 'webextension-polyfill');
    expect(polyfill.license).toBe('MPL-2.0');
    expect(polyfill.text).toContain('Mozilla Public License');
    expect(readNotice(ROOT, 'preact')).toMatchObject({ license: 'MIT' });
  });

  it('writes one section per package, sorted, with name, version and licence', () => {
    const text = formatNotices([
      { name: 'zeta', version: '1.0.0', license: 'MIT', text: 'Z licence' },
      { name: 'alpha', version: '2.0.0', license: 'MPL-2.0', text: 'A licence' },
    ]);
    expect(text.indexOf('alpha@2.0.0 (MPL-2.0)')).toBeLessThan(text.indexOf('zeta@1.0.0 (MIT)'));
    expect(text).toContain('A licence');
    expect(text).toContain('Z licence');
  });
});
