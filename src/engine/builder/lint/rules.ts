// Build-check rules that need only the parsed Dockerfile (BuildKit linter ruleset): name, description,
// url, and a check over the stages. The FROM, variable and .dockerignore rules live beside this file.
import { goQuote } from '../../model/go-quote.ts';
import type { Stage } from '../instructions/types.ts';
import type { LintInput, LintRule, LintWarning } from './types.ts';

export type { LintInput, LintRule, LintWarning } from './types.ts';

/** The documentation address of a rule. */
export const ruleUrl = (slug: string) => `https://docs.docker.com/go/dockerfile/rule/${slug}/`;
const isUpper = (s: string) => s === s.toUpperCase();
const isLower = (s: string) => s === s.toLowerCase();
const SECRET = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const NOT_SECRET = /(?:_|^)(?:public|file|version)(?:_|$)/i;

/** A stage and the earlier stages it builds on (`FROM base`), nearest first. */
export function withAncestors(stages: readonly Stage[], stage: Stage): Stage[] {
  const chain = [stage];
  for (let cur = stage; ; ) {
    const name = cur.baseName.toLowerCase();
    const at = stages.indexOf(cur);
    const parent = stages.slice(0, at).find((s) => s.stageName !== '' && s.stageName === name);
    if (!parent || chain.includes(parent)) return chain;
    chain.push(parent);
    cur = parent;
  }
}

// Most checks run as BuildKit dispatches a stage, so only the stages the build needs are checked.
function perCommand(input: LintInput, kinds: string[], fn: (c: Stage['commands'][number], stage: Stage) => LintWarning[], allStages = false) {
  return input.stages
    .filter((_, i) => allStages || input.reachable.has(i))
    .flatMap((s) => s.commands.filter((c) => kinds.includes(c.kind)).flatMap((c) => fn(c, s)));
}

/** The rules that read only the parsed Dockerfile. */
export const BASIC_RULES: readonly LintRule[] = [
  {
    name: 'StageNameCasing',
    description: 'Stage names should be lowercase',
    url: ruleUrl('stage-name-casing'),
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
    url: ruleUrl('from-as-casing'),
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
    url: ruleUrl('no-empty-continuation'),
    check: ({ parsed }) => parsed.warnings.map((w) => ({ rule: 'NoEmptyContinuation', detail: 'Empty continuation line', line: w.line })),
  },
  {
    name: 'ConsistentInstructionCasing',
    description: 'All commands within the Dockerfile should use the same casing (either upper or lower)',
    url: ruleUrl('consistent-instruction-casing'),
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
    url: ruleUrl('duplicate-stage-name'),
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
    url: ruleUrl('reserved-stage-name'),
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
    url: ruleUrl('json-args-recommended'),
    check: (input) =>
      perCommand(input, ['CMD', 'ENTRYPOINT'], (c, s) => {
        if (c.kind !== 'CMD' && c.kind !== 'ENTRYPOINT') return [];
        const shellSet = withAncestors(input.stages, s).some((x) => x.commands.some((y) => y.kind === 'SHELL' && y.startLine < c.startLine));
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
    url: ruleUrl('maintainer-deprecated'),
    check: (input) =>
      perCommand(
        input,
        ['MAINTAINER'],
        (c) => [{ rule: 'MaintainerDeprecated', detail: 'Maintainer instruction is deprecated in favor of using label', line: c.startLine }],
        true, // reported while parsing, before any stage runs
      ),
  },
  {
    name: 'MultipleInstructionsDisallowed',
    description: 'Multiple instructions of the same type should not be used in the same stage',
    url: ruleUrl('multiple-instructions-disallowed'),
    check: ({ stages, reachable }) =>
      stages.filter((_, i) => reachable.has(i)).flatMap((s) =>
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
    url: ruleUrl('legacy-key-value-format'),
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
    url: ruleUrl('expose-proto-casing'),
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
    url: ruleUrl('expose-invalid-format'),
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
    url: ruleUrl('secrets-used-in-arg-or-env'),
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
