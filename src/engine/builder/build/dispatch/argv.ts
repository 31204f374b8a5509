// Command lines as the config stores them and history prints them.
import { goQuote } from '../../../model/go-quote.ts';
import type { StageState } from '../stage-state.ts';

/** The argv a CMD/ENTRYPOINT/RUN gets: exec form as written, shell form after the stage's SHELL. */
export function argvOf(stage: StageState, cmdLine: string[], prependShell: boolean): string[] {
  if (!prependShell) return [...cmdLine];
  const shell = stage.config.Shell?.length ? stage.config.Shell : ['/bin/sh', '-c'];
  return [...shell, cmdLine.join(' ')];
}

/** Go's `%q` of a []string: `["a" "b"]`. */
export function goList(values: readonly string[]): string {
  return `[${values.map(goQuote).join(' ')}]`;
}
