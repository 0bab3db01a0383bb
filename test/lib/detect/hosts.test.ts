import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '@/data/platforms';
import { HOST_PATTERNS, hostPatternsOf } from '@/lib/detect/hosts';

/** Whether a match pattern `*://*.<host>/*` covers a URL, as browsers read it: the host or a subdomain. */
function covers(pattern: string, href: string): boolean {
  const host = /^\*:\/\/\*\.([^/]+)\/\*$/.exec(pattern)?.[1];
  if (!host) throw new Error(`not a host pattern: ${pattern}`);
  const { protocol, hostname } = new URL(href);
  return (protocol === 'https:' || protocol === 'http:') && (hostname === host || hostname.endsWith(`.${host}`));
}

describe('hostPatternsOf', () => {
  it('gives one pattern per hostname, in order, covering the host and its subdomains', () => {
    expect(hostPatternsOf([{ hostnames: ['amazon.fr', 'amazon.de'] }, { hostnames: [] }, { hostnames: ['fnac.com'] }])).toEqual([
      '*://*.amazon.fr/*',
      '*://*.amazon.de/*',
      '*://*.fnac.com/*',
    ]);
    expect(hostPatternsOf([])).toEqual([]);
  });
});

describe('HOST_PATTERNS', () => {
  it('is every platform’s patterns, from the platform files', () => {
    expect(HOST_PATTERNS).toEqual(hostPatternsOf(PLATFORMS));
    expect(HOST_PATTERNS.length).toBe(PLATFORMS.reduce((n, p) => n + p.hostnames.length, 0));
    expect(new Set(HOST_PATTERNS).size).toBe(HOST_PATTERNS.length);
  });

  it.each(PLATFORMS.flatMap((p) => p.hostnames))('%s: covers its host and its www., not a lookalike', (host) => {
    expect(HOST_PATTERNS.some((p) => covers(p, `https://${host}/x`))).toBe(true);
    expect(HOST_PATTERNS.some((p) => covers(p, `https://www.${host}/x`))).toBe(true);
    expect(HOST_PATTERNS.filter((p) => covers(p, `https://${host}.example.test/x`))).toEqual([]);
  });
});
