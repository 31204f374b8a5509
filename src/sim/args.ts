// Command-line options of `npm run sim`.

/** What `npm run sim -- --help` prints. */
export const SIM_USAGE = `Usage: npm run --silent sim -- [--workspace DIR] [--now ISO-TIME] [SCRIPT]
       npm run --silent sim -- --listen unix:///PATH.sock|tcp://127.0.0.1:PORT [--now ISO-TIME]

Runs a fresh simulated machine headlessly. Each line of SCRIPT (or of standard input) is typed at
the prompt in turn; a multi-line construct such as a heredoc spans lines as at a real terminal.
Standard output is exactly what the terminal shows, minus the prompt and the echo of typed lines.

  --workspace DIR   copy DIR (files, folders, modes) into the learner's working directory
  --now ISO-TIME    start the simulated clock here (default 2026-01-01T00:00:00Z)
  --listen ADDRESS  serve the Docker Engine API there until interrupted, for the real docker CLI
                    (DOCKER_HOST=ADDRESS docker …); on real time unless --now is given
  -h, --help        show this help
`;

/** Parsed options, or the reason they could not be parsed. */
export type SimArgs = SimOptions | { error: string };

/** The options `npm run sim` understands. */
export interface SimOptions {
  workspace?: string;
  script?: string;
  now?: number;
  help?: boolean;
  /** `--listen`: a DOCKER_HOST-style address to serve the Engine API on. */
  listen?: string;
}

/** Parses argv (without node and the script path). */
export function parseSimArgs(argv: string[]): SimArgs {
  const out: SimOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') out.help = true;
    else if (arg === '--workspace' || arg === '--now' || arg === '--listen') {
      const value = argv[++i];
      if (value === undefined) return { error: `${arg} needs a value` };
      if (arg === '--workspace') out.workspace = value;
      else if (arg === '--listen') out.listen = value;
      else {
        const ms = Date.parse(value);
        if (Number.isNaN(ms)) return { error: `--now: not a time: ${value}` };
        out.now = ms;
      }
    } else if (arg.startsWith('--workspace=')) out.workspace = arg.slice('--workspace='.length);
    else if (arg.startsWith('--listen=')) out.listen = arg.slice('--listen='.length);
    else if (arg.startsWith('-') && arg !== '-') return { error: `unknown option ${arg}` };
    else if (out.script === undefined) out.script = arg === '-' ? undefined : arg;
    else return { error: 'only one SCRIPT may be given' };
  }
  if (out.listen !== undefined && (out.script !== undefined || out.workspace !== undefined)) {
    return { error: '--listen serves a fresh daemon and takes no SCRIPT or --workspace' };
  }
  return out;
}
