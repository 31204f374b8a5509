// The syntax tree of a POSIX sh command line. Words stay raw (quotes included) and are expanded
// when the command runs, as the shell does, so `$x` sees the value at that moment.

/** A redirection: `2>file`, `>>log`, `<in`, `2>&1`, heredocs (`<<EOF`, `<<-EOF`, `<<'EOF'`). */
export interface Redir {
  fd: number;
  op: '>' | '>>' | '<' | '>&' | '<&' | '>|' | '<>' | '<<' | '<<-' | '<<<';
  target: string; // raw word, or the delimiter for a heredoc
  heredoc?: { body: string; expand: boolean };
}

/** `NAME=value` before a command (or alone). */
export interface Assign {
  name: string;
  value: string; // raw word
}

/** Any command node. */
export type Node =
  | { type: 'simple'; assigns: Assign[]; words: string[]; redirs: Redir[]; line: number }
  | { type: 'pipeline'; cmds: Node[]; negate: boolean }
  | { type: 'andor'; first: Node; rest: { op: '&&' | '||'; cmd: Node }[] }
  | { type: 'list'; items: Node[] }
  | { type: 'subshell'; body: Node; redirs: Redir[] }
  | { type: 'group'; body: Node; redirs: Redir[] }
  | { type: 'if'; clauses: { cond: Node; body: Node }[]; otherwise?: Node; redirs: Redir[] }
  | { type: 'for'; name: string; items: string[] | null; body: Node; redirs: Redir[] }
  | { type: 'loop'; until: boolean; cond: Node; body: Node; redirs: Redir[] }
  | { type: 'case'; word: string; items: { patterns: string[]; body: Node | null }[]; redirs: Redir[] }
  | { type: 'func'; name: string; body: Node };
