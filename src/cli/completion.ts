// Tab completion after `docker`: subcommands and flags from the command specs, plus local image
// names where a command takes an image.
import type { EngineApi } from '../engine/index.ts';
import { completeDocker as completeFromSpecs } from './framework/complete.ts';

// Commands whose positional arguments are images.
const IMAGE_COMMANDS = new Set(['run', 'create', 'pull', 'push', 'rmi', 'history', 'inspect', 'tag', 'save', 'image history', 'image inspect', 'image rm', 'image tag', 'image push', 'image pull', 'image save', 'container run', 'container create']);

/** Candidates for `current`, given the words typed after `docker`. */
export async function completeDocker(engine: EngineApi, words: readonly string[], current: string): Promise<string[]> {
  const fromSpecs = await completeFromSpecs(words, current);
  if (current.startsWith('-')) return fromSpecs;
  const positional = words.filter((w) => !w.startsWith('-'));
  const command = positional.slice(0, 2).join(' ');
  if (!IMAGE_COMMANDS.has(command) && !IMAGE_COMMANDS.has(positional[0] ?? '')) return fromSpecs;
  const names = engine
    .imageList()
    .flatMap((image) => image.RepoTags)
    .filter((tag) => tag !== '<none>:<none>' && tag.startsWith(current));
  return [...new Set([...fromSpecs, ...names])].sort();
}
