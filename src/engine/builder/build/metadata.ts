// The instructions that only change the image config (ENV, LABEL, CMD, EXPOSE …): each updates the
// stage and returns the history text BuildKit records for it (an empty_layer entry), or null when
// BuildKit writes none (ONBUILD).
import type { Command } from '../instructions/types.ts';
import { goQuote } from '../../model/go-quote.ts';
import type { ShellLex } from '../shell-lex/lex.ts';
import { BuildError } from './errors.ts';
import { expansionEnv, setEnv, type StageState } from './stage-state.ts';

/** What metadata dispatch needs beside the stage. */
export interface MetadataContext {
  lex: ShellLex;
  /** `--build-arg` values. */
  buildArgs: Map<string, string>;
  /** Values of the ARGs declared before the first FROM (and the predefined platform ARGs). */
  globalArgs: Map<string, string | undefined>;
  /** Build args consumed by some ARG (for the unused build-arg warning). */
  usedArgs: Set<string>;
}

type Meta = Exclude<Command, { kind: 'RUN' | 'COPY' | 'ADD' | 'WORKDIR' }>;

/** Applies one metadata instruction; returns its history `created_by`, or null for none. */
export function applyMetadata(stage: StageState, cmd: Meta, ctx: MetadataContext): string | null {
  const c = stage.config;
  // Every word of one instruction expands against the environment from before it (BuildKit expands
  // the whole command first), so `ENV A=1 B=$A` gives B the earlier A.
  const before = expansionEnv(stage);
  const expand = (word: string) => ctx.lex.processWord(word, before);
  switch (cmd.kind) {
    case 'ENV': {
      const parts: string[] = [];
      for (const { key, value } of cmd.env) {
        const k = expand(key);
        const v = expand(value);
        c.Env = setEnv(c.Env ?? [], k, v);
        parts.push(`${k}=${v}`);
      }
      return `ENV ${parts.join(' ')}`;
    }
    case 'LABEL': {
      const parts: string[] = [];
      for (const { key, value } of cmd.labels) {
        const k = expand(key);
        const v = expand(value);
        c.Labels = { ...(c.Labels ?? {}), [k]: v };
        parts.push(`${k}=${v}`);
      }
      return `LABEL ${parts.join(' ')}`;
    }
    case 'MAINTAINER':
      return `MAINTAINER ${cmd.maintainer}`;
    case 'ARG': {
      const parts: string[] = [];
      for (const arg of cmd.args) {
        let value = arg.value === null ? undefined : expand(arg.value);
        if (ctx.buildArgs.has(arg.key)) {
          value = ctx.buildArgs.get(arg.key);
          ctx.usedArgs.add(arg.key);
        } else if (arg.value === null && ctx.globalArgs.has(arg.key)) value = ctx.globalArgs.get(arg.key);
        stage.args.set(arg.key, value);
        parts.push(arg.value === null ? arg.key : `${arg.key}=${value}`);
      }
      return `ARG ${parts.join(' ')}`;
    }
    case 'CMD': {
      c.Cmd = argvOf(stage, cmd.cmd.cmdLine, cmd.cmd.prependShell);
      c.ArgsEscaped = true;
      stage.cmdSetHere = true;
      return `CMD ${goList(c.Cmd)}`;
    }
    case 'ENTRYPOINT': {
      c.Entrypoint = argvOf(stage, cmd.cmd.cmdLine, cmd.cmd.prependShell);
      c.ArgsEscaped = true;
      // An ENTRYPOINT resets a CMD inherited from the base image (not one set in this stage).
      if (!stage.cmdSetHere) c.Cmd = null;
      return `ENTRYPOINT ${goList(c.Entrypoint)}`;
    }
    case 'SHELL':
      c.Shell = [...cmd.shell];
      return `SHELL [${cmd.shell.join(' ')}]`;
    case 'USER': {
      c.User = expand(cmd.user);
      return `USER ${c.User}`;
    }
    case 'VOLUME': {
      const volumes = cmd.volumes.map(expand);
      for (const v of volumes) {
        if (v.trim() === '') throw new BuildError('VOLUME specified can not be an empty string');
        c.Volumes = { ...(c.Volumes ?? {}), [v]: {} };
      }
      return `VOLUME [${volumes.join(' ')}]`;
    }
    case 'STOPSIGNAL': {
      c.StopSignal = expand(cmd.signal);
      return `STOPSIGNAL ${c.StopSignal}`;
    }
    case 'EXPOSE': {
      const ports = cmd.ports.flatMap((p) => expandPorts(expand(p)));
      for (const p of ports) c.ExposedPorts = { ...(c.ExposedPorts ?? {}), [p]: {} };
      return `EXPOSE [${[...ports].sort().join(' ')}]`;
    }
    case 'HEALTHCHECK': {
      const h = cmd.health;
      if (h.test[0] === 'NONE') c.Healthcheck = { Test: ['NONE'] };
      else {
        const health: Record<string, unknown> = { Test: h.test };
        if (h.interval) health.Interval = h.interval;
        if (h.timeout) health.Timeout = h.timeout;
        if (h.startPeriod) health.StartPeriod = h.startPeriod;
        if (h.startInterval) health.StartInterval = h.startInterval;
        if (h.retries) health.Retries = h.retries;
        c.Healthcheck = health;
      }
      const dur = (ns: number) => goQuote(goDuration(ns));
      return `HEALTHCHECK &{${goList(h.test)} ${dur(h.interval)} ${dur(h.timeout)} ${dur(h.startPeriod)} ${dur(h.startInterval)} ${goCharQuote(h.retries)}}`;
    }
    case 'ONBUILD':
      c.OnBuild = [...(c.OnBuild ?? []), cmd.expression];
      return null;
  }
}

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

// EXPOSE 80 → 80/tcp; 8000-8002/udp → each port of the range (nat.ParsePortSpecs).
function expandPorts(spec: string): string[] {
  const slash = spec.indexOf('/');
  const proto = slash < 0 ? 'tcp' : spec.slice(slash + 1).toLowerCase();
  const port = slash < 0 ? spec : spec.slice(0, slash);
  if (!['tcp', 'udp', 'sctp'].includes(proto)) throw new BuildError(`invalid proto: ${proto}`);
  const m = /^(\d+)(?:-(\d+))?$/.exec(port);
  if (!m) throw new BuildError(`invalid containerPort: ${port}`);
  const start = Number(m[1]);
  const end = m[2] === undefined ? start : Number(m[2]);
  if (end < start) throw new BuildError(`invalid range specified for containerPort: ${port}`);
  const out: string[] = [];
  for (let p = start; p <= end; p++) out.push(`${p}/${proto}`);
  return out;
}

/** time.Duration.String() for the values a HEALTHCHECK takes. */
export function goDuration(ns: number): string {
  if (ns === 0) return '0s';
  if (ns < 1e3) return `${ns}ns`;
  if (ns < 1e6) return `${trimZeros(ns / 1e3)}µs`;
  if (ns < 1e9) return `${trimZeros(ns / 1e6)}ms`;
  let secs = ns / 1e9;
  const h = Math.floor(secs / 3600);
  secs -= h * 3600;
  const m = Math.floor(secs / 60);
  secs -= m * 60;
  const s = `${trimZeros(Number(secs.toFixed(9)))}s`;
  if (h > 0) return `${h}h${m}m${s}`;
  if (m > 0) return `${m}m${s}`;
  return s;
}

function trimZeros(n: number): string {
  return String(n);
}

// Go's %q on an int is a quoted rune: 3 → '\x03'.
function goCharQuote(n: number): string {
  if (n >= 0x20 && n < 0x7f && n !== 0x27 && n !== 0x5c) return `'${String.fromCharCode(n)}'`;
  if (n === 0x27) return `'\\''`;
  if (n === 0x5c) return `'\\\\'`;
  if (n < 0x100) return `'\\x${n.toString(16).padStart(2, '0')}'`;
  return `'${String.fromCodePoint(n)}'`;
}
