// The contract for the workbench beside the terminal: the file tree and editor (the learner's
// workspace), the Dockerfile checks as diagnostics, and the live picture of images and containers.
// Types only, plain data.

/** A file or directory of the learner's workspace (their home directory); `path` is relative to it. */
export interface WorkspaceEntry {
  path: string;
  kind: 'file' | 'dir';
  size: number;
}

/** A finding of the project's build checks (as `docker build --check` prints it), for the editor. */
export interface DockerfileDiagnostic {
  /** 1-based line. */
  line: number;
  rule: string;
  message: string;
  severity: 'warning' | 'error';
}

/** One layer of an image, base first: what made it, how big, and which other images share it. */
export interface PictureLayer {
  diffId: string;
  size: number;
  /** The instruction that made it (history's CREATED BY). */
  createdBy: string;
  /** Tags (or short IDs) of the other images that have this same layer. */
  sharedWith: string[];
}

/** An image as its stack of layers. */
export interface PictureImage {
  id: string;
  /** `repo:tag` names; empty for a dangling image. */
  tags: string[];
  size: number;
  layers: PictureLayer[];
}

/** A container as its thin writable layer on its image, with `docker diff`'s marks. */
export interface PictureContainer {
  id: string;
  name: string;
  image: string;
  imageId: string;
  state: string;
  changes: { kind: 'A' | 'C' | 'D'; path: string }[];
}

/** One numbered step of the last build, as its progress showed it. */
export interface PictureBuildStep {
  /** The stage's name in a multi-stage build (`builder`, `stage-1`); '' for a single stage. */
  stage: string;
  /** Its number in the stage, of `total` (`[2/5]`). */
  index: number;
  total: number;
  /** The instruction (`RUN apk add curl`). */
  instruction: string;
  /** CACHED (reused from the build cache), built (ran this time), failed, or running when the build was stopped. */
  outcome: 'cached' | 'built' | 'failed' | 'running';
  /** The diffID of the layer it made or reused (RUN, COPY, ADD, WORKDIR that finished); the picture links the two. */
  layer?: string;
}

/** The last `docker build`: its steps, the stages it left out, and what it made or why it failed. */
export interface PictureBuild {
  /** The names it tagged (`app:latest`). */
  names: string[];
  imageId?: string;
  /** The error's first line, when it failed. */
  error?: string;
  steps: PictureBuildStep[];
  /** A multi-stage Dockerfile's stages in order and whether this build ran each (empty for one stage). */
  stages: { name: string; built: boolean }[];
}

/** Everything the picture draws, read through the engine's API after every command. */
export interface EnginePicture {
  images: PictureImage[];
  containers: PictureContainer[];
  /** The last build (BuildKit or classic), saved with the engine's state; absent before the first. */
  lastBuild?: PictureBuild;
}

/** A file inside one layer (click a layer to see them). */
export interface LayerFile {
  path: string;
  kind: 'file' | 'dir' | 'symlink' | 'whiteout';
  size: number;
}

/** The methods the session adds for the workbench (part of SessionApi). */
export interface WorkbenchApi {
  /** The workspace's files and directories, sorted by path. */
  workspace(): Promise<WorkspaceEntry[]>;
  /** A workspace file's text; throws (a one-line reason) for a directory or a missing file. */
  readWorkspaceFile(path: string): Promise<string>;
  /** Writes a workspace file (creating directories on the way), as the learner; saved at once. */
  writeWorkspaceFile(path: string, content: string): Promise<void>;
  /** Creates an empty directory. */
  makeWorkspaceDirectory(path: string): Promise<void>;
  /** Renames or moves a file or directory inside the workspace. */
  moveWorkspaceEntry(from: string, to: string): Promise<void>;
  /** Deletes a file, or a directory with everything in it. */
  removeWorkspaceEntry(path: string): Promise<void>;
  /** The build checks on a Dockerfile's text, as diagnostics (a syntax error is one with severity error). */
  checkDockerfile(text: string): Promise<DockerfileDiagnostic[]>;
  /** Images as layer stacks and containers as writable layers, from the engine's API. */
  picture(): Promise<EnginePicture>;
  /** The files one layer of an image adds, changes or deletes. */
  layerFiles(imageId: string, diffId: string): Promise<LayerFile[]>;
}
