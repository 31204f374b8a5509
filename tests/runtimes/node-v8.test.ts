// The node runtime (QuickJS) against the real Node on this machine (/usr/bin/node, v20; the report's
// last line names the image's version, and Node's own internal frames, which QuickJS cannot know,
// are left out of the comparison): error stacks and uncaught reports, console.log's formatting,
// process.nextTick's order, http.STATUS_CODES.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { makeNode } from '../../src/runtimes/node/program.ts';
import { closeSpareWorkers } from '../../src/runtimes/process-host.ts';
import { machine } from '../shell/programs/machine.ts';

afterAll(() => closeSpareWorkers());

const REAL = '/usr/bin/node';

/** Real node's stdout and stderr for `-e CODE`, its internal frames and version line made the sim's. */
function real(code: string): { out: string; err: string } {
  const r = spawnSync(REAL, ['-e', code], { encoding: 'utf8', cwd: '/tmp' });
  const clean = (t: string) => t.split('\n').filter((l) => !/^\s+at (.*\()?(node:|\[eval\]-wrapper)/.test(l)).join('\n').replace(/Node\.js v[\d.]+/, 'Node.js v22.14.0');
  return { out: clean(r.stdout), err: clean(r.stderr) };
}

async function sim(code: string): Promise<{ out: string; err: string }> {
  const m = machine({ env: { NODE_VERSION: '22.14.0', HOME: '/root' }, cwd: '/tmp' });
  const r = await m.run(makeNode(), ['node', '-e', code]);
  return { out: r.out, err: r.err };
}

const CASES = [
  'throw new Error("x")',
  'null.x',
  'undefinedFn()',
  'const g = () => { throw new RangeError("deep"); };\nfunction f() { g(); }\nf();',
  'const e = new Error("boom"); console.log(e.stack.split("\\n")[0]); const t = new TypeError("t"); t.name = "X"; console.log(t.stack.split("\\n").slice(0, 2).join("|"))',
  'class V extends Error {}; const v = new V("v"); console.log(v instanceof Error, v.stack.split("\\n")[0], String(Error("noNew").stack).split("\\n")[0])',
  'console.log(new Error("inside"))',
  'console.log({a:1,b:"s",c:[1,2,{d:3}],e:null,f:undefined,g:()=>1,h:new Map([["k",1]]),i:new Set([1]),j:new Date(0),k:/x/g,l:Symbol("s")})',
  'console.log([1,"a",[2,[3,[4,[5]]]]], {x:{y:{z:{w:1}}}}, [undefined, null, NaN, -0, 1e21, 10n])',
  'console.log(Array.from({length:100},(_, i)=>i)); console.log(Array.from({length:120},(_, i)=>i * 3))',
  'console.log(new Map([[{a:1},[1,2]]]), new Set(["a","b"]), [ , 1], {"a-b":1, 2:3}, ["it\'s", "a\\"b"])',
  'const o = {}; o.self = o; console.log(o); class Foo { constructor(){ this.x = 1 } }; console.log(new Foo(), [new Foo()])',
  'const b = Buffer.from("hi"); console.log(b, b.toString("base64"), b.toString("hex"), new Uint8Array([1, 2]))',
  'setTimeout(()=>console.log("t"),0); Promise.resolve().then(()=>console.log("p")); process.nextTick(()=>console.log("n")); console.log("s")',
  'const c = require("http").STATUS_CODES; console.log(Object.keys(c).length, c[418], c[422], c[511])',
  'console.log("%s is %d years", "Bob", 42, "extra"); console.log(require("util").inspect({a:{b:{c:{d:{}}}}}, {depth: null}))',
  'require("fs").readFileSync("/nope/file")',
];

describe('node against /usr/bin/node', () => {
  for (const code of CASES) {
    it(code.split('\n')[0].slice(0, 70), async () => {
      const want = real(code);
      const got = await sim(code);
      // Node prints fs errors from its own source (node:fs:…, whose last frame carries the ` {` of the
      // properties); the workbook shows the program's line.
      if (code.includes('readFileSync')) {
        const body = (t: string) => t.replace(/ \{$/gm, '').split('\n').slice(3);
        expect(body(got.err)).toEqual(body(want.err));
        return;
      }
      expect(got).toEqual(want);
    });
  }
});
