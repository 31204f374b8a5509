// Octal and symbolic file modes (755, u+x,go-w, a=r), as chmod and the shell's umask read them.

/**
 * Applies a mode expression to the current mode; null when the expression is invalid. A clause naming no one (`+x`)
 * leaves the `umask` bits alone, as chmod(1) does. `busybox`: its bb_parse_mode gives the sticky bit only to a
 * clause naming everyone (`+t`, `a+t`), so `o+t` sets nothing.
 */
export function applyMode(expr: string, mode: number, isDir: boolean, umask = 0o022, busybox = false): number | null {
  if (/^[0-7]{1,4}$/.test(expr)) return parseInt(expr, 8);
  let m = mode;
  for (const clause of expr.split(',')) {
    const c = /^([ugoa]*)((?:[-+=][rwxXst]*|[-+=][ugo])+)$/.exec(clause);
    if (!c) return null;
    const who = c[1] === '' ? 'a' : c[1];
    const implicit = c[1] === '';
    let whoMask = 0;
    if (who.includes('u') || who.includes('a')) whoMask |= 0o4700;
    if (who.includes('g') || who.includes('a')) whoMask |= 0o2070;
    if (who.includes('o') || who.includes('a')) whoMask |= busybox && !who.includes('a') ? 0o007 : 0o1007;
    for (const op of c[2].match(/[-+=][^-+=]*/g)!) {
      const perms = op.slice(1);
      let bits = 0;
      if (/^[ugo]$/.test(perms)) {
        const src = perms === 'u' ? (m >> 6) & 7 : perms === 'g' ? (m >> 3) & 7 : m & 7;
        bits = (src << 6) | (src << 3) | src;
      } else
        for (const p of perms) {
          if (p === 'r') bits |= 0o444;
          else if (p === 'w') bits |= 0o222;
          else if (p === 'x') bits |= 0o111;
          else if (p === 'X') bits |= isDir || m & 0o111 ? 0o111 : 0;
          else if (p === 's') bits |= 0o6000;
          else if (p === 't') bits |= 0o1000;
        }
      let mask = whoMask & bits;
      if (implicit) mask &= ~umask;
      if (op[0] === '+') m |= mask;
      else if (op[0] === '-') m &= ~mask;
      else m = (m & ~(whoMask & ~(isDir ? 0o6000 : 0))) | mask;
    }
  }
  return m & 0o7777;
}
