// docker/go-units: the human durations of CREATED columns and the sizes of SIZE columns and progress bars.
import { formatFloatG } from './go/float.ts';

const decimalAbbrs = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];
const binaryAbbrs = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'];

/** go-units HumanDuration (shared with the daemon, which writes it into container Status). */
export { humanDuration } from '../engine/index.ts';

function sizeAndUnit(size: number, base: number, abbrs: string[]): [number, string] {
  let i = 0;
  while (size >= base && i < abbrs.length - 1) {
    size /= base;
    i++;
  }
  return [size, abbrs[i]!];
}

/** go-units HumanSizeWithPrecision: base 1000, Go `%.*g` (`183MB`, `0B`, and the quirk `1e+03kB`). */
export function humanSizeWithPrecision(size: number, precision: number): string {
  const [value, unit] = sizeAndUnit(size, 1000, decimalAbbrs);
  return formatFloatG(value, precision) + unit;
}

/** go-units HumanSize: HumanSizeWithPrecision(size, 4) (`7.796MB`). */
export function humanSize(size: number): string {
  return humanSizeWithPrecision(size, 4);
}

/** go-units BytesSize: base 1024 with `%.4g` (`1.5MiB`), as pull and push progress bars print. */
export function bytesSize(size: number): string {
  const [value, unit] = sizeAndUnit(size, 1024, binaryAbbrs);
  return formatFloatG(value, 4) + unit;
}

/** A size string go-units could not parse; message as go-units words it. */
export class SizeParseError extends Error {
  readonly code = 'INVALID_SIZE';
  constructor(message: string, readonly input: string) {
    super(message);
    this.name = 'SizeParseError';
  }
}

const goFloatSyntax = /^[+-]?(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d+)?$|^[+-]?(?:inf|infinity|nan)$/i;

function parseSize(sizeStr: string, multiplier: number): number {
  let sep = -1;
  for (let i = sizeStr.length - 1; i >= 0; i--) {
    if ('01234567890. '.includes(sizeStr[i]!)) {
      sep = i;
      break;
    }
  }
  if (sep === -1) throw new SizeParseError(`invalid size: '${sizeStr}'`, sizeStr);
  const num = sizeStr[sep] !== ' ' ? sizeStr.slice(0, sep + 1) : sizeStr.slice(0, sep);
  let sfx = sizeStr.slice(sep + 1);
  if (!goFloatSyntax.test(num) || num.includes('_')) {
    throw new SizeParseError(`strconv.ParseFloat: parsing ${JSON.stringify(num)}: invalid syntax`, sizeStr);
  }
  let size = Number(num.replace(/^([+-]?)inf(inity)?$/i, '$1Infinity').replace(/^[+-]?nan$/i, 'NaN'));
  if (size < 0) throw new SizeParseError(`invalid size: '${sizeStr}'`, sizeStr);
  const toInt = (v: number) => (Number.isFinite(v) ? Math.trunc(v) : v);
  if (sfx.length === 0) return toInt(size);
  const bad = () => new SizeParseError(`invalid suffix: '${sfx}'`, sizeStr);
  if (sfx.length > 3) throw bad();
  sfx = sfx.toLowerCase();
  if (sfx[0] === 'b') {
    if (sfx.length > 1) throw bad();
    return toInt(size);
  }
  const power = 'kmgtp'.indexOf(sfx[0]!);
  if (power < 0) throw bad();
  size *= multiplier ** (power + 1);
  if ((sfx.length === 2 && sfx[1] !== 'b') || (sfx.length === 3 && sfx.slice(1) !== 'ib')) throw bad();
  return toInt(size);
}

/** go-units FromHumanSize: "32kb" → 32000 (base 1000); throws SizeParseError. */
export function fromHumanSize(size: string): number {
  return parseSize(size, 1000);
}

/** go-units RAMInBytes: "32kb" → 32768 (base 1024), as `--memory` and `--shm-size` parse; throws SizeParseError. */
export function ramInBytes(size: string): number {
  return parseSize(size, 1024);
}
