import { describe, expect, it } from 'vitest';
import { isInHydratingApp } from '@/lib/badge/page/hydrating-app';

describe('isInHydratingApp', () => {
  it.each(['<div id="__next">', '<div id="__nuxt">', '<div id="___gatsby">', '<div data-reactroot="">', '<div data-server-rendered="true">', '<app-root ng-version="17.0.0">'])(
    'is true under %s',
    (root) => {
      const tag = root.slice(1, root.search(/[ >]/));
      document.body.innerHTML = `${root}<main><h1 id="t">B</h1></main></${tag}>`;
      expect(isInHydratingApp(document.getElementById('t')!)).toBe(true);
    },
  );

  it('is false on a page rendered by the server alone', () => {
    document.body.innerHTML = '<div id="app"><main><h1 id="t">B</h1></main></div>';
    expect(isInHydratingApp(document.getElementById('t')!)).toBe(false);
  });
});
