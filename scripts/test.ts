// `npm test`: every check of the README, in order, one step each (scripts/run-steps.ts).
import { runSteps, type Step } from './run-steps';

const npx = (...args: string[]) => ({ command: 'npx', args });

const STEPS: readonly Step[] = [
  { name: 'typecheck', ...npx('tsc', '--noEmit') },
  { name: 'unit and component tests', ...npx('vitest', 'run') },
  { name: 'build (Chrome)', ...npx('wxt', 'build') },
  { name: 'browser tests (Chromium)', ...npx('vitest', 'run', '-c', 'vitest.e2e.config.ts') },
];

process.exit(runSteps('npm test', STEPS));
