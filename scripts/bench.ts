// `npm run bench`: runs every benchmark section in order and prints Markdown for the README's
// Performance section. A section is one file in scripts/bench/ exporting `section`; register it
// below with one line. `--only=<name fragment>` runs the matching sections.
import { section as detect } from './bench/detect';
import { section as badgeMount } from './bench/badge-mount';
import { section as size } from './bench/size';
import { blockedSection as badgeTraceBlocked, section as badgeTrace } from './bench/badge-trace';
import { section as navigationBurst } from './bench/navigation-burst';
import type { BenchSection } from './bench/types';

const SECTIONS: BenchSection[] = [detect, size, badgeMount, badgeTrace, badgeTraceBlocked, navigationBurst];

const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).toLowerCase();
for (const s of SECTIONS.filter((x) => !only || x.name.toLowerCase().includes(only))) {
  const started = performance.now();
  console.log(`## ${s.name}\n\n${await s.run()}\n\n_(${((performance.now() - started) / 1000).toFixed(1)} s)_\n`);
}
