// Build checks BuildKit runs while dispatching the stages a build needs: variables used before they
// are defined (UndefinedVar), relative WORKDIRs (WorkdirRelativePath) and COPY/ADD sources that .dockerignore excludes (CopyIgnoredFile).
// Both follow each stage's environment: the base's (image or earlier stage), then ENV and ARG.
import { goQuote } from '../../model/go-quote.ts';
import { cleanPath } from '../dockerignore/clean.ts';
import { suggest } from '../instructions/suggest.ts';
import type { Command } from '../instructions/types.ts';
import { ShellLex } from '../shell-lex/lex.ts';
import { metaArgEnv, predefinedArgs } from './from-rules.ts';
import { ruleUrl } from './rules.ts';
import type { LintInput, LintRule, LintWarning } from './types.ts';

interface StageEnv {
  env: Map<string, string>;
  /** ARG names declared in the stage (with or without a value): never reported. */
  declared: Set<string>;
}

interface DispatchFindings {
  undefinedVars: LintWarning[];
  /** WORKDIR paths as expanded, with whether an absolute WORKDIR came before (in this stage or its base). */
  relativeWorkdirs: LintWarning[];
  sources: { command: 'Copy' | 'Add'; src: string; line: number }[];
}

const walked = new WeakMap<LintInput, DispatchFindings>();

/** The words each instruction expands before it runs (RUN, CMD and ENTRYPOINT leave that to the shell). */
function expandedWords(c: Command): string[] {
  switch (c.kind) {
    case 'LABEL':
      return c.labels.flatMap((l) => [l.key, l.value]);
    case 'WORKDIR':
      return [c.path];
    case 'USER':
      return [c.user];
    case 'VOLUME':
      return c.volumes;
    case 'STOPSIGNAL':
      return [c.signal];
    case 'EXPOSE':
      return c.ports;
    case 'COPY':
    case 'ADD':
      return [...c.files.sourcePaths, c.files.destPath, c.chown, c.chmod].filter((w) => w !== '');
    default:
      return [];
  }
}

function walk(input: LintInput): DispatchFindings {
  const cached = walked.get(input);
  if (cached) return cached;
  const lex = new ShellLex(input.parsed.escapeToken);
  const meta = metaArgEnv(input, false) ?? new Map<string, string>();
  const predefined = predefinedArgs(input.platform);
  const found: DispatchFindings = { undefinedVars: [], relativeWorkdirs: [], sources: [] };
  const stageEnvs: StageEnv[] = [];
  const absoluteWorkdir: boolean[] = [];
  const process = (word: string, st: StageEnv, line: number): string | null => {
    try {
      const r = lex.processWordWithMatches(word, st.env);
      for (const name of r.unmatched) {
        if (st.declared.has(name) || predefined.has(name)) continue;
        const match = suggest(name, [...st.env.keys()], true);
        found.undefinedVars.push({
          rule: 'UndefinedVar',
          detail: `Usage of undefined variable '$${name}'${match === null ? '' : ` (did you mean $${match}?)`}`,
          line,
        });
      }
      return r.result;
    } catch {
      return null;
    }
  };

  input.stages.forEach((stage, index) => {
    let base: string;
    try {
      base = lex.processWord(stage.baseName, meta);
    } catch {
      base = stage.baseName;
    }
    const lower = base.toLowerCase();
    const parent = input.stages.findIndex((s, i) => i < index && s.stageName !== '' && s.stageName === lower);
    const st: StageEnv =
      parent >= 0
        ? { env: new Map(stageEnvs[parent].env), declared: new Set(stageEnvs[parent].declared) }
        : { env: new Map(envPairs(lower === 'scratch' ? [] : input.baseEnv(base))), declared: new Set() };
    stageEnvs[index] = st;
    absoluteWorkdir[index] = parent >= 0 ? (absoluteWorkdir[parent] ?? false) : false;
    const reachable = input.reachable.has(index);
    for (const c of stage.commands) {
      if (c.kind === 'ENV') {
        const values = c.env.map((pair) => (reachable ? process(pair.value, st, c.startLine) : null) ?? pair.value);
        c.env.forEach((pair, i) => st.env.set(pair.key, values[i] as string));
      } else if (c.kind === 'ARG') {
        for (const arg of c.args) {
          let value = arg.value === null ? undefined : ((reachable ? process(arg.value, st, c.startLine) : null) ?? arg.value);
          if (input.buildArgs.has(arg.key)) value = input.buildArgs.get(arg.key);
          else if (value === undefined) value = meta.get(arg.key) ?? predefined.get(arg.key);
          st.declared.add(arg.key);
          if (value !== undefined) st.env.set(arg.key, value);
        }
      } else if (reachable) {
        const words = expandedWords(c).map((w) => process(w, st, c.startLine));
        if (c.kind === 'WORKDIR') {
          const path = words[0] ?? c.path;
          if (path.startsWith('/')) absoluteWorkdir[index] = true;
          else if (!absoluteWorkdir[index]) {
            found.relativeWorkdirs.push({
              rule: 'WorkdirRelativePath',
              detail: `Relative workdir ${goQuote(path)} can have unexpected results if the base image changes`,
              line: c.startLine,
            });
          }
        }
        if ((c.kind === 'COPY' && c.from === '') || c.kind === 'ADD') {
          c.files.sourcePaths.forEach((_, i) => {
            const src = words[i];
            if (src && !/^(https?:\/\/|git@)/.test(src)) found.sources.push({ command: c.kind === 'COPY' ? 'Copy' : 'Add', src, line: c.startLine });
          });
        }
      }
    }
  });
  walked.set(input, found);
  return found;
}

function envPairs(env: readonly string[]): [string, string][] {
  return env.map((kv) => {
    const eq = kv.indexOf('=');
    return eq < 0 ? [kv, ''] : [kv.slice(0, eq), kv.slice(eq + 1)];
  });
}

/** The rules that follow the stages a build dispatches. */
export const DISPATCH_RULES: readonly LintRule[] = [
  {
    name: 'UndefinedVar',
    description: 'Variables should be defined before their use',
    url: ruleUrl('undefined-var'),
    check: (input) => walk(input).undefinedVars,
  },
  {
    name: 'WorkdirRelativePath',
    description: 'Relative workdir without an absolute workdir declared within the build can have unexpected results if the base image changes',
    url: ruleUrl('workdir-relative-path'),
    check: (input) => walk(input).relativeWorkdirs,
  },
  {
    name: 'CopyIgnoredFile',
    description: 'Attempting to Copy file that is excluded by .dockerignore',
    url: ruleUrl('copy-ignored-file'),
    check: (input) => {
      const ignore = input.ignore;
      // With `!` exceptions a pattern may re-include files below an excluded directory: BuildKit does not guess.
      if (!ignore || ignore.exclusions) return [];
      return walk(input)
        .sources.map((s) => ({ ...s, src: cleanPath(s.src) }))
        .filter((s) => ignore.matchesOrParentMatches(s.src))
        .map((s) => ({
          rule: 'CopyIgnoredFile',
          detail: `Attempting to ${s.command} file ${goQuote(s.src)} that is excluded by .dockerignore`,
          line: s.line,
        }));
    },
  },
];
