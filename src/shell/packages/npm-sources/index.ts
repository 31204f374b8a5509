// Packages whose real code the npm index ships (the rest install as sized stand-ins), and which
// packages declare `funding` in their package.json (npm install counts them in its summary).
import { EXPRESS_FILES } from './express.ts';

const SOURCES: Record<string, Record<string, string>> = { express: EXPRESS_FILES };

/** The files (path inside the package → text) of a package with working code, or undefined. */
export function npmPackageFiles(name: string): Record<string, string> | undefined {
  return SOURCES[name];
}

// From the packages' own package.json files at the indexed versions.
const FUNDED = new Set(['express', 'qs', 'side-channel']);

/** Whether the package's package.json has a `funding` field. */
export const declaresFunding = (name: string): boolean => FUNDED.has(name);
