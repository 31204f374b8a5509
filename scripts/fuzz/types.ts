// What the fuzzer throws at a session and what it reports back: plain data, so it crosses worker threads.

/** One fuzz case: optional workspace files, then lines typed at the prompt of a fresh session. */
export interface FuzzCase {
  files: { path: string; content: string }[];
  lines: string[];
}

/** The kinds of fault the fuzzer looks for. */
export type FindingKind = 'crash' | 'hang' | 'memory';

/** A fault and the (shrunk, where possible) case that shows it. */
export interface Finding {
  kind: FindingKind;
  /** One line saying what went wrong (the internal error, the slow line, the heap figure). */
  detail: string;
  case: FuzzCase;
}

/** Runs one case in a fresh session; undefined when it behaved. */
export type Target = (c: FuzzCase) => Promise<Finding | undefined>;
