// What a grader reads of the daemon's state beyond the Engine API: a local image's config and files, a
// volume's files, and what Docker Hub holds (the seeded catalog and what the learner pushed). The Engine extends it.
import { findImage } from './images/lookup.ts';
import { imageRootfs } from './images/rootfs.ts';
import type { ImageConfigFile } from './model/image-config.ts';
import type { Registry } from './registry/registry.ts';
import { containerRegistry } from './registry/container-registry.ts';
import type { NetworkFabric } from './network/fabric.ts';
import type { HubAccounts } from './registry/auth.ts';
import type { RegistryImage } from './registry/types.ts';
import type { ImageStore } from './store/image-store.ts';
import type { VolumeStore } from './volumes/store.ts';
import { Vfs } from '../vfs/vfs.ts';
import type { HttpRequest, HttpResponse } from '../kernel/net.ts';
import type { Container } from './containers/container.ts';
import { abortable } from './clock.ts';
import type { BuildRecord } from './builder/build/record.ts';

/** The reads of `EngineReads` over the daemon's image store and its Docker Hub. */
export abstract class StateReads {
  abstract readonly store: ImageStore;
  abstract readonly hub: Registry;
  abstract readonly fabric: NetworkFabric;
  abstract readonly hubAccounts: HubAccounts;
  abstract readonly volumes: VolumeStore;
  /** What the last `docker build` did (BuildKit, or the classic builder retelling it), saved with the engine's state. */
  protected lastBuildRecord: BuildRecord | undefined;
  /** A container by ID (undefined when there is no such container). */
  protected abstract container(id: string): Container | undefined;

  /** The last build's steps (CACHED or run) and the stages it left out, for the workbench's picture; undefined before any. */
  lastBuild(): BuildRecord | undefined {
    return this.lastBuildRecord;
  }

  /** The ID of the local image `ref` names (ID, short ID or reference), or undefined (also when ambiguous). */
  imageId(ref: string): string | undefined {
    try {
      return findImage(this.store, ref);
    } catch {
      return undefined;
    }
  }

  /** A local image's config JSON (config, history, rootfs) by ID, as `docker save` writes it. */
  imageConfig(id: string): ImageConfigFile {
    return this.store.config(id);
  }

  /** A local image's files by ID (its layers stacked, whiteouts applied), as a private copy to read. */
  imageFiles(id: string): Vfs {
    return new Vfs(imageRootfs(this.store, id));
  }

  /** A volume's files by name (undefined when there is none), to read only: it is the live tree. */
  volumeFiles(name: string): Vfs | undefined {
    return this.volumes.has(name) ? new Vfs(this.volumes.get(name).tree) : undefined;
  }

  /** What Docker Hub serves for `path` at a tag or digest: what the learner pushed, else the catalog's image. */
  hubImage(path: string, tagOrDigest: string): RegistryImage | undefined {
    return tagOrDigest.startsWith('sha256:') ? this.hub.resolveDigest(path, tagOrDigest) : this.hub.resolveTag(path, tagOrDigest);
  }

  /** What the learner pushed to Docker Hub as `path:tag`, or undefined. */
  hubPushed(path: string, tag: string): RegistryImage | undefined {
    return this.hub.pushed.get(path)?.get(tag);
  }

  /** A container's files as its processes see them (image layers plus its own layer), to read only: it is the live tree. */
  containerFiles(id: string): Vfs | undefined {
    return this.container(id)?.fs;
  }

  /** Where a host port leads (`-p 8080:80`): the container and its port, and whether a program listens there now. */
  publishedPort(hostPort: number): { containerId: string; containerPort: number; listening: boolean } | undefined {
    const pub = this.fabric.publication(hostPort);
    return pub && { containerId: pub.containerId, containerPort: pub.containerPort, listening: pub.listening };
  }

  /**
   * The answer to `request` sent to host port `hostPort` as `curl localhost:PORT` on the host sends it (the
   * host's network stack, through the published port to the container's server). What the container
   * prints while it answers stays out of its log, so a grader's request leaves no line in `docker logs`
   * (nor passes a log check by itself). Rejects with the NetError curl's connection would meet, or an
   * AbortError once `signal` aborts (a server that never answers).
   */
  async requestHostPort(hostPort: number, request: HttpRequest, signal?: AbortSignal): Promise<HttpResponse> {
    const pub = this.fabric.publication(hostPort);
    const container = pub && this.container(pub.containerId);
    const send = () => abortable(this.fabric.hostStack.requestHttp('localhost', hostPort, request), signal);
    return container ? container.unlogged(send) : send();
  }

  /**
   * What a registry holds for `path` at a tag or digest, as a pull from the host would find it: Docker Hub
   * for docker.io, else the registry a container serves behind the published port `localhost:PORT` names.
   */
  registryImage(domain: string, path: string, tagOrDigest: string): RegistryImage | undefined {
    if (domain === 'docker.io') return this.hubImage(path, tagOrDigest);
    const m = /^(?:localhost|127\.0\.0\.1):(\d+)$/.exec(domain);
    const pub = m ? this.fabric.publication(Number(m[1])) : undefined;
    const fs = pub && this.container(pub.containerId)?.fs;
    const registry = fs && containerRegistry(fs);
    if (!registry) return undefined;
    return tagOrDigest.startsWith('sha256:') ? registry.resolveDigest(path, tagOrDigest) : registry.resolveTag(path, tagOrDigest);
  }

  /** The Docker Hub accounts learners created with their first `docker login`, oldest first. */
  hubUsers(): string[] {
    return [...this.hubAccounts.passwords.keys()];
  }
}
