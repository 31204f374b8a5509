// Files a lesson's starting folder needs that its files/ folder cannot hold: git refuses to store a
// `.git` folder, and both .gitignore and the site's bundler skip `node_modules`. They are the clutter of
// a real project that .dockerignore must keep out of the build context, so without them a lesson
// would grade an exclusion of nothing. The site (src/layouts/lesson-assets.ts) and lesson CI
// (src/sim/grade/lessons.ts) both add them to the lesson's workspace.
import type { WorkspaceFile } from '../src/protocol/session.ts';

/** A small `.git` folder under `dir`: a repository with one branch and a remote. */
function gitFolder(dir: string, remote: string): WorkspaceFile[] {
  return [
    { path: `${dir}/.git/HEAD`, content: 'ref: refs/heads/main\n' },
    { path: `${dir}/.git/config`, content: `[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = false\n[remote "origin"]\n\turl = ${remote}\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n[branch "main"]\n\tremote = origin\n\tmerge = refs/heads/main\n` },
    { path: `${dir}/.git/description`, content: "Unnamed repository; edit this file 'description' to name the repository.\n" },
    { path: `${dir}/.git/refs/heads/main`, content: '4b8e1f0c2d9a7e6b5c3f1a0d9e8c7b6a5f4e3d2c\n' },
  ];
}

/** A dependency folder a package manager left behind under `dir`. */
function nodeModules(dir: string): WorkspaceFile[] {
  return [
    { path: `${dir}/node_modules/.package-lock.json`, content: '{ "name": "workbook-site", "lockfileVersion": 3, "packages": { "node_modules/left-pad": { "version": "1.3.0" } } }\n' },
    { path: `${dir}/node_modules/left-pad/package.json`, content: '{ "name": "left-pad", "version": "1.3.0", "main": "index.js", "license": "WTFPL" }\n' },
    { path: `${dir}/node_modules/left-pad/index.js`, content: "module.exports = function leftPad(str, len, ch) { str = String(str); ch = ch || ' '; while (str.length < len) str = ch + str; return str; };\n" },
  ];
}

/** Extra starting files per lesson folder (and the sandbox). */
export const EXTRA_FILES: Record<string, WorkspaceFile[]> = {
  '09-build-context-copy-workdir': nodeModules('site'),
  '16-capstone': gitFolder('capstone', 'https://github.com/workbook-learner/field-notes.git'),
};
