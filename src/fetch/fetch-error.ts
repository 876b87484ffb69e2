import { StageError } from '../model/errors.ts';
import type { FailureKind } from '../model/errors.ts';

/** A fetch failure; `status` and `retryAfterSeconds` feed the backoff of the feed state. */
export class FetchError extends StageError {
  readonly url: string;
  readonly status: number | null;
  readonly retryAfterSeconds: number | null;
  constructor(
    kind: FailureKind,
    message: string,
    details: { url: string; status?: number | null; retryAfterSeconds?: number | null; cause?: unknown },
  ) {
    super('fetch', kind, message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'FetchError';
    this.url = details.url;
    this.status = details.status ?? null;
    this.retryAfterSeconds = details.retryAfterSeconds ?? null;
  }
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA', 'ENODATA', 'ESERVFAIL']);
const TLS_CODE = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|ERR_OSSL_|HOSTNAME_MISMATCH|EPROTO$)/;
const ZLIB_CODE = /^(Z_|ERR_BROTLI|ERR__ZLIB)/;

/** Maps a Node socket, DNS, TLS or zlib error to a failure kind, so the caller can decide on backoff. */
export function classifySystemError(error: unknown, url: string): FetchError {
  if (error instanceof FetchError) return error;
  const code = typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : '';
  const text = error instanceof Error ? error.message : String(error);
  const kind: FailureKind = DNS_CODES.has(code)
    ? 'dns'
    : TLS_CODE.test(code)
      ? 'tls'
      : code === 'ETIMEDOUT'
        ? 'timeout'
        : ZLIB_CODE.test(code)
          ? 'parse-error'
          : 'network';
  const what = kind === 'parse-error' ? 'corrupt compressed body' : `${kind} error`;
  return new FetchError(kind, `${what} for ${url} (${code || 'error'}: ${text})`, { url, cause: error });
}
