// A stand-in session for page tests while the real one is not wired: it knows `docker pull alpine`,
// `docker images`, `echo` and heredoc-style continuation, and saves its state through SessionStorage.
import type { CheckResult, CheckpointSpec, FeedResult, OutputChunk, SessionApi, SessionOptions } from '../../../src/protocol/session.ts';
import type { SessionStorage } from '../../../src/session/storage.ts';

/** Builds the fake; `createSession` has the real factory's signature so the worker can import either. */
export function createSession({ storage }: { storage: SessionStorage; realTime: boolean }): SessionApi {
  let options: SessionOptions | undefined;
  let images: string[] = [];
  let pending: string[] = [];
  let interrupted = false;
  const key = () => `fake/${options?.lessonId}`;
  const save = () => storage.save(key(), { images });
  return {
    async start(opts) {
      options = opts;
      const saved = (await storage.load(key())) as { images: string[] } | undefined;
      images = saved?.images ?? [];
      return { prompt: '$ ', restored: saved !== undefined };
    },
    async feed(line, onOutput: (chunk: OutputChunk) => void): Promise<FeedResult> {
      if (line.endsWith('\\')) {
        pending.push(line.slice(0, -1));
        return { kind: 'incomplete', prompt: '> ' };
      }
      const full = [...pending, line].join('').trim();
      pending = [];
      interrupted = false;
      const out = (text: string) => onOutput({ stream: 'stdout', text });
      if (full === '') return { kind: 'ran', exitCode: 0, prompt: '$ ' };
      if (full === 'sleep 5') {
        for (let i = 0; i < 50 && !interrupted; i++) await new Promise((r) => setTimeout(r, 100));
        return { kind: 'ran', exitCode: interrupted ? 130 : 0, prompt: '$ ' };
      }
      if (full === 'docker pull alpine') {
        out('Using default tag: latest\nlatest: Pulling from library/alpine\n');
        await new Promise((r) => setTimeout(r, 50));
        out('Status: Downloaded newer image for alpine:latest\ndocker.io/library/alpine:latest\n');
        if (!images.includes('alpine')) images.push('alpine');
        await save();
        return { kind: 'ran', exitCode: 0, prompt: '$ ' };
      }
      if (full === 'docker images') {
        out('REPOSITORY   TAG       IMAGE ID       CREATED       SIZE\n');
        for (const name of images) out(`${name.padEnd(13)}latest    aded1e1a5b37   2 weeks ago   7.83MB\n`);
        return { kind: 'ran', exitCode: 0, prompt: '$ ' };
      }
      if (full.startsWith('echo ')) {
        out(full.slice(5) + '\n');
        return { kind: 'ran', exitCode: 0, prompt: '$ ' };
      }
      onOutput({ stream: 'stderr', text: `sh: ${full.split(' ')[0]}: not found\n` });
      return { kind: 'ran', exitCode: 127, prompt: '$ ' };
    },
    interrupt() {
      interrupted = true;
      pending = [];
    },
    resize() {},
    async complete(line, cursor) {
      const start = line.lastIndexOf(' ', cursor - 1) + 1;
      const word = line.slice(start, cursor);
      const words = start === 0 ? ['docker', 'echo'] : ['images', 'image', 'pull', 'push'];
      return { start, candidates: words.filter((w) => w.startsWith(word)) };
    },
    async checkpoints(): Promise<CheckResult[]> {
      return (options?.checkpoints ?? []).map((cp: CheckpointSpec) => {
        const wanted = String(cp.checks[0]?.params.reference ?? 'alpine').split(':')[0];
        const passed = images.includes(wanted);
        return passed ? { id: cp.id, title: cp.title, passed } : { id: cp.id, title: cp.title, passed, why: `No image ${wanted} yet.` };
      });
    },
    async reset() {
      images = [];
      await storage.remove(key());
      return { prompt: '$ ' };
    },
  };
}
