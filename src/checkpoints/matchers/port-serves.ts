// portServes — a host port leads to a running container (optionally of a given image) in which a program
// listens on the port it is published to: what `curl localhost:PORT` needs, read from the engine's
// network state without sending a request (a probe would add lines to the learner's logs).
import { z } from 'zod';
import { missing, notYet, pass, type Verdict } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { imageRef, resolveImage } from '../params.ts';
import { containerLabel } from './container-select.ts';

/** Passes when `port` on the host is published to a listening program in a running container (of `ancestor`, and not the one behind `apartFrom`). */
export const portServes = defineMatcher({
  name: 'portServes',
  description: 'A host port (docker run -p HOST:CONTAINER) leads to a running container, optionally of an image, whose program listens on the container port.',
  params: z.strictObject({
    port: z.number().int().min(1).max(65535).describe('The host port, as curl localhost:PORT reaches it.'),
    ancestor: imageRef('The image the serving container must run').optional().describe('The image the serving container must run (or be built FROM), as a learner would type it.'),
    apartFrom: z.number().int().min(1).max(65535).optional().describe('Another host port that must lead to a different container ("each from its own container").'),
  }),
  example: { port: 8080, ancestor: 'site:v1' },
  check({ port, ancestor, apartFrom }, { engine }): Verdict {
    const route = engine.publishedPort(port);
    if (!route) return missing(`Nothing is published on port ${port} of this machine yet.`);
    const container = engine.containerList({ all: true }).find((c) => c.Id === route.containerId);
    if (!container) return missing(`Nothing is published on port ${port} of this machine yet.`);
    if (ancestor !== undefined) {
      const want = resolveImage(engine, ancestor);
      if (!want) return missing(`There is no image called ${ancestor} on this machine yet.`);
      const history = engine.imageConfig(container.ImageID).rootfs.diff_ids;
      const base = engine.imageConfig(want).rootfs.diff_ids;
      if (container.ImageID !== want && !base.every((d, i) => history[i] === d)) return notYet(`Port ${port} goes to ${containerLabel(container)}, which runs ${container.Image}, not ${ancestor}.`);
    }
    if (apartFrom !== undefined && engine.publishedPort(apartFrom)?.containerId === route.containerId)
      return notYet(`Ports ${port} and ${apartFrom} both go to ${containerLabel(container)}: each port needs a container of its own.`);
    if (!route.listening) return notYet(`Port ${port} is published to port ${route.containerPort} of ${containerLabel(container)}, but nothing listens there: check which port the program inside uses.`);
    return pass;
  },
});
