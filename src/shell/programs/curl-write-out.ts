// curl -w / --write-out: the format's `%{variable}`s filled from the transfer (http_code and
// response_code as three digits, 000 when there was no response), `%%`, and the `\n \t \r \\` escapes;
// `@file` reads the format from a file (`@-` from stdin). An unknown variable is warned about once.

/** What the variables are made of. */
export interface Transfer {
  url: string;
  method: string;
  status?: number;
  contentType?: string;
  sizeDownload: number;
  sizeHeader: number;
  sizeUpload: number;
  remoteIp?: string;
  remotePort?: number;
  redirects: number;
  exitCode: number;
  errorMessage: string;
}

/** The filled-in format, and a warning for each unknown variable (curl's stderr line). */
export function writeOut(format: string, t: Transfer): { text: string; warnings: string[] } {
  const code = String(t.status ?? 0).padStart(3, '0');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(t.url)?.[1].toUpperCase() ?? 'HTTP';
  const vars: Record<string, string> = {
    http_code: code, response_code: code, http_connect: '000', content_type: t.contentType ?? '', url_effective: t.url, url: t.url,
    size_download: String(t.sizeDownload), size_header: String(t.sizeHeader), size_request: '0', size_upload: String(t.sizeUpload),
    speed_download: String(t.sizeDownload * 1000), speed_upload: '0', num_redirects: String(t.redirects), num_connects: t.status ? '1' : '0',
    remote_ip: t.remoteIp ?? '', remote_port: t.remotePort ? String(t.remotePort) : '', local_ip: '', local_port: '',
    http_version: t.status ? '1.1' : '0', method: t.method, scheme, exitcode: String(t.exitCode), errormsg: t.errorMessage,
    time_total: '0.001000', time_namelookup: '0.000100', time_connect: '0.000200', time_appconnect: '0.000000',
    time_pretransfer: '0.000300', time_starttransfer: '0.000900', time_redirect: '0.000000', redirect_url: '', ssl_verify_result: '0',
  };
  const warnings: string[] = [];
  let text = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '%' && format[i + 1] === '%') {
      text += '%';
      i++;
    } else if (c === '%' && format[i + 1] === '{') {
      const end = format.indexOf('}', i);
      if (end < 0) {
        text += format.slice(i);
        break;
      }
      const name = format.slice(i + 2, end);
      if (name in vars) text += vars[name];
      else warnings.push(`curl: unknown --write-out variable: '${name}'`);
      i = end;
    } else if (c === '\\' && 'ntr\\'.includes(format[i + 1] ?? '')) {
      text += { n: '\n', t: '\t', r: '\r', '\\': '\\' }[format[i + 1] as 'n'];
      i++;
    } else text += c;
  }
  return { text, warnings };
}
