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

/**
 * Decodes by the `<meta charset>` of the first 2 KB; a page that says UTF-8 but is not (old
 * leboncoin pages are Latin-1 behind a UTF-8 meta) falls back to windows-1252.
 */
export function decodeHtml(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase() ?? 'utf-8';
  if (declared !== 'utf-8' && declared !== 'utf8') {
    try {
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

/** Parses HTML into a Document. Scripts never run and nothing is fetched (DOMParser, all loading off). */
export function parseHtml(html: string): Document {
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
