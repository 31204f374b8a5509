// exec: POST /containers/{id}/exec makes an instance, POST /exec/{id}/start runs it (hijacked unless
// detached), GET /exec/{id}/json reports its exit code, which is how the CLI learns it.
import { randomBytes } from 'node:crypto';
import { ContainerNotRunning, EngineError, ExecAlreadyRan, ExecPaused, ExecProcessNotFound, NoSuchExec } from '../../../engine/index.ts';
import { ApiError, readJson, sendEmpty, sendJson } from '../http-io.ts';
import { bodyLengthOf, readUntilHalfClose, streamSink, writeUpgrade } from '../hijack-io.ts';
import type { ExecInstance } from '../container-streams.ts';
import { runTtySession } from '../tty-session.ts';
import type { ApiDaemon, HijackRoute, Route } from '../router.ts';

interface ExecCreateBody {
  AttachStdin?: boolean;
  AttachStdout?: boolean;
  AttachStderr?: boolean;
  Tty?: boolean;
  Env?: string[] | null;
  Cmd?: string[] | null;
  WorkingDir?: string;
  User?: string;
}

const COLUMNS = 80;

/** POST /containers/{id}/exec, GET /exec/{id}/json, and a detached POST /exec/{id}/start. */
export const execRoutes: Route[] = [
  {
    method: 'POST',
    path: '/containers/{name}/exec',
    handle: async ({ params, raw, res }, { engine, streams }) => {
      const body = await readJson<ExecCreateBody>(raw);
      const c = engine.containerInspect(params.name);
      if (!c.State.Running) throw new ContainerNotRunning(c.Id);
      if (c.State.Paused) throw new ExecPaused(params.name);
      if (!body.Cmd || body.Cmd.length === 0) throw new ApiError(400, 'No exec command specified');
      const id = randomBytes(32).toString('hex');
      streams.execs.set(id, {
        id,
        containerId: c.Id,
        argv: body.Cmd,
        tty: body.Tty ?? false,
        attachStdin: body.AttachStdin ?? false,
        attachStdout: body.AttachStdout ?? false,
        attachStderr: body.AttachStderr ?? false,
        env: body.Env ?? [],
        workingDir: body.WorkingDir ?? '',
        user: body.User ?? '',
        running: false,
        exitCode: null,
      });
      sendJson(res, 201, { Id: id });
    },
  },
  {
    method: 'GET',
    path: '/exec/{id}/json',
    handle: ({ params, res }, { streams }) => {
      const e = execInstance(streams.execs, params.id);
      sendJson(res, 200, {
        CanRemove: false,
        ContainerID: e.containerId,
        DetachKeys: '',
        ExitCode: e.exitCode,
        ID: e.id,
        OpenStderr: e.attachStderr,
        OpenStdin: e.attachStdin,
        OpenStdout: e.attachStdout,
        ProcessConfig: { arguments: e.argv.slice(1), entrypoint: e.argv[0], privileged: false, tty: e.tty, user: e.user },
        Running: e.running,
        Pid: 0,
      });
    },
  },
  {
    // Only a detached start arrives without an Upgrade header.
    method: 'POST',
    path: '/exec/{id}/start',
    handle: async ({ params, raw, res }, daemon) => {
      await readJson<unknown>(raw);
      const e = execInstance(daemon.streams.execs, params.id);
      const done = run(e, daemon, { write() {} }, { write() {} }, '');
      void done.catch(() => undefined);
      sendEmpty(res, 200);
    },
  },
];

/** POST /exec/{id}/start, attached. */
export const execHijackRoutes: HijackRoute[] = [
  {
    method: 'POST',
    path: '/exec/{id}/start',
    hijack: async ({ params, raw, socket, head }, daemon) => {
      const e = execInstance(daemon.streams.execs, params.id);
      if (e.running || e.exitCode !== null) throw new ExecAlreadyRan(e.id);
      writeUpgrade(socket, e.tty);
      if (e.tty && e.attachStdin) {
        const { engine } = daemon;
        const options = { env: e.env, cwd: e.workingDir || undefined, user: e.user || undefined };
        const shell = engine.containerExecInteractive(e.containerId, e.argv, COLUMNS, undefined, options);
        if (shell) {
          e.running = true;
          e.exitCode = await runTtySession(socket, shell, head.subarray(bodyLengthOf(raw.headers)));
          e.running = false;
          return;
        }
      }
      // The start request's body ({"Detach":false,"Tty":…}) precedes stdin on the socket.
      const stdin = e.attachStdin ? await readUntilHalfClose(socket, head, bodyLengthOf(raw.headers)) : '';
      try {
        await run(e, daemon, streamSink(socket, 1, e.tty), streamSink(socket, e.tty ? 1 : 2, e.tty), stdin);
      } catch (error) {
        // dockerd reports a failed start on the process's stdout, then ends the stream.
        streamSink(socket, 1, e.tty).write(`${error instanceof Error ? error.message : String(error)}\r\n`);
      }
      socket.end();
    },
  },
];

async function run(e: ExecInstance, { engine }: ApiDaemon, stdout: { write(t: string): void }, stderr: { write(t: string): void }, stdin: string): Promise<void> {
  e.running = true;
  try {
    const io = { stdout, stderr, stdin, columns: COLUMNS, signal: new AbortController().signal, tty: e.tty };
    e.exitCode = await engine.containerExec(e.containerId, e.argv, io, { env: e.env, cwd: e.workingDir || undefined, user: e.user || undefined });
  } catch (error) {
    e.exitCode = error instanceof EngineError && error.code === ExecProcessNotFound.code ? 127 : 126;
    throw error;
  } finally {
    e.running = false;
  }
}

function execInstance(execs: Map<string, ExecInstance>, id: string): ExecInstance {
  const e = execs.get(id);
  if (!e) throw new NoSuchExec(id);
  return e;
}
