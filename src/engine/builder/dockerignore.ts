// .dockerignore: reading the file into patterns and deciding which context paths are left out
// (moby/patternmatcher and its ignorefile package).
export { DockerignoreReadError, readDockerignore } from './dockerignore/read.ts';
export { IgnorePattern, IllegalPatternError, PatternMatcher, matchesLegacy, matchesOrParentMatches } from './dockerignore/matcher.ts';
export type { MatchInfo } from './dockerignore/matcher.ts';
export { compilePattern } from './dockerignore/pattern.ts';
export type { CompiledPattern, MatchType } from './dockerignore/pattern.ts';
export { cleanPath } from './dockerignore/clean.ts';
export { BadPatternError } from '../model/reference/path-match.ts';
