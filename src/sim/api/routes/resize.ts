// POST /containers/{id}/resize and /exec/{id}/resize: the client reports its terminal size after a
// TTY attach. Our shells keep the width they started with, so the size is checked and acknowledged
// (without this the CLI retries and then warns "failed to resize tty, using default size").
import { NoSuchExec } from '../../../engine/index.ts';
import { ApiError, sendEmpty } from '../http-io.ts';
import type { Route } from '../router.ts';

function checkSize(query: URLSearchParams): void {
  for (const key of ['h', 'w']) {
    const value = query.get(key);
    if (value !== null && !/^\d+$/.test(value)) throw new ApiError(400, `invalid resize parameter ${key}: ${value}`);
  }
}

/** The resize endpoints. */
export const resizeRoutes: Route[] = [
  {
    method: 'POST',
    path: '/containers/{name}/resize',
    handle: ({ params, query, res }, { engine }) => {
      checkSize(query);
      engine.containerResize(params.name);
      sendEmpty(res, 200);
    },
  },
  {
    method: 'POST',
    path: '/exec/{id}/resize',
    handle: ({ params, query, res }, { streams }) => {
      checkSize(query);
      if (!streams.execs.has(params.id)) throw new NoSuchExec(params.id);
      sendEmpty(res, 200);
    },
  },
];
