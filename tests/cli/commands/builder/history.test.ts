// `docker buildx history ls | inspect | logs | rm` as a learner types them: buildx v0.24's table,
// JSON lines, inspect's tab-padded blocks with the build args, a failed build's excerpt and logs, the
// replayed progress, the local state under ~/.docker/buildx, and buildx's errors.
import { describe, expect, it } from 'vitest';
import { transcript } from '../../../../src/sim/run-script.ts';

const SETUP = [
  'docker pull -q alpine',
  'mkdir demo',
  "printf 'FROM alpine\\nARG TOKEN\\nRUN echo built $TOKEN > /x\\n' > demo/Dockerfile",
  'docker build -q -t demo:v1 --build-arg TOKEN=s3cret --label team=blue demo > /dev/null',
  "printf 'FROM alpine\\nRUN echo one; echo two >&2; exit 3\\n' > demo/Dockerfile.bad",
  'docker build -q -f demo/Dockerfile.bad demo 2> /dev/null',
];

// The transcript of `lines` after the setup, from the line that starts with `from`.
async function after(lines: string[], from: string): Promise<string> {
  const out = await transcript([...SETUP, ...lines].join('\n'));
  return out.slice(out.indexOf(from));
}

describe('docker buildx history ls', () => {
  it('lists the newest first in docker’s table, and JSON lines with --format json', async () => {
    const out = await after(['docker buildx history ls', 'docker buildx history ls --format json', 'docker buildx history ls --format "{{.Name}}|{{.Status}}"'], 'BUILD ID');
    const lines = out.split('\n');
    expect(lines[0]).toBe('BUILD ID                    NAME                  STATUS      CREATED AT      DURATION   ');
    expect(lines[1]).toMatch(/^[0-9a-z]{25} {3}demo\/Dockerfile\.bad {3}Error {7}\d+ seconds? ago {2,}\d+\.\ds {5,}$/);
    expect(lines[2]).toMatch(/^[0-9a-z]{25} {3}demo {18}Completed {3}\d+ seconds? ago {2,}\d+\.\ds {5,}$/);
    const json = JSON.parse(lines[3]);
    expect(Object.keys(json)).toEqual(['cached_steps', 'completed_at', 'completed_steps', 'created_at', 'name', 'ref', 'status', 'total_steps']);
    expect(json).toMatchObject({ name: 'demo/Dockerfile.bad', status: 'Error', ref: `default/default/${lines[1].slice(0, 25)}` });
    expect(lines.slice(5, 7)).toEqual(['demo/Dockerfile.bad|Error', 'demo|Completed']);
  });

  it('filters as buildx does, and says which filters it cannot take', async () => {
    const out = await after(['docker buildx history ls --filter status=completed --format "{{.Name}}"', "docker buildx history ls --filter 'duration<1h' --format '{{.Name}}' | wc -l", 'docker buildx history ls --filter bogus=1', "docker buildx history ls --filter 'status>1'", 'docker buildx history ls --local'], 'demo');
    expect(out).toBe(['demo', '2', 'ERROR: unsupported filter "bogus=1"', 'ERROR: invalid separator for "status>1", expected = or !=', 'ERROR: could not find git repository for local filter: exec: "git": executable file not found in $PATH', ''].join('\n'));
  });
});

describe('docker buildx history inspect', () => {
  it('shows where and what was built, its steps, config, build args and labels (the newest unless a ref or ^N names one)', async () => {
    const out = await after(['docker buildx history inspect ^1'], 'Name:');
    expect(out.replace(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/, 'TIME').replace(/[0-9a-z]{25}/g, 'REF')).toBe([
      'Name:\t\tdemo',
      'Context:\tdemo',
      'Dockerfile:\tDockerfile',
      '',
      'Started:\tTIME',
      // 250 ms: Go's %.1f rounds the tie to even.
      'Duration:\t0.2s',
      'Build Steps:\t6/6 (0% cached)',
      '',
      'Image Resolve Mode:\tlocal',
      '',
      'BUILD ARG\tVALUE',
      'TOKEN\t\ts3cret',
      '',
      'LABEL\tVALUE',
      'team\tblue',
      '',
      'Print build logs: docker buildx history logs REF',
      'View build in Docker Desktop: docker-desktop://dashboard/build/default/default/REF',
      '',
    ].join('\n'));
  });

  it('a failed build: its error, the Dockerfile excerpt and the failed step’s logs', async () => {
    const out = await after(['docker buildx history inspect'], 'Name:');
    expect(out).toContain('Ref:\t\t');
    expect(out).toContain('Error:\t\tUnknown process "/bin/sh -c echo one; echo two >&2; exit 3" did not complete successfully: exit code: 3\nBuild Steps:\t5/5 (0% cached)\n');
    expect(out).toContain('Dockerfile.bad:2\n--------------------\n   1 |     FROM alpine\n   2 | >>> RUN echo one; echo two >&2; exit 3\n');
    expect(out).toContain('\nLogs:\n> => [2/2] RUN echo one; echo two >&2; exit 3:\n> one\n> two\n\nEnable --debug to see stack traces for error\nPrint build logs: ');
  });

  it('--format json: buildx’s inspectOutput, indented', async () => {
    const out = await after(['docker buildx history inspect --format json ^1'], '{');
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(['Name', 'Ref', 'Context', 'Dockerfile', 'StartedAt', 'CompletedAt', 'Duration', 'Status', 'NumCompletedSteps', 'NumTotalSteps', 'NumCachedSteps', 'BuildArgs', 'Labels', 'Config']);
    expect(json.BuildArgs).toEqual([{ Name: 'TOKEN', Value: 's3cret' }]);
    expect(json.Config).toEqual({ ImageResolveMode: 'local' });
    expect(out).toContain('\n  "BuildArgs": [\n    {\n      "Name": "TOKEN",');
  });

  it('--format TEMPLATE: a plain text/template over inspectOutput (no docker functions)', async () => {
    const out = await after([
      'docker buildx history inspect ^1 --format "{{.Name}} {{.Status}} {{.Duration}} {{.StartedAt}} {{.BuildArgs}} {{range .Labels}}{{.Name}}={{.Value}}{{end}}"',
      'docker buildx history inspect --format "{{json .}}"',
      'docker buildx history inspect --format "{{.Nope}}"',
    ], 'demo ');
    expect(out.replace(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)? \+0000 UTC/, 'TIME')).toBe([
      'demo completed 250ms TIME [{TOKEN s3cret}] team=blue',
      'ERROR: failed to parse format template: template: inspect:1: function "json" not defined',
      'ERROR: failed to execute format template: template: inspect:1:2: executing "inspect" at <.Nope>: can\'t evaluate field Nope in type history.inspectOutput',
      '',
    ].join('\n'));
  });

  it('says when there is no such record', async () => {
    const out = await after(['docker buildx history inspect nope; echo st=$?', 'docker buildx history inspect ^5', 'docker buildx history inspect ^x'], 'ERROR');
    expect(out).toBe(['ERROR: no record found for ref "nope"', 'st=1', 'ERROR: no completed build found with offset 3', 'ERROR: invalid offset "^x": strconv.Atoi: parsing "x": invalid syntax', ''].join('\n'));
  });
});

describe('docker buildx history logs and rm, and the local state', () => {
  it('replays a build’s progress without the #0 line; rm removes records; the local state names the context', async () => {
    const out = await after([
      'docker buildx history logs ^1 2>&1 | head -3',
      'cat ~/.docker/buildx/refs/default/default/*; echo',
      'docker buildx history rm nope',
      'docker buildx history rm',
      'docker buildx history rm --all',
      'docker buildx history ls',
      'docker buildx history inspect',
    ], '#1 ');
    const lines = out.split('\n');
    expect(lines.slice(0, 3)).toEqual(['#1 [internal] load build definition from Dockerfile', '#1 transferring dockerfile: 49B done', '#1 WARN: SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data (ARG "TOKEN") (line 2)']);
    expect(lines[3]).toBe('{"Target":"","LocalPath":"/home/learner/demo","DockerfilePath":""}{"Target":"","LocalPath":"/home/learner/demo","DockerfilePath":"/home/learner/demo/Dockerfile.bad"}');
    expect(lines.slice(4)).toEqual([
      'ERROR: lease "ref_nope": not found',
      'ERROR: rm requires at least one argument',
      'BUILD ID   NAME      STATUS    CREATED AT   DURATION   ',
      'ERROR: no records found',
      '',
    ]);
  });
});
