/**
 * Feed dates as ISO 8601 UTC, or null. RFC 822 and W3C-DTF as the specs say, plus what Russian
 * and Azerbaijani outlets really send: month and day names in Russian or Azerbaijani
 * ("Пн, 22 апр 2024 10:00:00 +0300", "22 aprel 2024"), "22.04.2024 10:00", zone names such
 * as MSK. A date without a zone is taken as UTC. Never throws.
 */
const MONTHS: Array<[RegExp, number]> = [
  [/^(jan|янв|yan)/, 1], [/^(feb|фев|fev)/, 2], [/^(mar|мар)/, 3], [/^(apr|апр)/, 4],
  [/^(may|ма[йя]|mai)/, 5], [/^(jun|июн|iyun)/, 6], [/^(jul|июл|iyul)/, 7], [/^(aug|авг|avq)/, 8],
  [/^(sep|сен|sent)/, 9], [/^(oct|окт|okt)/, 10], [/^(nov|ноя|noy)/, 11], [/^(dec|дек|dek)/, 12],
];

const ZONES: Record<string, number> = {
  ut: 0, utc: 0, gmt: 0, z: 0, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360,
  pst: -480, pdt: -420, msk: 180, msd: 240, azt: 240, cet: 60, cest: 120, eet: 120, eest: 180,
};

export function parseFeedDate(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const text = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  // A date is short; a long value is garbage, and must not cost regex time.
  if (text === '' || text.length > 80) return null;
  const time = parseIso(text) ?? parseDayMonthYear(text) ?? parseDotted(text) ?? parseLoose(raw.trim());
  if (time === null || Number.isNaN(time)) return null;
  const year = new Date(time).getUTCFullYear();
  return year >= 1970 && year <= 2200 ? new Date(time).toISOString() : null;
}

function parseIso(text: string): number | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[t ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)? ?(z|[+-]\d{2}(?::?\d{2})?)?$/.exec(text);
  if (!m) return null;
  const time = build(+m[1]!, +m[2]!, +(m[3] ?? 1), +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), zoneOffset(m[8]));
  return time === null ? null : time + Math.floor(Number(`0.${m[7] ?? '0'}`) * 1000);
}

/** "Mon, 22 Apr 2024 10:00:00 +0300", "Пн, 22 апр 2024 10:00 MSK", "22 aprel 2024, 10:00". */
function parseDayMonthYear(text: string): number | null {
  const m = /(\d{1,2})[ .-]+([a-zа-яəıöüğşç]{3,})\.?,?[ .-]+(\d{2,4})(?:[ ,]+(?:г\.?[ ,]*)?(\d{1,2})[:.](\d{2})(?::(\d{2}))?)? ?(.*)$/u.exec(text);
  if (!m) return null;
  const month = monthNumber(m[2]!);
  if (month === null) return null;
  const offset = m[7] === undefined || m[7] === '' ? 0 : zoneOffset(m[7].replace(/^\(|\)$/g, '').trim());
  return build(fullYear(+m[3]!), month, +m[1]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), offset);
}

/** "22.04.2024 10:00" and "22.04.2024, 10:00:05 +0400": day first, as on Russian and Azerbaijani sites. */
function parseDotted(text: string): number | null {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,? (\d{1,2}):(\d{2})(?::(\d{2}))?)? ?(.*)$/.exec(text);
  if (!m) return null;
  return build(+m[3]!, +m[2]!, +m[1]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), zoneOffset(m[7] || undefined));
}

function parseLoose(raw: string): number | null {
  const time = Date.parse(raw);
  return Number.isNaN(time) ? null : time;
}

function monthNumber(name: string): number | null {
  for (const [pattern, month] of MONTHS) if (pattern.test(name)) return month;
  return null;
}

function fullYear(year: number): number {
  if (year >= 100) return year;
  return year < 50 ? 2000 + year : 1900 + year;
}

/** Minutes east of UTC. A zone we cannot read (or trailing words like "г.") counts as UTC. */
function zoneOffset(zone: string | undefined): number {
  if (zone === undefined || zone === '') return 0;
  const named = ZONES[zone];
  if (named !== undefined) return named;
  const m = /^(?:gmt|utc)? ?([+-])(\d{1,2}):?(\d{2})?\b/.exec(zone);
  if (!m) return 0;
  const minutes = +m[2]! * 60 + +(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

function build(year: number, month: number, day: number, hour: number, minute: number, second: number, offset: number): number | null {
  if (Number.isNaN(offset) || month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) {
    return null;
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59));
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return null;
  return utc - offset * 60_000;
}
