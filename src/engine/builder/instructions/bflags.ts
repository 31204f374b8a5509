// Builder flags of an instruction (`COPY --from=x --link`): declared per instruction, then parsed strictly.
import { ArgumentError } from './errors.ts';
import { withSuggestion } from './suggest.ts';

type FlagType = 'bool' | 'string' | 'strings';

/** One declared flag and what was given for it. */
export class Flag {
  value: string;
  stringValues: string[] = [];
  constructor(
    readonly name: string,
    readonly type: FlagType,
    readonly defaultValue: string,
  ) {
    this.value = defaultValue;
  }
  /** Whether the flag was written on the line. */
  isUsed = false;
  /** Value of a boolean flag. */
  isTrue(): boolean {
    return this.value === 'true';
  }
}

/** BFlags: the flags an instruction accepts, checked against the words written (`unknown flag: --x`). */
export class BFlags {
  private readonly flags = new Map<string, Flag>();
  constructor(readonly args: readonly string[]) {}

  /** `--name` / `--name=true|false`. */
  addBool(name: string, def: boolean): Flag {
    return this.add(name, 'bool', def ? 'true' : 'false');
  }
  /** `--name=value`. */
  addString(name: string, def: string): Flag {
    return this.add(name, 'string', def);
  }
  /** `--name=value`, repeatable. */
  addStrings(name: string): Flag {
    return this.add(name, 'strings', '');
  }

  private add(name: string, type: FlagType, def: string): Flag {
    const flag = new Flag(name, type, def);
    this.flags.set(name, flag);
    return flag;
  }

  /** Checks the written flags against the declared ones and records their values. */
  parse(): void {
    for (const a of this.args) {
      if (a === '--') break;
      if (!a.startsWith('--')) throw new ArgumentError(`arg should start with -- : ${a}`);
      const body = a.slice(2);
      const eq = body.indexOf('=');
      const arg = eq < 0 ? body : body.slice(0, eq);
      const value = eq < 0 ? '' : body.slice(eq + 1);
      const hasValue = eq >= 0;
      const flag = this.flags.get(arg);
      if (!flag) throw new ArgumentError(withSuggestion(`unknown flag: ${a}`, arg, [...this.flags.keys()], true));
      if (flag.isUsed && flag.type !== 'strings') throw new ArgumentError(`duplicate flag specified: ${arg}`);
      flag.isUsed = true;
      if (flag.type === 'bool') {
        if (hasValue && value === '') throw new ArgumentError(`missing a value on flag: ${arg}`);
        const lower = value.toLowerCase();
        if (lower === 'true' || lower === '') flag.value = 'true';
        else if (lower === 'false') flag.value = 'false';
        else throw new ArgumentError(`expecting boolean value for flag ${arg}, not: ${value}`);
      } else {
        if (!hasValue) throw new ArgumentError(`missing a value on flag: ${arg}`);
        if (flag.type === 'string') flag.value = value;
        else flag.stringValues.push(value);
      }
    }
  }
}
