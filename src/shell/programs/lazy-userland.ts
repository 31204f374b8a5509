// The userland programs a first command does not need (grep, head, tail, cp, mv, find, date, printf, nc,
// top, free, df, the checksums with their hashes, sort, xargs, gzip …): one lazy chunk for them all (lazy.ts), fetched on the
// first use of any of them or when the session preloads its lazy parts, so the worker's first chunk holds
// only what `ls`, `cat`, `echo` and `docker` need.
export { makeGrep } from './grep.ts';
export { makeNc } from './nc.ts';
export { makeTop } from './top.ts';
export { makeFree } from './free.ts';
export { makeDf } from './df.ts';
export { makeKill } from './kill.ts';
export { makeCp, makeMv } from './cp-mv.ts';
export { makeHead, makeTail } from './head-tail.ts';
export { makeFind } from './find.ts';
export { makeDate } from './date.ts';
export { makePrintf } from './printf.ts';
export { makeChecksum } from './checksum.ts';
export { makeSort } from './sort.ts';
export { makeUniq } from './uniq.ts';
export { makeCut } from './cut.ts';
export { makeTr } from './tr.ts';
export { makeXargs } from './xargs.ts';
export { makeStat } from './stat.ts';
export { makeSeq } from './seq.ts';
export { makeMktemp } from './mktemp.ts';
export { makeBase64 } from './base64.ts';
export { makeDu } from './du.ts';
export { makeGzip } from './gzip.ts';
export { makeChmod } from './chmod.ts';
export { makeChown } from './chown.ts';
export { makeLn } from './ln.ts';
export { makeOd } from './od.ts';
export { makeFile } from './file.ts';
export { makeDd } from './dd.ts';
export { makeBusybox } from './busybox.ts';
export { makeTime } from './time.ts';
export { makeRealpath } from './realpath.ts';
export { makeTimeout } from './timeout.ts';
export { makeTac } from './tac.ts';
export { makeRev } from './rev.ts';
export { makePaste } from './paste.ts';
export { makeFold } from './fold.ts';
export { makeTruncate } from './truncate.ts';
export { makeNl } from './nl.ts';
export { makeDiff } from './diff/index.ts';
export { makeCmp } from './cmp.ts';
