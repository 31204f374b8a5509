// `docker volume ls` text, as docker/cli's formatter/volume.go renders it: the default table, -q and
// --format templates over volumeContext (Name, Driver, Scope, Mountpoint, Labels, Links, Size).
import type { Volume } from '../../engine/index.ts';
import { writeContext } from '../context.ts';
import { GoStruct } from '../go/template/index.ts';

const defaultTable = 'table {{.Driver}}\t{{.Name}}';
const header: Record<string, string> = {
  Name: 'VOLUME NAME', Driver: 'DRIVER', Scope: 'SCOPE', Mountpoint: 'MOUNTPOINT', Labels: 'LABELS', Links: 'LINKS', Size: 'SIZE',
};

/** Options of `docker volume ls` that change its text. */
export interface VolumeListFormatOptions {
  format?: string;
  quiet?: boolean;
}

/** The rendered list; a bad template throws FormatError. */
export function formatVolumes(volumes: readonly Volume[], options: VolumeListFormatOptions = {}): string {
  const format = options.quiet ? '{{.Name}}' : options.format || defaultTable;
  return writeContext(format, volumes.map(volumeRow), header);
}

function volumeRow(v: Volume): GoStruct {
  return new GoStruct('formatter.volumeContext', {
    Name: () => v.Name, Driver: () => v.Driver, Scope: () => v.Scope, Mountpoint: () => v.Mountpoint,
    Labels: () => Object.entries(v.Labels ?? {}).map(([k, val]) => `${k}=${val}`).join(','),
    Links: () => 'N/A', Size: () => 'N/A', Availability: () => 'N/A', Group: () => 'N/A',
  });
}
