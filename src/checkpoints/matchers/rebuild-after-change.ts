// Builds a workspace twice on one throwaway daemon, the second time with one context file edited (a
// newline appended, as an edit would leave it): what dockerfileCachesAfterChange and rebuiltStepsAtMost read.
import { Vfs, cloneNode } from '../../vfs/vfs.ts';
import { missing, notYet, type CheckContext, type Verdict } from '../context.ts';
import { buildOn, type StepRun, type Workspace } from './throwaway-build.ts';

/** The Dockerfile steps (FROM left out) that ran again after the edit, or the verdict that stops the check. */
export async function stepsRebuiltAfterEdit(ctx: CheckContext, workspace: Workspace, file: string): Promise<StepRun[] | Verdict> {
  const fs = new Vfs(cloneNode(workspace.context));
  const inContext = `/${file}`;
  if (!fs.exists(inContext) || fs.stat(inContext).type !== 'file') return missing(`There is no file ${workspace.contextShown}${file} yet.`);
  const engine = ctx.engine.fork();
  const first = await buildOn(engine, workspace);
  if (!first.ok) return notYet(`${workspace.shown} does not build yet: ${first.why}.`);
  const data = fs.readFile(inContext);
  const changed = new Uint8Array(data.length + 1);
  changed.set(data);
  changed[data.length] = 0x0a;
  fs.writeFile(inContext, changed);
  const second = await buildOn(engine, workspace, fs.root);
  if (!second.ok) return notYet(`${workspace.shown} does not build after ${file} changes: ${second.why}.`);
  return second.steps.filter((s) => !s.cached && !/^FROM\b/.test(s.instruction));
}

/** A source file path relative to the build context (no leading slash, no ..). */
export function isContextPath(f: string): boolean {
  return !f.startsWith('/') && !f.split('/').includes('..');
}
