// `docker cp`: HEAD /containers/{id}/archive (stat a path), GET (the path as a tar), PUT (extract a
// tar into a directory). The stat travels base64-encoded in X-Docker-Container-Path-Stat.
import type { Archive } from '../../../engine/index.ts';
import { readTar } from '../../../vfs/tar/read.ts';
import { ApiError, readBody, sendEmpty, type ApiRequest } from '../http-io.ts';
import type { ApiDaemon, Route } from '../router.ts';

// os.FileMode's type bits, as Go encodes them in the stat's mode.
const MODE_DIR = 2 ** 31;
const MODE_SYMLINK = 2 ** 27;

/** The archive endpoints. */
export const archiveRoutes: Route[] = [
  { method: 'HEAD', path: '/containers/{name}/archive', handle: (req, daemon) => answer(req, daemon, false) },
  { method: 'GET', path: '/containers/{name}/archive', handle: (req, daemon) => answer(req, daemon, true) },
  {
    method: 'PUT',
    path: '/containers/{name}/archive',
    handle: async ({ params, query, raw, res }, { engine }) => {
      const path = pathParam(query);
      const entries = readTar(new Uint8Array(await readBody(raw)));
      engine.containerArchivePut(params.name, path, entries);
      sendEmpty(res, 200);
    },
  },
];

function answer({ params, query, res }: ApiRequest, { engine }: ApiDaemon, withBody: boolean): void {
  const archive = engine.containerArchiveGet(params.name, pathParam(query));
  res.setHeader('X-Docker-Container-Path-Stat', Buffer.from(JSON.stringify(pathStat(archive))).toString('base64'));
  if (!withBody) return sendEmpty(res, 200);
  res.writeHead(200, { 'Content-Type': 'application/x-tar' });
  res.end(archive.tar);
}

/** container.PathStat of the archived path. */
export function pathStat(archive: Archive): { name: string; size: number; mode: number; mtime: string; linkTarget: string } {
  const top = archive.entries.find((e) => e.path.replace(/\/$/, '') === archive.name);
  const perm = top?.mode ?? (archive.isDir ? 0o755 : 0o644);
  const type = archive.isDir ? MODE_DIR : top?.type === 'symlink' ? MODE_SYMLINK : 0;
  return {
    name: archive.name,
    size: top?.declaredSize ?? top?.data?.length ?? (archive.isDir ? 4096 : 0),
    mode: type + (perm & 0o7777),
    mtime: new Date((top?.mtime ?? 0) * 1000).toISOString().replace('.000Z', 'Z'),
    linkTarget: top?.linkTarget ?? '',
  };
}

function pathParam(query: URLSearchParams): string {
  const path = query.get('path');
  if (!path) throw new ApiError(400, 'bad parameter: path cannot be empty');
  return path;
}
