// Checks the number of positional arguments with the wording docker 28.2.2 uses for each rule.
import type { ArgRule } from '../command-types.ts';

const plural = (n: number) => (n === 1 ? 'argument' : 'arguments');

/** A wrong argument count: the first line and the help hint docker prints under the usage block. */
export interface ArgCountProblem {
  /** `'docker tag' requires 2 arguments` (without the `docker: ` prefix). */
  message: string;
  /** docker's own trailer: "Run …", "See …" (at least), and "SRun …" (at most, a typo in docker 28). */
  hintVerb: 'Run' | 'See' | 'SRun';
}

/** The problem with `count` arguments under `rule`, or null when the count is fine. */
export function checkArgCount(rule: ArgRule, count: number, displayPath: string): ArgCountProblem | null {
  const name = `'docker ${displayPath}'`;
  switch (rule.kind) {
    case 'any':
      return null;
    case 'none':
      return count === 0 ? null : { message: `${name} accepts no arguments`, hintVerb: 'Run' };
    case 'exact':
      return count === rule.n ? null : { message: `${name} requires ${rule.n} ${plural(rule.n)}`, hintVerb: 'Run' };
    case 'min':
      return count >= rule.n ? null : { message: `${name} requires at least ${rule.n} ${plural(rule.n)}`, hintVerb: 'See' };
    case 'max':
      return count <= rule.n ? null : { message: `${name} requires at most ${rule.n} ${plural(rule.n)}`, hintVerb: 'SRun' };
    case 'range':
      return count >= rule.min && count <= rule.max
        ? null
        : { message: `${name} requires at least ${rule.min} and at most ${rule.max} ${plural(rule.max)}`, hintVerb: 'Run' };
  }
}
