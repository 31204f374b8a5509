// A job's command as `jobs` and the "Done" notices print it: rebuilt from the parsed command on one
// line, as bash (make_command_string: `( exit 3 )`, `sleep 1 > log`) and ash (cmdtxt: `(exit 3)`,
// `sleep 1 >log`) do; neither keeps the text that was typed.
import type { Node, Redir } from './ast.ts';
import type { Dialect } from './messages.ts';

/** The one-line text of `node` in this dialect's style. */
export function jobText(node: Node, dialect: Dialect): string {
  const bash = dialect === 'bash';
  const redirs = (rs: Redir[]) => rs.map((r) => ` ${redirText(r, bash)}`).join('');
  const text = (n: Node): string => {
    switch (n.type) {
      case 'simple':
        return [...n.assigns.map((a) => `${a.name}${a.append ? '+=' : '='}${a.array ? `(${a.array.join(' ')})` : a.value}`), ...n.words].join(' ') + redirs(n.redirs);
      case 'cond':
        return '[[ … ]]' + redirs(n.redirs);
      case 'pipeline':
        return (n.negate ? '! ' : '') + n.cmds.map(text).join(' | ');
      case 'andor':
        return [text(n.first), ...n.rest.map((r) => `${r.op} ${text(r.cmd)}`)].join(' ');
      case 'list':
        return n.items.map((item, k) => text(item) + (n.background?.includes(k) ? ' &' : k < n.items.length - 1 ? ';' : '')).join(' ');
      case 'subshell':
        return (bash ? `( ${text(n.body)} )` : `(${text(n.body)})`) + redirs(n.redirs);
      case 'group':
        return `{ ${text(n.body)}; }` + redirs(n.redirs);
      case 'if':
        return `if ${text(n.clauses[0].cond)}; then ${text(n.clauses[0].body)}; ${n.clauses.slice(1).map((c) => `elif ${text(c.cond)}; then ${text(c.body)}; `).join('')}${n.otherwise ? `else ${text(n.otherwise)}; ` : ''}fi` + redirs(n.redirs);
      case 'for':
        return `for ${n.name}${n.items ? ` in ${n.items.join(' ')}` : ''}; do ${text(n.body)}; done` + redirs(n.redirs);
      case 'loop':
        return `${n.until ? 'until' : 'while'} ${text(n.cond)}; do ${text(n.body)}; done` + redirs(n.redirs);
      case 'case':
        return `case ${n.word} in ${n.items.map((i) => `${i.patterns.join(' | ')}) ${i.body ? text(i.body) : ''};;`).join(' ')} esac` + redirs(n.redirs);
      case 'func':
        return `${n.name} () { ${text(n.body)}; }`;
    }
  };
  return text(node).replace(/;;\s*;/g, ';;');
}

// bash spaces a redirection's target (`> /dev/null`, `2>&1`); ash writes it close (`>/dev/null`).
function redirText(r: Redir, bash: boolean): string {
  const fd = r.fd === (r.op.startsWith('<') ? 0 : 1) ? '' : String(r.fd);
  if (r.heredoc) return `${fd}${r.op} ${r.target}`;
  const dup = r.op === '>&' || r.op === '<&';
  return `${fd}${r.op}${bash && !dup ? ' ' : ''}${r.target}`;
}
