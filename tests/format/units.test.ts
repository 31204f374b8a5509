import { describe, expect, it } from 'vitest';
import { hasCorpus, readCorpusJson } from '../support/corpus.ts';
import { bytesSize, fromHumanSize, humanDuration, humanSize, humanSizeWithPrecision, ramInBytes, SizeParseError } from '../../src/format/units.ts';

interface UnitsCases {
  humanDuration: { seconds: number; expected: string }[];
  humanSize: { bytes: number; expected: string }[];
}

describe.runIf(hasCorpus)('go-units corpus (go-units-cases.json)', () => {
  const cases = hasCorpus ? readCorpusJson<UnitsCases>('go-units-cases.json') : { humanDuration: [], humanSize: [] };
  it.each(cases.humanDuration)('HumanDuration($seconds s) = $expected', ({ seconds, expected }) => {
    expect(humanDuration(seconds)).toBe(expected);
  });
  it.each(cases.humanSize)('HumanSize($bytes) = $expected', ({ bytes, expected }) => {
    expect(humanSize(bytes)).toBe(expected);
  });
});

describe('HumanSizeWithPrecision(size, 3): the SIZE column', () => {
  it.each([
    [0, '0B'],
    [182964289, '183MB'],
    [7800000, '7.8MB'],
    [187654321, '188MB'],
    [999500, '1e+03kB'],
    [999, '999B'],
    [1000, '1kB'],
    [100500, '100kB'], // an exact tie rounds half to even, as Go's strconv does
    [101500, '102kB'],
    [5_600_000_000, '5.6GB'],
  ])('%d → %s', (size, expected) => {
    expect(humanSizeWithPrecision(size, 3)).toBe(expected);
  });
});

describe('BytesSize: progress bars', () => {
  it.each([
    [0, '0B'],
    [1024, '1KiB'],
    [1536, '1.5KiB'],
    [3 * 1024 * 1024 + 400_000, '3.381MiB'],
    [1024 ** 3, '1GiB'],
  ])('%d → %s', (size, expected) => {
    expect(bytesSize(size)).toBe(expected);
  });
});

describe('FromHumanSize and RAMInBytes', () => {
  it.each([
    ['32', 32, 32],
    ['32b', 32, 32],
    ['32k', 32000, 32768],
    ['32kb', 32000, 32768],
    ['32KiB', 32000, 32768],
    ['1.5m', 1500000, 1572864],
    ['1 GB', 1e9, 1073741824],
  ])('%s → %d / %d', (s, dec, bin) => {
    expect(fromHumanSize(s)).toBe(dec);
    expect(ramInBytes(s)).toBe(bin);
  });
  it.each([
    ['', "invalid size: ''"],
    ['hello', "invalid size: 'hello'"],
    ['-32', "invalid size: '-32'"],
    ['32x', "invalid suffix: 'x'"],
    ['32kbb', "invalid suffix: 'kbb'"],
    ['32bb', "invalid suffix: 'bb'"],
    ['..3k', 'strconv.ParseFloat: parsing "..3": invalid syntax'],
  ])('%j fails with %s', (s, message) => {
    expect(() => ramInBytes(s)).toThrow(SizeParseError);
    expect(() => ramInBytes(s)).toThrow(message);
  });
});
