// Two long files that share little order (a shuffle): GNU diff stops a middle-snake search once it has
// cost about the square root of the input (at least 4096 steps) and splits where it got furthest, so its
// diff is no longer the shortest and comes out in a second. Ours must take the same cut, or its output
// differs (and a 60,000-line shuffle took it 47 s). Compared with GNU diff on seeded shuffles.
import { differential } from './cases.ts';

// A seeded shuffle of 1..n (a 32-bit LCG), one number a line.
function shuffled(n: number, seed: number): string {
  const lines = Array.from({ length: n }, (_, k) => String(k + 1));
  let s = seed >>> 0;
  for (let k = n - 1; k > 0; k--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (k + 1);
    [lines[k], lines[j]] = [lines[j], lines[k]];
  }
  return lines.join('\n') + '\n';
}

const files = {
  a: Array.from({ length: 5000 }, (_, k) => `${k + 1}\n`).join(''),
  b: shuffled(5000, 7),
  c: shuffled(5000, 11),
  // Mostly in order, with a shuffled stretch in the middle.
  d: Array.from({ length: 3000 }, (_, k) => `${k + 1}\n`).join('') + shuffled(4000, 3) + Array.from({ length: 3000 }, (_, k) => `${k + 1}\n`).join(''),
};

differential('diff of long shuffles (GNU cost cut-off)', files, [
  { cmd: 'diff a b | md5sum; diff a b | wc -l', only: 'gnu' },
  { cmd: 'diff -u b c | tail -n +3 | md5sum', only: 'gnu' },
  { cmd: 'diff a d | md5sum', only: 'gnu' },
  // --minimal never cuts the search short.
  { cmd: 'diff -d a b | md5sum', only: 'gnu' },
]);
