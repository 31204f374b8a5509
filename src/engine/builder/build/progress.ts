// Records the build's vertices as BuildKit's solve status does: numbered in the order they start,
// each with its sub-statuses, log lines stamped with the time since it started, and how it ended.
import type { EngineHost } from '../../clock.ts';
import type { BuildEvent } from './types.ts';

/** Hands out vertex numbers and forwards every event to the stream. */
export class Progress {
  private nextId = 1;
  constructor(
    readonly host: EngineHost,
    private readonly emit: (event: BuildEvent) => void,
  ) {}

  /** Starts a vertex (`#N <name>`). */
  start(name: string): VertexRun {
    const vertex = new VertexRun(this.nextId++, this.host, this.emit);
    this.emit({ type: 'start', vertex: vertex.id, name, at: this.host.now() });
    vertex.name = name;
    return vertex;
  }
}

/** One running vertex. */
export class VertexRun {
  name = '';
  readonly started: number;
  /** Its output as BuildKit keeps it for the error block: `0.123 text`. */
  readonly logs: string[] = [];
  private partial: Record<1 | 2, string> = { 1: '', 2: '' };

  constructor(
    readonly id: number,
    private readonly host: EngineHost,
    private readonly emit: (event: BuildEvent) => void,
  ) {
    this.started = host.now();
  }

  /** Output of the step's process; emitted a line at a time. */
  write(stream: 1 | 2, text: string): void {
    const lines = (this.partial[stream] + text).split('\n');
    this.partial[stream] = lines.pop() ?? '';
    for (const line of lines) this.line(stream, line);
  }

  /** Flushes an unterminated last line. */
  flush(): void {
    for (const stream of [1, 2] as const) {
      if (this.partial[stream] !== '') this.line(stream, this.partial[stream]);
      this.partial[stream] = '';
    }
  }

  /** A sub-status that ends when `done` is called (`exporting layers`). */
  status(name: string): { done(): void } {
    const started = this.host.now();
    this.emit({ type: 'status', vertex: this.id, status: { name, started } });
    return { done: () => this.emit({ type: 'status', vertex: this.id, status: { name, started, completed: this.host.now() } }) };
  }

  /** A sub-status that is complete as soon as it is shown (`naming to … done`). */
  instant(name: string): void {
    const at = this.host.now();
    this.emit({ type: 'status', vertex: this.id, status: { name, started: at, completed: at } });
  }

  warn(text: string): void {
    this.emit({ type: 'warning', vertex: this.id, text });
  }

  /** The vertex came from the cache; a layer step names the layer it reused. */
  cached(layer?: string): void {
    this.emit({ type: 'cached', vertex: this.id, at: this.host.now(), ...(layer ? { layer } : {}) });
  }

  /** The vertex ran to its end; a layer step names the layer it wrote. */
  done(layer?: string): void {
    this.flush();
    this.emit({ type: 'done', vertex: this.id, at: this.host.now(), ...(layer ? { layer } : {}) });
  }

  fail(message: string): void {
    this.flush();
    this.emit({ type: 'error', vertex: this.id, at: this.host.now(), message });
  }

  private line(stream: 1 | 2, text: string): void {
    const at = this.host.now();
    this.logs.push(`${((at - this.started) / 1000).toFixed(3)} ${text}`);
    this.emit({ type: 'log', vertex: this.id, at, stream, text });
  }
}

/** BuildKit's transfer sizes: `612B`, `1.23kB` (go-units HumanSize with 3 significant digits). */
export function sizeText(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${unit === 0 ? value : Number(value.toPrecision(4))}${units[unit]}`;
}
