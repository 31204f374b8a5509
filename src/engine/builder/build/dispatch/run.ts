// RUN: the command runs in the stage's filesystem through the injected runtime, as the stage's USER,
// with its mounts in place for that step only; what it changes becomes the step's layer.
import { goQuote } from '../../../model/go-quote.ts';
import { ExecUserError, resolveExecUser } from '../../../exec-user.ts';
import { BuildError } from '../errors.ts';
import { PROXY_ARGS, runArgs } from '../stage-state.ts';
import { layerStep } from '../steps.ts';
import { argvOf } from './argv.ts';
import { mountAll, prepareMounts } from './mounts.ts';
import type { Dispatcher } from './types.ts';
import { guard } from './vertex.ts';
import { execFormatError, foreignPlatform } from '../../../exec-format.ts';

/** Dispatches RUN. */
export const run: Dispatcher<'RUN'> = async (d) => {
  const { ctx, state, cmd, name } = d;
  let cmdLine = cmd.cmd.cmdLine;
  if (cmd.cmd.files.length > 0 && cmd.cmd.prependShell) {
    // A heredoc RUN hands the shell the script with its here-documents, as a POSIX shell would read it.
    const bodies = cmd.cmd.files.map((f) => `${f.chomp ? f.data.replace(/^\t+/gm, '') : f.data}${f.name}`);
    const only = cmd.cmd.files.length === 1 && /^<<-?['"]?\w+['"]?$/.test(cmdLine.join(' ').trim());
    cmdLine = only ? [cmd.cmd.files[0].data] : [`${cmdLine.join(' ')}\n${bodies.join('\n')}\n`];
  }
  const argv = argvOf(state, cmdLine, cmd.cmd.prependShell);
  const args = runArgs(state);
  const env = [...(state.config.Env ?? []), ...args];
  const cwd = state.config.WorkingDir || '/';
  const user = state.config.User || 'root';
  const shown = args.filter((a) => !PROXY_ARGS.has(a.slice(0, a.indexOf('='))));
  // History never names the mounts: a secret leaves no trace in the image.
  const createdBy = `RUN ${shown.length ? `|${shown.length} ${shown.join(' ')} ` : ''}${argv.join(' ')} # buildkit`;
  // What BuildKit calls the step's process (its exec op), in the descriptions of what it makes.
  const exec = `exec ${argv.join(' ')}`;
  const vertex = ctx.progress.start(name);
  const mounts = await guard(vertex, async () => prepareMounts(d));
  const runtime = ctx.deps.runtime;
  await guard(vertex, () =>
    layerStep(state, d.step, vertex, ['run', argv, env, cwd, user, ...mounts.map((m) => m.key)], createdBy, async (fs) => {
      if (!runtime) throw new BuildError('no runtime to run build steps');
      await ctx.deps.host.sleep(100, ctx.deps.signal);
      const signal = ctx.deps.signal ?? new AbortController().signal;
      const failed = `process ${goQuote(argv.join(' '))} did not complete successfully`;
      let identity;
      try {
        identity = resolveExecUser(fs, state.config.User || '');
      } catch (error) {
        if (error instanceof ExecUserError) throw new BuildError(`${failed}: ${error.message}`);
        throw error;
      }
      const mounted = mountAll(d, fs, mounts, exec);
      let code: number;
      const stderr = { write: (t: string) => vertex.write(2, t) };
      const foreign = foreignPlatform({ os: state.os, architecture: state.architecture, variant: state.variant });
      try {
        code = foreign ? execFormatError(fs, argv[0], env, stderr) : await runtime.run(
          { fs, argv, env: [...env, ...mounted.env], cwd, user, identity, hostname: 'buildkitsandbox' },
          {
            stdout: { write: (t) => vertex.write(1, t) },
            stderr,
            stdin: '',
            tty: false,
            columns: 80,
            signal,
            sleep: (ms) => ctx.deps.host.sleep(ms, signal),
          },
        );
      } finally {
        mounted.unmount();
      }
      vertex.flush();
      if (code !== 0) throw new BuildError(`${failed}: exit code: ${code}`);
    }, `mount / from ${exec}`),
  );
};
