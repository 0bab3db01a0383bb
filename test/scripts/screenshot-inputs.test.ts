// Issue 22: the pictures in docs/screenshots/ and public/welcome/ show texts and facts; this fails
// when one of those changed after `npm run screenshots` last made them, and says what to run.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INPUTS_FILE, SCREENSHOT_INPUTS, inputsRecord, screenshotInputsHash } from '../../scripts/lib/screenshot-inputs';

/** The hash a record holds (as inputsRecord writes it), or undefined when the text is not a record. */
function recordedHash(text: string): string | undefined {
  return /^([0-9a-f]{64})\s/.exec(text)?.[1];
}

const ROOT = path.resolve(__dirname, '../..');

describe('the screenshots are not older than what they show', () => {
  it('was made from the current locales, data, components and badge styles (else: npm run screenshots)', () => {
    const record = existsSync(path.join(ROOT, INPUTS_FILE)) ? readFileSync(path.join(ROOT, INPUTS_FILE), 'utf8') : '';
    const recorded = recordedHash(record);
    expect(recorded, `${INPUTS_FILE} is missing: run npm run screenshots`).toBeDefined();
    expect(recorded, 'the texts or facts changed since the screenshots were made: run npm run screenshots and commit them').toBe(
      screenshotInputsHash(ROOT),
    );
  });

  it('finds every picture the README embeds, and the welcome page’s own', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const pictures = [...readme.matchAll(/\]\((docs\/screenshots\/[^)]+\.png)\)/g)].map((m) => m[1]!);
    expect(pictures.length).toBeGreaterThan(3);
    for (const picture of pictures) expect(existsSync(path.join(ROOT, picture)), picture).toBe(true);
    for (const file of ['badge-on-page.png', 'badge-on-page-en.png']) expect(existsSync(path.join(ROOT, 'public/welcome', file)), file).toBe(true);
  });

  it('covers the texts, the facts, the views and the badge’s styles', () => {
    for (const input of ['locales', 'data/charter', 'data/platforms', 'components', 'lib/badge/page/pill.css']) expect(SCREENSHOT_INPUTS).toContain(input);
  });
});

describe('the inputs hash', () => {
  const tree = (files: Record<string, string>) => {
    const root = mkdtempSync(path.join(tmpdir(), 'charte-pme-inputs-'));
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
    return root;
  };
  const inputs = ['locales', 'lib/a.css'];

  it('ignores line endings and the order files are found in, and sees any change of text or name', () => {
    const a = tree({ 'locales/fr/x.ts': 'a\nb\n', 'locales/en/x.ts': 'c\n', 'lib/a.css': 'p{}\n' });
    const b = tree({ 'lib/a.css': 'p{}\r\n', 'locales/en/x.ts': 'c\r\n', 'locales/fr/x.ts': 'a\r\nb\r\n' });
    const c = tree({ 'locales/fr/x.ts': 'a\nB\n', 'locales/en/x.ts': 'c\n', 'lib/a.css': 'p{}\n' });
    const d = tree({ 'locales/fr/y.ts': 'a\nb\n', 'locales/en/x.ts': 'c\n', 'lib/a.css': 'p{}\n' });
    try {
      expect(screenshotInputsHash(a, inputs)).toBe(screenshotInputsHash(b, inputs));
      expect(screenshotInputsHash(a, inputs)).not.toBe(screenshotInputsHash(c, inputs));
      expect(screenshotInputsHash(a, inputs)).not.toBe(screenshotInputsHash(d, inputs));
      // Other files (pictures, notes) do not count.
      writeFileSync(path.join(a, 'locales/notes.md'), 'x');
      expect(screenshotInputsHash(a, inputs)).toBe(screenshotInputsHash(b, inputs));
    } finally {
      for (const root of [a, b, c, d]) rmSync(root, { recursive: true, force: true });
    }
  });

  it('records the hash on a line a person can read, and reads it back', () => {
    const hash = 'a'.repeat(64);
    expect(inputsRecord(hash)).toMatch(/^a{64} {2}locales /);
    expect(recordedHash(inputsRecord(hash))).toBe(hash);
    expect(recordedHash('garbage')).toBeUndefined();
  });
});
