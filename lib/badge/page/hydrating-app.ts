/**
 * Roots of server-rendered apps that hydrate in the browser (Next.js, Nuxt, Gatsby, React's
 * server markup, Vue 2's, Angular's). A node of ours inside one, put there while the document is
 * parsed, makes the markup differ from what the framework expects: React then renders the whole
 * root again (the page flickers and our node goes). Under such a root the badge takes a corner.
 * Its own module: the first stage needs it for the inline spot, while the corner code
 * (./placement.ts) is loaded only when the badge takes a corner.
 */
const HYDRATING_ROOTS = '#__next, #__nuxt, #___gatsby, [data-reactroot], [data-server-rendered], [ng-version]';

export function isInHydratingApp(el: Element): boolean {
  return el.closest(HYDRATING_ROOTS) !== null;
}
