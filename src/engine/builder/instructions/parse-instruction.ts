// ParseInstruction: one AST node to a typed instruction, with BuildKit's argument and flag errors.
import { goQuote } from '../../model/go-quote.ts';
import { goTrimSpace } from '../go/unicode.ts';
import { chompHeredocContent, parseHeredoc } from '../parser/heredoc.ts';
import { KNOWN_INSTRUCTIONS } from '../parser/line-parsers.ts';
import { nodeArgs, type Node } from '../parser/node.ts';
import { BFlags } from './bflags.ts';
import { GoDurationError, MINIMUM_DURATION_NS, parseGoDuration } from '../../model/go-duration.ts';
import {
  ArgumentError,
  InstructionError,
  errAtLeastOneArgument,
  errBadHeredoc,
  errBlankCommandNames,
  errExactlyOneArgument,
  errNoDestinationArgument,
  errNotJSON,
  errTooManyArguments,
} from './errors.ts';
import { checkNetwork, checkSecurity, parseMount } from './run-flags.ts';
import { withSuggestion } from './suggest.ts';
import type { Command, Instruction, InstructionBase, KeyValuePair, ShellDependentCmdLine, SourcesAndDest, StageHeader } from './types.ts';

interface Request {
  node: Node;
  args: string[];
  json: boolean;
  flags: BFlags;
  base: InstructionBase;
}

const VALID_STAGE_NAME = /^[a-z][a-z0-9\-_.]*$/;

function parseKvps(args: string[], cmd: string): KeyValuePair[] {
  if (args.length === 0) throw errAtLeastOneArgument(cmd);
  if (args.length % 3 !== 0) throw errTooManyArguments(cmd);
  const res: KeyValuePair[] = [];
  for (let j = 0; j < args.length; j += 3) {
    if (args[j].length === 0) throw errBlankCommandNames(cmd);
    res.push({ key: args[j], value: args[j + 1], noDelim: args[j + 2] === '' });
  }
  return res;
}

const handleJSONArgs = (args: string[], json: boolean): string[] =>
  args.length === 0 ? [] : json ? args : [args.join(' ')];

function shellDependent(req: Request, emptyAsNil: boolean): ShellDependentCmdLine {
  let cmdLine = handleJSONArgs(req.args, req.json);
  if (emptyAsNil && cmdLine.length === 0) cmdLine = [];
  return {
    cmdLine,
    prependShell: !req.json,
    files: req.node.heredocs.map((h) => ({ name: h.name, data: h.content, chomp: h.chomp })),
  };
}

function sourcesAndDest(req: Request, cmd: string): SourcesAndDest {
  const srcs = req.args.slice(0, -1);
  const dest = req.args[req.args.length - 1];
  if (parseHeredocSafe(dest)) throw errBadHeredoc(cmd, 'a destination');
  const byName = new Map(req.node.heredocs.map((h) => [h.name, h]));
  const out: SourcesAndDest = { sourcePaths: [], sourceContents: [], destPath: dest };
  for (const src of srcs) {
    const heredoc = parseHeredocSafe(src);
    if (heredoc) {
      let data = byName.get(heredoc.name)?.content ?? '';
      if (heredoc.chomp) data = chompHeredocContent(data);
      out.sourceContents.push({ path: heredoc.name, data, expand: heredoc.expand });
    } else out.sourcePaths.push(src);
  }
  return out;
}

function parseHeredocSafe(word: string) {
  try {
    return parseHeredoc(word);
  } catch {
    return null;
  }
}

function durationFlag(name: string, value: string): number {
  if (value === '') return 0;
  let d: number;
  try {
    d = parseGoDuration(value);
  } catch (error) {
    throw error instanceof GoDurationError ? new ArgumentError(error.message) : error;
  }
  if (d === 0) return 0;
  if (d < MINIMUM_DURATION_NS) throw new ArgumentError(`Interval ${goQuote(name)} cannot be less than 1ms`);
  return d;
}

function exactlyOne(req: Request, cmd: string): string {
  if (req.args.length !== 1) throw errExactlyOneArgument(cmd);
  req.flags.parse();
  return req.args[0];
}

const PARSERS: Record<string, (req: Request) => Instruction> = {
  env: (req) => {
    req.flags.parse();
    return { ...req.base, kind: 'ENV', env: parseKvps(req.args, 'ENV') };
  },
  label: (req) => {
    req.flags.parse();
    return { ...req.base, kind: 'LABEL', labels: parseKvps(req.args, 'LABEL') };
  },
  maintainer: (req) => ({ ...req.base, kind: 'MAINTAINER', maintainer: exactlyOne(req, 'MAINTAINER') }),
  workdir: (req) => ({ ...req.base, kind: 'WORKDIR', path: exactlyOne(req, 'WORKDIR') }),
  user: (req) => ({ ...req.base, kind: 'USER', user: exactlyOne(req, 'USER') }),
  stopsignal: (req) => ({ ...req.base, kind: 'STOPSIGNAL', signal: exactlyOne(req, 'STOPSIGNAL') }),
  add: (req) => {
    if (req.args.length < 2) throw errNoDestinationArgument('ADD');
    const f = req.flags;
    const excludes = f.addStrings('exclude');
    const chown = f.addString('chown', '');
    const chmod = f.addString('chmod', '');
    const link = f.addBool('link', false);
    const keepGitDir = f.addBool('keep-git-dir', false);
    const checksum = f.addString('checksum', '');
    const unpack = f.addBool('unpack', false);
    f.parse();
    return {
      ...req.base,
      kind: 'ADD',
      files: sourcesAndDest(req, 'ADD'),
      chown: chown.value,
      chmod: chmod.value,
      link: link.isTrue(),
      keepGitDir: keepGitDir.isTrue(),
      checksum: checksum.value,
      unpack: unpack.isUsed ? unpack.isTrue() : null,
      excludes: excludes.stringValues,
    };
  },
  copy: (req) => {
    if (req.args.length < 2) throw errNoDestinationArgument('COPY');
    const f = req.flags;
    const excludes = f.addStrings('exclude');
    const chown = f.addString('chown', '');
    const from = f.addString('from', '');
    const chmod = f.addString('chmod', '');
    const link = f.addBool('link', false);
    const parents = f.addBool('parents', false);
    f.parse();
    return {
      ...req.base,
      kind: 'COPY',
      files: sourcesAndDest(req, 'COPY'),
      from: from.value,
      chown: chown.value,
      chmod: chmod.value,
      link: link.isTrue(),
      parents: parents.isTrue(),
      excludes: excludes.stringValues,
    };
  },
  from: (req) => {
    let stageName = '';
    if (req.args.length === 3 && req.args[1].toLowerCase() === 'as') {
      stageName = req.args[2].toLowerCase();
      if (!VALID_STAGE_NAME.test(stageName)) {
        throw new ArgumentError(
          `invalid name for build stage: ${goQuote(req.args[2])}, name can't start with a number or contain symbols`,
        );
      }
    } else if (req.args.length !== 1) throw new ArgumentError('FROM requires either one or three arguments');
    const platform = req.flags.addString('platform', '');
    req.flags.parse();
    const header: StageHeader = {
      ...req.base,
      original: goTrimSpace(req.base.original),
      kind: 'FROM',
      baseName: req.args[0],
      stageName,
      platform: platform.value,
      comment: commentFor(req.node.prevComment, stageName),
    };
    return header;
  },
  onbuild: (req) => {
    if (req.args.length === 0) throw errAtLeastOneArgument('ONBUILD');
    req.flags.parse();
    const trigger = goTrimSpace(req.args[0]).toUpperCase();
    if (trigger === 'ONBUILD') throw new ArgumentError('Chaining ONBUILD via `ONBUILD ONBUILD` isn\'t allowed');
    if (trigger === 'MAINTAINER' || trigger === 'FROM') throw new ArgumentError(`${trigger} isn't allowed as an ONBUILD trigger`);
    let expression = req.base.original.replace(/^[\t\n\f\r ]*ONBUILD[\t\n\f\r ]*/i, '');
    for (const h of req.node.heredocs) expression += '\n' + h.content + h.name;
    return { ...req.base, kind: 'ONBUILD', expression };
  },
  run: (req) => {
    const mount = req.flags.addStrings('mount');
    const network = req.flags.addString('network', 'default');
    const security = req.flags.addString('security', 'sandbox');
    req.flags.parse();
    const cmd = shellDependent(req, false);
    const mounts = mount.stringValues.map((v) => {
      parseMount(v);
      return parseMount(v, (w) => w);
    });
    return {
      ...req.base,
      kind: 'RUN',
      cmd,
      mounts,
      network: checkNetwork(network.value),
      security: checkSecurity(security.value),
    };
  },
  cmd: (req) => {
    req.flags.parse();
    return { ...req.base, kind: 'CMD', cmd: shellDependent(req, false) };
  },
  entrypoint: (req) => {
    req.flags.parse();
    return { ...req.base, kind: 'ENTRYPOINT', cmd: shellDependent(req, true) };
  },
  healthcheck: (req) => {
    if (req.args.length === 0) throw errAtLeastOneArgument('HEALTHCHECK');
    let typ = req.args[0].toUpperCase();
    const args = req.args.slice(1);
    const base = { ...req.base, kind: 'HEALTHCHECK' as const };
    if (typ === 'NONE') {
      if (args.length !== 0) throw new ArgumentError('HEALTHCHECK NONE takes no arguments');
      return { ...base, health: { test: ['NONE'], interval: 0, timeout: 0, startPeriod: 0, startInterval: 0, retries: 0 } };
    }
    const f = req.flags;
    const interval = f.addString('interval', '');
    const timeout = f.addString('timeout', '');
    const startPeriod = f.addString('start-period', '');
    const startInterval = f.addString('start-interval', '');
    const retries = f.addString('retries', '');
    f.parse();
    if (typ !== 'CMD') throw new ArgumentError(`Unknown type ${goQuote(typ)} in HEALTHCHECK (try CMD)`);
    const cmdSlice = handleJSONArgs(args, req.json);
    if (cmdSlice.length === 0) throw new ArgumentError('Missing command after HEALTHCHECK CMD');
    if (!req.json) typ = 'CMD-SHELL';
    const health = {
      test: [typ, ...cmdSlice],
      interval: durationFlag('interval', interval.value),
      timeout: durationFlag('timeout', timeout.value),
      startPeriod: durationFlag('start-period', startPeriod.value),
      startInterval: durationFlag('start-interval', startInterval.value),
      retries: 0,
    };
    if (retries.value !== '') {
      if (!/^[+-]?\d+$/.test(retries.value) || Math.abs(Number(retries.value)) > 2 ** 31) {
        throw new ArgumentError(`strconv.ParseInt: parsing ${goQuote(retries.value)}: invalid syntax`);
      }
      const n = Number(retries.value);
      if (n < 0) throw new ArgumentError(`--retries cannot be negative (${n})`);
      health.retries = n;
    }
    return { ...base, health };
  },
  expose: (req) => {
    if (req.args.length === 0) throw errAtLeastOneArgument('EXPOSE');
    req.flags.parse();
    // Go's sort.Strings: byte order
    return { ...req.base, kind: 'EXPOSE', ports: [...req.args].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) };
  },
  volume: (req) => {
    if (req.args.length === 0) throw errAtLeastOneArgument('VOLUME');
    req.flags.parse();
    const volumes = req.args.map((v) => {
      const t = goTrimSpace(v);
      if (t === '') throw new ArgumentError('VOLUME specified can not be an empty string');
      return t;
    });
    return { ...req.base, kind: 'VOLUME', volumes };
  },
  arg: (req) => {
    if (req.args.length < 1) throw errAtLeastOneArgument('ARG');
    const args = req.args.map((arg) => {
      const eq = arg.indexOf('=');
      if (eq === 0) throw errBlankCommandNames('ARG');
      const key = eq < 0 ? arg : arg.slice(0, eq);
      return { key, value: eq < 0 ? null : arg.slice(eq + 1), comment: commentFor(req.node.prevComment, key) };
    });
    req.flags.parse();
    return { ...req.base, kind: 'ARG', args };
  },
  shell: (req) => {
    req.flags.parse();
    const shell = handleJSONArgs(req.args, req.json);
    if (shell.length === 0) throw errAtLeastOneArgument('SHELL');
    if (!req.json) throw errNotJSON('SHELL');
    return { ...req.base, kind: 'SHELL', shell };
  },
};

// The description of an ARG or stage: the text after `name ` on the first comment line above that starts so.
function commentFor(comments: readonly string[], name: string): string {
  if (name === '') return '';
  const line = comments.find((c) => c.startsWith(name + ' '));
  return line === undefined ? '' : line.slice(name.length + 1);
}

/** ParseInstruction: a typed instruction for one AST child; throws InstructionError (with the line). */
export function parseInstruction(node: Node): Instruction {
  const keyword = node.value.toLowerCase();
  const parser = PARSERS[keyword];
  if (!parser) {
    throw new InstructionError(
      withSuggestion(`unknown instruction: ${node.value}`, node.value, KNOWN_INSTRUCTIONS, false),
      node.startLine,
      node.endLine,
    );
  }
  const req: Request = {
    node,
    args: nodeArgs(node),
    json: node.attributes.json === true,
    flags: new BFlags(node.flags),
    base: {
      name: keyword.toUpperCase(),
      written: node.value,
      original: node.original,
      startLine: node.startLine,
      endLine: node.endLine,
    },
  };
  try {
    return parser(req);
  } catch (err) {
    if (err instanceof ArgumentError) throw new InstructionError(err.message, node.startLine, node.endLine);
    throw err;
  }
}

/** ParseCommand: like parseInstruction, for anything but FROM. */
export function isCommand(instruction: Instruction): instruction is Command {
  return instruction.kind !== 'FROM';
}
