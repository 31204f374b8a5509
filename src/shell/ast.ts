// The syntax tree of a POSIX sh command line. Words stay raw (quotes included) and are expanded
// when the command runs, as the shell does, so `$x` sees the value at that moment.

/** A redirection: `2>file`, `>>log`, `<in`, `2>&1`, heredocs (`<<EOF`, `<<-EOF`, `<<'EOF'`). */
export interface Redir {
  fd: number;
  op: '>' | '>>' | '<' | '>&' | '<&' | '>|' | '<>' | '<<' | '<<-' | '<<<';
  target: string; // raw word, or the delimiter for a heredoc
  heredoc?: { body: string; expand: boolean };
}

/** `NAME=value` before a command (or alone); bash adds `NAME+=value`, `NAME[i]=value` and `NAME=(…)`. */
export interface Assign {
  name: string;
  value: string; // raw word
  /** The raw subscript of `NAME[i]=value`. */
  index?: string;
  /** `+=`: append to the value (or the array). */
  append?: boolean;
  /** The raw words of a compound assignment `NAME=(a b [k]=v)`. */
  array?: string[];
}

/** A `[[ … ]]` expression; words stay raw (expanded without splitting or globbing when it runs). */
export type CondExpr = (
  | { k: 'and' | 'or'; a: CondExpr; b: CondExpr }
  | { k: 'not'; e: CondExpr }
  | { k: 'unary'; op: string; arg: string }
  | { k: 'binary'; op: string; l: string; r: string }
  | { k: 'word'; w: string }
) & { /** Written in parentheses (kept for printing the command back). */ paren?: boolean };

/** Any command node. */
export type Node =
  | { type: 'simple'; assigns: Assign[]; words: string[]; redirs: Redir[]; line: number; arrayArgs?: Map<number, Assign>; /** The last command of `sh -c`, which bash and ash exec (tail-exec.ts). */ execTail?: boolean }
  | { type: 'cond'; expr: CondExpr; redirs: Redir[]; line: number }
  | { type: 'pipeline'; cmds: Node[]; negate: boolean; timed?: 'bash' | 'posix' }
  | { type: 'andor'; first: Node; rest: { op: '&&' | '||'; cmd: Node }[] }
  | { type: 'list'; items: Node[]; /** Which items end in `&` (they run in the foreground here; kept for printing). */ background?: number[] }
  | { type: 'subshell'; body: Node; redirs: Redir[] }
  | { type: 'group'; body: Node; redirs: Redir[] }
  | { type: 'if'; clauses: { cond: Node; body: Node }[]; otherwise?: Node; redirs: Redir[] }
  | { type: 'for'; name: string; items: string[] | null; body: Node; redirs: Redir[] }
  | { type: 'loop'; until: boolean; cond: Node; body: Node; redirs: Redir[] }
  | { type: 'case'; word: string; items: { patterns: string[]; body: Node | null }[]; redirs: Redir[] }
  | { type: 'func'; name: string; body: Node };
