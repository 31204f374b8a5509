// moby distribution's reservedNameError: `scratch` names no image (errdefs.Forbidden, HTTP 403).
import { EngineError } from './engine-error.ts';

/** `'scratch' is a reserved name`, what a pull of the reserved name gets. */
export function reservedNameError(name: string): EngineError {
  return new EngineError('forbidden', `'${name}' is a reserved name`);
}
