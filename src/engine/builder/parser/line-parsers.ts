// Per-instruction argument parsers: how each keyword's rest-of-line becomes the AST `next` chain.
import { goQuote } from '../../model/go-quote.ts';
import { isGoSpace } from '../go/unicode.ts';
import { LineParseError } from './errors.ts';
import { parseJSONArray } from './json-args.ts';
import { newNode, type Node } from './node.ts';
import { RE_WHITESPACE } from './split-command.ts';
import { parseWords } from './words.ts';

/** What a line parser returns: the first argument node and attributes (`json`). */
export interface ParsedArgs {
  next: Node | null;
  attributes: Record<string, boolean>;
}

/** Context a line parser may need: the escape token and a way to parse a nested instruction (ONBUILD). */
export interface LineParserContext {
  escapeToken: string;
  parseSubLine(line: string): Node;
}

type LineParser = (rest: string, ctx: LineParserContext) => ParsedArgs;

const none = (next: Node | null = null, json = false): ParsedArgs => ({ next, attributes: json ? { json: true } : {} });

function chain(values: readonly string[]): Node | null {
  let head: Node | null = null;
  for (let i = values.length - 1; i >= 0; i--) head = newNode(values[i], head);
  return head;
}

/** FROM, EXPOSE: whitespace-separated words. */
export function parseStringsWhitespaceDelimited(rest: string): ParsedArgs {
  if (rest === '') return none();
  return none(chain(rest.split(new RegExp(RE_WHITESPACE, 'g'))));
}

/** USER, WORKDIR, STOPSIGNAL, MAINTAINER: the whole rest as one argument. */
export function parseString(rest: string): ParsedArgs {
  return rest === '' ? none() : none(newNode(rest));
}

/** RUN, CMD, ENTRYPOINT, SHELL: a JSON array of strings, else the whole rest as one shell-form string. */
export function parseMaybeJSON(rest: string): ParsedArgs {
  if (rest === '') return none();
  const json = parseJSONArray(rest);
  if (json) return none(chain(json), true);
  return none(newNode(rest));
}

/** COPY, ADD, VOLUME: a JSON array of strings, else whitespace-separated words. */
export function parseMaybeJSONToList(rest: string): ParsedArgs {
  const json = parseJSONArray(rest);
  if (json) return none(chain(json), true);
  return parseStringsWhitespaceDelimited(rest);
}

function keyValue(key: string, value: string, sep: string): Node[] {
  return [newNode(key), newNode(value), newNode(sep)];
}

/** ENV, LABEL: `k=v k2="v 2"` as triples (key, value, "="); the legacy `k v` form uses "" as separator. */
export function parseNameVal(rest: string, key: string, escapeToken: string): ParsedArgs {
  const words = parseWords(rest, escapeToken);
  if (words.length === 0) return none();
  if (!words[0].includes('=')) {
    const m = RE_WHITESPACE.exec(rest);
    if (!m) throw new LineParseError(`${key} must have two arguments`);
    return none(linkNodes(keyValue(rest.slice(0, m.index), rest.slice(m.index + m[0].length), '')));
  }
  const nodes: Node[] = [];
  for (const word of words) {
    const eq = word.indexOf('=');
    if (eq < 0) throw new LineParseError(`Syntax error - can't find = in ${goQuote(word)}. Must be of the form: name=value`);
    nodes.push(...keyValue(word.slice(0, eq), word.slice(eq + 1), '='));
  }
  return none(linkNodes(nodes));
}

function linkNodes(nodes: Node[]): Node | null {
  for (let i = 0; i < nodes.length - 1; i++) nodes[i].next = nodes[i + 1];
  return nodes[0] ?? null;
}

/** ARG: words, each `name` or `name=value`. */
export function parseNameOrNameVal(rest: string, escapeToken: string): ParsedArgs {
  const words = parseWords(rest, escapeToken);
  return words.length === 0 ? none() : none(chain(words));
}

/** HEALTHCHECK: a type word (`CMD`, `NONE`) then the command like parseMaybeJSON. */
export function parseHealthConfig(rest: string): ParsedArgs {
  let sep = 0;
  while (sep < rest.length && !isGoSpace(rest[sep])) sep++;
  let next = sep;
  while (next < rest.length && isGoSpace(rest[next])) next++;
  if (sep === 0) return none();
  const cmd = parseMaybeJSON(rest.slice(next));
  return { next: newNode(rest.slice(0, sep), cmd.next), attributes: cmd.attributes };
}

/** ONBUILD: the rest is a whole instruction, kept as a child node. */
export function parseSubCommand(rest: string, ctx: LineParserContext): ParsedArgs {
  if (rest === '') return none();
  const holder = newNode();
  holder.children = [ctx.parseSubLine(rest)];
  return none(holder);
}

// Unknown keywords parse with an empty argument (they fail later, in the instruction pass).
const parseIgnore: LineParser = () => none(newNode());

const DISPATCH: Record<string, LineParser> = {
  add: parseMaybeJSONToList,
  arg: (rest, ctx) => parseNameOrNameVal(rest, ctx.escapeToken),
  cmd: parseMaybeJSON,
  copy: parseMaybeJSONToList,
  entrypoint: parseMaybeJSON,
  env: (rest, ctx) => parseNameVal(rest, 'ENV', ctx.escapeToken),
  expose: parseStringsWhitespaceDelimited,
  from: parseStringsWhitespaceDelimited,
  healthcheck: parseHealthConfig,
  label: (rest, ctx) => parseNameVal(rest, 'LABEL', ctx.escapeToken),
  maintainer: parseString,
  onbuild: parseSubCommand,
  run: parseMaybeJSON,
  shell: parseMaybeJSON,
  stopsignal: parseString,
  user: parseString,
  volume: parseMaybeJSONToList,
  workdir: parseString,
};

/** The keywords the parser knows (lower case). */
export const KNOWN_INSTRUCTIONS: readonly string[] = Object.keys(DISPATCH);

/** Parses the arguments of `command` (any case). */
export function parseArguments(command: string, rest: string, ctx: LineParserContext): ParsedArgs {
  return (DISPATCH[command.toLowerCase()] ?? parseIgnore)(rest, ctx);
}
