// Where a page a server sent first differs from the file it should be, in words a learner can act on.

const SHOWN = 60;

/** How `got` differs from `want` (the first line that differs, or which is longer), or undefined when they are the same bytes. */
export function firstDifference(got: Uint8Array, want: Uint8Array): string | undefined {
  if (got.length === want.length && got.every((b, i) => b === want[i])) return undefined;
  const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  let gotLines: string[];
  let wantLines: string[];
  try {
    gotLines = decode(got).split('\n');
    wantLines = decode(want).split('\n');
  } catch {
    return `${got.length} bytes came back where your file has ${want.length}, not the same bytes`;
  }
  for (let i = 0; i < Math.max(gotLines.length, wantLines.length); i++) {
    const g = gotLines[i];
    const w = wantLines[i];
    if (g === w) continue;
    if (g === undefined) return `the page ends after line ${i}, where your file goes on with ${quote(w)}`;
    if (w === undefined) return `the page goes on after your file ends, with ${quote(g)} on line ${i + 1}`;
    return `line ${i + 1} is ${quote(g)} where your file has ${quote(w)}`;
  }
  return 'the same text in other bytes';
}

// A line as shown in a hint: trimmed to a readable length.
function quote(line: string): string {
  const trimmed = line.length > SHOWN ? `${line.slice(0, SHOWN - 1)}…` : line;
  return trimmed.trim() === '' ? 'an empty line' : `“${trimmed}”`;
}
