// A BuildKit build (the dockerfile.v0 frontend with the docker exporter): load the Dockerfile, check
// it, resolve bases, run the target's stages step by step against the cache, then export and name
// the image. Progress goes to the stream as vertices; a failure is a BuildError and writes nothing.
import type { ImageConfigFile } from '../../model/image-config.ts';
import { rfc3339Nano } from '../../clock.ts';
import { makeDir, cloneNode } from '../../../vfs/vfs.ts';
import { parseDockerfile } from '../parser/parse.ts';
import { DockerfileParseError } from '../parser/errors.ts';
import { parseStages } from '../instructions/parse-stages.ts';
import { InstructionError } from '../instructions/errors.ts';
import { checkDockerfile, type LintResult } from '../lint/check.ts';
import { readDockerignore } from '../dockerignore/read.ts';
import { decodeUtf8 } from '../../../vfs/utf8.ts';
import { ShellLex } from '../shell-lex/lex.ts';
import { ShellLexError } from '../shell-lex/errors.ts';
import { BuildCache } from '../cache/build-cache.ts';
import { loadContext, type BuildContext } from '../context/load.ts';
import type { Stage } from '../instructions/types.ts';
import { baseImageKey, resolveBaseImage, type BaseImage } from './base-image.ts';
import { BuildError } from './errors.ts';
import { neededStages, platformArgs, stageIndex, targetStage } from './plan.ts';
import { sizeText, type Progress } from './progress.ts';
import { normalizeConfig, type StageState } from './stage-state.ts';
import { getTree, setTree } from './steps.ts';
import { runStage, type StageRunContext } from './run-stage.ts';
import type { BuildDeps, BuildRequest, BuildResult, BuildWarning, SourceLocation } from './types.ts';

/** Runs a build to completion; throws BuildError. */
export async function runBuild(deps: BuildDeps, req: BuildRequest, progress: Progress): Promise<BuildResult> {
  const platform = req.platform || 'linux/amd64';
  const fileName = req.dockerfileName;
  const loc = (startLine: number, endLine = startLine): SourceLocation => ({ fileName, source: req.dockerfile ?? '', startLine, endLine });

  // #1 load build definition: parse and check the Dockerfile.
  const def = progress.start(`[internal] load build definition from ${fileName}`);
  if (req.dockerfile === null) {
    def.instant('transferring dockerfile: 2B');
    def.done();
    throw new BuildError(`failed to read dockerfile: open ${fileName}: no such file or directory`);
  }
  const dockerfileText = req.dockerfile;
  def.instant(`transferring dockerfile: ${sizeText(new TextEncoder().encode(dockerfileText).length)}`);
  let stages: Stage[] = [];
  let metaArgs;
  let warnings: BuildWarning[] = [];
  let escapeToken = '\\';
  let lint: LintResult;
  try {
    const parsed = parseDockerfile(dockerfileText);
    escapeToken = parsed.escapeToken;
    lint = checkDockerfile(dockerfileText, {
      buildArgs: req.buildArgs,
      dockerignore: contextIgnorePatterns(req.context),
      target: req.target,
      platform,
      // UndefinedVar sees the base image's ENV, as BuildKit's dispatch does; resolving has no side effects.
      baseEnv: (name) => {
        try {
          return resolveBaseImage(deps.store, deps, name, platform, req.pull ?? false).config.config?.Env ?? [];
        } catch {
          return [];
        }
      },
    });
    // BuildKit reports the checks of the lines before an instruction that does not parse, then fails.
    warnings = lint.warnings;
    if (lint.instructionError) throw lint.instructionError;
    ({ stages, metaArgs } = parseStages(parsed.ast));
    if (stages.length === 0) throw new BuildError('file with no instructions');
  } catch (error) {
    for (const w of warnings) def.warn(`${w.rule}: ${w.detail} (line ${w.line})`);
    def.done();
    if (error instanceof DockerfileParseError) throw new BuildError(error.message, undefined, error.startLine > 0 ? loc(error.startLine, error.endLine || error.startLine) : undefined, warnings);
    if (error instanceof InstructionError) throw new BuildError(error.buildMessage, undefined, loc(error.line, error.endLine), warnings);
    throw error;
  }
  for (const w of warnings) def.warn(`${w.rule}: ${w.detail} (line ${w.line})`);
  def.done();
  if (lint.error) throw new BuildError(lint.error, undefined, loc(warnings[0]!.line), warnings);

  const lex = new ShellLex(escapeToken);
  const fail = (error: unknown, line: number): never => {
    if (error instanceof BuildError) throw new BuildError(error.message, error.step, error.location ?? loc(line), warnings);
    if (error instanceof ShellLexError) throw new BuildError(error.message, undefined, loc(line), warnings);
    throw error;
  };

  // Global ARGs: predefined platform ARGs, then those before the first FROM (--build-arg overrides).
  const usedArgs = new Set<string>();
  const globalArgs = new Map<string, string | undefined>(platformArgs(platform));
  for (const meta of metaArgs) {
    for (const arg of meta.args) {
      let value: string | undefined;
      try {
        value = arg.value === null ? undefined : lex.processWord(arg.value, definedOnly(globalArgs));
      } catch (error) {
        fail(error, meta.startLine);
      }
      if (req.buildArgs.has(arg.key)) {
        value = req.buildArgs.get(arg.key);
        usedArgs.add(arg.key);
      }
      globalArgs.set(arg.key, value);
    }
  }
  const globalEnv = definedOnly(globalArgs);
  const bases = stages.map((s) => {
    try {
      return lex.processWord(s.baseName, globalEnv);
    } catch (error) {
      return fail(error, s.startLine);
    }
  });
  let target: number;
  try {
    target = targetStage(stages, req.target);
  } catch (error) {
    throw new BuildError((error as Error).message, undefined, undefined, warnings);
  }
  const needed = neededStages(stages, bases, target, lex, () => globalEnv);

  // #2… load metadata for each base image, in order of first use.
  const images = new Map<string, BaseImage>();
  for (const i of needed) {
    const base = bases[i];
    const stagePlatform = stages[i].platform ? lex.processWord(stages[i].platform, globalEnv) : platform;
    if (base.toLowerCase() === 'scratch' || stageIndex(stages, base, i) >= 0 || images.has(baseImageKey(base, stagePlatform))) continue;
    let image: BaseImage | undefined;
    let shown = base;
    try {
      image = resolveBaseImage(deps.store, deps, base, stagePlatform, req.pull ?? false);
      shown = image.canonical;
    } catch (error) {
      shown = canonicalGuess(base);
      const v = progress.start(`[internal] load metadata for ${shown}`);
      await deps.host.sleep(300, deps.signal).catch(() => undefined);
      if (error instanceof BuildError) {
        v.fail(error.message.replace(/^.*?failed to resolve source metadata for \S+: /, ''));
        throw new BuildError(error.message, { name: `[internal] load metadata for ${shown}`, logs: [] }, loc(stages[i].startLine), warnings);
      }
      throw error;
    }
    const v = progress.start(`[internal] load metadata for ${shown}`);
    await deps.host.sleep(image.id && deps.store.image(image.id) ? 100 : 600, deps.signal);
    v.done();
    images.set(baseImageKey(base, stagePlatform), image);
  }

  // load .dockerignore, and the build context when a step reads it.
  const ignore = progress.start('[internal] load .dockerignore');
  let context: BuildContext;
  try {
    context = loadContext(req.context);
  } catch (error) {
    ignore.fail((error as Error).message);
    throw new BuildError((error as Error).message, undefined, undefined, warnings);
  }
  ignore.instant(`transferring context: ${sizeText(context.ignoreFileSize)}`);
  ignore.done();

  const states = new Map<number, StageState>();
  const multi = stages.length > 1;
  const runCtx: StageRunContext = {
    deps,
    req,
    lex,
    stages,
    states,
    images,
    context,
    contextLoaded: false,
    progress,
    globalArgs,
    usedArgs,
    platform,
    loc,
    noCache: req.noCache ?? false,
  };
  for (const i of needed) {
    const stage = stages[i];
    const label = multi ? stage.stageName || `stage-${i}` : '';
    const state = initialState(runCtx, i, bases[i], label);
    states.set(i, state);
    try {
      await runStage(runCtx, state, stage, label);
    } catch (error) {
      fail(error, stage.startLine);
    }
  }

  // exporting to image
  const final = states.get(target)!;
  const exporter = progress.start('exporting to image');
  const layersStatus = exporter.status('exporting layers');
  await deps.host.sleep(50, deps.signal);
  for (const layer of final.layers) if (!deps.store.hasLayer(layer.diffId)) deps.store.putLayer(layer.tar(), layer.size);
  layersStatus.done();
  if (req.labels) final.config.Labels = { ...(final.config.Labels ?? {}), ...req.labels };
  const configFile: ImageConfigFile = {
    architecture: final.architecture,
    ...(final.variant ? { variant: final.variant } : {}),
    os: final.os,
    config: normalizeConfig(final.config),
    created: final.lastCreated,
    history: final.history,
    rootfs: { type: 'layers', diff_ids: final.layers.map((l) => l.diffId) },
  };
  const imageId = deps.store.putImage(configFile);
  exporter.instant(`writing image ${imageId}`);
  const now = rfc3339Nano(deps.host.now());
  for (const tag of req.tags) {
    deps.store.setTag(tag, imageId, now);
    exporter.instant(`naming to ${tag}`);
  }
  exporter.done();
  const plan = multi ? stages.map((s, i) => ({ name: s.stageName || `stage-${i}`, built: needed.includes(i) })) : [];
  return { imageId, tags: req.tags, warnings, stages: plan };
}

function initialState(ctx: StageRunContext, index: number, base: string, label: string): StageState {
  const state: StageState = {
    index,
    name: label,
    config: {},
    history: [],
    layers: [],
    cacheKey: BuildCache.key('', 'scratch', ctx.platform),
    args: new Map(),
    lastCreated: '',
    cmdSetHere: false,
    os: ctx.platform.split('/')[0],
    architecture: ctx.platform.split('/')[1],
    variant: ctx.platform.split('/')[2],
  };
  const fromStage = stageIndex(ctx.stages, base, index);
  if (fromStage >= 0) {
    const parent = ctx.states.get(fromStage)!;
    Object.assign(state, {
      config: structuredClone(parent.config),
      history: parent.history.map((h) => ({ ...h })),
      layers: [...parent.layers],
      cacheKey: parent.cacheKey,
      lastCreated: parent.lastCreated,
      os: parent.os,
      architecture: parent.architecture,
      variant: parent.variant,
    });
    setTree(state, () => cloneNode(getTree(parent)));
    return state;
  }
  setTree(state, () => makeDir());
  return state;
}

// The context's .dockerignore patterns for the checks (none, or unreadable: the context load reports it).
function contextIgnorePatterns(context: BuildRequest['context']): string[] | undefined {
  const node = context.children.get('.dockerignore');
  if (node?.type !== 'file') return undefined;
  try {
    return readDockerignore(decodeUtf8(node.data));
  } catch {
    return undefined;
  }
}

function definedOnly(args: Map<string, string | undefined>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of args) if (v !== undefined) out.set(k, v);
  return out;
}

function canonicalGuess(name: string): string {
  if (name.includes('/') && /[.:]/.test(name.split('/')[0])) return name.includes(':') || name.includes('@') ? name : `${name}:latest`;
  const path = name.includes('/') ? name : `library/${name}`;
  return `docker.io/${path}${/[:@]/.test(name) ? '' : ':latest'}`;
}
