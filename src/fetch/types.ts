import type { LookupFn } from './url-safety.ts';

export interface FetchRequest {
  kind: 'feed' | 'page';
  etag?: string | null;
  lastModified?: string | null;
  signal?: AbortSignal;
}

interface ResultCommon {
  /** The URL after redirects. */
  finalUrl: string;
  etag: string | null;
  lastModified: string | null;
  /** Seconds the server asked us to wait before polling again (max-age / Expires), capped; null if none. */
  pollFloorSeconds: number | null;
}

export type FetchResult =
  | (ResultCommon & { status: 'not-modified' })
  | (ResultCommon & {
      status: 'ok';
      body: Buffer;
      contentType: string | null;
      /** The charset the text was decoded with (WHATWG name). */
      charset: string;
      text: string;
    });

export interface Fetcher {
  /** Resolves with the result, or rejects with a FetchError (a StageError with stage "fetch"). */
  fetch(url: string, request: FetchRequest): Promise<FetchResult>;
}

export interface FetcherDeps {
  now?: () => Date;
  lookup?: LookupFn;
  /** Exact private addresses to allow even when config.allowPrivateAddresses is false (tests: 127.0.0.1). */
  allowedAddresses?: readonly string[];
}
