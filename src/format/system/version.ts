// `docker version`'s text — docker/cli cli/command/system/version.go: the client's own facts, then the
// daemon's GET /version, through tabwriter (min width 20, padding 1); --format runs over {Client, Server}.
import type { EngineApi } from '../../engine/index.ts';
import { Template } from '../go/template/index.ts';

// What docker/cli 28.2.2 reports about itself (its build, as `docker version` prints it here).
const CLIENT = {
  Platform: { Name: '' },
  Version: '28.2.2',
  APIVersion: '1.50',
  DefaultAPIVersion: '1.50',
  GoVersion: 'go1.24.3',
  GitCommit: 'e6534b4',
  BuildTime: 'Fri May 30 12:07:14 2025',
  Os: 'linux',
  Arch: 'amd64',
  Context: 'default',
};

/** What `docker version` prints: the Client and Server sections, or a --format template over {Client, Server}. */
export function formatVersion(server: ReturnType<EngineApi['systemVersion']>, format: string): string {
  if (format) return `${Template.parse(format).execute({ Client: CLIENT, Server: server })}\n`;
  const rows: [string, string][] = [
    ['Client:', ''],
    [' Version:', CLIENT.Version],
    [' API version:', CLIENT.APIVersion],
    [' Go version:', CLIENT.GoVersion],
    [' Git commit:', CLIENT.GitCommit],
    [' Built:', CLIENT.BuildTime],
    [' OS/Arch:', `${CLIENT.Os}/${CLIENT.Arch}`],
    [' Context:', CLIENT.Context],
    ['', ''],
    [`Server: ${server.Platform.Name}`, ''],
  ];
  for (const component of server.Components) {
    const d = component.Details;
    rows.push(
      [` ${component.Name}:`, ''],
      ['  Version:', component.Version],
      ['  API version:', `${d.ApiVersion} (minimum version ${d.MinAPIVersion})`],
      ['  Go version:', d.GoVersion],
      ['  Git commit:', d.GitCommit],
      ['  Built:', ansic(d.BuildTime)],
      ['  OS/Arch:', `${d.Os}/${d.Arch}`],
      ['  Experimental:', d.Experimental],
    );
  }
  return rows.map(([label, value]) => (value === '' ? label : label.padEnd(Math.max(20, label.length + 1)) + value)).join('\n') + '\n';
}

// Go's time.ANSIC layout ("Mon Jan _2 15:04:05 2006") of an RFC 3339 time, in UTC.
function ansic(rfc3339: string): string {
  const d = new Date(rfc3339.replace(/\.\d+/, ''));
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${days[d.getUTCDay()]} ${months[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
}
