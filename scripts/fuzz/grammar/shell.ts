// Shell lines from a small grammar of what learners type at bash and ash prompts: commands with words,
// quotes and expansions, pipelines, lists, redirections, compound commands, functions, heredocs.
import fc from 'fast-check';
import { NASTY } from './mutate.ts';

const PROGRAMS = ['echo', 'printf', 'cat', 'ls', 'seq', 'wc', 'sort', 'uniq', 'head', 'tail', 'grep', 'sed', 'awk', 'tr', 'cut', 'tee', 'xargs', 'find', 'touch', 'mkdir', 'rm', 'cp', 'mv', 'ln', 'chmod', 'chown', 'stat', 'date', 'env', 'id', 'pwd', 'cd', 'export', 'unset', 'set', 'shift', 'read', 'test', '[', 'true', 'false', 'eval', 'exec', 'trap', 'wait', 'sleep', 'basename', 'dirname', 'which', 'uname', 'hostname', 'tar', 'gzip', 'base64', 'sha256sum', 'yes', 'ps', 'kill', 'local', 'return', 'type', 'command', 'alias', 'umask', 'wget', 'curl', 'sh', 'bash', 'mktemp', 'du', 'df'];
const FLAGS = ['-n', '-e', '-c', '-l', '-r', '-v', '-x', '-u', '-f', '-p', '-a', '-s', '-1', '-k2', '-E', '-o', '--help', '--version', '-name', '-type', '-exec'];
const WORDS = ['a', 'b', 'x.txt', 'dir', '/', '/etc/passwd', '/tmp', '~', '.', '..', '*', '*.txt', '1', '10', '0', 'hello world', 'foo=bar', '%s\\n', 's/a/b/g', '{print $1}', 'NR==1'];
const VARS = ['x', 'y', 'PATH', 'HOME', 'IFS', 'RANDOM', '?', '#', '@', '*', '0', '1', 'a'];

const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...FLAGS) },
  { weight: 1, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.constantFrom(...VARS).map((v) => `$${v}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...VARS), fc.constantFrom(':-', ':=', '#', '##', '%', '/', '//', ':+', ':?', '')).map(([v, op]) => `\${${v}${op}${op ? 'z' : ''}}`) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: -3, max: 40 }), fc.constantFrom('+', '-', '*', '/', '%', '**', '<<', '&&', ','), fc.constantFrom('1', '0', 'x', '2')).map(([a, op, b]) => `$((${a}${op}${b}))`) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }).map((s) => `'${s.replace(/'/g, '')}'`) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }).map((s) => `"${s.replace(/["\\$`]/g, '')}"`) },
);

/** A simple command: a program or builtin with up to four words, maybe an assignment before it. */
const simple = fc.tuple(fc.option(fc.constantFrom(...VARS.slice(0, 3)).map((v) => `${v}=v `), { nil: '' }), fc.constantFrom(...PROGRAMS), fc.array(word, { maxLength: 4 })).map(([assign, p, ws]) => `${assign}${p} ${ws.join(' ')}`.trim());

const redirect = fc.constantFrom('', '', '', ' > out.txt', ' >> out.txt', ' < x.txt', ' 2>&1', ' 2>/dev/null', ' > /dev/null', " <<< 'a b'", ' >&2');

/** A whole command line from the grammar (nesting bounded). */
export const shellLine: fc.Arbitrary<string> = fc.letrec<{ cmd: string; list: string }>((tie) => ({
  cmd: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: fc.tuple(simple, redirect).map(([c, r]) => c + r) },
    { weight: 1, arbitrary: tie('list').map((l) => `( ${l} )`) },
    { weight: 1, arbitrary: tie('list').map((l) => `{ ${l}; }`) },
    { weight: 1, arbitrary: tie('list').map((l) => `echo "$(${l})"`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...VARS.slice(0, 2)), fc.array(word, { maxLength: 3 }), tie('list')).map(([v, ws, l]) => `for ${v} in ${ws.join(' ')}; do ${l}; done`) },
    { weight: 1, arbitrary: fc.tuple(tie('cmd'), tie('list'), fc.option(tie('list'))).map(([c, t, e]) => `if ${c}; then ${t};${e ? ` else ${e};` : ''} fi`) },
    { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 0, max: 4 }), tie('list')).map(([n, l]) => `i=0; while [ $i -lt ${n} ]; do ${l}; i=$((i+1)); done`) },
    { weight: 1, arbitrary: fc.tuple(word, tie('list')).map(([w, l]) => `case ${w} in a|b) ${l};; *) true;; esac`) },
    { weight: 1, arbitrary: tie('list').map((l) => `f() { ${l}; }; f a b`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('==', '!=', '=~', '<', '-eq', '-lt'), word, word).map(([op, a, b]) => `[[ ${a} ${op} ${b} ]]`) },
    { weight: 1, arbitrary: fc.array(word, { maxLength: 4 }).map((ws) => `arr=(${ws.join(' ')}); echo "\${arr[@]}" \${#arr[@]} \${arr[1]}`) },
  ),
  list: fc.tuple(tie('cmd'), fc.array(fc.tuple(fc.constantFrom(' | ', ' && ', ' || ', '; ', ' & '), tie('cmd')), { maxLength: 2 })).map(([c, rest]) => c + rest.map(([op, d]) => op + d).join('')),
})).list;

/** Runaways a learner types by accident or on purpose: each must end with the shell's own error, in bounded time and memory. */
export const runaway: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('while true; do :; done', 'x=a; while true; do x=$x$x; done', 'f() { f; }; f', 'f() { f | f; }; f', 'seq 1 1000000000000 | wc -l', 'yes | head -c 100000000 | wc -c', 'cat /dev/zero | head -c 1000 | wc -c', 'echo $(( 2 ** 62 * 4 ))', 'a=a; b=$a; echo $(( a ))', 'return abc', 'exec 3>&-; echo ok >&3', 'cat <<EOF\n$(\nEOF', 'ulimit -a', 'set -e; false; echo no'),
  fc.integer({ min: 1, max: 6000 }).map((n) => `echo ${'$('.repeat(n)}echo deep${')'.repeat(n)}`),
  fc.integer({ min: 1, max: 6000 }).map((n) => `echo $(( ${'('.repeat(n)}1${')'.repeat(n)} ))`),
  fc.integer({ min: 1, max: 3000 }).map((n) => `${'{ '.repeat(n)}echo deep${'; }'.repeat(n)}`),
);

/** A heredoc: the opening line, body lines and (usually) the delimiter, fed as separate typed lines. */
export const heredocLines: fc.Arbitrary<string[]> = fc
  .tuple(fc.constantFrom('cat <<EOF', "cat <<'EOF'", 'cat <<-EOF', 'cat > f.txt <<EOF', 'sh <<EOF'), fc.array(fc.oneof(word, shellLine), { maxLength: 3 }), fc.boolean())
  .map(([open, body, closed]) => [open, ...body, ...(closed ? ['EOF'] : [])]);
