// Reads docker's global options (`docker -D -l warn --context x images`) and the errors docker raises
// for them before any command runs.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { GlobalFlags, ParsedFlags } from '../command-types.ts';

const logLevels = new Set(['panic', 'fatal', 'error', 'warn', 'warning', 'info', 'debug', 'trace']);

/** The GlobalFlags view of the root command's parsed flags. */
export function readGlobals(flags: ParsedFlags): GlobalFlags {
  return {
    config: flags.string('config'),
    context: flags.changed('context') ? flags.string('context') : undefined,
    debug: flags.bool('debug'),
    hosts: flags.list('host'),
    logLevel: flags.string('log-level'),
    tls: flags.bool('tls'),
    tlsverify: flags.bool('tlsverify'),
  };
}

/** docker's complaint about the global options, or null (`Unable to parse logging level: bogus`). */
export function logLevelProblem(globals: GlobalFlags): string | null {
  return logLevels.has(globals.logLevel.toLowerCase()) ? null : `Unable to parse logging level: ${globals.logLevel}`;
}

/** What docker says when connecting with `--context`/`--host` fails before talking to the daemon; null when fine. */
export function endpointProblem(globals: GlobalFlags): string | null {
  if (globals.context !== undefined && globals.hosts.length > 0) {
    return 'conflicting options: cannot specify both --host and --context';
  }
  if (globals.context !== undefined && globals.context !== 'default') {
    // Only the default context exists in the workbook; docker stores contexts under a hash of the name.
    const id = bytesToHex(sha256(utf8ToBytes(globals.context)));
    return (
      `Failed to initialize: unable to resolve docker endpoint: context "${globals.context}": context not found: ` +
      `open ${globals.config.replace(/\/$/, '')}/contexts/meta/${id}/meta.json: no such file or directory`
    );
  }
  return null;
}
