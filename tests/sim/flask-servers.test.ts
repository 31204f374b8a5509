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
});
