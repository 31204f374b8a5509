// `npm run sim -- --listen ADDRESS`: serve a fresh daemon until SIGINT or SIGTERM, then close the
// server and remove its socket.
import { createServedDaemon } from './daemon.ts';
import { dockerHostOf, parseListenAddress } from './listen-address.ts';
import { startApiServer } from './server.ts';

/** Serves until interrupted; resolves with the exit status. `log` gets the address and each request. */
export async function serveUntilSignal(listen: string, now: number | undefined, log: (line: string) => void): Promise<number> {
  const address = parseListenAddress(listen);
  if ('error' in address) {
    log(`sim: ${address.error}`);
    return 2;
  }
  const { engine } = createServedDaemon(now);
  const server = await startApiServer(engine, address, { log: process.env.SIM_API_LOG ? log : undefined });
  log(`Serving the Docker Engine API at ${dockerHostOf(server.address)}\nTry: DOCKER_HOST=${dockerHostOf(server.address)} docker images\nStop with Ctrl-C.`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  return 0;
}
