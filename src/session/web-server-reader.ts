// What the workbook's nginx would answer, read from a container's files without a request: the matchers
// must not send one (a probe would add lines to the learner's logs), and may not import the shell.
import type { WebServerReader } from '../checkpoints/context.ts';
import { NginxConfError, readConf, resolveRequest, servers } from '../shell/programs/nginx-conf.ts';

/** Reads /etc/nginx/nginx.conf (and its includes) as our nginx does at start, then resolves the path as its handler does. */
export const nginxReader: WebServerReader = {
  serve(fs, port, path) {
    let conf;
    try {
      conf = readConf(fs);
    } catch (e) {
      if (!(e instanceof NginxConfError)) throw e;
      return fs.exists('/etc/nginx') ? `its nginx configuration does not load (${e.message})` : 'it has no nginx configuration (/etc/nginx/nginx.conf)';
    }
    // nginx gives a port's requests to the first server that listens there (its default server).
    const server = servers(conf).find((s) => s.port === port);
    if (!server) return `no server in its nginx configuration listens on port ${port}`;
    const found = resolveRequest(fs, server, path);
    return found.status === 200 ? found : { status: found.status, path: found.status === 404 ? found.file : found.dir };
  },
};
