// Packages whose real code the npm registry of the workbook ships (the rest install as sized files
// whose entry point says in one line that its code is not supported).
import { EXPRESS_FILES } from './express.ts';
import { LODASH_JS } from './lodash.ts';
import { BODY_PARSER_JS, QS_JS } from './qs-body-parser.ts';

const SOURCES: Record<string, Record<string, string>> = {
  'express@4.21.2': EXPRESS_FILES,
  'body-parser@1.20.3': { 'index.js': BODY_PARSER_JS },
  'qs@6.13.0': { 'lib/index.js': QS_JS },
  'lodash@4.17.21': { 'lodash.js': LODASH_JS, 'core.js': "module.exports = require('./lodash');\n" },
};

/** The files (path inside the package → text) of a package version with working code, or undefined. */
export function npmPackageFiles(name: string, version: string): Record<string, string> | undefined {
  return SOURCES[`${name}@${version}`];
}
