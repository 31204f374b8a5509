// Build-check rules (BuildKit linter ruleset) as data: name, description, url, and a check over a parsed Dockerfile.
import { goQuote } from '../go/quote.ts';
import type { Stage } from '../instructions/types.ts';
import type { ParseResult } from '../parser/parse.ts';

/** One finding: `<rule>: <detail> (line N)` when printed. */
export interface LintWarning {
  rule: string;
  detail: string;
  line: number;
}

/** What a rule sees: the parse result and the stages. */
export interface LintInput {
  parsed: ParseResult;
  stages: Stage[];
}

/** A build-check rule. */
export interface LintRule {
  name: string;
  description: string;
  url: string;
  check(input: LintInput): LintWarning[];
}

const url = (slug: string) => `https://docs.docker.com/go/dockerfile/rule/${slug}/`;
const isUpper = (s: string) => s === s.toUpperCase();
const isLower = (s: string) => s === s.toLowerCase();
const SECRET = /(?:_|^)(apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const NOT_SECRET = /public|file|version/i;

function perCommand(input: LintInput, kinds: string[], fn: (c: Stage['commands'][number], stage: Stage) => LintWarning[]) {
  return input.stages.flatMap((s) => s.commands.filter((c) => kinds.includes(c.kind)).flatMap((c) => fn(c, s)));
}

/** The rules evaluated without image metadata. */
export const LINT_RULES: readonly LintRule[] = [
  {
    name: 'StageNameCasing',
    description: 'Stage names should be lowercase',
    url: url('stage-name-casing'),
    check: ({ stages, parsed }) =>
      stages.flatMap((s) => {
        const node = parsed.ast.children.find((n) => n.startLine === s.startLine);
        const typed = node ? (node.next?.next?.next?.value ?? '') : '';
        return s.stageName !== '' && typed !== s.stageName
          ? [{ rule: 'StageNameCasing', detail: `Stage name '${typed}' should be lowercase`, line: s.startLine }]
          : [];
      }),
  },
  {
    name: 'FromAsCasing',
    description: "The 'as' keyword should match the case of the 'from' keyword",
    url: url('from-as-casing'),
    check: ({ parsed }) =>
      parsed.ast.children.flatMap((n) => {
        if (n.value.toLowerCase() !== 'from') return [];
        const as = n.next?.next?.value ?? '';
        if (as.toLowerCase() !== 'as') return [];
        const mismatch = (isUpper(n.value) && !isUpper(as)) || (isLower(n.value) && !isLower(as));
        return mismatch
          ? [{ rule: 'FromAsCasing', detail: `'${as}' and '${n.value}' keywords' casing do not match`, line: n.startLine }]
          : [];
      }),
  },
  {
    name: 'NoEmptyContinuation',
    description: 'Empty continuation lines will become errors in a future release',
    url: url('no-empty-continuation'),
    check: ({ parsed }) => parsed.warnings.map((w) => ({ rule: 'NoEmptyContinuation', detail: 'Empty continuation line', line: w.line })),
  },
  {
    name: 'ConsistentInstructionCasing',
    description: 'All commands within the Dockerfile should use the same casing (either upper or lower)',
    url: url('consistent-instruction-casing'),
    check: ({ parsed }) => {
      const nodes = parsed.ast.children;
      const lower = nodes.filter((n) => isLower(n.value)).length;
      const upper = nodes.filter((n) => isUpper(n.value)).length;
      const majorityLower = lower > upper;
      return nodes
        .filter((n) => (majorityLower ? !isLower(n.value) : !isUpper(n.value)))
        .map((n) => ({
          rule: 'ConsistentInstructionCasing',
          detail: `Command '${n.value}' should match the case of the command majority (${majorityLower ? 'lowercase' : 'uppercase'})`,
          line: n.startLine,
        }));
    },
  },
  {
    name: 'DuplicateStageName',
    description: 'Stage names should be unique',
    url: url('duplicate-stage-name'),
    check: ({ stages }) => {
      const seen = new Set<string>();
      return stages.flatMap((s) => {
        if (s.stageName === '') return [];
        const dup = seen.has(s.stageName);
        seen.add(s.stageName);
        return dup
          ? [{ rule: 'DuplicateStageName', detail: `Duplicate stage name ${goQuote(s.stageName)}, stage names should be unique`, line: s.startLine }]
          : [];
      });
    },
  },
  {
    name: 'ReservedStageName',
    description: 'Reserved words should not be used as stage names',
    url: url('reserved-stage-name'),
    check: ({ stages }) =>
      stages
        .filter((s) => s.stageName === 'scratch' || s.stageName === 'context')
        .map((s) => ({
          rule: 'ReservedStageName',
          detail: `Stage name should not use the same name as reserved stage ${goQuote(s.stageName)}`,
          line: s.startLine,
        })),
  },
  {
    name: 'JSONArgsRecommended',
    description: 'JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to OS signals',
    url: url('json-args-recommended'),
    check: (input) =>
      perCommand(input, ['CMD', 'ENTRYPOINT'], (c, s) => {
        if (c.kind !== 'CMD' && c.kind !== 'ENTRYPOINT') return [];
        const shellSet = s.commands.some((x) => x.kind === 'SHELL' && x.startLine < c.startLine);
        if (!c.cmd.prependShell || shellSet) return [];
        return [{
          rule: 'JSONArgsRecommended',
          detail: `JSON arguments recommended for ${c.name} to prevent unintended behavior related to OS signals`,
          line: c.startLine,
        }];
      }),
  },
  {
    name: 'MaintainerDeprecated',
    description: 'The MAINTAINER instruction is deprecated, use a label instead to define an image author',
    url: url('maintainer-deprecated'),
    check: (input) =>
      perCommand(input, ['MAINTAINER'], (c) => [
        { rule: 'MaintainerDeprecated', detail: 'Maintainer instruction is deprecated in favor of using label', line: c.startLine },
      ]),
  },
  {
    name: 'WorkdirRelativePath',
    description: 'Relative workdir without an absolute workdir declared within the build can have unexpected results if the base image changes',
    url: url('workdir-relative-path'),
    check: ({ stages }) =>
      stages.flatMap((s) => {
        let absolute = false;
        return s.commands.flatMap((c) => {
          if (c.kind !== 'WORKDIR') return [];
          if (c.path.startsWith('/')) absolute = true;
          else if (!absolute) {
            return [{ rule: 'WorkdirRelativePath', detail: `Relative workdir ${goQuote(c.path)} can have unexpected results if the base image changes`, line: c.startLine }];
          }
          return [];
        });
      }),
  },
  {
    name: 'MultipleInstructionsDisallowed',
    description: 'Multiple instructions of the same type should not be used in the same stage',
    url: url('multiple-instructions-disallowed'),
    check: ({ stages }) =>
      stages.flatMap((s) =>
        (['CMD', 'ENTRYPOINT', 'HEALTHCHECK'] as const).flatMap((kind) => {
          const all = s.commands.filter((c) => c.kind === kind);
          return all.slice(0, -1).map((c) => ({
            rule: 'MultipleInstructionsDisallowed',
            detail: `Multiple ${kind} instructions should not be used in the same stage because only the last one will be used`,
            line: c.startLine,
          }));
        }),
      ),
  },
  {
    name: 'LegacyKeyValueFormat',
    description: 'Legacy key/value format with whitespace separator should not be used',
    url: url('legacy-key-value-format'),
    check: (input) =>
      perCommand(input, ['ENV', 'LABEL'], (c) => {
        const pairs = c.kind === 'ENV' ? c.env : c.kind === 'LABEL' ? c.labels : [];
        return pairs.some((p) => p.noDelim)
          ? [{ rule: 'LegacyKeyValueFormat', detail: `"${c.name} key=value" should be used instead of legacy "${c.name} key value" format`, line: c.startLine }]
          : [];
      }),
  },
  {
    name: 'ExposeProtoCasing',
    description: 'Protocol in EXPOSE instruction should be lowercase',
    url: url('expose-proto-casing'),
    check: (input) =>
      perCommand(input, ['EXPOSE'], (c) =>
        c.kind !== 'EXPOSE'
          ? []
          : c.ports
              .filter((p) => p.includes('/') && !isLower(p.slice(p.indexOf('/') + 1)))
              .map((p) => ({ rule: 'ExposeProtoCasing', detail: `Defined protocol '${p}' in EXPOSE instruction should be lowercase`, line: c.startLine })),
      ),
  },
  {
    name: 'ExposeInvalidFormat',
    description: 'IP address and host-port mapping should not be used in EXPOSE instruction. This will become an error in a future release',
    url: url('expose-invalid-format'),
    check: (input) =>
      perCommand(input, ['EXPOSE'], (c) =>
        c.kind !== 'EXPOSE'
          ? []
          : c.ports
              .filter((p) => p.includes(':'))
              .map((p) => ({
                rule: 'ExposeInvalidFormat',
                detail: `EXPOSE instruction should not define an IP address or host-port mapping, found '${p}'`,
                line: c.startLine,
              })),
      ),
  },
  {
    name: 'SecretsUsedInArgOrEnv',
    description: 'Sensitive data should not be used in the ARG or ENV commands',
    url: url('secrets-used-in-arg-or-env'),
    check: (input) =>
      perCommand(input, ['ARG', 'ENV'], (c) => {
        const keys = c.kind === 'ARG' ? c.args.map((a) => a.key) : c.kind === 'ENV' ? c.env.map((e) => e.key) : [];
        return keys
          .filter((k) => SECRET.test(k) && !NOT_SECRET.test(k))
          .map((k) => ({
            rule: 'SecretsUsedInArgOrEnv',
            detail: `Do not use ARG or ENV instructions for sensitive data (${c.name} ${goQuote(k)})`,
            line: c.startLine,
          }));
      }),
  },
];
