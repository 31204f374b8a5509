// docker/cli's opts.MountOpt: one `--mount` value, read as a CSV record of key=value fields, turned
// into the mount.Mount the daemon receives, with the CLI's own errors (checked as the flag is read).
import { CsvParseError, readCsvRecord, type MountSpec } from '../../engine/index.ts';
import { FlagValueError, parseGoBool } from './flag-value-error.ts';

/** Reads `type=volume,source=data,target=/data,readonly` into a MountSpec, or throws FlagValueError. */
export function parseMountOpt(value: string): MountSpec {
  const mount: MountSpec = { Type: 'volume' };
  const volume = () => (mount.VolumeOptions ??= {});
  const bind = () => (mount.BindOptions ??= {});
  const tmpfs = () => (mount.TmpfsOptions ??= {});
  const bool = (key: string, val: string, what = key) => {
    try {
      return parseGoBool(val);
    } catch {
      throw new FlagValueError(`invalid value for ${what}: ${val}`);
    }
  };
  for (const field of csvFields(value)) {
    const eq = field.indexOf('=');
    const key = eq < 0 ? field : field.slice(0, eq);
    const val = eq < 0 ? '' : field.slice(eq + 1);
    if (eq < 0) {
      if (key === 'readonly' || key === 'ro') mount.ReadOnly = true;
      else if (key === 'volume-nocopy') volume().NoCopy = true;
      else if (key === 'bind-nonrecursive') bind().NonRecursive = true;
      else if (key === 'bind-create-mountpoint') bind().CreateMountpoint = true;
      else throw new FlagValueError(`invalid field '${field}' must be a key=value pair`);
      continue;
    }
    switch (key) {
      case 'type':
        mount.Type = val.toLowerCase();
        break;
      case 'source':
      case 'src':
        mount.Source = val;
        break;
      case 'target':
      case 'dst':
      case 'destination':
        mount.Target = val;
        break;
      case 'readonly':
      case 'ro':
        mount.ReadOnly = bool(key, val);
        break;
      case 'bind-propagation':
        bind().Propagation = val.toLowerCase();
        break;
      case 'bind-nonrecursive':
        bind().NonRecursive = bool(key, val);
        break;
      case 'bind-create-mountpoint':
        bind().CreateMountpoint = bool(key, val);
        break;
      case 'volume-nocopy':
        volume().NoCopy = bool(key, val, 'volume-nocopy');
        break;
      case 'volume-label':
        setPair((volume().Labels ??= {}), val);
        break;
      case 'volume-driver':
        (volume().DriverConfig ??= {}).Name = val;
        break;
      case 'volume-opt':
        setPair(((volume().DriverConfig ??= {}).Options ??= {}), val);
        break;
      case 'tmpfs-size':
        tmpfs().SizeBytes = ramInBytes(key, val);
        break;
      case 'tmpfs-mode': {
        if (!/^[0-7]+$/.test(val)) throw new FlagValueError(`invalid value for ${key}: ${val}`);
        tmpfs().Mode = parseInt(val, 8);
        break;
      }
      default:
        throw new FlagValueError(`unexpected key '${key}' in '${field}'`);
    }
  }
  if (mount.Type === '') throw new FlagValueError('type is required');
  if (!mount.Target) throw new FlagValueError('target is required');
  for (const [options, type] of [[mount.VolumeOptions, 'volume'], [mount.BindOptions, 'bind'], [mount.TmpfsOptions, 'tmpfs']] as const) {
    if (options && mount.Type !== type) throw new FlagValueError(`cannot mix '${type}-*' options with mount type '${mount.Type}'`);
  }
  return mount;
}

// `volume-label=k=v`: a key without `=` gets an empty value; an empty key is dropped.
function setPair(target: Record<string, string>, kv: string): void {
  const eq = kv.indexOf('=');
  const k = eq < 0 ? kv : kv.slice(0, eq);
  if (k !== '') target[k] = eq < 0 ? '' : kv.slice(eq + 1);
}

// go-units RAMInBytes: a number with an optional b/k/m/g/t/p suffix (binary multiples).
function ramInBytes(key: string, val: string): number {
  const m = /^(\d+(?:\.\d+)*) ?([kmgtp]?)i?b?$/i.exec(val);
  if (!m) throw new FlagValueError(`invalid value for ${key}: ${val}`);
  return Math.floor(Number(m[1]) * 1024 ** ' kmgtp'.indexOf(m[2].toLowerCase() || ' '));
}

// The value's CSV fields, a CSV error worded as the flag's.
function csvFields(value: string): string[] {
  try {
    return readCsvRecord(value);
  } catch (e) {
    if (e instanceof CsvParseError) throw new FlagValueError(e.message);
    throw e;
  }
}
