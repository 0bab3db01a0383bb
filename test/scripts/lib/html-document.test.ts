import { expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/html-document';

// happy-dom stopped parsing at a <style> inside an <svg> (the saved Zalando pages' icons);
// browsers parse on, and so must the tests' documents.
it('parses on after a <style> inside an <svg>', () => {
  const doc = parseHtml('<div><svg><defs><style>.a{fill:red}</style></defs><title>icon</title></svg><h1>Baskets</h1><style>h1{}</style></div>');
  expect(doc.querySelector('h1')?.textContent).toBe('Baskets');
  expect(doc.querySelector('svg title')?.textContent).toBe('icon');
  // A style outside any svg stays.
  expect(doc.querySelectorAll('style')).toHaveLength(1);
});
