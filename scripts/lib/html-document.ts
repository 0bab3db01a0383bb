/**
 * Saved pages for tests, the CLI and the benchmark: read (.html or .html.gz, any charset) and
 * parse into a happy-dom Document that runs no script and loads nothing.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Window } from 'happy-dom';

/** Reads an HTML file, gunzipping `.gz`, and decodes it by its declared charset. */
export function readHtmlFile(path: string): string {
  const raw = readFileSync(path);
  return decodeHtml(path.endsWith('.gz') ? gunzipSync(raw) : raw);
}

// Where a page's <meta charset> may be: browsers look through the head, and saved pages put
// comments and scripts before it (Rakuten's ISO-8859-1 declaration sits at byte 1,309).
const PRESCAN_BYTES = 4096;

/** The charset label a page declares: its BOM, else `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">`. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1]?.toLowerCase();
}

/**
 * Decodes by the page's declared charset (BOM, then meta), as a browser would: ISO-8859-1 pages
 * (Rakuten's) read as windows-1252, the WHATWG mapping of that label. A page that says UTF-8 (or
 * nothing) but is not (old leboncoin pages are Latin-1 behind a UTF-8 meta) falls back to
 * windows-1252.
 */
export function decodeHtml(bytes: Uint8Array): string {
  const declared = declaredCharset(bytes) ?? 'utf-8';
  if (declared !== 'utf-8' && declared !== 'utf8') {
    try {
      // ignoreBOM false (the default) drops a BOM that matches the charset.
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // An unknown label: try UTF-8 below.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

let window: Window | undefined;

// happy-dom's parser drops everything after a <style> inside an <svg> (the saved Zalando pages'
// wish-list icon), where browsers parse on. Such a style holds no text a test reads: it goes.
const SVG_WITH_STYLE = /<svg\b(?:(?!<\/svg>)[\s\S])*?<style\b[\s\S]*?<\/svg>/gi;
const STYLE = /<style\b[\s\S]*?<\/style>/gi;

/** Parses HTML into a Document. Scripts never run and nothing is fetched (DOMParser, all loading off). */
export function parseHtml(html: string): Document {
  html = html.replace(SVG_WITH_STYLE, (svg) => svg.replace(STYLE, ''));
  window ??= new Window({
    url: 'about:blank',
    settings: {
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
