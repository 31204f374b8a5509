// The error a flag's value gets when docker rejects it, and Go's boolean syntax, shared by every
// value type (values.ts, mount-opt.ts).
import { goQuote } from '../../engine/index.ts';

/** A value docker rejects; `message` is the text after `invalid argument "<v>" for "<flag>" flag: `. */
export class FlagValueError extends Error {
  readonly detail: string;
  constructor(detail: string) {
    super(detail);
    this.detail = detail;
  }
}

/** Go `strconv.ParseBool`. */
export function parseGoBool(s: string): boolean {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return false;
  throw new FlagValueError(`strconv.ParseBool: parsing ${goQuote(s)}: invalid syntax`);
}
