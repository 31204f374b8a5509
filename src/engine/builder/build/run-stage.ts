// One stage from its FROM to its last instruction: the FROM vertex, ONBUILD triggers of the base
// image, then each instruction — metadata ones change the config, RUN/COPY/ADD/WORKDIR are
// numbered steps that write layers through the cache.
import { parseDockerfile } from '../parser/parse.ts';
import { parseInstruction } from '../instructions/parse-instruction.ts';
import type { Command, Stage } from '../instructions/types.ts';
import { BuildCache } from '../cache/build-cache.ts';
import { DISPATCH, type Dispatcher, type StageRunContext } from './dispatch/index.ts';
import { displayName, loadContextVertex, readsContext } from './dispatch/vertex.ts';
import { BuildError } from './errors.ts';
import { baseImageKey } from './base-image.ts';
import { isStep, stepPrefix } from './plan.ts';
import { expansionEnv, type StageState } from './stage-state.ts';
import { setTree } from './steps.ts';

export type { StageRunContext } from './dispatch/index.ts';

const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** Runs one stage into `state`. */
export async function runStage(ctx: StageRunContext, state: StageState, stage: Stage, label: string): Promise<void> {
  const base = ctx.lex.processWord(stage.baseName, definedOnly(ctx.globalArgs));
  const platform = stage.platform ? ctx.lex.processWord(stage.platform, definedOnly(ctx.globalArgs)) : ctx.platform;
  const image = ctx.images.get(baseImageKey(base, platform));
  let commands: Command[] = stage.commands;
  if (image) {
    const triggers = image.config.config.OnBuild ?? [];
    commands = [...triggers.flatMap((t) => parseTrigger(t, stage.startLine)), ...commands];
  }
  const total = commands.filter(isStep).length + (image ? 1 : 0);
  let index = 0;
  const prefix = () => stepPrefix(label, ++index, total);

  if (image) {
    const vertex = ctx.progress.start(`${prefix()} FROM ${image.pinned}`);
    if (!ctx.deps.store.image(image.id) && !ctx.deps.cache.hasBase(image.id)) {
      await ctx.deps.host.sleep(800, ctx.deps.signal);
      ctx.deps.cache.addBase(image.id);
    }
    state.config = structuredClone(image.config.config);
    state.config.OnBuild = null;
    state.history = image.config.history.map((h) => ({ ...h }));
    state.layers = image.layers.map((l) => ({ ...l }));
    state.cacheKey = BuildCache.key('', 'image', image.id);
    state.lastCreated = image.config.created;
    state.os = image.config.os;
    state.architecture = image.config.architecture;
    state.variant = image.config.variant;
    setTree(state, () => image.tree());
    vertex.done();
    // BuildKit transfers the context while the base image resolves, so its vertex follows the FROM.
    if (commands.some(readsContext)) loadContextVertex(ctx);
  } else if (base.toLowerCase() === 'scratch') {
    state.config = { Env: [DEFAULT_PATH] };
  }

  const step = { cache: ctx.deps.cache, host: ctx.deps.host, noCache: ctx.noCache };
  for (const cmd of commands) {
    try {
      const env = expansionEnv(state);
      const name = isStep(cmd) ? `${prefix()} ${displayName(ctx, state, cmd)}` : '';
      const dispatcher = DISPATCH[cmd.kind] as Dispatcher<Command['kind']>;
      await dispatcher({ ctx, state, cmd, name, env, expand: (word) => ctx.lex.processWord(word, env), step });
    } catch (error) {
      if (error instanceof BuildError && !error.location) throw new BuildError(error.message, error.step, ctx.loc(cmd.startLine, cmd.endLine));
      throw error;
    }
  }
}

function parseTrigger(expression: string, line: number): Command[] {
  const ast = parseDockerfile(`${expression}\n`).ast;
  return ast.children.map((node) => {
    const c = parseInstruction(node) as Command;
    return { ...c, startLine: line, endLine: line };
  });
}




function definedOnly(args: Map<string, string | undefined>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of args) if (v !== undefined) out.set(k, v);
  return out;
}


