// The docker CLI may not import the shell, so cli/framework/types.ts restates the program contract.
// These type-level checks (enforced by `npm run typecheck`) keep the two in step both ways.
import { describe, expectTypeOf, it } from 'vitest';
import type { Program as ShellProgram, ProgramContext as ShellContext } from '../../../src/shell/program.ts';
import type { Program as CliProgram, ProgramContext as CliContext } from '../../../src/cli/framework/types.ts';

describe('program contract', () => {
  it('a docker program runs where the shell runs programs, with the context the shell gives', () => {
    expectTypeOf<CliProgram>().toExtend<ShellProgram>();
    expectTypeOf<ShellContext>().toExtend<CliContext>();
  });
});
