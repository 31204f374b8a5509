// BuildKit's plain progress (`--progress=plain`, progressui printer): `#N name`, sub-statuses with
// `done`, log lines stamped with seconds since the vertex started, and `#N DONE 0.3s` / `CACHED` / `ERROR`.
import type { BuildEvent } from '../../engine/index.ts';
import type { Writer } from '../../kernel/process.ts';

/** Prints build events as they arrive. */
export class PlainProgress {
  private started = new Map<number, number>();
  private statusShown = new Set<string>();
  private first = true;
  private last = -1;

  /** `desc` is the `#0` line buildx prints first for a build; `history logs` replays without one. */
  constructor(
    private readonly out: Writer,
    private readonly desc: string | null = 'building with "default" instance using docker driver',
  ) {
    if (desc !== null) out.write(`#0 ${desc}\n`);
  }

  show(e: BuildEvent): void {
    if (e.type === 'start') {
      this.started.set(e.vertex, e.at);
      // A blank line before each vertex but the first of a replay without the `#0` line.
      this.out.write(`${this.first && this.desc === null ? '' : '\n'}#${e.vertex} ${e.name}\n`);
      this.first = false;
      this.last = e.vertex;
      return;
    }
    const p = `#${e.vertex}`;
    switch (e.type) {
      case 'status': {
        const key = `${e.vertex} ${e.status.name}`;
        if (e.status.completed === undefined) {
          this.statusShown.add(key);
          this.out.write(`${p} ${e.status.name}\n`);
        } else {
          const dt = (e.status.completed - e.status.started) / 1000;
          this.out.write(`${p} ${e.status.name}${dt >= 0.05 || this.statusShown.has(key) ? ` ${dt.toFixed(1)}s` : ''} done\n`);
        }
        break;
      }
      case 'log':
        this.out.write(`${p} ${((e.at - (this.started.get(e.vertex) ?? e.at)) / 1000).toFixed(3)} ${e.text}\n`);
        break;
      case 'warning':
        this.out.write(`${p} WARN: ${e.text}\n`);
        break;
      case 'cached':
        this.out.write(`${p} CACHED\n`);
        break;
      case 'done':
        this.out.write(`${p} DONE ${((e.at - (this.started.get(e.vertex) ?? e.at)) / 1000).toFixed(1)}s\n`);
        break;
      case 'error':
        this.out.write(`${p} ERROR: ${e.message}\n`);
        break;
    }
  }

  /** Ends the display (a blank line closes the last vertex block). */
  finish(): void {
    if (!this.first) this.out.write('\n');
  }
}
