// `npm test`: every check of the README, in order, one step each (scripts/run-steps.ts).
import { runSteps, type Step } from './run-steps';

const npx = (...args: string[]) => ({ command: 'npx', args });

const STEPS: readonly Step[] = [
  { name: 'typecheck', ...npx('tsc', '--noEmit') },
  { name: 'unit and component tests', ...npx('vitest', 'run') },
  { name: 'build (Chrome)', ...npx('wxt', 'build') },
  { name: 'build (Edge)', ...npx('wxt', 'build', '-b', 'edge') },
  { name: 'browser tests (Chromium: Chrome and Edge builds)', ...npx('vitest', 'run', '-c', 'vitest.e2e.config.ts') },
  { name: 'build (Firefox)', ...npx('wxt', 'build', '-b', 'firefox') },
  { name: 'browser tests (Firefox ESR)', ...npx('vitest', 'run', '-c', 'vitest.firefox.config.ts') },
];

process.exit(runSteps('npm test', STEPS));
