// What dockerd keeps between calls of one `docker run`: the client attaches (a hijacked connection)
// and asks to wait for the next exit before it starts the container, so the server holds the
// attachment and the waiters until the start arrives. Also the exec instances `docker exec` creates.
import type { Duplex } from 'node:stream';

/** An attach connection waiting for its container to start. */
export interface PendingAttach {
  socket: Duplex;
  tty: boolean;
  /** Whether the client attached stdin (`-i`). */
  withStdin: boolean;
  /** What the client sends on stdin until it closes its side ('' when stdin is not attached). */
  stdin(): Promise<string>;
  /** Bytes of stdin that arrived with the request (after its body). */
  early: Buffer;
}

/** An exec instance (POST /containers/{id}/exec), run by POST /exec/{id}/start. */
export interface ExecInstance {
  id: string;
  containerId: string;
  argv: string[];
  tty: boolean;
  attachStdin: boolean;
  attachStdout: boolean;
  attachStderr: boolean;
  env: string[];
  workingDir: string;
  user: string;
  running: boolean;
  exitCode: number | null;
}

/** The server's per-daemon stream state. */
export class ContainerStreams {
  private readonly attaches = new Map<string, PendingAttach>();
  private readonly nextStart = new Map<string, (() => void)[]>();
  readonly execs = new Map<string, ExecInstance>();

  /** Holds an attach until the container starts. */
  holdAttach(containerId: string, attach: PendingAttach): void {
    this.attaches.get(containerId)?.socket.end();
    this.attaches.set(containerId, attach);
    attach.socket.on('close', () => {
      if (this.attaches.get(containerId) === attach) this.attaches.delete(containerId);
    });
  }

  /** The attach waiting for this container's start, if any (taken: a start uses it once). */
  takeAttach(containerId: string): PendingAttach | undefined {
    const attach = this.attaches.get(containerId);
    this.attaches.delete(containerId);
    return attach;
  }

  /** Resolves when the container next starts (`wait?condition=next-exit` then waits for that run's exit). */
  afterNextStart(containerId: string): Promise<void> {
    return new Promise<void>((resolve) => {
      const list = this.nextStart.get(containerId) ?? [];
      list.push(resolve);
      this.nextStart.set(containerId, list);
    });
  }

  /** Tells the waiters of `afterNextStart` that the container is running (they then wait for its exit). */
  started(containerId: string): void {
    const list = this.nextStart.get(containerId) ?? [];
    this.nextStart.delete(containerId);
    for (const resolve of list) resolve();
  }
}
