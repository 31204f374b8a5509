// imageRunPrints — what a container of an image prints when it starts, as `docker run --rm IMAGE [ARGS]`
// would show it: run in a throwaway copy of the engine, so grading never adds a container of its own.
import { z } from 'zod';
import { missing, notYet, pass, type CheckContext, type Verdict } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { imageRef, noImage, regexString, resolveImage } from '../params.ts';
import { memoized } from './throwaway-build.ts';

/** What one throwaway run printed and how it ended. */
interface RunOutcome {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** Set when the container could not start: the daemon's reason. */
  startError?: string;
}

// How many turns of the event loop a graded run may take: its waits return at once on the throwaway
// clock, so a program that exits does so within a few turns; a server that never exits counts as running.
const RUN_TURNS = 500;

/** Runs `ref` with `args` and `env` in a throwaway engine and collects its output. */
async function runOnce(ctx: CheckContext, ref: string, args: string[], env: Record<string, string>): Promise<RunOutcome> {
  const engine = ctx.engine.fork();
  let stdout = '';
  let stderr = '';
  let process;
  try {
    const { Id } = engine.containerCreate({ Image: ref, ...(args.length ? { Cmd: args } : {}), Env: Object.entries(env).map(([k, v]) => `${k}=${v}`) });
    process = engine.containerStartAttached(Id, { stdout: { write: (t) => void (stdout += t) }, stderr: { write: (t) => void (stderr += t) }, stdin: '', columns: 80 });
  } catch (error) {
    // The container never started (a program that is not there): docker run says why and exits 127.
    return { stdout, stderr, exitCode: 127, startError: error instanceof Error ? error.message : String(error) };
  }
  let exitCode = -1;
  void process.exit.then((code) => (exitCode = code));
  for (let turn = 0; turn < RUN_TURNS && exitCode === -1; turn++) await new Promise<void>((resolve) => setTimeout(resolve, 0));
  return { stdout, stderr, exitCode };
}

/** Passes when a container of the image prints a line matching `pattern` on the chosen stream (and exits as asked). */
export const imageRunPrints = defineMatcher({
  name: 'imageRunPrints',
  description: 'A container of the image, started with optional arguments and environment (docker run --rm IMAGE ARGS…), prints a line matching a pattern.',
  params: z.strictObject({
    ref: imageRef('The image to run, as the learner named it'),
    args: z.array(z.string()).default([]).describe('Arguments after the image name: they replace CMD, as with docker run IMAGE ARGS.'),
    env: z.record(z.string(), z.string()).default({}).describe('Environment variables, as docker run -e NAME=value sets them.'),
    pattern: regexString('A regular expression one printed line must match, e.g. "^Hello, world$".'),
    stream: z.enum(['stdout', 'stderr', 'both']).default('stdout').describe('Which output to read (default stdout).'),
    exitCode: z.number().int().optional().describe('The exit status the run must end with.'),
    whole: z.boolean().default(false).describe('Match the pattern against the whole output (its last newline dropped) instead of any one line: "^Hello$" then means nothing else was printed.'),
  }),
  example: { ref: 'hello:v2', pattern: '^Hello from my first image$' },
  check({ ref, args, env, pattern, stream, exitCode, whole }, ctx): Verdict | Promise<Verdict> {
    const image = resolveImage(ctx.engine, ref);
    if (!image) return missing(noImage(ref));
    const shown = `docker run --rm ${ref}${args.length ? ' ' + args.join(' ') : ''}`;
    const verdict = (o: RunOutcome): Verdict => {
      if (o.startError !== undefined) return notYet(startFailure(shown, o.startError, args, engineHasEntrypoint(ctx, image)));
      const text = stream === 'stdout' ? o.stdout : stream === 'stderr' ? o.stderr : o.stdout + o.stderr;
      const re = new RegExp(pattern, whole ? '' : 'm');
      if (!re.test(whole ? text.replace(/\r/g, '').replace(/\n$/, '') : text.replace(/\r/g, ''))) {
        const said = (o.stdout + o.stderr).trim().split('\n').slice(0, 2).join(' / ');
        return notYet(said ? `${shown} prints "${said.slice(0, 120)}", not a line matching /${pattern}/${stream === 'both' ? '' : ` on ${stream}`}.` : `${shown} prints nothing${o.exitCode === -1 ? ' (it is still running)' : ''}.`);
      }
      if (exitCode !== undefined && o.exitCode !== exitCode) return notYet(`${shown} exits with ${o.exitCode}, not ${exitCode}.`);
      return pass;
    };
    const key = ['run', image, JSON.stringify(args), JSON.stringify(env)].join('\0');
    const outcome = memoized(key, () => runOnce(ctx, ref, args, env));
    return outcome instanceof Promise ? outcome.then(verdict) : verdict(outcome);
  },
});

// runc's long chain ("failed to create task … error during container init: exec: …: unknown") cut to its
// cause; when the missing program is the first argument, say that the arguments replaced CMD.
function startFailure(shown: string, message: string, args: string[], hasEntrypoint: boolean): string {
  const cause = /error during container init: (.*?)(?:: unknown)?$/.exec(message)?.[1] ?? message;
  const replaced = !hasEntrypoint && args.length > 0 && cause.includes(`exec: "${args[0]}"`);
  return `${shown} does not start: ${cause}.${replaced ? ` The words after the image name replaced its whole CMD, and with no ENTRYPOINT to receive them, Docker tried to run a program called ${args[0]}.` : ''}`;
}

function engineHasEntrypoint(ctx: CheckContext, image: string): boolean {
  return (ctx.engine.imageConfig(image).config.Entrypoint ?? []).length > 0;
}
