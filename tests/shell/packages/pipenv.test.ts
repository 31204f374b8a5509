// pipenv 2024.4.1 over the offline index: the texts are pipenv's own (pipenv/routines/install.py, lock.py,
// sync.py, utils/virtualenv.py, exceptions.py and cli/command.py at tag v2024.4.1). The lock hash is
// plette's Pipfile.get_hash; its expected values come from CPython (tomllib + json.dumps as plette calls
// it), an implementation first checked against the Pipfile/Pipfile.lock pairs in pipenv's repository.
import { describe, expect, it } from 'vitest';
import { makePip } from '../../../src/shell/programs/pip.ts';
import { makePipenv } from '../../../src/shell/programs/pipenv/index.ts';
import { parsePipfile, pipfileHash, withPackage } from '../../../src/shell/programs/pipenv/pipfile.ts';
import { virtualenvName } from '../../../src/shell/programs/pipenv/project.ts';
import { fold } from '../../../src/shell/programs/pipenv/console.ts';
import { machine } from '../programs/machine.ts';

const hashOf = (text: string) => {
  const parsed = parsePipfile(text);
  if ('error' in parsed && typeof parsed.error === 'string') throw new Error(parsed.error);
  return pipfileHash(parsed);
};

describe('the Pipfile hash Pipfile.lock records', () => {
  it('matches CPython for a Pipfile with its own source', () => {
    const text = '[[source]]\nname = "internal"\nurl = "https://pypi.example.com/simple"\nverify_ssl = true\n\n[packages]\ngunicorn = ">=23"\n\n[dev-packages]\npytest = "~=8.3"\n';
    expect(hashOf(text)).toBe('5bb61a69f03e36c4514e86e1ca349442581168208056055d3e02700f4a12cf55');
  });
  it('matches CPython for inline tables, the default source, other categories and non-ASCII text', () => {
    const text = [
      '[packages]', 'flask = "==3.1.0"', 'requests = {version = ">=2", extras = ["socks"]}', '',
      '[dev-packages]', 'pytest = "*"', '', '[requires]', 'python_version = "3.12"', '',
      '[pipenv]', 'allow_prereleases = false', '', '[tools]', 'black = "*"', 'note = "café ☕"', '',
      '[scripts]', 'start = "python app.py"', 'greet = "echo café"', '',
    ].join('\n');
    expect(hashOf(text)).toBe('620568dfde9a9c5d70e6b8d50a1022c12fb14f034fc1947961eae895cecc623f');
  });
  it('ignores formatting and comments, not content', () => {
    const a = '[packages]\nflask = "*"\n';
    expect(hashOf('# mine\n[packages]\nflask="*"   # web\n')).toBe(hashOf(a));
    expect(hashOf('[packages]\nflask = "==3.1.0"\n')).not.toBe(hashOf(a));
  });
});

describe('pipenv helpers', () => {
  it("names an environment after the project and the hash of its Pipfile's path", () => {
    expect(virtualenvName('/app/Pipfile')).toBe('app-4PlAip0Q');
    expect(virtualenvName('/Pipfile')).toBe('-x-v5uFv0');
    expect(virtualenvName('/root/seedfix/Pipfile')).toBe('seedfix-VNXvIYQX');
  });
  it('adds or replaces a package in its section, keeping the rest of the file', () => {
    const text = '[[source]]\nurl = "https://pypi.org/simple"\n\n[packages]\nflask = "*"\n\n[dev-packages]\n';
    expect(withPackage(text, 'packages', 'requests', '*')).toBe('[[source]]\nurl = "https://pypi.org/simple"\n\n[packages]\nflask = "*"\nrequests = "*"\n\n[dev-packages]\n');
    expect(withPackage(text, 'packages', 'Flask', '==3.1.0')).toContain('[packages]\nFlask = "==3.1.0"\n\n');
    expect(withPackage('[packages]\n', 'dev-packages', 'pytest', '*')).toBe('[packages]\n\n[dev-packages]\npytest = "*"\n');
  });
  it('folds long lines between words at the width, as rich does', () => {
    expect(fold('  creator CPython3Posix(dest=/x, clear=False)', 30)).toBe('  creator\nCPython3Posix(dest=/x,\nclear=False)');
    expect(fold('a'.repeat(12), 5)).toBe('aaaaa\naaaaa\naa');
  });
});

/** A python:3.12 image's files, with pipenv installed by pip. */
async function pythonImage(opts: { cwd?: string; env?: Record<string, string> } = {}) {
  const m = machine({ cwd: opts.cwd ?? '/app', env: { HOME: '/root', PATH: '/usr/local/bin:/usr/bin:/bin', PYTHON_VERSION: '3.12.9', ...opts.env } });
  m.fs.mkdir('/usr/local/lib/python3.12/site-packages', { recursive: true });
  m.fs.mkdir('/usr/local/bin', { recursive: true });
  m.fs.writeFile('/usr/local/bin/python3.12', 'ELF', { mode: 0o755 });
  m.fs.mkdir('/app', { recursive: true });
  const pip = await m.run(makePip(), ['pip', 'install', 'pipenv']);
  return { ...m, pip, pipenv: (...args: string[]) => m.run(makePipenv(), ['pipenv', ...args]) };
}

const SEED_PIPFILE = '[[source]]\nurl = "https://pypi.org/simple"\nverify_ssl = true\nname = "pypi"\n\n[packages]\nflask = "==3.1.0"\n\n[requires]\npython_version = "3.12"\n';

describe('pip install pipenv', () => {
  it('installs pipenv with its real dependencies, its scripts and metadata', async () => {
    const m = await pythonImage();
    // Each requirement as pipenv's and virtualenv's Requires-Dist spell it, with the chain that brought it in.
    expect(m.pip.out).toContain('Collecting packaging>=22 (from pipenv)\n');
    expect(m.pip.out).toContain('Collecting distlib<1,>=0.3.7 (from virtualenv>=20.24.2->pipenv)\n');
    expect(m.pip.out).toContain('Installing collected packages: certifi, packaging, setuptools, distlib, filelock, platformdirs, virtualenv, pipenv\n');
    expect(m.pip.out).toContain('Successfully installed certifi-2025.1.31 distlib-0.3.9 filelock-3.17.0 packaging-24.2 pipenv-2024.4.1 platformdirs-4.3.6 setuptools-75.8.0 virtualenv-20.29.2\n');
    expect(m.fs.readText('/usr/local/bin/pipenv')).toMatch(/^#!\/usr\/local\/bin\/python3\.12\n[\s\S]*from pipenv import cli\n[\s\S]*sys\.exit\(cli\(\)\)\n$/);
    expect(m.fs.stat('/usr/local/bin/pipenv').mode & 0o111).not.toBe(0);
    expect(m.fs.exists('/usr/local/bin/virtualenv')).toBe(true);
    expect(m.fs.readText('/usr/local/lib/python3.12/site-packages/pipenv-2024.4.1.dist-info/RECORD')).toContain('../../../bin/pipenv,,\n');
    expect((await m.pipenv('--version')).out).toBe('pipenv, version 2024.4.1\n');
    const more = await m.run(makePip(), ['pip', 'install', 'gunicorn']);
    expect(more.out).toContain('Collecting gunicorn\n  Downloading gunicorn-23.0.0-py3-none-any.whl.metadata');
    expect(more.out).toContain('Requirement already satisfied: packaging in /usr/local/lib/python3.12/site-packages (from gunicorn) (24.2)\n');
  });
});

describe('pipenv install', () => {
  it('creates the environment, the Pipfile and the lock, and installs into the environment', async () => {
    const m = await pythonImage();
    const r = await m.pipenv('install', 'flask');
    expect(r.code).toBe(0);
    expect(r.err).toContain('Creating a virtualenv for this project\nPipfile: /app/Pipfile\nUsing default python from /usr/local/bin/python3.123.12.9 to create\nvirtualenv...\ncreated virtual environment CPython3.12.9.final.0-64 in');
    expect(r.err).toContain('✔ Successfully created virtual environment!\nVirtualenv location: /root/.local/share/virtualenvs/app-4PlAip0Q\nCreating a Pipfile for this project...\nPipfile.lock not found, creating...\nLocking [packages] dependencies...\n');
    expect(r.out).toContain('Installing flask...\n✔ Installation Succeeded\nBuilding requirements...\nResolving dependencies...\n✔ Success!\n');
    expect(m.fs.readText('/app/Pipfile')).toBe('[[source]]\nurl = "https://pypi.org/simple"\nverify_ssl = true\nname = "pypi"\n\n[packages]\nflask = "*"\n\n[dev-packages]\n\n[requires]\npython_version = "3.12"\n');
    const lock = JSON.parse(m.fs.readText('/app/Pipfile.lock'));
    expect(lock._meta).toEqual({ hash: { sha256: hashOf(m.fs.readText('/app/Pipfile')) }, 'pipfile-spec': 6, requires: { python_version: '3.12' }, sources: [{ name: 'pypi', url: 'https://pypi.org/simple', verify_ssl: true }] });
    expect(Object.keys(lock.default)).toEqual(['blinker', 'click', 'flask', 'itsdangerous', 'jinja2', 'markupsafe', 'werkzeug']);
    expect(lock.default.flask).toEqual({ hashes: [expect.stringMatching(/^sha256:[0-9a-f]{64}$/)], index: 'pypi', markers: "python_version >= '3.9'", version: '==3.1.0' });
    expect(lock.default.click.index).toBeUndefined();
    expect(lock.develop).toEqual({});
    expect(m.fs.readText('/app/Pipfile.lock')).toMatch(/^\{\n {4}"_meta": \{\n {8}"hash": \{\n {12}"sha256": "[0-9a-f]{64}"\n {8}\},\n {8}"pipfile-spec": 6,[\s\S]*\n\}\n$/);
    expect(r.err).toContain(`Updated Pipfile.lock (${lock._meta.hash.sha256})!`);
    expect(r.out).toContain(`Installing dependencies from Pipfile.lock (${lock._meta.hash.sha256.slice(-6)})...`);
    const venv = '/root/.local/share/virtualenvs/app-4PlAip0Q';
    expect(m.fs.exists(`${venv}/lib/python3.12/site-packages/flask/__init__.py`)).toBe(true);
    expect(m.fs.readlink(`${venv}/bin/python`)).toBe('/usr/local/bin/python3.12');
    expect(m.fs.readText(`${venv}/pyvenv.cfg`)).toContain('include-system-site-packages = false\n');
    expect(m.fs.readText(`${venv}/bin/flask`).split('\n')[0]).toBe(`#!${venv}/bin/python`);
    expect(m.fs.exists('/usr/local/lib/python3.12/site-packages/flask')).toBe(false);
    expect((await m.pipenv('--venv')).out).toBe(`${venv}\n`);
    expect((await m.pipenv('--py')).out).toBe(`${venv}/bin/python\n`);
    expect((await m.pipenv('--where')).out).toBe('/app\n');
    expect((await m.pipenv('requirements')).out).toBe(
      "-i https://pypi.org/simple\nblinker==1.9.0; python_version >= '3.9'\nclick==8.1.8; python_version >= '3.7'\nflask==3.1.0; python_version >= '3.9'\nitsdangerous==2.2.0; python_version >= '3.8'\njinja2==3.1.5; python_version >= '3.7'\nmarkupsafe==3.0.2; python_version >= '3.9'\nwerkzeug==3.1.3; python_version >= '3.9'\n",
    );
  });

  it('puts the environment in ./.venv with PIPENV_VENV_IN_PROJECT=1, and --deploy --system installs into the system', async () => {
    const m = await pythonImage({ env: { PIPENV_VENV_IN_PROJECT: '1' } });
    m.fs.writeFile('/app/Pipfile', SEED_PIPFILE);
    expect((await m.pipenv('lock')).code).toBe(0);
    expect(m.fs.exists('/app/.venv/pyvenv.cfg')).toBe(true);
    const system = await m.pipenv('install', '--deploy', '--system');
    expect([system.code, system.err]).toEqual([0, '']);
    expect(system.out).toMatch(/^Installing dependencies from Pipfile\.lock \([0-9a-f]{6}\)\.\.\.\n$/);
    expect(m.fs.exists('/usr/local/lib/python3.12/site-packages/flask-3.1.0.dist-info/METADATA')).toBe(true);
    expect(m.fs.exists('/usr/local/bin/flask')).toBe(true);
  });

  it('refuses with --deploy when the lock is out of date, in pipenv\'s words', async () => {
    const m = await pythonImage();
    m.fs.writeFile('/app/Pipfile', SEED_PIPFILE);
    m.fs.writeFile('/app/Pipfile.lock', JSON.stringify({ _meta: { hash: { sha256: 'abc123' }, 'pipfile-spec': 6, requires: {}, sources: [] }, default: {}, develop: {} }));
    const r = await m.pipenv('install', '--deploy', '--system');
    const expected = hashOf(SEED_PIPFILE);
    expect(r.code).toBe(2);
    expect(r.out).toBe(`Your Pipfile.lock (abc123) is out of date. Expected:\n(${expected}).\n`);
    expect(r.err).toBe('ERROR: Aborting deploy\n');
    const ignoring = await m.pipenv('install', '--system', '--ignore-pipfile');
    expect(ignoring.code).toBe(0);
  });

  it('refuses --deploy --system without a lock, and sync without one', async () => {
    const m = await pythonImage();
    m.fs.writeFile('/app/Pipfile', SEED_PIPFILE);
    const r = await m.pipenv('install', '--deploy', '--system');
    expect([r.code, r.err]).toEqual([2, 'ERROR: --system is intended to be used for Pipfile installation, not\ninstallation of specific packages. Aborting.\nSee also: --deploy flag.\n']);
    const s = await m.pipenv('sync');
    expect([s.code, s.err]).toEqual([1, 'ERROR: Pipfile.lock not found! You need to run $ pipenv lock before you can\ncontinue.\n']);
    const noPipfile = await pythonImage({ cwd: '/srv' });
    noPipfile.fs.mkdir('/srv');
    const d = await noPipfile.pipenv('install', '--deploy');
    expect([d.code, d.err]).toEqual([1, 'ERROR: Pipfile not found! Aborting! Please ensure that the file exists and is\nlocated in your project root directory.\n']);
  });

  it('aborts a deploy on the wrong Python, and warns otherwise', async () => {
    const m = await pythonImage();
    m.fs.writeFile('/app/Pipfile', SEED_PIPFILE.replace('3.12"', '3.11"'));
    await m.pipenv('lock');
    const r = await m.pipenv('install', '--deploy', '--system');
    expect(r.code).toBe(2);
    expect(r.err).toBe('Warning: Your Pipfile requires python_version 3.11, but you are using 3.12.9 (/u/l/b/python3.12).\n  $ pipenv --rm and rebuilding the virtual environment may resolve the issue.\nERROR: Aborting deploy\n');
  });

  it("fails to lock a package the index does not have, and leaves the Pipfile as it was", async () => {
    const m = await pythonImage();
    m.fs.writeFile('/app/Pipfile', SEED_PIPFILE);
    const r = await m.pipenv('install', 'nope');
    expect(r.code).toBe(1);
    expect(r.out).toContain('Installing nope...\n✔ Installation Succeeded\nBuilding requirements...\nResolving dependencies...\n✘ Locking Failed!\n');
    expect(r.err.replace(/\n/g, ' ')).toContain('Could not find a version that satisfies the requirement nope (from versions: none)');
    expect(r.err.endsWith('ERROR: Failed to lock Pipfile.lock!\n')).toBe(true);
    expect(m.fs.readText('/app/Pipfile')).toBe(SEED_PIPFILE);
    const pinned = await m.pipenv('install', 'flask==2.0.0');
    expect(pinned.err.replace(/\n/g, ' ')).toContain('requirement flask==2.0.0 (from versions: 3.1.0)');
  });

  it("takes --python for the image's own Python, and converts a requirements.txt when there is no Pipfile", async () => {
    const m = await pythonImage();
    m.fs.writeFile('/app/requirements.txt', 'flask==3.1.0  # web\nrequests\n');
    const r = await m.pipenv('install', '--python', '3.12');
    expect(r.code).toBe(0);
    expect(r.out).toContain('requirements.txt found in /app instead of Pipfile! Converting...\n✔ Success!\n');
    expect(m.fs.readText('/app/Pipfile')).toContain('[packages]\nflask = "==3.1.0"\nrequests = "*"\n');
    expect(m.fs.exists('/root/.local/share/virtualenvs/app-4PlAip0Q/lib/python3.12/site-packages/requests/__init__.py')).toBe(true);
    expect(await m.pipenv('install', '--python=3.11')).toEqual({ code: 127, out: '', err: 'pipenv install --python: not supported in the workbook\n' });
    expect((await m.pipenv('install', '--index', 'https://example.com/simple')).err).toBe('pipenv install --index: not supported in the workbook\n');
  });

  it('imports -r FILE into the Pipfile after the lock is handled, as pipenv 2024.4.1 does', async () => {
    const m = await pythonImage();
    await m.pipenv('install', 'flask');
    m.fs.writeFile('/app/extra.txt', '# tools\nrequests>=2.31  # http\npip\n');
    const r = await m.pipenv('install', '-r', 'extra.txt');
    expect(r.code).toBe(0);
    expect(r.err).toContain('Requirements file provided! Importing into Pipfile...\n');
    expect(m.fs.readText('/app/Pipfile')).toContain('[packages]\nflask = "*"\nrequests = ">=2.31"\n');
    // The lock was handled before the import: the next install sees it out of date and locks requests in.
    expect(JSON.parse(m.fs.readText('/app/Pipfile.lock')).default.requests).toBeUndefined();
    const again = await m.pipenv('install');
    expect(again.err).toMatch(/^Pipfile\.lock \(\w+\)\sout of date: run `pipenv lock` to update to\s\(\w+\)\.\.\.$/m);
    expect(JSON.parse(m.fs.readText('/app/Pipfile.lock')).default.requests.version).toBe('==2.32.3');
    const missing = await m.pipenv('install', '-r', 'nope.txt');
    // rich folds the line at 80 columns (the output is not a terminal).
    expect([missing.code, missing.out.endsWith("Requirements file doesn't appear to exist. Please ensure the file exists in your\nproject directory or you provided the correct path.\n")]).toEqual([1, true]);
  });

  it('adds --dev packages to [dev-packages], locks them as develop and installs both categories', async () => {
    const m = await pythonImage();
    m.fs.writeFile('/app/Pipfile', SEED_PIPFILE);
    const r = await m.pipenv('install', '--dev', 'pytest');
    expect(r.code).toBe(0);
    expect(m.fs.readText('/app/Pipfile')).toBe(`${SEED_PIPFILE}\n[dev-packages]\npytest = "*"\n`);
    const lock = JSON.parse(m.fs.readText('/app/Pipfile.lock'));
    expect(Object.keys(lock.develop)).toEqual(['iniconfig', 'packaging', 'pluggy', 'pytest']);
    expect(r.out.match(/Installing dependencies from Pipfile\.lock/g)).toHaveLength(2);
    const site = '/root/.local/share/virtualenvs/app-4PlAip0Q/lib/python3.12/site-packages';
    expect([m.fs.exists(`${site}/pytest/__init__.py`), m.fs.exists(`${site}/flask/__init__.py`)]).toEqual([true, true]);
    expect((await m.pipenv('requirements', '--dev-only')).out).toBe("-i https://pypi.org/simple\niniconfig==2.0.0; python_version >= '3.7'\npackaging==24.2; python_version >= '3.8'\npluggy==1.5.0; python_version >= '3.8'\npytest==8.3.4; python_version >= '3.8'\n");
  });

  it('sync installs exactly the lock into the environment and says so', async () => {
    const m = await pythonImage();
    m.fs.writeFile('/app/Pipfile', SEED_PIPFILE);
    await m.pipenv('lock');
    const r = await m.pipenv('sync');
    expect(r.code).toBe(0);
    expect(r.out.endsWith('All dependencies are now up-to-date!\n')).toBe(true);
    expect(m.fs.exists('/root/.local/share/virtualenvs/app-4PlAip0Q/lib/python3.12/site-packages/werkzeug-3.1.3.dist-info')).toBe(true);
  });
});

describe('pipenv commands and options it does not build', () => {
  it('says so in one line, and reports unknown options as click does', async () => {
    const m = await pythonImage();
    expect(await m.pipenv('shell')).toEqual({ code: 127, out: '', err: 'pipenv shell: not supported in the workbook\n' });
    expect(await m.pipenv('install', '--bogus')).toEqual({ code: 2, out: '', err: "Usage: pipenv install [OPTIONS] [PACKAGES]...\nTry 'pipenv install -h' for help.\n\nError: No such option: --bogus\n" });
    expect((await m.pipenv('frobnicate')).err).toContain("Error: No such command 'frobnicate'.");
    const venv = await m.pipenv('--venv');
    expect([venv.code, venv.err]).toEqual([1, 'No virtualenv has been created for this project/app yet!\nAborted!\n']);
    expect((await m.pipenv()).out.startsWith('Usage: pipenv [OPTIONS] COMMAND [ARGS]...\n')).toBe(true);
  });
});

describe('pipenv uninstall, graph, verify and scripts', () => {
  it('removes a package from the Pipfile, its orphaned dependencies from the lock, the package itself from the environment', async () => {
    const m = await pythonImage();
    await m.pipenv('install', 'flask', 'requests');
    const site = '/root/.local/share/virtualenvs/app-4PlAip0Q/lib/python3.12/site-packages';
    const r = await m.pipenv('uninstall', 'requests');
    expect(r).toEqual({
      code: 0,
      err: '',
      out: 'Removed requests from Pipfile.\nBuilding requirements...\nResolving dependencies...\n✔ Success!\nUninstalling requests...\nFound existing installation: requests 2.32.3\nUninstalling requests-2.32.3:\n  Successfully uninstalled requests-2.32.3\n\n',
    });
    expect(m.fs.readText('/app/Pipfile')).toContain('[packages]\nflask = "*"\n\n[dev-packages]');
    const lock = JSON.parse(m.fs.readText('/app/Pipfile.lock'));
    expect(Object.keys(lock.default).sort()).toEqual(['blinker', 'click', 'flask', 'itsdangerous', 'jinja2', 'markupsafe', 'werkzeug']);
    expect(lock._meta.hash.sha256).toBe(hashOf(m.fs.readText('/app/Pipfile')));
    expect(await m.pipenv('verify')).toEqual({ code: 0, out: 'Pipfile.lock is up-to-date.\n', err: '' });
    // As pipenv, only the named package leaves the environment; its dependencies stay installed.
    expect(m.fs.exists(`${site}/requests`)).toBe(false);
    expect(m.fs.exists(`${site}/requests-2.32.3.dist-info`)).toBe(false);
    expect(m.fs.exists(`${site}/idna-3.10.dist-info`)).toBe(true);
    expect(await m.pipenv('uninstall')).toEqual({ code: 2, out: '', err: 'Usage: pipenv uninstall [OPTIONS] [PACKAGES]...\nTry "pipenv uninstall -h" for help.\n\nERROR: No package provided!\n' });
  });

  it('cleans what uninstall leaves behind: the packages the lock does not name', async () => {
    const m = await pythonImage();
    await m.pipenv('install', 'flask', 'requests');
    await m.pipenv('uninstall', 'requests');
    expect(await m.pipenv('clean', '--dry-run')).toEqual({ code: 0, out: 'certifi\ncharset-normalizer\nidna\nurllib3\n', err: '' });
    expect(await m.pipenv('clean')).toEqual({ code: 0, out: 'Uninstalling certifi...\nUninstalling charset-normalizer...\nUninstalling idna...\nUninstalling urllib3...\n', err: '' });
    expect(await m.pipenv('clean')).toEqual({ code: 0, out: '', err: '' });
    expect((await m.pipenv('graph')).out.startsWith('flask==3.1.0\n')).toBe(true);
  });

  it('update syncs, re-locks the entries that differ from the lock and syncs again; upgrade only re-locks', async () => {
    const m = await pythonImage();
    await m.pipenv('install', 'flask');
    const lockBefore = m.fs.readText('/app/Pipfile.lock');
    const r = await m.pipenv('update');
    expect(r.code).toBe(0);
    const synced = 'Installing dependencies from Pipfile.lock (';
    expect(r.out.split(synced).length).toBe(3);
    expect(r.out).toContain('All dependencies are now up-to-date!\nBuilding requirements...\nResolving dependencies...\n✔ Success!\nBuilding requirements...\nResolving dependencies...\n✔ Success!\n');
    expect(r.err).toBe('Upgrading  in  dependencies.\n');
    expect(m.fs.readText('/app/Pipfile.lock')).toBe(lockBefore);
    // A pinned entry that matches the lock is not re-resolved.
    m.fs.writeFile('/app/Pipfile', m.fs.readText('/app/Pipfile').replace('flask = "*"', 'flask = "==3.1.0"'));
    const up = await m.pipenv('upgrade');
    expect(up).toEqual({ code: 0, out: '', err: '' });
    expect(await m.pipenv('verify')).toMatchObject({ code: 0 });
    expect(await m.pipenv('update', 'flask')).toEqual({ code: 127, out: '', err: 'pipenv update PACKAGES: not supported in the workbook\n' });
  });

  it("draws pipdeptree's tree through rich, which drops the [required: …] text in 2024.4.1", async () => {
    const m = await pythonImage();
    expect(await m.pipenv('graph')).toMatchObject({ code: 1, out: '' });
    await m.pipenv('install', 'flask');
    const tree = 'flask==3.1.0\n├── blinker \n├── click \n├── itsdangerous \n├── Jinja2 \n│   └── MarkupSafe \n└── Werkzeug \n    └── MarkupSafe \n';
    expect(await m.pipenv('graph')).toEqual({ code: 0, out: tree, err: '' });
    expect((await m.pipenv('graph', '--bare')).out).toBe(`${tree}pip==25.0.1\n\n`);
    const json = JSON.parse((await m.pipenv('graph', '--json')).out);
    expect(json.find((p: { package: { key: string } }) => p.package.key === 'jinja2')).toEqual({
      package: { key: 'jinja2', package_name: 'Jinja2', installed_version: '3.1.5' },
      dependencies: [{ key: 'markupsafe', package_name: 'MarkupSafe', installed_version: '3.0.2', required_version: '>=2.0' }],
    });
    expect(json.some((p: { package: { key: string } }) => p.package.key === 'pip')).toBe(false);
  });

  it('says when the lock is out of date, and lists [scripts]', async () => {
    const m = await pythonImage();
    expect(await m.pipenv('verify')).toEqual({ code: 1, out: '', err: 'No Pipfile present at project home.\n' });
    m.fs.writeFile('/app/Pipfile', `${SEED_PIPFILE}\n[scripts]\nstart = "python app.py"\ntest = "pytest -q"\n`);
    expect(await m.pipenv('verify')).toEqual({ code: 1, out: '', err: 'Pipfile.lock is out-of-date. Run $ pipenv lock to update.\n' });
    expect(await m.pipenv('scripts')).toEqual({ code: 0, out: 'Command  Script\n-------  ------\nstart    python app.py\ntest     pytest -q\n', err: '' });
  });

  it('pip uninstall -y removes the files, the metadata and the console scripts; a name not installed is skipped', async () => {
    const m = await pythonImage();
    await m.run(makePip(), ['pip', 'install', 'flask']);
    const r = await m.run(makePip(), ['pip', 'uninstall', '-y', '--root-user-action=ignore', 'flask', 'nothere']);
    expect(r).toEqual({ code: 0, out: 'Found existing installation: flask 3.1.0\nUninstalling flask-3.1.0:\n  Successfully uninstalled flask-3.1.0\n', err: 'WARNING: Skipping nothere as it is not installed.\n' });
    expect(m.fs.exists('/usr/local/bin/flask')).toBe(false);
    expect(m.fs.exists('/usr/local/lib/python3.12/site-packages/flask')).toBe(false);
    expect(m.fs.exists('/usr/local/lib/python3.12/site-packages/werkzeug')).toBe(true);
    const asked = await m.run(makePip(), ['pip', 'uninstall', '--root-user-action=ignore', 'werkzeug'], 'n\n');
    expect(asked.out).toContain('  Would remove:\n    /usr/local/lib/python3.12/site-packages/werkzeug-3.1.3.dist-info/*\n    /usr/local/lib/python3.12/site-packages/werkzeug/*\nProceed (Y/n)? \n');
    expect(m.fs.exists('/usr/local/lib/python3.12/site-packages/werkzeug')).toBe(true);
  });
});
