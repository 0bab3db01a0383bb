// `npm run detect`: classifies URLs (and optionally a saved page) with the extension's own
// detector and prints one JSON object per URL and line, in order. For checking saved pages by
// hand and in scripts; `npm run -s detect …` leaves only the JSON lines on stdout.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { detectPage } from '../lib/detect/detect';

const USAGE = `Usage:
  npm run -s detect -- --url <url> [--url <url> …]
  npm run -s detect -- --url <url> --html <page.html|page.html.gz>
  npm run -s detect -- --urls <file|->          (one URL per line; "-" reads stdin)

Prints one JSON line per URL, in order:
  {"url":"…","platform":"amazon"|null,"isProductPage":true|false,"signals":["host:…","rule:…"],"matchedHost":"amazon.fr"}
--html parses the saved page (scripts never run, decoded by its declared charset) and gives it as
the document of the single --url; the line then also says who sells the item, as the badge reads it:
  "seller":{"kind":"third-party","name":"idigital"},"trader":"professional"|"private"|null
An unparsable URL still gets its line, with "platform": null.`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    options: {
      url: { type: 'string', multiple: true },
      urls: { type: 'string' },
      html: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  }).values;
}
try {
  args = parse();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

if (args.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

const urls = [...(args.url ?? [])];
if (args.urls !== undefined) {
  const text = readFileSync(args.urls === '-' ? 0 : args.urls, 'utf8');
  urls.push(...text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#')));
}
if (urls.length === 0) fail('No URL given.');
if (args.html !== undefined && urls.length !== 1) fail(`--html applies to a single URL; ${urls.length} were given.`);

let doc: Document | undefined;
if (args.html !== undefined) {
  // Loaded only when needed: URL-only runs stay quick.
  const { parseHtml, readHtmlFile } = await import('./lib/html-document');
  try {
    doc = parseHtml(readHtmlFile(args.html));
  } catch (error) {
    process.stderr.write(`Cannot read ${args.html}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

/**
 * The seller readers, through Vite's module runner: their list is generated from the platform
 * registry at build time (modules/platform-registry/plugin.ts), which jiti alone cannot do.
 */
async function loadSellers(): Promise<typeof import('../lib/sellers')> {
  const [{ runnerImport }, { platformRegistry }] = await Promise.all([import('vite'), import('../modules/platform-registry/plugin')]);
  const root = fileURLToPath(new URL('..', import.meta.url));
  const options = { configFile: false as const, root, logLevel: 'error' as const, plugins: [platformRegistry(root)] };
  return (await runnerImport<typeof import('../lib/sellers')>(`${root}lib/sellers/index.ts`, options)).module;
}

/** The seller as the badge reads it (product pages only), and the trader status the page states. */
async function sellerFields(detection: ReturnType<typeof detectPage>, page: Document) {
  const { createBudget, sellerOf } = await loadSellers();
  // Nodes only: happy-dom's DOM is far slower than a browser's, so a time limit here would cut
  // readings the extension completes; the node budget is the same as in the page.
  const seller = detection.isProductPage ? sellerOf(detection.platform, page, createBudget({ ms: Number.POSITIVE_INFINITY })) : { kind: 'unknown' as const };
  const { trader, ...rest } = seller;
  return { seller: rest, trader: trader ?? null };
}

const lines: string[] = [];
for (const url of urls) {
  const detection = detectPage(url, doc);
  lines.push(JSON.stringify({ url, ...detection, ...(doc ? await sellerFields(detection, doc) : {}) }));
}
process.stdout.write(`${lines.join('\n')}\n`);
