// Build checks on FROM lines (BuildKit's validateBaseImagesWithDefaultArgs and friends): undeclared
// and empty-by-default ARGs in the base name, `--platform=$TARGETPLATFORM`, constant platforms, and
// the experimental description-comment rule for ARG and named stages.
import { goQuote } from '../../model/go-quote.ts';
import { suggest } from '../instructions/suggest.ts';
import type { Stage } from '../instructions/types.ts';
import { parseNormalizedNamed } from '../../model/reference.ts';
import { ShellLex } from '../shell-lex/lex.ts';
import type { ProcessWordResult } from '../shell-lex/lex.ts';
import { ruleUrl } from './rules.ts';
import type { LintInput, LintRule, LintWarning } from './types.ts';

/** The predefined platform ARGs for a target platform (the build platform is linux/amd64). */
export function predefinedArgs(platform: string): Map<string, string> {
  const [os = 'linux', arch = 'amd64', variant = ''] = platform.split('/');
  return new Map([
    ['TARGETPLATFORM', platform],
    ['TARGETOS', os],
    ['TARGETARCH', arch],
    ['TARGETVARIANT', variant],
    ['BUILDPLATFORM', 'linux/amd64'],
    ['BUILDOS', 'linux'],
    ['BUILDARCH', 'amd64'],
    ['BUILDVARIANT', ''],
  ]);
}

/** The global ARG values FROM lines see: predefined, then each meta ARG (a build arg overrides unless `defaultsOnly`). */
export function metaArgEnv(input: LintInput, defaultsOnly: boolean): Map<string, string> | null {
  const lex = new ShellLex(input.parsed.escapeToken);
  const env = predefinedArgs(input.platform);
  try {
    for (const cmd of input.metaArgs) {
      for (const arg of cmd.args) {
        let value = arg.value === null ? undefined : lex.processWord(arg.value, env);
        if (!defaultsOnly && input.buildArgs.has(arg.key)) value = input.buildArgs.get(arg.key);
        if (value !== undefined) env.set(arg.key, value);
      }
    }
  } catch {
    return null; // the build fails on this later; the checks stay quiet
  }
  return env;
}

function expand(input: LintInput, word: string, env: Map<string, string>): ProcessWordResult | null {
  try {
    return new ShellLex(input.parsed.escapeToken).processWordWithMatches(word, env);
  } catch {
    return null;
  }
}

function perStage(input: LintInput, fn: (stage: Stage, env: Map<string, string>) => LintWarning[], defaultsOnly = false): LintWarning[] {
  const env = metaArgEnv(input, defaultsOnly);
  return env ? input.stages.flatMap((s) => fn(s, env)) : [];
}

// Platforms the way containerd's platforms.Parse reads them, enough to name the OS and architecture.
const KNOWN_OS = new Set(['aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'illumos', 'ios', 'js', 'linux', 'netbsd', 'openbsd', 'plan9', 'solaris', 'wasip1', 'windows']);
const ARCH_ALIASES: Record<string, string> = { i386: '386', x86_64: 'amd64', 'x86-64': 'amd64', aarch64: 'arm64', armhf: 'arm', armel: 'arm' };

function parsePlatform(spec: string): { os: string; arch: string } | null {
  const parts = spec.split('/');
  if (parts.length > 3 || parts.some((p) => !/^[A-Za-z0-9_.-]+$/.test(p))) return null;
  const lower = parts.map((p) => p.toLowerCase());
  if (lower.length === 1) {
    if (KNOWN_OS.has(lower[0])) return { os: lower[0], arch: 'amd64' };
    return { os: 'linux', arch: ARCH_ALIASES[lower[0]] ?? lower[0] };
  }
  return { os: lower[0], arch: ARCH_ALIASES[lower[1]] ?? lower[1] };
}

/** The rules read from FROM lines and definition comments. */
export const FROM_RULES: readonly LintRule[] = [
  {
    name: 'UndefinedArgInFrom',
    description: 'FROM command must use declared ARGs',
    url: ruleUrl('undefined-arg-in-from'),
    check: (input) => {
      const declared = new Set([...predefinedArgs(input.platform).keys(), ...input.metaArgs.flatMap((c) => c.args.map((a) => a.key))]);
      return perStage(input, (stage, env) =>
        [stage.baseName, stage.platform]
          .filter((word) => word !== '')
          .flatMap((word) => [...(expand(input, word, env)?.unmatched ?? [])])
          .filter((name) => !declared.has(name))
          .map((name) => {
            const match = suggest(name, [...declared], true);
            return {
              rule: 'UndefinedArgInFrom',
              detail: `FROM argument '${name}' is not declared${match === null ? '' : ` (did you mean ${match}?)`}`,
              line: stage.startLine,
            };
          }),
      );
    },
  },
  {
    name: 'InvalidDefaultArgInFrom',
    description: 'Default value for global ARG results in an empty or invalid base image name',
    url: ruleUrl('invalid-default-arg-in-from'),
    check: (input) =>
      perStage(
        input,
        (stage, env) => {
          const name = expand(input, stage.baseName, env);
          if (!name) return [];
          try {
            parseNormalizedNamed(name.result);
            return [];
          } catch {
            return [{
              rule: 'InvalidDefaultArgInFrom',
              detail: `Default value for ARG ${stage.baseName} results in empty or invalid base image name`,
              line: stage.startLine,
            }];
          }
        },
        true,
      ),
  },
  {
    name: 'RedundantTargetPlatform',
    description: 'Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior',
    url: ruleUrl('redundant-target-platform'),
    check: (input) =>
      perStage(input, (stage, env) => {
        const p = stage.platform === '' ? null : expand(input, stage.platform, env);
        if (!p || p.matched.size !== 1 || p.unmatched.size !== 0 || !p.matched.has('TARGETPLATFORM')) return [];
        if (p.result !== env.get('TARGETPLATFORM')) return [];
        return [{
          rule: 'RedundantTargetPlatform',
          detail: `Setting platform to predefined ${stage.platform} in FROM is redundant as this is the default behavior`,
          line: stage.startLine,
        }];
      }),
  },
  {
    name: 'FromPlatformFlagConstDisallowed',
    description: 'FROM --platform flag should not use a constant value',
    url: ruleUrl('from-platform-flag-const-disallowed'),
    check: (input) =>
      perStage(input, (stage, env) => {
        const p = stage.platform === '' ? null : expand(input, stage.platform, env);
        if (!p || p.matched.size > 0 || p.unmatched.size > 0) return [];
        const platform = parsePlatform(p.result);
        if (!platform || stage.stageName.includes(platform.os) || stage.stageName.includes(platform.arch)) return [];
        return [{
          rule: 'FromPlatformFlagConstDisallowed',
          detail: `FROM --platform flag should not use constant value ${goQuote(p.result)}`,
          line: stage.startLine,
        }];
      }),
  },
  {
    name: 'InvalidDefinitionDescription',
    description:
      'Comment for build stage or argument should follow the format: `# <arg/stage name> <description>`. If this is not intended to be a description comment, add an empty line or comment between the instruction and the comment.',
    url: ruleUrl('invalid-definition-description'),
    experimental: true,
    check: ({ parsed }) =>
      parsed.ast.children.flatMap((node) => {
        const kind = node.value.toUpperCase();
        let keys: string[] = [];
        if (kind === 'ARG') {
          for (let arg = node.next; arg; arg = arg.next) keys.push(arg.value.split('=')[0]);
        } else if (kind === 'FROM') {
          const as = node.next?.next;
          if (as && as.value.toLowerCase() === 'as' && as.next) keys = [as.next.value.toLowerCase()];
        }
        const last = node.prevComment[node.prevComment.length - 1];
        if (keys.length === 0 || last === undefined || keys.includes(last.split(' ')[0])) return [];
        const example = keys.length > 1 ? '<arg_key>' : keys[0];
        return [{
          rule: 'InvalidDefinitionDescription',
          detail: `Comment for ${kind} should follow the format: \`# ${example} <description>\``,
          line: node.startLine,
        }];
      }),
  },
];
