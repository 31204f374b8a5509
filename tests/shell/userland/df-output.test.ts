// df --output[=FIELD_LIST] in a Debian container: the columns named, in that order, sized as GNU df sizes
// them; its refusals are compared with the real df where the words do not depend on the disk.
import { describe, expect, it } from 'vitest';
import { exec, imageFs } from './images.ts';
import { ORACLE, real } from '../programs/oracle.ts';

const debian = () => imageFs('library/debian:12');

describe('df --output', () => {
  it('prints the named fields in order', async () => {
    expect((await exec(debian(), ['df', '--output=source,size,pcent,target', '/'])).out).toBe('Filesystem     1K-blocks Use% Mounted on\noverlay         61255492  17% /\n');
    expect((await exec(debian(), ['df', '--output=target,fstype,file,avail,used', '/', '/dev/shm'])).out).toBe('Mounted on Type    File        Avail    Used\n/          overlay /        48627948 9486220\n/dev/shm   tmpfs   /dev/shm    65536       0\n');
    expect((await exec(debian(), ['df', '-h', '--out=size,used,avail,source', '/'])).out).toBe(' Size  Used Avail Filesystem\n  59G  9.1G   47G overlay\n');
  });

  it('shows `-` as the file of each mount when no file is named', async () => {
    expect((await exec(debian(), ['df', '--output=file,target'])).out).toBe('File Mounted on\n-    /\n-    /dev\n-    /dev/shm\n');
  });

  it('refuses the inode fields, which the simulated disk does not keep', async () => {
    expect(await exec(debian(), ['df', '--output=ipcent', '/'])).toEqual({ out: '', err: "df: --output field 'ipcent' is not supported in the workbook\n", code: 1 });
    expect((await exec(debian(), ['df', '--output', '/'])).err).toBe("df: --output field 'itotal' is not supported in the workbook\n");
  });
});

describe.runIf(ORACLE)('df --output refusals, differential', () => {
  for (const cmd of ['df --output=x; echo $?', 'df --output=size,size; echo $?', 'df --output -T /; echo $?', 'df --output=size,bogus,size; echo $?']) {
    it(cmd, async () => {
      expect(await exec(debian(), ['bash', '-c', cmd])).toEqual(real('gnu', {}, cmd));
    });
  }
});
