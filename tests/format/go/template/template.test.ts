import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GoStruct, Template, TemplateError } from '../../../../src/format/go/template/index.ts';

const run = (text: string, data: unknown = {}) => Template.parse(text).execute(data);
const fails = (text: string, data: unknown = {}) => {
  try {
    run(text, data);
  } catch (e) {
    expect(e).toBeInstanceOf(TemplateError);
    return (e as Error).message;
  }
  throw new Error(`expected ${text} to fail`);
};

describe('Go text/template: output', () => {
  it.each<[string, unknown, string]>([
    ['plain text', {}, 'plain text'],
    ['{{.A}}', { A: 'x' }, 'x'],
    ['{{.A.B}}', { A: { B: 2 } }, '2'],
    ['{{.Missing}}', {}, '<no value>'],
    ['{{.N}}', { N: null }, '<no value>'],
    ['{{print .N}}', { N: null }, '<nil>'],
    ['{{.L}}', { L: ['a', 'b'] }, '[a b]'],
    ['{{.M}}', { M: { b: 1, a: [true, false] } }, 'map[a:[true false] b:1]'],
    ['{{1}} {{1.5}} {{1.0}} {{1e6}} {{0x10}} {{-3}} {{\'a\'}}', {}, '1 1.5 1 1e+06 16 -3 97'],
    ['{{true}} {{"s"}} {{`raw\\n`}}', {}, 'true s raw\\n'],
    ['a  {{- "b" -}}  c', {}, 'abc'],
    ['a {{- /* comment */ -}} b', {}, 'ab'],
    ['{{/* comment */}}x', {}, 'x'],
    ['{{$x := "v"}}{{$x}}{{$x = "w"}}{{$x}}', {}, 'vw'],
    ['{{$}}', 'root', 'root'],
    ['{{.A | printf "%s!"}}', { A: 'hi' }, 'hi!'],
    ['{{(index .L 1)}} {{(index .L 0) | len}}', { L: ['ab', 'cde'] }, 'cde 2'],
    ['{{if .A}}yes{{else}}no{{end}}', { A: '' }, 'no'],
    ['{{if eq .A 1}}one{{else if eq .A 2}}two{{else}}other{{end}}', { A: 2 }, 'two'],
    ['{{with .A}}{{.}}{{else}}none{{end}}', { A: 'x' }, 'x'],
    ['{{with .A}}{{.}}{{else with .B}}b={{.}}{{end}}', { B: 3 }, 'b=3'],
    ['{{range .}}{{.}},{{end}}', [1, 2, 3], '1,2,3,'],
    ['{{range $i, $v := .}}{{$i}}={{$v}} {{end}}', ['a', 'b'], '0=a 1=b '],
    ['{{range $k, $v := .}}{{$k}}:{{$v}} {{end}}', { zeta: 1, alpha: 2, mid: 3 }, 'alpha:2 mid:3 zeta:1 '],
    ['{{range .}}x{{else}}empty{{end}}', [], 'empty'],
    ['{{range .}}{{if eq . 3}}{{break}}{{end}}{{if eq . 1}}{{continue}}{{end}}{{.}}{{end}}', [0, 1, 2, 3, 4], '02'],
    ['{{range 3}}{{.}}{{end}}', {}, '012'],
    ['{{and 1 0 2}} {{or 0 "" "x"}} {{not 0}} {{and .Missing.X 1}}', {}, '0 x true <no value>'],
    ['{{len "héllo"}} {{len .L}} {{len .M}}', { L: [1, 2], M: { a: 1 } }, '6 2 1'],
    ['{{index .M "a"}} {{index .L 1}} {{index .S "nope"}}', { M: { a: 'x' }, L: [1, 2], S: { k: 'v' } }, 'x 2 '],
    ['{{slice "abcdef" 1 3}} {{slice .L 1}}', { L: [1, 2, 3] }, 'bc [2 3]'],
    ['{{eq 1 1}} {{eq "a" "b" "a"}} {{ne 1 2}} {{lt 1 2}} {{le 2 2}} {{gt "b" "a"}} {{ge 1.5 2.5}}', {}, 'true true true true true true false'],
    ['{{print 1 2 "a" 3}}|{{println 1 "a"}}', {}, '1 2a3|1 a\n'],
    ['{{html "<a&b>"}} {{urlquery "a b&c"}}', {}, '&lt;a&amp;b&gt; a+b%26c'],
  ])('%s', (text, data, expected) => {
    expect(run(text, data)).toBe(expected);
  });
});

describe('Go fmt verbs through printf', () => {
  it.each<[string, string]>([
    ['{{printf "%s|%d|%v" "a" 42 true}}', 'a|42|true'],
    ['{{printf "%-10s|" "ab"}}', 'ab        |'],
    ['{{printf "%10s|" "ab"}}', '        ab|'],
    ['{{printf "%q" "a\\"b\\n"}}', '"a\\"b\\n"'],
    ['{{printf "%5d|%-5d|%05d|%+d" 42 42 42 42}}', '   42|42   |00042|+42'],
    ['{{printf "%x %X %o %b %c" 255 255 8 5 65}}', 'ff FF 10 101 A'],
    ['{{printf "%.2f %e %g %.3g" 3.14159 1234.5678 0.00001234 999.5}}', '3.14 1.234568e+03 1.234e-05 1e+03'],
    ['{{printf "%.3s" "abcdef"}}', 'abc'],
    ['{{printf "%v %v" .L .M}}', '[1 2] map[a:b]'],
    ['{{printf "%T %T %T" 1 "s" .L}}', 'int string []interface {}'],
    ['{{printf "%d" "s"}}', '%!d(string=s)'],
    ['{{printf "%s %s" "a"}}', 'a %!s(MISSING)'],
    ['{{printf "%s" "a" 1}}', 'a%!(EXTRA int=1)'],
    ['{{printf "100%%"}}', '100%'],
  ])('%s', (text, expected) => {
    expect(run(text, { L: [1, 2], M: { a: 'b' } })).toBe(expected);
  });
});

describe("docker's template functions", () => {
  it.each<[string, unknown, string]>([
    ['{{json .}}', { b: [1, 'x<y>'], a: { n: null, t: true } }, '{"a":{"n":null,"t":true},"b":[1,"x<y>"]}'],
    ['{{json .S}}', { S: 'tab\there "q"' }, '"tab\\there \\"q\\""'],
    ['{{join .L ", "}}', { L: ['a', 'b'] }, 'a, b'],
    ['{{split "a:b:c" ":"}}', {}, '[a b c]'],
    ['{{join (split "a:b" ":") "-"}}', {}, 'a-b'],
    ['{{upper "abc"}} {{lower "ABC"}} {{title "hello big world"}}', {}, 'ABC abc Hello Big World'],
    ['[{{pad "x" 2 3}}]', {}, '[  x   ]'],
    ['{{truncate "abcdef" 3}} {{truncate "ab" 5}}', {}, 'abc ab'],
  ])('%s', (text, data, expected) => {
    expect(run(text, data)).toBe(expected);
  });

  it('marshals a docker context through its methods, HTML-escaped as json.Marshal does', () => {
    const ctx = new GoStruct('*formatter.imageContext', { Tag: () => '<none>', ID: () => 'abc' });
    expect(run('{{json .}}', ctx)).toBe('{"ID":"abc","Tag":"\\u003cnone\\u003e"}');
  });
});

describe('errors in Go words', () => {
  it.each<[string, string]>([
    ['{{InvalidFunction}}', 'template: :1: function "InvalidFunction" not defined'],
    ['{{nil}}', 'template: :1:2: executing "" at <nil>: nil is not a command'],
    ['{{.Foo', 'template: :1: unclosed action'],
    ['{{"a"}}}', ''],
    ['{{ "a"} }}', 'template: :1: unexpected "}" in operand'],
    ['{{}}', 'template: :1: missing value for command'],
    ['{{end}}', 'template: :1: unexpected {{end}}'],
    ['{{else}}', 'template: :1: unexpected {{else}}'],
    ['{{if .A}}x', 'template: :1: unexpected EOF'],
    ['{{$x}}', 'template: :1: undefined variable "$x"'],
    ['{{range .}}{{end}}{{break}}', 'template: :1: {{break}} outside {{range}}'],
    ['{{ "unterminated }}', 'template: :1: unterminated quoted string'],
    ['{{ "a\\\nb" }}', 'template: :1: unterminated quoted string'],
    ["{{ 'a }}", 'template: :1: unterminated character constant'],
    ["{{ '\\\n' }}", 'template: :1: unterminated character constant'],
    ['{{/* x }}', 'template: :1: unclosed comment'],
    ['{{ ) }}', 'template: :1: unexpected right paren'],
    ['{{ ( 1 }}', 'template: :1: unclosed left paren'],
    ['{{ 1 | 2 }}', 'template: :1: non executable command in pipeline stage 2'],
    ['{{ 3x }}', 'template: :1: bad number syntax: "3x"'],
    ['{{ "\\q" }}', 'template: :1: invalid syntax'],
    ['line1\n{{.A.B}}', 'template: :2:4: executing "" at <.A.B>: can\'t evaluate field B in type string'],
    ['{{.A 1}}', 'template: :1:2: executing "" at <.A>: A is not a method but has arguments'],
    ['{{index .L 5}}', 'template: :1:2: executing "" at <index .L 5>: error calling index: index out of range: 5'],
    ['{{upper 3}}', 'template: :1:8: executing "" at <3>: expected string; found 3'],
    ['{{upper .N}}', 'template: :1:8: executing "" at <.N>: wrong type for value; expected string; got int'],
    ['{{upper "a" "b"}}', 'template: :1:2: executing "" at <upper>: wrong number of args for upper: want 1 got 2'],
    ['{{lt 1 "a"}}', 'template: :1:2: executing "" at <lt 1 "a">: error calling lt: incompatible types for comparison'],
    ['{{range .A}}{{end}}', 'template: :1:8: executing "" at <.A>: range can\'t iterate over x'],
    ['{{pad "x" -1 0}}', 'template: :1:2: executing "" at <pad "x" -1 0>: error calling pad: strings: negative Repeat count'],
  ])('%s', (text, message) => {
    if (message === '') {
      expect(run(text, {})).toBe('a}');
      return;
    }
    expect(fails(text, { A: 'x', L: [1], N: 3 })).toBe(message);
  });

  it('names the docker context type in field errors', () => {
    const ctx = new GoStruct('*formatter.imageContext', { ID: () => 'x' });
    expect(fails('{{.Foo}}', ctx)).toBe('template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type *formatter.imageContext');
    expect(fails('{{.ID 1}}', ctx)).toBe('template: :1:2: executing "" at <.ID>: wrong number of args for ID: want 0 got 1');
  });
});

describe('robustness', () => {
  const alphabet = ['{{', '}}', '{{-', '-}}', ' ', '.', 'A', '$x', ':=', '=', '|', '(', ')', '"s"', '`r`', '1', '-', '2.5', 'if', 'else', 'end', 'range', 'with', 'break', 'continue', 'printf', 'index', 'json', 'len', 'eq', 'nil', 'true', '/*', '*/', ',', '$', "'c'", 'x', '\n', '\\', '}', '{'];
  const tokens = fc.array(fc.constantFrom(...alphabet), { maxLength: 25 }).map((a) => a.join(''));
  const data = { A: [1, 'two', { k: 'v' }], B: null, C: { d: 'e' } };

  it('never throws anything but a TemplateError (token soup)', () => {
    fc.assert(
      fc.property(tokens, (text) => {
        try {
          run(text, data);
        } catch (e) {
          if (!(e instanceof TemplateError)) throw e;
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws anything but a TemplateError (arbitrary strings)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        try {
          run('{{' + s + '}}', data);
          run(s, data);
        } catch (e) {
          if (!(e instanceof TemplateError)) throw e;
        }
      }),
      { numRuns: 2000 },
    );
  });
});
