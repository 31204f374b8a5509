// Container lifecycle and state: create, start, stop, kill, restart, remove, list, inspect, wait,
// changes, export, commit, prune. A start hands the container any attach the client made before it.
import type { ContainerCreateRequest } from '../../../engine/index.ts';
import { ApiError, boolParam, filtersParam, readJson, sendEmpty, sendJson, type ApiRequest } from '../http-io.ts';
import { streamSink } from '../hijack-io.ts';
import { runTtySession } from '../tty-session.ts';
import type { ApiDaemon, Route } from '../router.ts';

// The terminal width a process sees when the client has not resized it.
const COLUMNS = 80;

/** The /containers endpoints (attach and logs live in attach.ts, archive in archive.ts). */
export const containerRoutes: Route[] = [
  {
    method: 'GET',
    path: '/containers/json',
    handle: ({ query, res }, { engine }) => {
      const limit = Number(query.get('limit') ?? '-1');
      sendJson(res, 200, engine.containerList({ all: boolParam(query, 'all'), limit: limit > 0 ? limit : undefined, size: boolParam(query, 'size'), filters: filtersParam(query) }));
    },
  },
  {
    method: 'POST',
    path: '/containers/create',
    handle: async ({ query, raw, res }, { engine }) => {
      const body = await readJson<ContainerCreateRequest>(raw);
      // dockerd's create handler turns the OS-neutral "default" network mode into Linux's "bridge".
      const mode = body.HostConfig?.NetworkMode;
      if (mode === undefined || mode === '' || mode === 'default') body.HostConfig = { ...body.HostConfig, NetworkMode: 'bridge' };
      sendJson(res, 201, engine.containerCreate(body, query.get('name') ?? '', query.get('platform') || undefined));
    },
  },
  {
    method: 'POST',
    path: '/containers/prune',
    handle: async ({ query, res }, { engine }) => sendJson(res, 200, await engine.containersPrune(filtersParam(query))),
  },
  {
    method: 'GET',
    path: '/containers/{name}/json',
    handle: ({ params, query, res }, { engine }) => sendJson(res, 200, engine.containerInspect(params.name, boolParam(query, 'size'))),
  },
  { method: 'POST', path: '/containers/{name}/start', handle: start },
  {
    method: 'POST',
    path: '/containers/{name}/stop',
    handle: async ({ params, query, res }, { engine }) => {
      if (!engine.containerInspect(params.name).State.Running) return sendEmpty(res, 304);
      await engine.containerStop(params.name, timeoutParam(query), query.get('signal') || undefined);
      sendEmpty(res, 204);
    },
  },
  {
    method: 'POST',
    path: '/containers/{name}/restart',
    handle: async ({ params, query, res }, { engine }) => {
      await engine.containerRestart(params.name, timeoutParam(query));
      sendEmpty(res, 204);
    },
  },
  {
    method: 'POST',
    path: '/containers/{name}/kill',
    handle: async ({ params, query, res }, { engine }) => {
      await engine.containerKill(params.name, query.get('signal') || 'SIGKILL');
      sendEmpty(res, 204);
    },
  },
  {
    method: 'POST',
    path: '/containers/{name}/rename',
    handle: ({ params, query, res }, { engine }) => {
      engine.containerRename(params.name, query.get('name') ?? '');
      sendEmpty(res, 204);
    },
  },
  {
    method: 'DELETE',
    path: '/containers/{name}',
    handle: async ({ params, query, res }, { engine }) => {
      await engine.containerRemove(params.name, { force: boolParam(query, 'force'), volumes: boolParam(query, 'v') });
      sendEmpty(res, 204);
    },
  },
  { method: 'POST', path: '/containers/{name}/wait', handle: wait },
  {
    method: 'GET',
    path: '/containers/{name}/top',
    handle: ({ params, query, res }, { engine }) => sendJson(res, 200, engine.containerTop(params.name, query.get('ps_args') ?? '')),
  },
  { method: 'GET', path: '/containers/{name}/stats', handle: stats },
  {
    method: 'POST',
    path: '/containers/{name}/pause',
    handle: ({ params, res }, { engine }) => (engine.containerPause(params.name), sendEmpty(res, 204)),
  },
  {
    method: 'POST',
    path: '/containers/{name}/unpause',
    handle: ({ params, res }, { engine }) => (engine.containerUnpause(params.name), sendEmpty(res, 204)),
  },
  {
    method: 'GET',
    path: '/containers/{name}/changes',
    handle: ({ params, res }, { engine }) => sendJson(res, 200, engine.containerChanges(params.name)),
  },
  {
    method: 'GET',
    path: '/containers/{name}/export',
    handle: ({ params, res }, { engine }) => {
      const tar = engine.containerExport(params.name);
      res.writeHead(200, { 'Content-Type': 'application/x-tar' });
      res.end(tar);
    },
  },
  {
    method: 'POST',
    path: '/commit',
    handle: async ({ query, raw, res }, { engine }) => {
      await readJson<unknown>(raw);
      const options = { author: query.get('author') ?? undefined, comment: query.get('comment') ?? undefined, changes: query.getAll('changes') };
      const id = engine.containerCommit(query.get('container') ?? '', options, query.get('repo') ?? '', query.get('tag') ?? '');
      sendJson(res, 201, { Id: id });
    },
  },
];

// POST /containers/{id}/start: 304 when already running; an attach made before it gets the output.
async function start({ params, res }: ApiRequest, { engine, streams }: ApiDaemon): Promise<void> {
  const c = engine.containerInspect(params.name);
  if (c.State.Running) return sendEmpty(res, 304);
  const id = c.Id;
  const attach = streams.takeAttach(id);
  if (attach && attach.tty && attach.withStdin) {
    // -it with a shell: the terminal's keystrokes drive the container's interactive shell.
    const shell = engine.containerStartInteractive(id, COLUMNS);
    if (shell) {
      void runTtySession(attach.socket, shell, attach.early);
      streams.started(id);
      return sendEmpty(res, 204);
    }
  }
  if (attach) {
    const stdin = attach.tty ? '' : await attach.stdin();
    try {
      const process = engine.containerStartAttached(id, {
        stdout: streamSink(attach.socket, 1, attach.tty),
        stderr: streamSink(attach.socket, attach.tty ? 1 : 2, attach.tty),
        stdin,
        columns: COLUMNS,
      });
      void process.exit.then(() => attach.socket.end());
    } catch (error) {
      attach.socket.end();
      throw error;
    }
  } else {
    await engine.containerStart(id);
  }
  streams.started(id);
  sendEmpty(res, 204);
}

// POST /containers/{id}/wait?condition=: the headers at once (the client waits for them before it
// starts the container), the exit status when it comes.
async function wait({ params, query, res }: ApiRequest, { engine, streams }: ApiDaemon): Promise<void> {
  const { Id: id, State } = engine.containerInspect(params.name);
  const running = State.Running;
  const condition = query.get('condition') || 'not-running';
  if (!['not-running', 'next-exit', 'removed'].includes(condition)) throw new ApiError(400, `invalid condition: "${condition}"`);
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.flushHeaders();
  // The client hanging up (Ctrl-C on `docker wait`) ends the wait.
  const hangUp = new AbortController();
  res.on('close', () => hangUp.abort());
  // `docker wait` asks for not-running and sits watching: background time passes. `docker run` asks for
  // next-exit or removed (even with -d, hanging up once started): its container's own run sets the pace.
  const watching = condition === 'not-running';
  if (!watching && !running) await streams.afterNextStart(id);
  const code = await engine.containerWait(id, hangUp.signal, watching).catch((error: unknown) => {
    if (hangUp.signal.aborted) return undefined;
    throw error;
  });
  if (code === undefined) return;
  res.end(`${JSON.stringify({ Error: null, StatusCode: code })}\n`);
}

function timeoutParam(query: URLSearchParams): number | undefined {
  const t = query.get('t');
  return t === null || t === '' ? undefined : Number(t);
}

// GET /containers/{id}/stats?stream=: one sample, or one a second until the client hangs up.
function stats({ params, query, res }: ApiRequest, { engine }: ApiDaemon): void {
  const first = engine.containerStats(params.name);
  res.writeHead(200, { 'Content-Type': 'application/json' });
  if (query.get('stream') === 'false' || query.get('stream') === '0') return void res.end(`${JSON.stringify(first)}\n`);
  res.write(`${JSON.stringify(first)}\n`);
  const timer = setInterval(() => {
    try {
      res.write(`${JSON.stringify(engine.containerStats(params.name))}\n`);
    } catch {
      res.end();
    }
  }, 1000);
  res.on('close', () => clearInterval(timer));
}
