// Image layers over the in-memory filesystem: stacking them, and diffing a tree against its base.
export { applyLayer, treeFromLayers, WHITEOUT_PREFIX, OPAQUE_MARKER } from './apply.ts';
export { diffTrees, layerFromDiff, entriesOfTree, type Change } from './diff.ts';
