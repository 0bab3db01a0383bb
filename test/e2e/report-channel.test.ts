// Runs on the built extension (npm run build:chrome first): issue 12 asks that it contain no
// address nobody configured, and no domain nobody here owns.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { assertPrerequisites, defaultExtDir } from '../helpers/e2e/harness';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

it('the default build holds no e-mail address, no charte-pme.org, and says no reporting address is configured', () => {
  const extDir = defaultExtDir();
  assertPrerequisites(extDir);
  const texts = filesUnder(extDir)
    .filter((f) => /\.(?:js|json|html|css|txt)$/.test(f))
    .map((f) => ({ file: path.relative(extDir, f), text: readFileSync(f, 'utf8') }));
  expect(texts.length).toBeGreaterThan(3);
  for (const { file, text } of texts) {
    expect(text.includes('charte-pme.org'), `charte-pme.org in ${file}`).toBe(false);
    // A configured build (WXT_REPORT_TO) would legitimately hold one: this checks the default. The
    // licence notices keep their authors' copyright lines as the licences require: not a contact.
    if (file !== 'THIRD_PARTY_NOTICES.txt') expect(text.match(EMAIL) ?? [], `e-mail address in ${file}`).toEqual([]);
  }
  // The report lives in the popup and the side panel's entry (the badge's card links there).
  expect(texts.some((t) => t.file.endsWith('.js') && /Aucune adresse de signalement/.test(t.text))).toBe(true);
});
