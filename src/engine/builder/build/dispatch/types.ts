// What every instruction's dispatch gets: the build it belongs to, the stage it changes, the typed
// instruction, and (for the numbered steps RUN, COPY, ADD, WORKDIR) its vertex name.
import type { ShellLex } from '../../shell-lex/lex.ts';
import type { BuildContext } from '../../context/load.ts';
import type { Command, Stage } from '../../instructions/types.ts';
import type { BaseImage } from '../base-image.ts';
import type { Progress } from '../progress.ts';
import type { StageState } from '../stage-state.ts';
import type { StepContext } from '../steps.ts';
import type { BuildDeps, BuildRequest, SourceLocation } from '../types.ts';

/** Everything a stage run shares with the build. */
export interface StageRunContext {
  deps: BuildDeps;
  req: BuildRequest;
  lex: ShellLex;
  stages: Stage[];
  states: Map<number, StageState>;
  images: Map<string, BaseImage>;
  context: BuildContext;
  contextLoaded: boolean;
  progress: Progress;
  globalArgs: Map<string, string | undefined>;
  usedArgs: Set<string>;
  platform: string;
  loc: (start: number, end?: number) => SourceLocation;
  noCache: boolean;
}

/** One instruction to dispatch. */
export interface DispatchRequest<K extends Command['kind'] = Command['kind']> {
  ctx: StageRunContext;
  state: StageState;
  cmd: Extract<Command, { kind: K }>;
  /** `[2/5] RUN make` for numbered steps; '' for the config-only instructions. */
  name: string;
  /** The variables words of this instruction expand against: the stage's, from before it. */
  env: Map<string, string>;
  /** Expands a word against `env`. */
  expand(word: string): string;
  /** What a layer step needs (cache, clock, --no-cache). */
  step: StepContext;
}

/** Applies one kind of instruction. */
export type Dispatcher<K extends Command['kind']> = (d: DispatchRequest<K>) => void | Promise<void>;
