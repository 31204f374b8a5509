// dockerfileHas / stageCount — what a Dockerfile of the learner's says, read with the builder's own parser:
// an instruction in a stage (CMD in the final stage, COPY matching a pattern), and how many stages it has.
import { z } from 'zod';
import { missing, notYet, pass, type CheckContext, type Verdict } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { optionalRegex } from '../params.ts';
import { dockerfileStages, type DockerfileStage } from '../builder-reads.ts';

const pathParam = z.string().min(1).default('Dockerfile').describe('The Dockerfile, relative to the home directory ("hello/Dockerfile").');

/** The Dockerfile's stages, or a missing verdict when there is no such file or it does not parse. */
function stagesOf(ctx: CheckContext, path: string): DockerfileStage[] | Verdict {
  const full = path.startsWith('/') ? path : `${ctx.host.home}/${path}`;
  const shown = path.startsWith('/') ? path : `~/${path}`;
  if (!ctx.host.fs.exists(full) || ctx.host.fs.stat(full).type !== 'file') return missing(`There is no file ${shown} yet.`);
  const parsed = dockerfileStages(ctx.host.fs.readText(full));
  return 'error' in parsed ? notYet(`${shown} does not parse: ${parsed.error}`) : parsed.stages;
}

/** Passes when the chosen stage(s) have between min and max instructions of a kind (optionally matching a pattern). */
export const dockerfileHas = defineMatcher({
  name: 'dockerfileHas',
  description: 'A Dockerfile in the workspace has (or, with max: 0, lacks) an instruction, optionally matching a pattern, in one stage or all of them.',
  params: z.strictObject({
    path: pathParam,
    instruction: z.string().regex(/^[A-Za-z]+$/).transform((s) => s.toUpperCase()).describe('The instruction keyword: CMD, COPY, USER, FROM …'),
    stage: z.union([z.literal('final'), z.literal('all'), z.string().min(1)]).default('final').describe('"final" (the last stage, the default), "all", or a stage name given with AS.'),
    matches: optionalRegex('A regular expression the instruction\'s text (after the keyword) must match.'),
    min: z.number().int().nonnegative().default(1).describe('At least this many such instructions (default 1).'),
    max: z.number().int().nonnegative().optional().describe('At most this many (0: the instruction must be absent).'),
  }),
  example: { path: 'hello/Dockerfile', instruction: 'CMD', max: 0, min: 0 },
  check({ path, instruction, stage, matches, min, max }, ctx): Verdict {
    const stages = stagesOf(ctx, path);
    if (!Array.isArray(stages)) return stages;
    const chosen = stage === 'all' ? stages : stage === 'final' ? stages.slice(-1) : stages.filter((s) => s.name === stage.toLowerCase());
    if (chosen.length === 0) return missing(`~/${path} has no stage named ${stage}.`);
    const re = matches === undefined ? undefined : new RegExp(matches);
    const found = chosen.flatMap((s) => s.instructions).filter((i) => i.keyword === instruction && (!re || re.test(i.text)));
    const where = stage === 'all' ? '' : stage === 'final' ? ' in its final stage' : ` in stage ${stage}`;
    const what = `${instruction}${re ? ` matching /${matches}/` : ''}`;
    if (found.length < min) return notYet(`~/${path} has ${found.length ? `only ${found.length}` : 'no'} ${what}${where}.`);
    if (max !== undefined && found.length > max) return notYet(max === 0 ? `~/${path} still has ${what}${where} (line ${found[0].line}).` : `~/${path} has ${found.length} ${what}${where}; at most ${max}.`);
    return pass;
  },
});

/** Passes when the Dockerfile has a number of stages (FROM lines) in range. */
export const stageCount = defineMatcher({
  name: 'stageCount',
  description: 'How many build stages (FROM instructions) a workspace Dockerfile has.',
  params: z
    .strictObject({
      path: pathParam,
      min: z.number().int().positive().optional().describe('At least this many stages.'),
      max: z.number().int().positive().optional().describe('At most this many stages.'),
      exact: z.number().int().positive().optional().describe('Exactly this many stages.'),
    })
    .refine((p) => p.min !== undefined || p.max !== undefined || p.exact !== undefined, { error: 'give min, max or exact' }),
  example: { path: 'report/Dockerfile', min: 2 },
  check({ path, min, max, exact }, ctx): Verdict {
    const stages = stagesOf(ctx, path);
    if (!Array.isArray(stages)) return stages;
    const n = stages.length;
    const ok = (exact === undefined || n === exact) && (min === undefined || n >= min) && (max === undefined || n <= max);
    return ok ? pass : notYet(`~/${path} has ${n} stage${n === 1 ? '' : 's'} (FROM line${n === 1 ? '' : 's'}); ${exact !== undefined ? `exactly ${exact}` : [min !== undefined ? `at least ${min}` : '', max !== undefined ? `at most ${max}` : ''].filter(Boolean).join(' and ')} wanted.`);
  },
});
