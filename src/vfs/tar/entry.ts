// One member of a tar archive, as our layers, `docker save`, `docker export` and `docker cp` use them.

/** A tar member. Paths are relative and '/'-separated, directories without the trailing slash. */
export interface TarEntry {
  path: string;
  type: 'file' | 'dir' | 'symlink' | 'hardlink';
  mode: number;
  uid: number;
  gid: number;
  mtime: number; // seconds
  data?: Uint8Array; // files only
  linkTarget?: string; // symlinks and hardlinks
  /**
   * The size the file stands for when it is a sized stand-in for a big binary we do not ship. Stored as
   * an extended attribute (pax `SCHILY.xattr.user.workbook.size`), which real tar tools read quietly
   * and which leaves the short stand-in as the file's content.
   */
  declaredSize?: number;
}

/** The pax key that carries TarEntry.declaredSize. */
export const DECLARED_SIZE_KEY = 'SCHILY.xattr.user.workbook.size';
