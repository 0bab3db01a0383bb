import { describe, expect, it } from 'vitest';
import { findInlineSpot } from '@/lib/badge/page/inline-spot';

const spotFor = (body: string) => {
  document.body.innerHTML = body;
  const spot = findInlineSpot(document.getElementById('t')!);
  return spot && { after: (spot.node as HTMLElement).id || spot.node.tagName.toLowerCase(), where: spot.where };
};

describe('findInlineSpot', () => {
  it.each([
    ['a plain title', '<div id="s"><span id="t">Bouilloire</span></div>', { after: 't', where: 'after' }],
    ['a heading (Amazon: h1#title > span#productTitle)', '<div><h1 id="title"><span id="t">Bouilloire</span></h1></div>', { after: 'title', where: 'after' }],
    ['a link in a heading', '<h1 id="h"><a href="/x"><span id="t">B</span></a></h1>', { after: 'h', where: 'after' }],
    ['a heading in a link', '<a id="a" href="/x"><h1><span id="t">B</span></h1></a>', { after: 'a', where: 'after' }],
    ['a submit button', '<form><button id="b" type="submit"><span id="t">B</span></button></form>', { after: 'b', where: 'after' }],
    ['a label', '<label id="l"><span id="t">B</span><input></label>', { after: 'l', where: 'after' }],
    ['a summary', '<details open><summary id="s"><span id="t">B</span></summary></details>', { after: 's', where: 'after' }],
    ['an editable region', '<div id="e" contenteditable><span id="t">B</span></div>', { after: 'e', where: 'after' }],
    ['a role=heading', '<div id="r" role="heading"><span id="t">B</span></div>', { after: 'r', where: 'after' }],
    ['an SVG text', '<div><svg id="v"><text id="t">B</text></svg></div>', { after: 'v', where: 'after' }],
    ['an aria-hidden block', '<div id="x" aria-hidden="true"><span id="t">B</span></div>', { after: 'x', where: 'after' }],
  ])('%s: after the outermost of them', (_name, body, expected) => {
    expect(spotFor(body)).toEqual(expected);
  });

  it.each([
    ['a hidden parent', '<div hidden><span id="t">B</span></div>'],
    ['a closed dialog', '<dialog><span id="t">B</span></dialog>'],
  ])('%s: a corner', (_name, body) => {
    expect(spotFor(body)).toBeNull();
  });

  it('puts the badge above a title longer than 1,000 characters', () => {
    expect(spotFor(`<h1 id="h"><span id="t">${'x'.repeat(1001)}</span></h1>`)).toEqual({ after: 'h', where: 'before' });
    expect(spotFor(`<h1 id="h"><span id="t">${'x'.repeat(1000)}</span></h1>`)).toEqual({ after: 'h', where: 'after' });
  });
});
