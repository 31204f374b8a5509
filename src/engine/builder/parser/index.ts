// Public surface of the Dockerfile parser.
export { parseDockerfile, type ParseResult, type ParseWarning } from './parse.ts';
export { dump, nodeArgs, newNode, type Node, type Heredoc } from './node.ts';
export { DockerfileParseError } from './errors.ts';
export { parseHeredoc, heredocsFromLine, chompHeredocContent, canContainHeredoc } from './heredoc.ts';
export { parseJSONArray, NOT_STRING_ARRAY } from './json-args.ts';
export { parseWords } from './words.ts';
export { splitCommand, extractBuilderFlags } from './split-command.ts';
export { DirectiveParser, parseDirective, detectSyntax, type Directive } from './directives.ts';
export { KNOWN_INSTRUCTIONS, parseNameVal } from './line-parsers.ts';
