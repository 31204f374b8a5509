// Public surface of the instruction pass (AST → typed instructions and stages).
export { parseInstruction, isCommand } from './parse-instruction.ts';
export { parseStages, type ParsedStages } from './parse-stages.ts';
export { InstructionError } from './errors.ts';
export { BFlags, Flag } from './bflags.ts';
export { parseMount, checkNetwork, checkSecurity, type WordExpander } from './run-flags.ts';
export { suggest, withSuggestion, levenshtein } from './suggest.ts';
export type * from './types.ts';
