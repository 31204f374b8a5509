// The build context as POST /build carries it: a tar (gzip'd with `docker build --compress`), and the
// Dockerfile inside it that the `dockerfile` parameter names (`-f -` arrives as a file in the tar too).
import { gunzipSync } from 'node:zlib';
import type { DirNode } from '../../vfs/types.ts';
import { readTar } from '../../vfs/tar/read.ts';
import { treeFromLayers } from '../../vfs/layers/index.ts';
import { Vfs } from '../../vfs/vfs.ts';
import { ApiError } from './http-io.ts';

/** The context tree and the Dockerfile's text. */
export interface ClassicContext {
  tree: DirNode;
  dockerfile: string;
}

/** Unpacks `body` and reads `dockerfileName` from it; throws the daemon's errors. */
export function unpackContext(body: Uint8Array, dockerfileName: string): ClassicContext {
  const tar = body[0] === 0x1f && body[1] === 0x8b ? new Uint8Array(gunzipSync(body)) : body;
  let tree: DirNode;
  try {
    tree = treeFromLayers(body.length === 0 ? [] : [readTar(tar)]);
  } catch (error) {
    throw new ApiError(500, `failed to read build context: ${error instanceof Error ? error.message : String(error)}`);
  }
  const fs = new Vfs(tree);
  const path = `/${dockerfileName.replace(/^\.?\/+/, '')}`;
  // remotecontext.Detect: a missing Dockerfile is reported before the build starts.
  if (!fs.exists(path) || fs.stat(path).type !== 'file') throw new ApiError(500, `Cannot locate specified Dockerfile: ${dockerfileName}`);
  return { tree, dockerfile: fs.readText(path) };
}
