import http from 'node:http';
import https from 'node:https';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import zlib from 'node:zlib';
import { Duplex, PassThrough, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { FetchError, classifySystemError } from './fetch-error.ts';

export interface HopRequest {
  url: URL;
  /** The addresses resolveSafely checked; the socket connects to one of these and nothing else. */
  addresses: string[];
  headers: Record<string, string>;
  connectTimeoutMs: number;
  maxBytes: number;
  signal: AbortSignal;
}

export interface HopResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** Decompressed body; empty for redirects, 304 and errors (those bodies are discarded). */
  body: Buffer;
}

/**
 * One GET over node:http(s), no redirects followed. node:http rather than fetch because we need
 * the checked address pinned for the connection (DNS rebinding), a real connect timeout, and the
 * byte cap applied after decompression (a gzip bomb stops at the cap).
 */
export function getOnce(request: HopRequest): Promise<HopResponse> {
  return new Promise((resolve, reject) => {
    const { url } = request;
    const client = url.protocol === 'https:' ? https : http;
    const req = client.request(url, {
      method: 'GET',
      headers: request.headers,
      agent: false,
      lookup: pinnedLookup(request.addresses),
      signal: request.signal,
      servername: isIP(url.hostname.replace(/^\[|\]$/g, '')) ? undefined : url.hostname,
    });
    armConnectTimeout(req, request.connectTimeoutMs, url.href);
    req.once('error', (error) => reject(mapRequestError(error, request.signal, url.href)));
    req.once('response', (res) => {
      const status = res.statusCode ?? 0;
      if (!(status >= 200 && status < 300)) {
        res.destroy();
        resolve({ status, headers: res.headers, body: Buffer.alloc(0) });
        return;
      }
      readBody(res, request.maxBytes, url.href).then(
        (body) => resolve({ status, headers: res.headers, body }),
        (error: unknown) => {
          req.destroy();
          reject(mapRequestError(error, request.signal, url.href));
        },
      );
    });
    req.end();
  });
}

function pinnedLookup(addresses: string[]): LookupFunction {
  return (_hostname, options, callback) => {
    const entries = addresses.map((address) => ({ address, family: isIP(address) }));
    const wanted = options.family === 4 || options.family === 6 ? entries.filter((e) => e.family === options.family) : entries;
    const usable = wanted.length > 0 ? wanted : entries;
    if (options.all) {
      callback(null, usable);
      return;
    }
    const first = usable[0];
    if (first === undefined) callback(Object.assign(new Error('no address'), { code: 'ENOTFOUND' }), '', 4);
    else callback(null, first.address, first.family);
  };
}

function armConnectTimeout(req: http.ClientRequest, ms: number, url: string): void {
  req.once('socket', (socket) => {
    if (!socket.connecting) return;
    const timer = setTimeout(() => {
      req.destroy(new FetchError('timeout', `no connection to ${url} within ${ms} ms`, { url }));
    }, ms);
    const done = (): void => clearTimeout(timer);
    socket.once(url.startsWith('https:') ? 'secureConnect' : 'connect', done);
    socket.once('close', done);
  });
}

function mapRequestError(error: unknown, signal: AbortSignal, url: string): FetchError {
  if (signal.aborted && signal.reason instanceof FetchError) return signal.reason;
  if (signal.aborted) return new FetchError('timeout', `aborted while fetching ${url}`, { url, cause: error });
  return classifySystemError(error, url);
}

function decompressorFor(encoding: string, url: string): Transform[] {
  const steps = encoding
    .toLowerCase()
    .split(',')
    .map((token) => token.trim())
    .filter((token) => token !== '' && token !== 'identity');
  // Codings are listed in the order applied, so undo them from the last.
  return steps.reverse().map((coding) => {
    if (coding === 'gzip' || coding === 'x-gzip') return zlib.createGunzip();
    if (coding === 'deflate') return createInflateEither();
    if (coding === 'br') return zlib.createBrotliDecompress();
    throw new FetchError('parse-error', `unsupported content-encoding "${coding}" from ${url}`, { url });
  });
}

/**
 * "deflate" is zlib-wrapped per the RFC, but some servers send raw deflate: sniff the two-byte zlib
 * header (0x78 0x9c and kin). The header can arrive split across chunks, so bytes wait until both are in.
 */
function createInflateEither(): Transform {
  let inner: Transform | null = null;
  let head = Buffer.alloc(0);
  const start = (outer: Transform): Transform => {
    const created = isZlibHeader(head) ? zlib.createInflate() : zlib.createInflateRaw();
    created.on('data', (data: Buffer) => outer.push(data));
    created.on('error', (error) => outer.destroy(error));
    return created;
  };
  const outer = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      if (inner !== null) return void inner.write(chunk, () => callback());
      head = Buffer.concat([head, chunk]);
      if (head.byteLength < 2) return callback();
      inner = start(outer);
      inner.write(head, () => callback());
    },
    flush(callback) {
      if (inner === null && head.byteLength === 0) return callback();
      // A body shorter than the header: let the inflater report it as corrupt.
      if (inner === null) {
        inner = start(outer);
        inner.write(head);
      }
      inner.once('end', () => callback());
      inner.end();
    },
    destroy(error, callback) {
      inner?.destroy();
      callback(error);
    },
  });
  return outer;
}

/** RFC 1950: compression method 8 in the low nibble, and the two bytes a multiple of 31. */
function isZlibHeader(bytes: Buffer): boolean {
  const [first = 0, second = 0] = bytes;
  return (first & 0x0f) === 8 && ((first << 8) | second) % 31 === 0;
}

function byteCounter(maxBytes: number, url: string): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.byteLength;
      if (seen > maxBytes) callback(tooLarge(url, maxBytes));
      else callback(null, chunk);
    },
  });
}

/** Streams the body through the decoders; both the wire bytes and the decoded bytes are capped. */
async function readBody(res: IncomingMessage, maxBytes: number, url: string): Promise<Buffer> {
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    throw tooLarge(url, maxBytes);
  }
  const decoders = decompressorFor(res.headers['content-encoding'] ?? '', url);
  const chunks: Buffer[] = [];
  let total = 0;
  const collect = async (source: AsyncIterable<Buffer>): Promise<void> => {
    for await (const chunk of source) {
      total += chunk.byteLength;
      if (total > maxBytes) throw tooLarge(url, maxBytes);
      chunks.push(chunk);
    }
  };
  await pipeline(res, byteCounter(maxBytes, url), chainDecoders(decoders), collect);
  return Buffer.concat(chunks, total);
}

function chainDecoders(decoders: Transform[]): Duplex {
  if (decoders.length === 0) return new PassThrough();
  if (decoders.length === 1) return decoders[0] as Transform;
  // Rare ("gzip, br"): wire them in order and expose the two ends as one stream.
  for (let i = 1; i < decoders.length; i += 1) {
    const from = decoders[i - 1] as Transform;
    const to = decoders[i] as Transform;
    from.on('error', (error) => to.destroy(error));
    from.pipe(to);
  }
  return Duplex.from({ writable: decoders[0], readable: decoders[decoders.length - 1] });
}

function tooLarge(url: string, maxBytes: number): FetchError {
  return new FetchError('too-large', `body of ${url} is over ${maxBytes} bytes`, { url });
}
