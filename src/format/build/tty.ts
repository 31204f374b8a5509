// BuildKit's tty progress (`--progress=tty`): a frame redrawn in place with ANSI cursor moves —
// `[+] Building 1.2s (8/8) FINISHED`, ` => [2/4] RUN …  0.3s`, sub-steps ` => => …`, `CACHED `/`ERROR `
// prefixes, and the running step's last log lines under it.
import type { BuildEvent } from '../../engine/index.ts';
import type { Writer } from '../../kernel/process.ts';

interface Row {
  id: number;
  name: string;
  started: number;
  completed?: number;
  cached: boolean;
  error: boolean;
  statuses: { name: string; started: number; completed?: number }[];
  logs: string[];
}

/** Draws the build as a frame and redraws it as events arrive. */
export class TtyProgress {
  private rows: Row[] = [];
  private drawn = 0;
  private lastDraw = -Infinity;
  private readonly begin: number;

  constructor(
    private readonly out: Writer,
    private readonly columns: number,
    private readonly now: () => number,
  ) {
    this.begin = now();
  }

  show(e: BuildEvent): void {
    if (e.type === 'start') {
      this.rows.push({ id: e.vertex, name: e.name, started: e.at, cached: false, error: false, statuses: [], logs: [] });
    } else {
      const row = this.rows.find((r) => r.id === e.vertex);
      if (!row) return;
      if (e.type === 'status') {
        const s = row.statuses.find((x) => x.name === e.status.name);
        if (s) s.completed = e.status.completed;
        else row.statuses.push({ ...e.status });
      } else if (e.type === 'log') row.logs.push(e.text);
      else if (e.type === 'cached') Object.assign(row, { cached: true, completed: e.at });
      else if (e.type === 'done') row.completed = e.at;
      else if (e.type === 'error') Object.assign(row, { error: true, completed: e.at });
    }
    // buildx redraws on a ticker, not per event: at most one frame per 100ms of the clock.
    if (this.now() - this.lastDraw >= 100) this.draw(false);
  }

  /** Draws the last frame (`FINISHED`, or `ERROR` when a step failed). */
  finish(): void {
    this.draw(true);
  }

  private draw(final: boolean): void {
    const now = this.now();
    const total = this.rows.length;
    const done = this.rows.filter((r) => r.completed !== undefined).length;
    const failed = this.rows.some((r) => r.error);
    const elapsed = ((now - this.begin) / 1000).toFixed(1);
    const state = final ? (failed ? ' ERROR' : ' FINISHED') : '';
    const lines = [this.fit(`[+] Building ${elapsed}s (${done}/${total})${state}`, 'docker:default')];
    for (const row of this.rows) {
      const time = (((row.completed ?? now) - row.started) / 1000).toFixed(1) + 's';
      const prefix = row.cached ? 'CACHED ' : row.error ? 'ERROR ' : '';
      lines.push(this.fit(` => ${prefix}${row.name}`, time));
      for (const s of row.statuses) lines.push(this.fit(` => => ${s.name}`, `${(((s.completed ?? now) - s.started) / 1000).toFixed(1)}s`));
      if (row.completed === undefined || row.error) for (const log of row.logs.slice(-6)) lines.push(` => => # ${log}`.slice(0, this.columns));
    }
    let text = this.drawn > 0 ? `\x1b[${this.drawn}A\r` : '';
    text += lines.map((l) => `${l}\x1b[K\n`).join('');
    this.out.write(text);
    this.drawn = lines.length;
    this.lastDraw = now;
  }

  private fit(left: string, right: string): string {
    const width = Math.max(this.columns, 40);
    const room = width - right.length - 1;
    const body = left.length > room ? left.slice(0, room) : left;
    return body + ' '.repeat(Math.max(1, width - body.length - right.length)) + right;
  }
}
