// Content checksums of copy sources, the part of a COPY/ADD cache key that depends on files:
// BuildKit hashes names, types, modes and contents, never timestamps, so touching a file changes nothing.
import type { FsNode } from '../../../vfs/types.ts';
import { sha256Digest } from '../../model/digest.ts';

const memo = new WeakMap<FsNode, string>();

/** The checksum of a node and everything below it. */
export function contentChecksum(node: FsNode): string {
  let sum = memo.get(node);
  if (sum) return sum;
  if (node.type === 'file') {
    sum = sha256Digest(`f ${node.mode.toString(8)} ${node.size ?? ''} ${sha256Digest(node.data)}`);
  } else if (node.type === 'symlink') {
    sum = sha256Digest(`l ${node.target}`);
  } else {
    const parts = [...node.children.keys()].sort().map((name) => `${name} ${contentChecksum(node.children.get(name)!)}`);
    sum = sha256Digest(`d ${node.mode.toString(8)}\n${parts.join('\n')}`);
  }
  memo.set(node, sum);
  return sum;
}

/** The checksum of inline (heredoc) content. */
export function textChecksum(text: string): string {
  return sha256Digest(`t ${text}`);
}
