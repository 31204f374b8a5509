// The session's methods for the workbench: the workspace for the file tree and editor (each change
// saved like a command), the Dockerfile checks, and the engine picture.
import type { WorkbenchApi } from '../protocol/workbench.ts';
import type { Machine } from './machine.ts';
import { dockerfileDiagnostics, enginePicture, layerFiles } from './engine-picture.ts';
import { listWorkspace, makeWorkspaceDirectory, moveWorkspaceEntry, readWorkspaceFile, removeWorkspaceEntry, writeWorkspaceFile } from './workspace-files.ts';

/** The WorkbenchApi over the current machine; `save` persists it after a change. */
export function workbenchMethods(machine: () => Machine, save: () => Promise<void>): WorkbenchApi {
  const change = async (apply: () => void) => {
    apply();
    await save();
  };
  return {
    async workspace() {
      return listWorkspace(machine().hostFs);
    },
    async readWorkspaceFile(path) {
      return readWorkspaceFile(machine().hostFs, path);
    },
    writeWorkspaceFile: (path, content) => change(() => writeWorkspaceFile(machine().hostFs, path, content)),
    makeWorkspaceDirectory: (path) => change(() => makeWorkspaceDirectory(machine().hostFs, path)),
    moveWorkspaceEntry: (from, to) => change(() => moveWorkspaceEntry(machine().hostFs, from, to)),
    removeWorkspaceEntry: (path) => change(() => removeWorkspaceEntry(machine().hostFs, path)),
    async checkDockerfile(text) {
      return dockerfileDiagnostics(machine().engine, text);
    },
    async picture() {
      return enginePicture(machine().engine);
    },
    async layerFiles(_imageId, diffId) {
      return layerFiles(machine().engine, diffId);
    },
  };
}
