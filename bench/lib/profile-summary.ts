/**
 * Reads a V8 .cpuprofile (node --cpu-prof) and says where the time went: self time by function and by
 * source area (our src/<stage>, a node_modules package, node internals, GC, regexp).
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface Hotspot {
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  byFunction: Hotspot[];
  byArea: Hotspot[];
  /** Our own functions (src/) with everything they call: which stage function the time is spent under. */
  ownInclusive: Hotspot[];
}

/** src/figures/x.ts → "src/figures"; node_modules/parse5/… → "parse5"; (garbage collector) stays. */
export function areaOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1] ?? url;
  const ours = /\/(src|bench|scripts)\/([^/]+)\//.exec(url);
  if (ours) return `${ours[1]}/${ours[2]}`;
  if (url.startsWith('node:')) return 'node internals';
  return url.replace(/^file:\/\//, '');
}

function shortUrl(url: string): string {
  return url.replace(/^file:\/\/.*?\/(src|bench|scripts|node_modules)\//, '$1/');
}

export function summariseProfile(path: string, top = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const functions = new Map<string, number>();
  const areas = new Map<string, number>();
  let total = 0;
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    total += us;
    if (frame.functionName === '(idle)' || frame.functionName === '(program)') continue;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url ? `${shortUrl(frame.url)}:${frame.lineNumber + 1}` : ''}`.trim();
    functions.set(name, (functions.get(name) ?? 0) + us);
    const area = areaOf(frame.url, frame.functionName);
    areas.set(area, (areas.get(area) ?? 0) + us);
  }
  const ownInclusive = inclusiveOwnTime(profile, byId, selfUs);
  const rank = (map: Map<string, number>): Hotspot[] =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: Math.round(us / 1000), share: Math.round((us / total) * 1000) / 10 }));
  return { totalMs: Math.round(total / 1000), byFunction: rank(functions), byArea: rank(areas), ownInclusive: rank(ownInclusive) };
}

/** Self time of every node, charged to each distinct src/ frame on its stack (recursion counted once). */
function inclusiveOwnTime(profile: Profile, byId: Map<number, ProfileNode>, selfUs: Map<number, number>): Map<string, number> {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const totals = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (!frame || !/\/src\//.test(frame.url)) continue;
      const name = `${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}:${frame.lineNumber + 1}`;
      if (seen.has(name)) continue;
      seen.add(name);
      totals.set(name, (totals.get(name) ?? 0) + us);
    }
  }
  return totals;
}

export function formatSummary(title: string, summary: ProfileSummary): string {
  const lines = [`${title}: ${summary.totalMs} ms sampled`, '  by area:'];
  for (const h of summary.byArea) lines.push(`    ${String(h.share).padStart(5)}%  ${String(h.ms).padStart(6)} ms  ${h.name}`);
  lines.push('  by function (self time):');
  for (const h of summary.byFunction) lines.push(`    ${String(h.share).padStart(5)}%  ${String(h.ms).padStart(6)} ms  ${h.name.slice(0, 160)}`);
  lines.push('  our functions, including what they call:');
  for (const h of summary.ownInclusive) lines.push(`    ${String(h.share).padStart(5)}%  ${String(h.ms).padStart(6)} ms  ${h.name}`);
  return lines.join('\n');
}
