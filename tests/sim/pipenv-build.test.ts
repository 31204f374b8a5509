// The sources' Flask/pipenv example (lesson 12's ~/seedfix) built in two stages through the real
// `npm run sim` command line, run with -p and answered from the host (issue 15 §3): once with the
// environment made in the project and copied across, once installed with --deploy --system.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { virtualenvName } from '../../src/shell/programs/pipenv/project.ts';

const venvHash = (pipfile: string) => virtualenvName(pipfile).slice(-8);

const root = new URL('../../', import.meta.url).pathname;
const sim = (input: string, workspace: string) =>
  spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/sim/main.ts'), '--workspace', workspace], { input, encoding: 'utf8', cwd: root });

/** A workspace with the seed's Pipfile, Pipfile.lock and app.py, and `dockerfile` as seedfix/Dockerfile. */
function seed(dockerfile: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pipenv-'));
  cpSync(join(root, 'lessons/12-multi-stage-builds/files/seedfix'), join(dir, 'seedfix'), { recursive: true });
  writeFileSync(join(dir, 'seedfix/Dockerfile'), dockerfile);
  return dir;
}

const SERVE = [
  'docker build -q -t pyapp:v1 seedfix >/dev/null',
  'docker run -d -p 8000:8000 --name web pyapp:v1 >/dev/null',
  'curl -s localhost:8000/',
  "docker run --rm pyapp:v1 sh -c 'ls /usr/bin/gcc /usr/bin/make /usr/local/bin/pipenv 2>/dev/null || echo no build tools, no pipenv'",
  "docker image inspect -f '{{len .RootFS.Layers}} layers' pyapp:v1",
].join('\n');

describe('the seed\'s pipenv example in a multi-stage build', () => {
  it('copies an in-project environment from a builder stage into a slim final stage and serves through -p', () => {
    const workspace = seed(
      'FROM python:3.12.9-alpine AS builder\nRUN pip install pipenv\nWORKDIR /app\nCOPY Pipfile Pipfile.lock ./\nENV PIPENV_VENV_IN_PROJECT=1\nRUN pipenv install --deploy\n\nFROM python:3.12.9-alpine\nWORKDIR /app\nCOPY --from=builder /app/.venv /app/.venv\nCOPY app.py ./\nEXPOSE 8000\nCMD ["/app/.venv/bin/python", "app.py"]\n',
    );
    const result = sim(`${SERVE}\ndocker logs web 2>&1 | head -2\n`, workspace);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe("Hello from a small image\nno build tools, no pipenv\n7 layers\n * Serving Flask app 'app'\n * Debug mode: off\n");
  });

  it('installs with pipenv install --deploy --system in the builder and copies site-packages across', () => {
    const workspace = seed(
      'FROM python:3.12.9-alpine AS builder\nRUN pip install pipenv\nWORKDIR /app\nCOPY Pipfile Pipfile.lock ./\nRUN pipenv install --deploy --system\n\nFROM python:3.12.9-alpine\nCOPY --from=builder /usr/local/lib/python3.12/site-packages /usr/local/lib/python3.12/site-packages\nWORKDIR /app\nCOPY app.py ./\nCMD ["python", "app.py"]\n',
    );
    const result = sim(SERVE, workspace);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('Hello from a small image\nno build tools, no pipenv\n7 layers\n');
  });

  it('stops the build where the lock no longer matches the Pipfile, with pipenv\'s message', () => {
    const workspace = seed('FROM python:3.12.9-alpine\nRUN pip install -q --root-user-action=ignore pipenv\nWORKDIR /app\nCOPY Pipfile Pipfile.lock ./\nRUN pipenv install --deploy --system\n');
    writeFileSync(join(workspace, 'seedfix/Pipfile'), '[packages]\nflask = "==3.1.0"\nrequests = "*"\n');
    // rich folds pipenv's line at 80 columns: a build's output is not a terminal.
    const result = sim('docker build --progress=plain -t broken seedfix 2>&1 | grep -m1 -A5 "Your Pipfile.lock"\n', workspace);
    expect(result.stdout).toMatch(/^#\d+ [\d.]+ Your Pipfile\.lock\n#\d+ [\d.]+ \(cbcb9afe[0-9a-f]{56}\) is out of\n#\d+ [\d.]+ date\. Expected:\n#\d+ [\d.]+ \([0-9a-f]{64}\)\.\n#\d+ [\d.]+ ERROR: Aborting deploy\n#\d+ ERROR: process "\/bin\/sh -c pipenv install --deploy --system" did not complete successfully: exit code: 2\n$/);
  });
  it('runs a command inside the environment with pipenv run, and names a command that is not there', () => {
    const script = [
      'docker pull -q python:3.12.9-alpine >/dev/null',
      "docker run --rm -w /srv/web python:3.12.9-alpine sh -c 'pip install -q --root-user-action=ignore pipenv && pipenv install flask >/dev/null 2>&1 && pipenv run python -c \"import flask, sys; print(flask.__version__, sys.path[1])\" && python3 -c \"import flask\" 2>&1 | tail -1; pipenv run nope; echo status $?; pipenv run flask --version'",
    ].join('\n');
    const result = sim(`${script}\n`, mkdtempSync(join(tmpdir(), 'pipenv-')));
    expect(result.stdout).toBe(
      '3.1.0 /root/.local/share/virtualenvs/web-' + venvHash('/srv/web/Pipfile') + '/lib/python3.12/site-packages\n' +
        "ModuleNotFoundError: No module named 'flask'\n" +
        "Error: the command nope could not be found within PATH or Pipfile's [scripts].\nstatus 1\nPython 3.12.9\nFlask 3.1.0\nWerkzeug 3.1.3\n",
    );
  });
});
