import { differential } from './cases.ts';

const files = { 'config.json': '{"auths":{"localhost:5000":{"auth":"bGVhcm5lcjpzM2NyZXQ="}}}\n', long: 'x'.repeat(100) + '\n', b64: 'aGVsbG8gd29ybGQK\n', bad: 'aGk\n' };

differential('base64', files, [
  'base64 config.json',
  'base64 long',
  'base64 -w 0 long',
  'base64 -w 20 long',
  'base64 -d b64',
  "echo bGVhcm5lcjpzM2NyZXQ= | base64 -d; echo",
  "printf '' | base64",
  'base64 nofile; echo $?',
  { cmd: 'base64 -d bad; echo $?', only: 'gnu' },
  { cmd: 'base64 -x; echo $?', only: 'gnu' },
]);
