// pflag-style parsing: shorthands, values, repeats, terminators and interspersing.
import { describe, expect, it } from 'vitest';
import { FlagParseError, parseFlags } from '../../../src/cli/framework/parser.ts';
import { convertValue, FlagValueError, parseGoInt, parseRamBytes } from '../../../src/cli/framework/values.ts';
import { containerRun } from '../../../src/cli/specs/container/run.ts';
import { imageLs } from '../../../src/cli/specs/image/list.ts';
import { containerLogs } from '../../../src/cli/specs/container/logs.ts';

const run = (...argv: string[]) => parseFlags(containerRun.flags!, argv, false);
const images = (...argv: string[]) => parseFlags(imageLs.flags!, argv, true);

describe('parseFlags', () => {
  it('combines bool shorthands (-dit) and stops at the image for docker run', () => {
    const r = run('-dit', '--rm', 'alpine', 'sh', '-c', 'echo -n hi');
    expect([r.flags.bool('detach'), r.flags.bool('interactive'), r.flags.bool('tty'), r.flags.bool('rm')]).toEqual([true, true, true, true]);
    expect(r.args).toEqual(['alpine', 'sh', '-c', 'echo -n hi']);
  });

  it('takes values attached, after = and as the next word', () => {
    const r = run('-p8080:80', '-p', '9090:90', '--publish=7070:70', '--name', 'web', 'nginx');
    expect(r.flags.list('publish')).toEqual(['8080:80', '9090:90', '7070:70']);
    expect(r.flags.string('name')).toBe('web');
    expect(r.flags.changed('name')).toBe(true);
    expect(r.flags.changed('hostname')).toBe(false);
  });

  it('repeats list flags (-e A -e B) and keeps -h as --hostname on run', () => {
    const r = run('-e', 'A=1', '-eB=2', '-h', 'box', 'alpine');
    expect(r.flags.list('env')).toEqual(['A=1', 'B=2']);
    expect(r.flags.string('hostname')).toBe('box');
    expect(r.help).toBe(false);
  });

  it('reads bools given explicitly (--rm=false, -a=false) and defaults', () => {
    expect(run('--rm=false', 'x').flags.bool('rm')).toBe(false);
    expect(images('-a=false').flags.bool('all')).toBe(false);
    expect(images().flags.string('format')).toBe('');
    expect(run('x').flags.string('pull')).toBe('missing');
  });

  it('allows flags after arguments where docker does, but not after `--`', () => {
    const r = images('alpine', '-q', '--', '-a');
    expect(r.flags.bool('quiet')).toBe(true);
    expect(r.flags.bool('all')).toBe(false);
    expect(r.args).toEqual(['alpine', '-a']);
  });

  it('treats a lone - as an argument and takes a next word starting with - as a value', () => {
    expect(images('-').args).toEqual(['-']);
    expect(parseFlags(containerLogs.flags!, ['--tail', '-5', 'c'], true).flags.string('tail')).toBe('-5');
  });

  it('converts ints, durations and sizes', () => {
    expect(run('--stop-timeout', '0x10', 'i').flags.number('stop-timeout')).toBe(16);
    expect(run('--health-interval', '1m30s', 'i').flags.number('health-interval')).toBe(90_000);
    expect(run('-m', '512m', 'i').flags.number('memory')).toBe(512 * 1024 * 1024);
  });

  it('reports help, and whether it came from the deprecated -h', () => {
    expect(images('--help').help).toBe(true);
    expect(images('-qh')).toMatchObject({ help: true, helpShorthand: true });
    expect(images('--help=false').help).toBe(false);
    expect(run('--help').help).toBe(true);
  });

  it.each([
    [['-z'], 'unknown-shorthand', "unknown shorthand flag: 'z' in -z"],
    [['-qz'], 'unknown-shorthand', "unknown shorthand flag: 'z' in -z"],
    [['--nope'], 'unknown-flag', 'unknown flag: --nope'],
    [['--format'], 'needs-argument', 'flag needs an argument: --format'],
    [['-f'], 'needs-argument', "flag needs an argument: 'f' in -f"],
    [['--all=yes'], 'invalid-argument', 'invalid argument "yes" for "-a, --all" flag: strconv.ParseBool: parsing "yes": invalid syntax'],
    [['-f', 'dangling'], 'invalid-argument', 'invalid argument "dangling" for "-f, --filter" flag: bad format of filter (expected name=value)'],
    [['---all'], 'bad-syntax', 'bad flag syntax: ---all'],
  ])('rejects %j', (argv, code, message) => {
    let error: unknown;
    try {
      images(...argv);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FlagParseError);
    expect({ code: (error as FlagParseError).code, message: (error as FlagParseError).message }).toEqual({ code, message });
  });
});

describe('Go value syntax', () => {
  it('parses like strconv and time.ParseDuration', () => {
    expect(parseGoInt('-0b101', 64)).toBe(-5);
    expect(parseGoInt('1_000', 64)).toBe(1000);
    expect(() => parseGoInt('9223372036854775808', 64)).toThrow('strconv.ParseInt: parsing "9223372036854775808": value out of range');
    expect(convertValue('duration', '1.5h')).toBe(5_400_000);
    expect(convertValue('duration', '-1m30.5s')).toBe(-90_500);
    expect(() => convertValue('duration', '10')).toThrow(new FlagValueError('time: missing unit in duration "10"'));
    expect(() => convertValue('duration', '1d')).toThrow(new FlagValueError('time: unknown unit "d" in duration "1d"'));
    expect(parseRamBytes('1.5g')).toBe(1.5 * 1024 ** 3);
    expect(parseRamBytes('2GiB')).toBe(2 * 1024 ** 3);
    expect(() => parseRamBytes('10x')).toThrow("invalid suffix: 'x'");
  });
});
