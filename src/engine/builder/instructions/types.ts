// Typed Dockerfile instructions, one shape per keyword, as the build steps consume them.
import type { Heredoc } from '../parser/node.ts';

/** Fields every instruction carries: its keyword as typed, source text and lines. */
export interface InstructionBase {
  /** Upper-case keyword (`RUN`). */
  name: string;
  /** The keyword as written (`run`), for casing checks. */
  written: string;
  /** The logical source line (`RUN apk add x`). */
  original: string;
  startLine: number;
  endLine: number;
}

/** `KEY=value` of ENV/LABEL; `noDelim` for the legacy `KEY value` form. */
export interface KeyValuePair {
  key: string;
  value: string;
  noDelim: boolean;
}

/** `NAME` or `NAME=default` of ARG. */
export interface ArgDefinition {
  key: string;
  value: string | null;
  comment: string;
}

/** A command line of RUN/CMD/ENTRYPOINT; `prependShell` for shell form; heredoc files for RUN. */
export interface ShellDependentCmdLine {
  cmdLine: string[];
  prependShell: boolean;
  files: { name: string; data: string; chomp: boolean }[];
}

/** A `RUN --mount=…` specification. */
export interface RunMount {
  type: 'bind' | 'cache' | 'tmpfs' | 'secret' | 'ssh';
  from: string;
  source: string;
  target: string;
  readOnly: boolean;
  cacheId: string;
  cacheSharing: string;
  required: boolean;
  mode: number | null;
  uid: number | null;
  gid: number | null;
  /** `env=NAME` of a secret mount: the secret also (or only) as that environment variable. */
  env: string | null;
}

/** Sources and destination of COPY/ADD; heredoc sources become inline contents. */
export interface SourcesAndDest {
  sourcePaths: string[];
  sourceContents: { path: string; data: string; expand: boolean }[];
  destPath: string;
}

/** HEALTHCHECK settings; durations in nanoseconds (0 = default). */
export interface HealthConfig {
  test: string[];
  interval: number;
  timeout: number;
  startPeriod: number;
  startInterval: number;
  retries: number;
}

/** Every instruction inside a stage. */
export type Command =
  | (InstructionBase & { kind: 'ENV'; env: KeyValuePair[] })
  | (InstructionBase & { kind: 'LABEL'; labels: KeyValuePair[] })
  | (InstructionBase & { kind: 'MAINTAINER'; maintainer: string })
  | (InstructionBase & { kind: 'ARG'; args: ArgDefinition[] })
  | (InstructionBase & { kind: 'RUN'; cmd: ShellDependentCmdLine; mounts: RunMount[]; network: string; security: string })
  | (InstructionBase & { kind: 'CMD'; cmd: ShellDependentCmdLine })
  | (InstructionBase & { kind: 'ENTRYPOINT'; cmd: ShellDependentCmdLine })
  | (InstructionBase & { kind: 'SHELL'; shell: string[] })
  | (InstructionBase & { kind: 'WORKDIR'; path: string })
  | (InstructionBase & { kind: 'USER'; user: string })
  | (InstructionBase & { kind: 'VOLUME'; volumes: string[] })
  | (InstructionBase & { kind: 'STOPSIGNAL'; signal: string })
  | (InstructionBase & { kind: 'EXPOSE'; ports: string[] })
  | (InstructionBase & { kind: 'HEALTHCHECK'; health: HealthConfig })
  | (InstructionBase & { kind: 'ONBUILD'; expression: string })
  | (InstructionBase & {
      kind: 'COPY';
      files: SourcesAndDest;
      from: string;
      chown: string;
      chmod: string;
      link: boolean;
      parents: boolean;
      excludes: string[];
    })
  | (InstructionBase & {
      kind: 'ADD';
      files: SourcesAndDest;
      chown: string;
      chmod: string;
      link: boolean;
      keepGitDir: boolean;
      checksum: string;
      unpack: boolean | null;
      excludes: string[];
    });

/** A FROM line: base image, optional `AS name` (lower-cased) and `--platform`. */
export interface StageHeader extends InstructionBase {
  kind: 'FROM';
  baseName: string;
  stageName: string;
  platform: string;
  comment: string;
}

/** A build stage: its FROM and the commands after it. */
export interface Stage extends StageHeader {
  commands: Command[];
}

/** Anything ParseInstruction returns. */
export type Instruction = Command | StageHeader;

/** Either kind of parsed heredoc is passed through unchanged. */
export type { Heredoc };
