/** `node bench/profile.ts <file.cpuprofile> [top]`: where the time went, by area and by function. */
import { formatSummary, summariseProfile } from './lib/profile-summary.ts';

const [path, top = '20'] = process.argv.slice(2);
if (!path) {
  process.stderr.write('usage: node bench/profile.ts <file.cpuprofile> [top]\n');
  process.exit(2);
}
console.log(formatSummary(path, summariseProfile(path, Number(top))));
