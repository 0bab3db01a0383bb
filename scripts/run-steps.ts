import { spawnSync } from 'node:child_process';

export interface Step {
  name: string;
  command: string;
  args: string[];
}

/**
 * Runs each step in order with the terminal attached; stops at the first failure and says which
 * step failed and which did not run (a chain of `&&` stops silently). Returns the exit code.
 */
export function runSteps(label: string, steps: readonly Step[], write: (text: string) => void = (t) => process.stdout.write(t)): number {
  const done: string[] = [];
  for (const [index, step] of steps.entries()) {
    const started = Date.now();
    write(`\n▶ ${label}, step ${index + 1}/${steps.length}: ${step.name}\n`);
    const result = spawnSync(step.command, step.args, { stdio: 'inherit' });
    const seconds = Math.round((Date.now() - started) / 1000);
    if (result.status !== 0) {
      const rest = steps.slice(index + 1).map((s) => s.name);
      const why = result.error?.message ?? (result.signal ? `killed by ${result.signal}` : `exit ${result.status}`);
      write(`\n✖ ${label}: step "${step.name}" failed (${why}, ${seconds} s).\n`);
      if (rest.length) write(`  Not run because of it: ${rest.join(', ')}.\n`);
      return result.status || 1;
    }
    done.push(`${step.name} (${seconds} s)`);
  }
  write(`\n✔ ${label}: every step passed: ${done.join(', ')}.\n`);
  return 0;
}
