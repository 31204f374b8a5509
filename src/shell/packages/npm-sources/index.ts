// Packages whose real code the npm registry of the workbook ships (the rest install as sized files
// whose entry point says in one line that its code is not supported).
import { EXPRESS_FILES } from './express.ts';

const SOURCES: Record<string, Record<string, string>> = { 'express@4.21.2': EXPRESS_FILES };

/** The files (path inside the package → text) of a package version with working code, or undefined. */
export function npmPackageFiles(name: string, version: string): Record<string, string> | undefined {
  return SOURCES[`${name}@${version}`];
}
