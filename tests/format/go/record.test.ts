// encoding/json as the daemon writes inspect documents, and json.Indent as docker/cli prints them.
import { describe, expect, it } from 'vitest';
import { encodeGoJson, goIndent } from '../../../src/format/go/record.ts';

describe('Go JSON', () => {
  it('encodes maps sorted, no HTML escaping; json.Indent keeps {} and [] short', () => {
    expect(encodeGoJson({ b: '<&>', a: [] })).toBe('{"a":[],"b":"<&>"}');
    expect(goIndent('[{"a":{},"b":[1,2],"c":"x,:{"}]', '    ')).toBe('[\n    {\n        "a": {},\n        "b": [\n            1,\n            2\n        ],\n        "c": "x,:{"\n    }\n]');
  });
});
