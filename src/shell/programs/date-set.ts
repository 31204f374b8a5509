// Setting the clock with date (-s TIME, or GNU's MMDDhhmm[[CC]YY][.ss] operand and busybox's TIME operand):
// neither a learner's machine nor a container may (no CAP_SYS_TIME), so the time is read as the real tool
// reads it and then refused as settimeofday(2) refuses it; the date is still printed, as both tools do.
import type { Flavour } from './util.ts';
import { busyboxStamp, gnuStamp } from './touch-stamp.ts';

/** The instant an operand names, in UTC ms: GNU's posixtime order MMDDhhmm[[CC]YY][.ss], busybox's MMDDhhmm[[YY]YY][.ss]; undefined if it names none. */
export function operandTime(text: string, now: number, flavour: Flavour): number | undefined {
  const m = /^(\d{8})(\d{2}|\d{4})?(\.\d+)?$/.exec(text);
  if (!m) return undefined;
  // Both tools read the year last; touch -t's readers take it first.
  const reordered = (m[2] ?? '') + m[1] + (m[3] ?? '');
  if (flavour === 'gnu') return m[3] === undefined || m[3].length === 3 ? gnuStamp(reordered, now) : undefined;
  return busyboxStamp(reordered, now);
}

/** What each tool says when the kernel refuses to set the clock, and the status it then exits with. */
export function refusedToSet(flavour: Flavour, name: string): { message: string; status: number } {
  return flavour === 'gnu' ? { message: `${name}: cannot set date: Operation not permitted\n`, status: 1 } : { message: `${name}: can't set date: Operation not permitted\n`, status: 0 };
}
