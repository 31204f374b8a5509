// The two usual ways a Dockerfile starts a Flask app (issue 15): `flask run --host=0.0.0.0` and
// `gunicorn -b 0.0.0.0:8000 app:app`, built through the real `npm run sim` command line, run with -p
// and answered from the host, with each server's startup lines in `docker logs`.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

const root = new URL('../../', import.meta.url).pathname;
const sim = (input: string, workspace: string) =>
  spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/sim/main.ts'), '--workspace', workspace], { input, encoding: 'utf8', cwd: root });

const APP = "from flask import Flask\napp = Flask(__name__)\n\n@app.route('/')\ndef hello():\n    return 'Hello from Flask\\n'\n";

/** A workspace with web/app.py and web/Dockerfile (`from` image, pip install flask gunicorn, then `cmd`). */
function project(from: string, cmd: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'flask-'));
  mkdirSync(join(dir, 'web'));
  writeFileSync(join(dir, 'web/app.py'), APP);
  writeFileSync(join(dir, 'web/Dockerfile'), `FROM ${from}\nWORKDIR /app\nRUN pip install -q --root-user-action=ignore flask gunicorn\nCOPY app.py ./\n${cmd}\n`);
  return dir;
}

const STAMP = String.raw`\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+0000\]`;

describe('a Flask app started by its console scripts', () => {
  it('serves through flask run --host=0.0.0.0, with flask\'s and Werkzeug\'s banner in the logs', () => {
    const workspace = project('python:3.12-slim', 'CMD ["flask", "run", "--host=0.0.0.0"]');
    const result = sim('docker build -q -t web web >/dev/null\ndocker run -d -p 5000:5000 --name site web >/dev/null\ncurl -s localhost:5000/\ndocker logs site 2>&1 | head -6\n', workspace);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      'Hello from Flask\n * Debug mode: off\nWARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.\n' +
        ' * Running on all addresses (0.0.0.0)\n * Running on http://127.0.0.1:5000\n * Running on http://172.17.0.2:5000\nPress CTRL+C to quit\n',
    );
  });

  it('finds the app by FLASK_APP or --app and takes the port from -p, --port or FLASK_RUN_PORT', () => {
    const workspace = project('python:3.12-alpine', 'ENV FLASK_APP=app.py FLASK_RUN_HOST=0.0.0.0 FLASK_RUN_PORT=8080\nCMD ["flask", "run"]');
    const script = [
      'docker build -q -t web web >/dev/null',
      'docker run -d -p 8080:8080 --name env web >/dev/null',
      'docker run -d -p 9000:9000 --name opt -e FLASK_APP= web flask --app app:app run -h 0.0.0.0 -p 9000 >/dev/null',
      'curl -s localhost:8080/',
      'curl -s localhost:9000/',
      'docker logs env 2>&1 | head -1',
      'docker logs opt 2>&1 | head -1',
    ].join('\n');
    const result = sim(`${script}\n`, workspace);
    expect(result.stdout).toBe("Hello from Flask\nHello from Flask\n * Serving Flask app 'app.py'\n * Serving Flask app 'app:app'\n");
  });

  it('prints the versions, and flask\'s own error where there is no app to find', () => {
    const workspace = project('python:3.12-slim', 'CMD ["flask", "run"]');
    const result = sim('docker build -q -t web web >/dev/null\ndocker run --rm web flask --version\ndocker run --rm -w /tmp web flask run --host=0.0.0.0; echo status $?\n', workspace);
    expect(result.stdout).toBe(
      'Python 3.12.9\nFlask 3.1.0\nWerkzeug 3.1.3\n' +
        "Usage: flask run [OPTIONS]\nTry 'flask run --help' for help.\n\nError: Could not locate a Flask application. Use the 'flask --app' option, 'FLASK_APP' environment variable, or a 'wsgi.py' or 'app.py' file in the current directory.\nstatus 2\n",
    );
  });

  it('serves through gunicorn -b 0.0.0.0:8000 app:app, with gunicorn 23\'s startup lines for each worker', () => {
    const workspace = project('python:3.12-slim', 'CMD ["gunicorn", "-b", "0.0.0.0:8000", "-w", "2", "app:app"]');
    const result = sim('docker build -q -t web web >/dev/null\ndocker run -d -p 8000:8000 --name site web >/dev/null\ncurl -s localhost:8000/\ndocker logs site 2>&1\n', workspace);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(
      new RegExp(
        `^Hello from Flask\\n${STAMP} \\[1\\] \\[INFO\\] Starting gunicorn 23\\.0\\.0\\n${STAMP} \\[1\\] \\[INFO\\] Listening at: http://0\\.0\\.0\\.0:8000 \\(1\\)\\n` +
          `${STAMP} \\[1\\] \\[INFO\\] Using worker: sync\\n${STAMP} \\[7\\] \\[INFO\\] Booting worker with pid: 7\\n${STAMP} \\[8\\] \\[INFO\\] Booting worker with pid: 8\\n$`,
      ),
    );
  });

  it('binds 127.0.0.1:8000 by default and stops as gunicorn does without an app or with a wrong name', () => {
    const workspace = project('python:3.12-alpine', 'CMD ["gunicorn", "app:app"]');
    const script = [
      'docker build -q -t web web >/dev/null',
      'docker run --rm web gunicorn; echo status $?',
      "docker run --rm web gunicorn app:application 2>&1 | sed -n '2p;5,$p' | cut -d' ' -f4-; echo status $?",
      'docker run -d --name local web >/dev/null',
      "docker logs local 2>&1 | sed -n 2p | cut -d' ' -f4-",
    ].join('\n');
    const result = sim(`${script}\n`, workspace);
    expect(result.stdout).toBe(
      'usage: gunicorn [OPTIONS] [APP_MODULE]\ngunicorn: error: No application module specified.\nstatus 2\n' +
        "[1] [INFO] Listening at: http://127.0.0.1:8000 (1)\n[7] [ERROR] Failed to find attribute 'application' in 'app'.\n[7] [INFO] Worker exiting (pid: 7)\n" +
        '[1] [ERROR] Worker (pid:7) exited with code 4\n[1] [ERROR] Shutting down: Master\n[1] [ERROR] Reason: App failed to load.\nstatus 0\n' +
        '[1] [INFO] Listening at: http://127.0.0.1:8000 (1)\n',
    );
  });

  it('prints the reloader and debugger lines under --debug, a PIN stable per container, and the request log with the client address', () => {
    const workspace = project('python:3.12-slim', 'CMD ["flask", "run", "--host=0.0.0.0", "--debug"]');
    const script = [
      'docker build -q -t web web >/dev/null',
      'docker run -d -p 5000:5000 --name dbg web >/dev/null',
      'curl -s localhost:5000/ >/dev/null',
      'curl -s localhost:5000/nope >/dev/null',
      'docker logs dbg 2>&1 | sed 1,6d',
      'docker logs dbg 2>&1 | grep PIN > /tmp/a; docker restart dbg >/dev/null; docker logs dbg 2>&1 | grep PIN | uniq -c | wc -l',
      'docker run -d --name off -e WERKZEUG_DEBUG_PIN=off -e FLASK_DEBUG=1 web flask run >/dev/null',
      'docker logs off 2>&1 | tail -2',
      'docker run -d --name plain web flask run --debug --no-reload >/dev/null',
      'docker logs plain 2>&1 | tail -2',
    ].join('\n');
    const result = sim(`${script}\n`, workspace);
    expect(result.stdout).toMatch(
      /^ \* Restarting with stat\n \* Debugger is active!\n \* Debugger PIN: \d{3}-\d{3}-\d{3}\n172\.17\.0\.1 - - \[\d\d\/\w{3}\/\d{4} \d\d:\d\d:\d\d\] "GET \/ HTTP\/1\.1" 200 -\n172\.17\.0\.1 - - \[[^\]]+\] "GET \/nope HTTP\/1\.1" 404 -\n1\n \* Debugger is active!\n \* Debugger PIN disabled\. DEBUGGER UNSECURED!\n \* Running on http:\/\/127\.0\.0\.1:5000\nPress CTRL\+C to quit\n$/,
    );
  });

  it('writes gunicorn access lines in its default format with --access-logfile -, none without it', () => {
    const workspace = project('python:3.12-alpine', 'CMD ["gunicorn", "-b", "0.0.0.0:8000", "--access-logfile", "-", "app:app"]');
    const script = [
      'docker build -q -t web web >/dev/null',
      'docker run -d -p 8000:8000 --name acc web >/dev/null',
      'docker run -d -p 8001:8000 --name quiet web gunicorn -b 0.0.0.0:8000 app:app >/dev/null',
      'curl -s -A probe/1.0 localhost:8000/ >/dev/null',
      'curl -s localhost:8000/missing >/dev/null',
      'curl -s localhost:8001/ >/dev/null',
      'docker logs acc 2>/dev/null',
      'docker logs quiet 2>/dev/null | wc -l',
    ].join('\n');
    const result = sim(`${script}\n`, workspace);
    expect(result.stdout).toMatch(
      /^172\.17\.0\.1 - - \[\d\d\/\w{3}\/\d{4}:\d\d:\d\d:\d\d \+0000\] "GET \/ HTTP\/1\.1" 200 17 "-" "probe\/1\.0"\n172\.17\.0\.1 - - \[[^\]]+\] "GET \/missing HTTP\/1\.1" 404 207 "-" "curl\/[\d.]+"\n0\n$/,
    );
  });

  it('reads its settings from gunicorn.conf.py and GUNICORN_CMD_ARGS (the command line wins), logs to a file', () => {
    const workspace = project('python:3.12-slim', 'CMD ["gunicorn", "app:app"]');
    writeFileSync(join(workspace, 'web/gunicorn.conf.py'), 'bind = "0.0.0.0:7000"\nworkers = 3\naccesslog = "/tmp/access.log"\naccess_log_format = \'%(h)s %(m)s %(U)s %(s)s %({x-trace}i)s\'\n');
    writeFileSync(join(workspace, 'web/Dockerfile'), 'FROM python:3.12-slim\nWORKDIR /app\nRUN pip install -q --root-user-action=ignore flask gunicorn\nCOPY app.py gunicorn.conf.py ./\nCMD ["gunicorn", "app:app"]\n');
    const script = [
      'docker build -q -t web web >/dev/null',
      'docker run -d -p 7000:7000 --name conf web >/dev/null',
      'curl -s -H "X-Trace: t1" localhost:7000/ >/dev/null',
      "docker logs conf 2>&1 | cut -d' ' -f4-",
      'docker exec conf cat /tmp/access.log',
      'docker run -d -p 7100:7100 -e GUNICORN_CMD_ARGS="--bind=0.0.0.0:7200 --workers=1" --name env web gunicorn -b 0.0.0.0:7100 app:app >/dev/null',
      "docker logs env 2>&1 | sed -n '2p;4,$p' | cut -d' ' -f4-",
      'docker run --rm web gunicorn -c nope.py app:app; echo status $?',
    ].join('\n');
    const result = sim(`${script}\n`, workspace);
    expect(result.stdout).toBe(
      '[1] [INFO] Starting gunicorn 23.0.0\n[1] [INFO] Listening at: http://0.0.0.0:7000 (1)\n[1] [INFO] Using worker: sync\n' +
        '[7] [INFO] Booting worker with pid: 7\n[8] [INFO] Booting worker with pid: 8\n[9] [INFO] Booting worker with pid: 9\n' +
        '172.17.0.1 GET / 200 t1\n' +
        '[1] [INFO] Listening at: http://0.0.0.0:7100 (1)\n[7] [INFO] Booting worker with pid: 7\n' +
        "Failed to read config file: nope.py\nRuntimeError: 'nope.py' doesn't exist\nstatus 1\n",
    );
  });
});
