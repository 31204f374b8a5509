import { differential } from './cases.ts';

const files = {
  t: 'a\tb\n^.\\n\n',
  n: 'abc\nbcd\n',
};

// GNU's \xHH, \dNNN, \oNNN, \cX, \t, \n… in regexes (put in as they are: \x5e is an anchor), replacements
// (a & or \ given by number stays literal), y strings; busybox knows \n and \t in replacements only.
differential('sed escapes', files, [
  "sed 's/\\t/<T>/' t",
  "sed 's/b/\\t/' n | od -c",
  "sed 's/b/x\\ny/' n",
  "sed 's/\\x62/Q/' n",
  "sed 's/b/\\x41/' n",
  "sed 'y/b/\\n/' n | od -c",
  { cmd: "sed 's/b/\\x41\\d066\\o103\\t\\cz/' n | od -c", only: 'gnu' },
  { cmd: "sed 's/[\\t]/X/' t", only: 'gnu' },
  { cmd: "sed 's/\\x5e/X/' t", only: 'gnu' },
  { cmd: "sed 's/\\x2e/X/' t", only: 'gnu' },
  { cmd: "sed 's/a\\|\\x5c/X/' t; echo $?", only: 'gnu' },
  { cmd: "sed 's/b/[\\x26]/' n", only: 'gnu' },
  { cmd: "sed 's/b/[\\x5c]/' n", only: 'gnu' },
  { cmd: "sed 's/b/\\x5cn/' n", only: 'gnu' },
  { cmd: "sed 'y/b\\x41/\\x42c/' n", only: 'gnu' },
  { cmd: "sed 's/\\d98/X/' n", only: 'gnu' },
  { cmd: "sed 's/\\o142/X/' n", only: 'gnu' },
  { cmd: "sed 's/b/\\cM/' n | od -c", only: 'gnu' },
  { cmd: "sed 's/b/\\c\\\\/' n | od -c", only: 'gnu' },
  { cmd: "sed 's/b/\\x4/' n | od -c", only: 'gnu' },
  { cmd: "sed 's/b/\\x4g/' n | od -c", only: 'gnu' },
  { cmd: "sed 's/b/\\d9/' n | od -c", only: 'gnu' },
  { cmd: "sed '/\\x62c/d' n", only: 'gnu' },
  { cmd: "sed 's/b/\\a\\f\\v\\r/' n | od -c", only: 'gnu' },
  { cmd: "sed 's/\\(b\\)/\\x5c1/' n", only: 'gnu' },
  { cmd: "sed 'N;s/c\\nb/X/' n", only: 'gnu' },
  { cmd: "sed 'N;s/c[\\n]b/X/' n", only: 'gnu' },
]);
