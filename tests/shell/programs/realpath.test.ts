import { differential } from './cases.ts';

// Real paths differ between the machines (a temp dir here, /w there): each case prints them relative to $PWD.
const P = ` | sed "s|^$PWD|.|"`;
const LINKS = 'mkdir -p d/e && ln -s d/e l && ln -s nowhere dang && ln -s loop1 loop2 && ln -s loop2 loop1 && ln -s ../nowhere/y d/dl; ';

differential('realpath', { f: 'x\n' }, [
  `${LINKS}realpath f l dang d/e/../../f; echo $?`.replace('; echo', `${P}; echo`),
  `${LINKS}realpath l/.. ./nowhere d/nowhere${P}`,
  `${LINKS}realpath nowhere/x; echo $?`,
  `${LINKS}realpath f/x; echo $?`,
  `${LINKS}realpath loop1; echo $?`,
  `${LINKS}realpath d/dl; echo $?`,
  "realpath ''; echo $?",
  { cmd: `${LINKS}realpath nowhere${P}; echo $?`, only: 'gnu' },
  { cmd: `${LINKS}realpath nowhere; echo $?`, only: 'busybox' },
  { cmd: 'realpath; echo $?', only: 'gnu' },
  { cmd: `${LINKS}realpath -e dang; realpath -e f/; echo $?`, only: 'gnu' },
  { cmd: `${LINKS}realpath -m nowhere/x/.. f/x loop1${P}`, only: 'gnu' },
  { cmd: `${LINKS}realpath -s l/.. nowhere/x dang${P}; realpath -L l/..${P}; realpath -L -P l/..${P}`, only: 'gnu' },
  { cmd: `${LINKS}realpath --relative-to=d f d/e; realpath --relative-to=d/e .`, only: 'gnu' },
  { cmd: `${LINKS}realpath --relative-base=. f / d; realpath --relative-to=d --relative-base=d f d/e${P}`, only: 'gnu' },
  { cmd: `${LINKS}realpath --relative-to=nowhere/x f; echo $?; realpath -q nowhere/x f${P}; echo $?`, only: 'gnu' },
  { cmd: `${LINKS}realpath -e -s l/.. nowhere/x${P}; echo $?`, only: 'gnu' },
  { cmd: `realpath -z f${P} | od -c | sed 1q`, only: 'gnu' },
  { cmd: 'realpath -x; echo $?', only: 'gnu' },
  { cmd: `realpath -- f -e 2>&1${P}; echo $?`, only: 'busybox' },
]);
