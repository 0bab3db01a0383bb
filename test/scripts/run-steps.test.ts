import { describe, expect, it } from 'vitest';
import { runSteps } from '@/scripts/run-steps';

const node = (name: string, code: string) => ({ name, command: process.execPath, args: ['-e', code] });

describe('npm test runs its steps in order and says which one failed', () => {
  it('stops at the first failing step, names it and the steps that did not run, and returns its exit code', () => {
    let out = '';
    const code = runSteps('npm test', [node('typecheck', ''), node('unit', 'process.exit(3)'), node('build', ''), node('browser', '')], (t) => (out += t));
    expect(code).toBe(3);
    expect(out).toContain('step 1/4: typecheck');
    expect(out).toContain('step "unit" failed (exit 3');
    expect(out).toContain('Not run because of it: build, browser.');
    expect(out).not.toContain('step 3/4');
  });

  it('says every step passed, with its time, when none fails', () => {
    let out = '';
    expect(runSteps('npm test', [node('a', ''), node('b', '')], (t) => (out += t))).toBe(0);
    expect(out).toMatch(/every step passed: a \(\d+ s\), b \(\d+ s\)\./);
  });

  it('reports a command that cannot start as a failure', () => {
    let out = '';
    const code = runSteps('npm test', [{ name: 'missing', command: '/nonexistent/tool', args: [] }, node('after', '')], (t) => (out += t));
    expect(code).toBe(1);
    expect(out).toMatch(/step "missing" failed \(spawnSync \/nonexistent\/tool ENOENT/);
    expect(out).toContain('Not run because of it: after.');
  });
});
