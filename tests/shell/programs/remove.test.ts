// rm -v, -rv and GNU's -d; rmdir -p and GNU's -v, as coreutils and busybox print them. Each directory
// holds one entry per level, so the real filesystem's listing order cannot differ from ours.
import { differential } from './cases.ts';

differential('rm and rmdir', { 'd/s/y': '', 'd/s/t/u': '', f: '', 'p/q/r': '', 'n/z': '', 'e/.keep': '' }, [
  'rm -rv d f; echo "status $?"; ls',
  'rm -v f; rm -rv d/s/t/; echo "status $?"',
  'rm -r d; rm -v d 2>&1; echo "status $?"',
  'rm p/q/r; rmdir -p p/q; echo "status $?"; ls',
  'rmdir -p n/z 2>&1; echo "status $?"; rm n/z; rmdir -p n/ ; echo "status $?"; ls',
  'mkdir -p m/k; rmdir -p m/k/; echo "status $?"; ls -d m',
  'mkdir -p m/k; touch m/t; rmdir -p m/k; echo "status $?"; ls m',
  { cmd: 'rm -rf d; mkdir d; rm -d d; echo "status $?"; rm -d e; echo "status $?"; rm -dv n/z; ls', only: 'gnu' },
  { cmd: 'rm p/q/r; rmdir -pv p/q; mkdir -p m/k; touch m/t; rmdir -pv m/k; echo "status $?"', only: 'gnu' },
]);
