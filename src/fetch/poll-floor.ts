import type { IncomingHttpHeaders } from 'node:http';

/**
 * How long the server asked us not to come back: Cache-Control max-age (or Expires) on a
 * success or 304, Retry-After on 429/503. Capped so a misconfigured server cannot park a feed.
 */
export function cacheFloorSeconds(headers: IncomingHttpHeaders, now: Date, capSeconds: number): number | null {
  const cacheControl = headerValue(headers, 'cache-control')?.toLowerCase() ?? '';
  if (/\b(no-store|no-cache)\b/.test(cacheControl)) return null;
  const maxAge = /\bmax-age\s*=\s*"?(\d+)/.exec(cacheControl);
  if (maxAge) {
    const age = Number(headerValue(headers, 'age') ?? 0) || 0;
    return clampFloor(Number(maxAge[1]) - age, capSeconds);
  }
  const expires = headerValue(headers, 'expires');
  if (expires !== null) {
    const expiresAt = Date.parse(expires);
    const base = Date.parse(headerValue(headers, 'date') ?? '') || now.getTime();
    if (!Number.isNaN(expiresAt)) return clampFloor((expiresAt - base) / 1000, capSeconds);
  }
  return null;
}

/** Retry-After as delay-seconds or an HTTP-date; null when absent or unparseable. */
export function retryAfterSeconds(headers: IncomingHttpHeaders, now: Date, capSeconds: number): number | null {
  const value = headerValue(headers, 'retry-after')?.trim();
  if (value === undefined || value === null || value === '') return null;
  if (/^\d+$/.test(value)) return clampFloor(Number(value), capSeconds);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : clampFloor((at - now.getTime()) / 1000, capSeconds);
}

function clampFloor(seconds: number, capSeconds: number): number | null {
  if (!Number.isFinite(seconds) || seconds <= 0) return null;
  return Math.min(Math.round(seconds), capSeconds);
}

export function headerValue(headers: IncomingHttpHeaders, name: string): string | null {
  const value = headers[name];
  if (value === undefined) return null;
  return Array.isArray(value) ? (value[0] ?? null) : value;
}
