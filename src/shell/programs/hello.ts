// hello-world's /hello: prints Docker's greeting and exits 0.
import type { Program } from '../../kernel/process.ts';

/** The text hello-world prints; `arch` is the line under step 2 (amd64, arm64v8 …). */
export function helloText(arch = 'amd64'): string {
  return `
Hello from Docker!
This message shows that your installation appears to be working correctly.

To generate this message, Docker took the following steps:
 1. The Docker client contacted the Docker daemon.
 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.
    (${arch})
 3. The Docker daemon created a new container from that image which runs the
    executable that produces the output you are currently reading.
 4. The Docker daemon streamed that output to the Docker client, which sent it
    to your terminal.

To try something more ambitious, you can run an Ubuntu container with:
 $ docker run -it ubuntu bash

Share images, automate workflows, and more with a free Docker ID:
 https://hub.docker.com/

For more examples and ideas, visit:
 https://docs.docker.com/get-started/

`;
}

/** Makes `/hello` (it ignores its arguments, like the static C binary). */
export function makeHello(): Program {
  return (ctx) => {
    ctx.stdout.write(helloText());
    return 0;
  };
}
