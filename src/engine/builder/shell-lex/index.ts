// Public surface of the Dockerfile shell lexer (variable expansion and word splitting).
export { ShellLex, type ShellLexOptions, type ProcessWordResult } from './lex.ts';
export { ShellLexError } from './errors.ts';
export { buildEnvs, toEnvMap, type EnvInput } from './env.ts';
export { convertShellPatternToRegex, trimPrefix, trimSuffix, replacePattern } from './pattern.ts';
