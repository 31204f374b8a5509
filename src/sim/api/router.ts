// Routing as dockerd's mux does it: an optional `/v1.xx` prefix checked against the versions we speak,
// then METHOD + path pattern, where `{name}` may span slashes (image names do: `/images/a/b:1/json`).
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { DOCKER_VERSION, type EngineApi } from '../../engine/index.ts';
import { ApiError, type ApiRequest } from './http-io.ts';
import type { ContainerStreams } from './container-streams.ts';

/** What a handler may use besides its request: the daemon it serves and the streams it holds. */
export interface ApiDaemon {
  engine: EngineApi;
  streams: ContainerStreams;
}

/** One endpoint: `GET /images/{name}/json` and what answers it. */
export interface Route {
  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  handle(req: ApiRequest, daemon: ApiDaemon): void | Promise<void>;
}

/** A hijacked call (`Upgrade: tcp`): attach and exec start, which take over the connection. */
export interface HijackRequest {
  params: Record<string, string>;
  query: URLSearchParams;
  raw: IncomingMessage;
  socket: Duplex;
  /** Bytes the client sent after the request head. */
  head: Buffer;
}

/** An endpoint answered on a hijacked connection. */
export interface HijackRoute {
  method: 'POST';
  path: string;
  hijack(req: HijackRequest, daemon: ApiDaemon): void | Promise<void>;
}

type CompiledRoute<R> = R & { pattern: RegExp; names: string[] };

/** A route table: finds the handler and the path parameters of a request. */
export class Router<R extends { method: string; path: string } = Route> {
  private readonly routes: CompiledRoute<R>[];

  constructor(routes: readonly R[]) {
    this.routes = routes.map((route) => {
      const names: string[] = [];
      const source = route.path
        .split(/(\{\w+\})/)
        .map((part) => {
          const param = /^\{(\w+)\}$/.exec(part);
          if (!param) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
          names.push(param[1]);
          return '(.+)';
        })
        .join('');
      return { ...route, pattern: new RegExp(`^${source}$`), names };
    });
  }

  /** The route and parameters for `method path`; throws the 404 dockerd answers for an unknown path. */
  match(method: string, path: string): { route: R; params: Record<string, string> } {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const m = route.pattern.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1])));
      return { route, params };
    }
    throw new ApiError(404, 'page not found');
  }
}

/** Splits `/v1.50/images/json` into the version and the path, refusing versions the daemon does not speak. */
export function splitVersion(rawPath: string): { version: string; path: string } {
  const m = /^\/v([0-9]+\.[0-9]+)(\/.*)$/.exec(rawPath);
  if (!m) return { version: DOCKER_VERSION.ApiVersion, path: rawPath };
  const version = m[1];
  if (compareVersions(version, DOCKER_VERSION.MinAPIVersion) < 0) {
    throw new ApiError(400, `client version ${version} is too old. Minimum supported API version is ${DOCKER_VERSION.MinAPIVersion}, please upgrade your client to a newer version`);
  }
  if (compareVersions(version, DOCKER_VERSION.ApiVersion) > 0) {
    throw new ApiError(400, `client version ${version} is too new. Maximum supported API version is ${DOCKER_VERSION.ApiVersion}`);
  }
  return { version, path: m[2] };
}

/** Orders `1.9` before `1.50`, as moby's versions.compare does. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}
