// Every option letter a real tool documents (its recorded --help or usage) is either acted on or refused
// as "not supported in the workbook": never "invalid option" or "unrecognized option", which would tell
// a learner that a real option does not exist.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Shell } from '../../../src/shell/shell.ts';
import { Vfs } from '../../../src/vfs/vfs.ts';
import { busyboxPrograms, coreutilsPrograms } from '../../../src/shell/programs/index.ts';
import { containerRegistryHandler } from '../../../src/engine/registry/container-registry.ts';
import { BUSYBOX_LETTERS, GNU_LETTERS } from '../../../src/shell/programs/help-texts/letters.ts';
import { GNU_HELP } from '../../../src/shell/programs/help-texts/gnu-help.ts';
import { BUSYBOX_USAGE } from '../../../src/shell/programs/help-texts/busybox-usage.ts';
import { busyboxLetters, gnuLetters, optionLettersSource } from '../../../scripts/userland/option-letters.ts';
import { installProgramFiles } from '../../support/program-files.ts';

type Flavour = 'gnu' | 'busybox';

function shell(flavour: Flavour): { sh: Shell; fs: Vfs } {
  const fs = Vfs.empty({ clock: () => Date.UTC(2026, 10, 22) });
  fs.mkdir('/w', { recursive: true });
  fs.mkdir('/tmp');
  const programs = flavour === 'gnu' ? coreutilsPrograms({ registryHandler: containerRegistryHandler }) : busyboxPrograms({ registryHandler: containerRegistryHandler });
  installProgramFiles(fs, programs.keys());
  return { fs, sh: new Shell({ fs, programs, env: new Map([['PATH', '/usr/bin:/bin'], ['HOME', '/root']]), cwd: '/w', dialect: flavour === 'gnu' ? 'bash' : 'ash' }) };
}

// What stderr says, the command cut short after 2 s (tail -f follows, servers wait).
async function stderrOf(sh: Shell, cmd: string): Promise<string> {
  let err = '';
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), 2000);
  try {
    await sh.run(cmd, { stdout: { write: () => undefined }, stderr: { write: (t) => void (err += t) }, signal: abort.signal, stdin: '' });
  } finally {
    clearTimeout(timer);
  }
  return err;
}

describe('option letters', () => {
  it('the letters table is the one the recorded help texts give', () => {
    expect(readFileSync(new URL('../../../src/shell/programs/help-texts/letters.ts', import.meta.url), 'utf8')).toBe(optionLettersSource(GNU_HELP, BUSYBOX_USAGE));
  });

  it('reads the letters off GNU option lines and busybox usage', () => {
    expect(gnuLetters('Usage: x\n  -a, --all     do not ignore\n  -E, -r, --regexp-extended  ERE\n  -1            one per line\n      --help    help\n  use -b to …\n')).toBe('1Ear');
    expect(busyboxLetters('Usage: ls [-1AaC] [-w WIDTH] [FILE]...\n\n\t-x\tList by lines\n')).toBe('1ACawx');
  });

  for (const [flavour, table] of [['gnu', GNU_LETTERS], ['busybox', BUSYBOX_LETTERS]] as [Flavour, Record<string, string>][]) {
    it(`${flavour}: no documented letter is called invalid`, async () => {
      const { sh, fs } = shell(flavour);
      const wrong: string[] = [];
      for (const [prog, letters] of Object.entries(table)) {
        for (const c of letters) {
          fs.writeFile('/w/a.txt', 'hi\n');
          const err = await stderrOf(sh, `${prog} -${c} a.txt`);
          if (err.includes(`invalid option -- '${c}'`) || err.includes(`unrecognized option: ${c}\n`) || err.includes(`unrecognized option '-${c}'`)) wrong.push(`${prog} -${c}: ${err.split('\n')[0]}`);
        }
      }
      expect(wrong).toEqual([]);
    }, 120_000);
  }
});
