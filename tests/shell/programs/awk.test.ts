import { describe, expect, it } from 'vitest';
import { simulated } from './oracle.ts';
import { differential } from './cases.ts';

const files = {
  'passwd': 'root:x:0:0:root:/root:/bin/sh\ndaemon:x:2:2:daemon:/sbin:/sbin/nologin\nnobody:x:65534:65534:nobody:/:/sbin/nologin\n',
  'log': '10.0.0.1 GET /index.html 200 512\n10.0.0.2 GET /missing 404 153\n10.0.0.1 POST /api 201 20\n10.0.0.3 GET /index.html 200 512\n',
  'nums': '3\n1\n2\n10\n',
  'resolv.conf': '# generated\nnameserver 127.0.0.11\nnameserver ::1\noptions ndots:0\n',
  'para': 'a b\nc d\n\n\ne f\n',
};

differential('awk', files, [
  "awk '{ print $1 }' log",
  "awk -F: '{ print $1, $3 }' passwd",
  "awk -F: -v OFS=- '{ print $1, $NF }' passwd",
  "awk -v n=2 'NR == n' log",
  "awk '$4 >= 400 { print $3 }' log",
  "awk '/index/ { c++ } END { print c }' log",
  "awk '{ bytes[$1] += $5 } END { for (ip in bytes) print ip, bytes[ip] }' log | sort",
  "awk 'BEGIN { printf \"%5s|%-5s|%05d|%.2f|%x|%c|%e\\n\", \"ab\", \"cd\", 42, 3.14159, 255, 65, 12345.678 }'",
  "awk '{ s += $1 } END { print s, s / NR, NR }' nums",
  "awk 'BEGIN { x = \"abc\"; print length(x), substr(x, 2), substr(\"hello\", 0, 2), index(x, \"c\"), toupper(x) }'",
  "awk '{ n = split($0, a, \":\"); print n, a[1], a[n] }' passwd",
  "awk '{ gsub(/o/, \"0\"); sub(/:x:/, \"[&]\"); print }' passwd",
  "awk 'BEGIN { s = \"abc\"; gsub(/x*/, \"-\", s); print s }'",
  "awk 'BEGIN { if (match(\"foobar\", /o+b/)) print RSTART, RLENGTH }'",
  "awk 'BEGIN { ORS = \" \" } $1 == \"nameserver\" { if ($2 ~ \":\") { print \"[\" $2 \"]\" } else { print $2 } }' resolv.conf",
  "awk 'NR % 2 == 0 { next } { print NR\": \"$0 }' log",
  "awk '{ $2 = \"X\"; print; print NF }' log",
  "awk '{ NF = 2; print }' log",
  "awk 'END { print $0, NR }' log",
  "awk 'NR==2, NR==3 { print $3 }' log",
  "awk 'BEGIN { RS = \"\" } { print NR\": \"$1\"/\"NF }' para",
  "awk 'function add(a, b) { return a + b } BEGIN { print add(2, 3), add(\"1x\", 1) }'",
  "awk 'function fill(arr, n,   i) { for (i = 1; i <= n; i++) arr[i] = i * i } BEGIN { fill(sq, 4); print sq[3], length(sq) }'",
  "awk 'BEGIN { while (i < 5) { i++; if (i == 2) continue; if (i == 4) break; print i } }'",
  "awk 'BEGIN { do { k++ } while (k < 3); print k }'",
  "awk 'BEGIN { a[\"x\"]; if (\"x\" in a) print \"yes\"; delete a[\"x\"]; if (!(\"x\" in a)) print \"gone\" }'",
  "awk 'BEGIN { print 1 == 1.0, \"10\" < \"9\", 10 < 9, \"a\" < \"b\", x == 0, x == \"\" }'",
  "awk '{ print ($1 < $2) }'",
  "awk 'BEGIN { print 7 % 3, -7 % 3, 1 / 4, 100 / 3, int(-3.7) }'",
  // The busybox here is built without its math library (Alpine's has it): ^ only against mawk.
  { cmd: "awk 'BEGIN { print 2 ^ 10, -2 ^ 2, 2 ^ 3 ^ 2, 2 ^ -1 }'", only: 'gnu' },
  "awk 'BEGIN { print 1e6, 0.1 + 0.2, 3.0, \"3.0\" + 0, 017, 1e300 * 10 > 1 }'",
  "awk 'BEGIN { x = 5; x += 2; x -= 1; x *= 3; x /= 2; x %= 5; print x, x++, ++x, x--, x }'",
  "awk 'BEGIN { print substr(\"hello\", 2, 3) substr(\"hello\", 4) }'",
  "awk '{ print NR, FNR, FILENAME }' nums passwd",
  "awk '{ print v, $0 }' v=1 nums v=2 nums",
  "awk 'BEGIN { getline line < \"nums\"; print \"first:\", line; while ((getline l < \"nums\") > 0) n++; print n }'",
  "awk 'NR == 1 { getline; print \"after getline:\", $0 }' nums",
  { cmd: "awk 'BEGIN { printf \"%s %s %s\\n\", \"a\", \"b\" }'", only: 'busybox' },
  "awk 'BEGIN { printf \"%d%%\\n\", 50 }'",
  "awk 'BEGIN { x[1,2] = 3; for (k in x) { split(k, p, SUBSEP); print p[1], p[2] } }'",
  "awk -F'\\t' '{ print $2 }'",
  "awk '{ print > \"out.txt\" } END { close(\"out.txt\"); while ((getline l < \"out.txt\") > 0) print \"copied\", l }' nums",
  "awk 'BEGIN { exit 3 } END { print \"end runs\" }'; echo $?",
  "awk '{ exit } END { print NR }' nums",
  "awk 'length > 1' nums",
  "awk '!seen[$1]++ { print $1 }' log",
  "awk '$1 ~ /^10\\.0\\.0\\.[12]$/ && $4 != 200' log",
  "awk 'BEGIN { printf \"%s\", \"no newline\" }'",
  "awk 'BEGIN { print length() }' < nums",
  "awk '{ print $(NF-1) }' log",
  "awk '{ $0 = \"a b c\"; print $2, NF }' nums",
  "awk 'BEGIN { print -3 \" \" -3, 2 - -2 }'",
  "awk 'BEGIN { print (1, 2) in a }'",
  "awk 'BEGIN { print substr(\"abc\", 2, -1) \"|\" }'",
  "awk 'BEGIN { print tolower(\"ÀB\"), substr(\"hello\", 1.5, 2) substr(\"hello\", 0) }'",
  "awk 'function f(x) { x = 1 } BEGIN { f(y); y = 2; print y }'",
  "awk '{ print toupper(substr($0, 1, 1)) substr($0, 2) }'",
  { cmd: "awk '{ print $1 }'", stdin: '  lead  trail  \n\tx\ty\n' },
  { cmd: "awk 'END { for (name in ENVIRON) if (name ~ /^AW/) print name, ENVIRON[name] }' < /dev/null", sortLines: true },
  "awk 'BEGIN { print 100000 * 100000 }'",
  "awk '{ print }' nofile; echo $?",
  "awk 'BEGIN { print 1' ; echo $?",
  "awk -f prog.awk nums; echo $?",
  { cmd: "printf '{ print NR \":\" $0 }\\n' > p.awk; awk -f p.awk nums" },
]);

// Running commands (#17): system(), print | CMD, CMD | getline and close(), with each awk's output order at
// system(), at close() and at the end, and close()'s value (mawk's exit status, busybox's wait status).
differential('awk', files, [
  "awk 'BEGIN { print \"first\"; r = system(\"echo sys; exit 3\"); print \"r=\" r }'",
  "awk '{ system(\"echo [\" $1 \"]\") } END { print NR }' nums",
  "awk 'BEGIN { print \"first\"; print \"b\" | \"sort\"; print \"a\" | \"sort\"; print \"last\" }'",
  "awk 'BEGIN { print \"first\"; print \"x\" | \"cat\"; print \"mid\"; close(\"cat\"); print \"last\" }'",
  "awk '{ print $1 | \"sort -n\" } END { close(\"sort -n\"); print \"done\" }' nums",
  "awk -F: '{ printf \"%s=%d\\n\", $1, $3 | \"sort -t= -k2 -n\" }' passwd",
  "awk 'BEGIN { print \"a\" | \"cat >/dev/null; exit 2\"; print close(\"cat >/dev/null; exit 2\"); \"exit 3\" | getline; print close(\"exit 3\"); print system(\"exit 4\") }'",
  "awk 'BEGIN { print close(\"nothing open\") }'",
  "awk 'BEGIN { while ((\"printf \\\"a b\\\\nc\\\\n\\\"\" | getline) > 0) print NR, NF, $0; \"echo v\" | getline x; print NR, x; print close(\"echo v\") }'",
  "awk '{ \"echo v\" | getline x; print NR, x; \"echo a; echo b\" | getline; print NR, $0 }' nums",
  "awk 'BEGIN { \"cat nums\" | getline a; \"cat nums\" | getline b; close(\"cat nums\"); \"cat nums\" | getline c; print a, b, c }'",
  "awk 'BEGIN { cmd = \"wc -l < log\"; cmd | getline n; print \"lines:\", n + 0 }'",
  "awk 'BEGIN { system(\"echo err >&2\"); print \"out\" }' 2>&1",
  "awk 'BEGIN { print \"to stdin\" | \"cat > copy\"; close(\"cat > copy\"); getline l < \"copy\"; print l }'",
  "awk 'BEGIN { printf \"%s\\n\", \"x\" | \"cat 1>&2; exit 5\"; print \"c=\" close(\"cat 1>&2; exit 5\") }' 2>&1",
  // Commands deep in expressions, functions, patterns and loops (the evaluator waits only where one runs).
  "awk 'function run(c) { return system(c) } NR == 2, NR == 3 { s = s run(\"echo \" $1) } $1 > 2 && system(\"exit 1\") { next } { n++ } END { for (i = 1; i <= 2; i++) if (system(\"echo i\" i) == 0) c++; do k++; while (system(\"exit \" (k < 2)) == 0); print s, n, c, k }' nums",
  "awk 'BEGIN { \"echo hi there\" | getline a[\"k\"]; n = split(a[\"k\"], w); print n, w[2], (system(\"true\") ? \"no\" : \"yes\") }'",
]);

describe('awk in the workbook', () => {
  it("runs the official nginx image's entrypoint lines", async () => {
    const sh = simulated('busybox', { 'resolv.conf': 'nameserver 127.0.0.11\nnameserver ::1\n' });
    expect(await sh.run(`awk 'BEGIN{ORS=" "} $1=="nameserver" {if ($2 ~ ":") {print "["$2"]"} else {print $2}}' resolv.conf`)).toEqual({ out: '127.0.0.11 [::1] ', err: '', code: 0 });
    const envs = await sh.run(`NGINX_HOST=x NGINX_PORT=80 awk "END { for (name in ENVIRON) { print ( name ~ /NGINX_/ ) ? name : \\"\\" } }" < /dev/null | grep . | sort`);
    expect(envs.out).toBe('NGINX_HOST\nNGINX_PORT\n');
  });

  it('runs system() in the machine awk runs in: a missing program is that shell\'s "not found"', async () => {
    const sh = simulated('busybox', {});
    expect(await sh.run(`awk 'BEGIN { print "a"; r = system("nosuch"); print r }'`)).toEqual({ out: 'a\n127\n', err: 'sh: nosuch: not found\n', code: 0 });
    expect(await sh.run(`awk 'BEGIN { "nosuch2" | getline y; print "y=" y; print "z" | "nosuch3" }'`)).toEqual({ out: 'y=\n', err: 'sh: nosuch2: not found\nsh: nosuch3: not found\n', code: 0 });
  });

  it('names the shell as mawk starts it: `sh` for system(), `/bin/sh` for pipes (the host\'s sh is bash)', async () => {
    const sh = simulated('gnu', {});
    const r = await sh.run(`awk 'BEGIN { r = system("nosuch"); print r; "nosuch2" | getline y; print "y=" y }'`);
    expect(r).toEqual({ out: '127\ny=\n', err: 'sh: line 1: nosuch: command not found\n/bin/sh: line 1: nosuch2: command not found\n', code: 0 });
  });

  it('stops a loop of commands after its step budget, closing its pipes, and lets an endless command be cut short', async () => {
    const sh = simulated('busybox', {});
    expect(await sh.run(`awk 'BEGIN { print "kept" | "cat"; while (1) system("true") }'`)).toEqual({ out: 'kept\n', err: 'awk: stopped after 5000000 steps (a loop that never ends?)\n', code: 124 });
    expect(await sh.run(`awk 'BEGIN { print "a"; system("yes") }' | head -3`)).toEqual({ out: 'a\ny\ny\n', err: '', code: 0 });
    expect(await sh.run(`awk 'BEGIN { "yes" | getline; print; "yes" | getline; print NR }'`)).toEqual({ out: 'y\n0\n', err: '', code: 0 });
  });

  it('stops a loop that never ends after its step budget', async () => {
    const r = await simulated('gnu', {}).run(`awk 'BEGIN { while (1) x++ }'`);
    expect(r).toEqual({ out: '', err: 'awk: stopped after 5000000 steps (a loop that never ends?)\n', code: 124 });
  });
});
