// The learner's session in a module Web Worker: the page drives it through comlink (src/protocol/session.ts).
import { expose } from 'comlink';
import { createSession } from '../session/session.ts';
import { idbStorage } from './idb-storage.ts';
import { browserTabLock } from './tab-lock.ts';

expose(createSession({ storage: idbStorage(), realTime: true, tabs: browserTabLock() }));
