import { describe, expect, it } from 'vitest';
import { differential } from './cases.ts';
import { ctrlCWhileSleeping } from './oracle.ts';

// The simulated clock waits no real time: the command's waits are counted against the deadline.
// busybox's timeout execs the command itself, so its shell reports the signal ("Terminated"): those
// cases run under an inner sh whose stderr is dropped; its watcher (1.35 here) checks once a second, so
// the command there outlasts a second.
differential('timeout', {}, [
  'timeout 1 true; echo $?',
  'timeout 1 false; echo $?',
  "timeout 1 sh -c 'exit 7'; echo $?",
  'timeout 0 true; echo $?',
  'timeout 1s echo hi; echo $?',
  'timeout 1 echo -s; echo $?',
  'echo ab | timeout 1 cat; echo $?',
  'timeout 0.1m true; echo $?',
  'timeout 1 nosuch; echo $?',
  'mkdir d; timeout 1 ./d; echo $?',
  'timeout 0.1 -- sleep 1; echo $?',
  { cmd: "sh -c 'timeout 0.1 sleep 3; echo $?' 2>/dev/null", only: 'busybox' },
  { cmd: "sh -c 'timeout -- 0.1 sleep 3; echo $?' 2>/dev/null", only: 'busybox' },
  { cmd: "sh -c 'timeout -s KILL 0.1 sleep 3; echo $?' 2>/dev/null", only: 'busybox' },
  { cmd: "sh -c 'timeout -s INT 0.1 sleep 3; echo $?' 2>/dev/null", only: 'busybox' },
  { cmd: "sh -c 'timeout -s HUP 0.1 sleep 3; echo $?' 2>/dev/null", only: 'busybox' },
  { cmd: "sh -c \"timeout 0.1 sh -c 'sleep 3; echo no'; echo \\$?\" 2>/dev/null", only: 'busybox' },
  { cmd: 'timeout x sleep 1; echo $?', only: 'busybox' },
  { cmd: 'timeout 0.1x sleep 1; echo $?', only: 'busybox' },
  { cmd: 'timeout 1e-1 sleep 1; echo $?', only: 'busybox' },
  { cmd: 'timeout -s FOO 1 true; echo $?', only: 'busybox' },
  { cmd: 'timeout -k x 1 true; echo $?', only: 'busybox' },
  { cmd: 'timeout 2>/dev/null; echo $?', only: 'busybox' },
  { cmd: 'timeout 1 2>/dev/null; echo $?', only: 'busybox' },
  { cmd: 'timeout -v 1 true 2>/dev/null; echo $?', only: 'busybox' },
  { cmd: 'timeout 0.1 sleep 1; echo $?', only: 'gnu' },
  { cmd: 'timeout 1e-1 sleep 1; echo $?', only: 'gnu' },
  { cmd: 'timeout 0.1 sleep 0.05; echo $?', only: 'gnu' },
  { cmd: "timeout 0.1 sh -c 'sleep 0.05; echo yes; sleep 1; echo no'; echo $?", only: 'gnu' },
  { cmd: 'timeout 0.1 env sleep 1; echo $?', only: 'gnu' },
  { cmd: 'timeout --preserve-status 0.1 sleep 1; echo $?', only: 'gnu' },
  { cmd: 'timeout --preserve-status -s INT 0.1 sleep 1; echo $?', only: 'gnu' },
  { cmd: 'timeout -s INT 0.1 sleep 1; echo $?', only: 'gnu' },
  { cmd: 'timeout -s term 0.1 sleep 1; echo $?', only: 'gnu' },
  { cmd: 'timeout -s SIGHUP 0.1 sleep 1; echo $?', only: 'gnu' },
  { cmd: 'timeout -s 15 0.1 sleep 1; echo $?', only: 'gnu' },
  { cmd: 'timeout -s CONT 0.1 sleep 0.3; echo $?', only: 'gnu' },
  { cmd: 'x=$(timeout -s KILL 0.1 sleep 1); echo $?', only: 'gnu' },
  { cmd: 'x=$(timeout -s CONT -k 0.1 0.1 sleep 1); echo $?', only: 'gnu' },
  { cmd: 'timeout -k 0.1 0.1 sleep 1; echo $?', only: 'gnu' },
  { cmd: 'timeout --foreground 0.1 sleep 1; echo $?', only: 'gnu' },
  { cmd: 'timeout --foreground -s KILL 0.1 sleep 1; echo $?', only: 'gnu' },
  { cmd: 'timeout --foreground -v -k 0.1 0.1 sleep 1; echo $?', only: 'gnu' },
  { cmd: 'timeout --preserve-status -s CONT 0.1 sleep 0.3; echo $?', only: 'gnu' },
  { cmd: 'x=$(timeout -v -s CONT -k 0.1 0.1 sleep 1 2>&1); echo "$x" $?', only: 'gnu' },
  { cmd: 'timeout -v 0.1 sleep 1; echo $?', only: 'gnu' },
  { cmd: 'timeout --verb --sig=KILL 0.1 true; echo $?', only: 'gnu' },
  { cmd: 'timeout -s 99 1 true; echo $?', only: 'gnu' },
  { cmd: 'timeout -s FOO 1 true; echo $?', only: 'gnu' },
  { cmd: 'timeout x sleep 1; echo $?', only: 'gnu' },
  { cmd: 'timeout 0.1x sleep 1; echo $?', only: 'gnu' },
  { cmd: 'timeout -- -1 true; echo $?', only: 'gnu' },
  { cmd: 'timeout -k x 1 true; echo $?', only: 'gnu' },
  { cmd: 'timeout -p 1 true; echo $?', only: 'gnu' },
  { cmd: 'timeout -1 true; echo $?', only: 'gnu' },
  { cmd: 'timeout; echo $?', only: 'gnu' },
  { cmd: 'timeout 1; echo $?', only: 'gnu' },
  { cmd: 'timeout -s; echo $?', only: 'gnu' },
  { cmd: 'timeout --bogus 1 true; echo $?', only: 'gnu' },
  { cmd: 'timeout infinity true; echo $?', only: 'gnu' },
]);

// Ctrl-C pressed while the command waits: the whole line ends (130), the next command does not run.
describe('timeout and Ctrl-C', () => {
  for (const flavour of ['gnu', 'busybox'] as const) {
    it(`ends the line (${flavour})`, async () => {
      expect(await ctrlCWhileSleeping(flavour, "timeout 5 sh -c 'sleep 2; echo no'; echo after")).toEqual({ code: 130, out: '', asked: [2000] });
    });
  }
});
