// docker tag / docker image tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG] — docker/cli cli/command/image/tag.go
// and the client's ImageTag, which checks both references before calling the daemon.
import { type EngineApi, goQuote, InvalidReferenceError, parseAnyReference, parseNormalizedNamed, referenceName, tagNameOnly } from '../../../engine/index.ts';
import type { CommandHandler } from '../../command-types.ts';
import { CliError, reportError } from '../../daemon-error.ts';

/** Gives the image SOURCE another name, TARGET (moving TARGET if it named another image). */
export function tag(engine: EngineApi): CommandHandler {
  return ({ args, ctx }) => {
    const [source, target] = args;
    try {
      checked(source, () => parseAnyReference(source));
      const ref = checked(target, () => parseNormalizedNamed(target));
      if (ref.digest) throw new CliError('refusing to create a tag with a digest reference');
      const tagged = tagNameOnly(ref);
      engine.imageTag(source, referenceName(tagged), tagged.tag);
      return 0;
    } catch (error) {
      return reportError(ctx, error);
    }
  };
}

// The client wraps a reference error: `Error parsing reference: "Foo" is not a valid repository/tag: …`.
function checked<T>(text: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof InvalidReferenceError) throw new CliError(`Error parsing reference: ${goQuote(text)} is not a valid repository/tag: ${error.message}`);
    throw error;
  }
}
