// `npm run new-platform -- <id> [--name "Name"] [--host example.fr]`: scaffolds a platform (the
// data file with its Test URLs block, its table test, a seller-reader stub and the stub's test),
// adds it to the registry (data/platforms/index.ts) and prints the checklist. Its first stage, badge content
// script and seller reader then follow from its files (modules/platform-registry/plugin.ts).
// Refuses an id that exists or is not kebab-case.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { exportNameOf } from '../modules/platform-registry/plugin';
import { checklist, platformFile, sellerStubFile, sellerTestFile, tableTestFile, type NewPlatform } from './new-platform/templates';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { name: { type: 'string' }, host: { type: 'string' }, root: { type: 'string' } },
});
const root = path.resolve(values.root ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
const id = positionals[0] ?? '';

function fail(message: string): never {
  process.stderr.write(`new-platform: ${message}\nUsage: npm run new-platform -- <id> [--name "Name"] [--host example.fr]\n`);
  process.exit(2);
}

if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(id)) fail(`"${id}" is not a platform id (lowercase letters and digits, kebab-case)`);
// Registrable names only: the platform matches its subdomains (www., m.) by itself.
const hostname = (values.host ?? `${id}.fr`).toLowerCase().replace(/^www\./, '');
if (!/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/.test(hostname)) fail(`"${hostname}" is not a hostname`);
const spec: NewPlatform = { id, name: values.name ?? id, hostname, today: new Date().toISOString().slice(0, 10) };

const files: Array<[string, string]> = [
  [`data/platforms/${id}.ts`, platformFile(spec)],
  [`test/data/platforms/${id}.test.ts`, tableTestFile(spec)],
  [`lib/sellers/${id}.ts`, sellerStubFile(spec)],
  // Beside the reader's path under test/: the test tree mirrors lib/.
  [`test/lib/sellers/${id}.test.ts`, sellerTestFile(spec)],
];
for (const [file] of files) if (existsSync(path.join(root, file))) fail(`${file} exists already`);

/** Adds an import after the file's last import and `entry` where `anchor` says. */
function register(file: string, importLine: string, insert: (text: string) => string): void {
  const full = path.join(root, file);
  const text = readFileSync(full, 'utf8');
  const lastImport = [...text.matchAll(/^import .*;$/gm)].at(-1);
  if (!lastImport) fail(`${file}: no import to add after`);
  const at = lastImport.index + lastImport[0].length;
  const next = insert(`${text.slice(0, at)}\n${importLine}${text.slice(at)}`);
  if (next === text) fail(`${file}: could not find where to register "${id}"`);
  writeFileSync(full, next);
}

const name = exportNameOf(id);
register('data/platforms/index.ts', `import { ${name}, ${name}Details } from './${id}';`, (text) =>
  text.replace(/(export const PLATFORMS[^=]*= [^[]*\[\n[\s\S]*?)(\]\);)/, `$1  [${name}, ${name}Details],\n$2`),
);
for (const [file, contents] of files) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), contents);
}
process.stdout.write(`${checklist(spec)}\n`);
