// MAINTAINER (deprecated): only a history entry; BuildKit sets no config field for it.
import type { ConfigDispatcher } from './config.ts';

/** Records the instruction. */
export const maintainer: ConfigDispatcher<'MAINTAINER'> = ({ cmd }) => `MAINTAINER ${cmd.maintainer}`;
