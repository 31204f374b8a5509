// Engine figure for `npm run bench`: what saving the learner's machine after a command costs, in time
// and in bytes written to storage, on a machine that already holds 50 images and 20 containers.
import { serialize } from 'node:v8';
import { Machine } from '../../src/session/machine.ts';
import { feedLine } from '../../src/session/feed.ts';
import { memoryStorage, type SessionStorage } from '../../src/session/persistence/storage.ts';
import { LessonJournal } from '../../src/session/persistence/journal.ts';
import { medianTiming, timed, type Timing } from './figures.mjs';

/** A storage that counts the bytes of what is written (as IndexedDB would clone them). */
export function countingStorage(inner: SessionStorage = memoryStorage()): SessionStorage & { written: number } {
  const counter = {
    written: 0,
    load: (key: string) => inner.load(key),
    remove: (key: string) => inner.remove(key),
    keys: () => inner.keys(),
    lock: inner.lock,
    async save(key: string, value: unknown) {
      counter.written += serialize(value).length;
      await inner.save(key, value);
    },
  };
  return counter;
}

const options = { lessonId: 'bench', workspace: [], checkpoints: [], tty: false, columns: 80, rows: 24 };

async function type(machine: Machine, line: string): Promise<void> {
  let out = '';
  const result = await feedLine(machine, line, (chunk) => (out += chunk.text));
  if (result.kind !== 'ran' || result.exitCode !== 0) throw new Error(`bench: \`${line}\` failed: ${out}`);
}

/** A machine with `images` images (alpine, nginx and builds on alpine) and `containers` running containers. */
export async function busyMachine(images: number, containers: number): Promise<Machine> {
  const machine = new Machine(options, undefined, false);
  await type(machine, 'docker pull -q alpine && docker pull -q nginx');
  for (let i = 2; i < images; i++) {
    await type(machine, `mkdir -p b${i} && printf 'FROM alpine\\nRUN echo ${i} > /n\\n' > b${i}/Dockerfile && docker build -q -t img${i} b${i}`);
  }
  for (let i = 0; i < containers; i++) await type(machine, `docker run -d --name c${i} ${i % 2 ? 'nginx' : 'alpine sleep 100000'}`);
  return machine;
}

/** The time to save after `pwd` on a busy machine (median of 9), and bytes written after `pwd` with alpine and nginx. */
export async function benchPersist(): Promise<{ persist: Timing; pwdBytes: number }> {
  const small = await busyMachine(2, 0);
  const storage = countingStorage();
  const journal = new LessonJournal(storage, 'bench');
  await journal.save(small);
  await feedLine(small, 'pwd', () => {});
  storage.written = 0;
  await journal.save(small);
  const pwdBytes = storage.written;

  const busy = await busyMachine(50, 20);
  const busyJournal = new LessonJournal(countingStorage(), 'bench');
  await busyJournal.save(busy);
  const samples: Timing[] = [];
  for (let i = 0; i < 9; i++) {
    await feedLine(busy, 'pwd', () => {});
    samples.push(await timed(() => busyJournal.save(busy)));
  }
  return { persist: medianTiming(samples), pwdBytes };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchPersist());
