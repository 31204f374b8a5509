// `sh -c 'a; b'`: bash and busybox ash run the last command by exec'ing it, so the shell's process
// becomes that program (ps and `docker top` show `sleep 100` as PID 1, not `sh -c …`), while dash
// 0.5.12 forks it as a child. Checked with the real shells (ps on the shell's PID):
//   bash: the last simple command without redirections, at the end of the list or of a && / || chain;
//   ash: any command in tail position — also with redirections, inside { } and an if's branches;
//   neither: a negated (`!`) or timed one, one in a pipeline or a loop.
import type { Node } from '../ast.ts';
import type { Dialect } from '../messages.ts';

/** Marks the simple commands of a `-c` script that its shell exec's when it reaches them. */
export function markTailExec(tree: Node, dialect: Dialect): void {
  if (dialect === 'dash') return;
  const ash = dialect === 'ash';
  const visit = (n: Node): void => {
    switch (n.type) {
      case 'list': {
        const k = n.items.length - 1;
        if (k >= 0 && !n.background?.includes(k)) visit(n.items[k]);
        return;
      }
      case 'andor':
        return visit(n.rest.length ? n.rest[n.rest.length - 1].cmd : n.first);
      case 'pipeline':
        if (n.cmds.length === 1 && !n.negate && !n.timed) visit(n.cmds[0]);
        return;
      case 'simple':
        if (ash || n.redirs.length === 0) n.execTail = true;
        return;
      case 'group':
        if (ash && n.redirs.length === 0) visit(n.body);
        return;
      case 'if':
        if (!ash || n.redirs.length > 0) return;
        for (const c of n.clauses) visit(c.body);
        if (n.otherwise) visit(n.otherwise);
        return;
      default:
        return;
    }
  };
  visit(tree);
}
