// A POSIX extended regular expression as a JavaScript RegExp, for `[[ s =~ re ]]` in bash and busybox:
// bracket classes ([:alpha:] …) become their ranges; the rest of an ERE reads the same.
const CLASSES: Record<string, string> = { alpha: 'A-Za-z', digit: '0-9', alnum: 'A-Za-z0-9', upper: 'A-Z', lower: 'a-z', space: ' \\t\\n\\r\\f\\v', blank: ' \\t', punct: '!-\\/:-@\\[-`{-~', xdigit: '0-9A-Fa-f', word: 'A-Za-z0-9_', cntrl: '\\x00-\\x1f\\x7f', print: ' -~', graph: '!-~' };

/** The compiled ERE, or undefined when it does not compile (regcomp fails: the test's status is 2). */
export function compileEre(source: string): RegExp | undefined {
  try {
    return new RegExp(source.replace(/\[:([a-z]+):\]/g, (m, c: string) => CLASSES[c] ?? m));
  } catch {
    return undefined;
  }
}
