/**
 * Bytes or string → cheerio document. Bytes that are not UTF-8 are decoded as cheerio's loadBuffer does
 * it, by encoding-sniffer (BOM → Content-Type charset → <meta charset> → default). Its default is
 * windows-1252, which turns unlabelled UTF-8 into mojibake, so we default to UTF-8 and fall back to a legacy
 * encoding only when the bytes are not valid UTF-8 (as browsers do, choosing the legacy encoding by
 * top-level domain). Valid non-ASCII UTF-8 is decoded here, giving the string the sniffer would give
 * without its work (~8 % of extraction time). parse-html.ts parses; cheerio gets the finished document.
 */
import { isAscii, isUtf8 } from 'node:buffer';
import { load, type CheerioAPI, type CheerioOptions } from 'cheerio';
import { decodeBuffer, type SnifferOptions } from 'encoding-sniffer';
import { textIncludes } from './dom.ts';
import { parseHtml, PARSER_OPTIONS } from './parse-html.ts';

// htmlparser2 in HTML mode: several times faster than parse5 on news pages, and its implied-end-tag
// rules cover what article markup needs. cheerio parses with the same options what it parses itself
// (it picks htmlparser2 when `xml` is given).
const CHEERIO_OPTIONS: CheerioOptions = { xml: PARSER_OPTIONS };

// Scan a little past the spec's 1024 bytes: some CMSs put a long comment or many <link>s before <meta charset>.
const SNIFF_BYTES = 4096;

const CYRILLIC_TLDS = /\.(ru|su|by|ua|kz|kg|tj|uz|az|bg|mk|rs|xn--p1ai)$/i;

export function charsetFromContentType(contentType: string | null | undefined): string | undefined {
  const m = contentType ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType) : null;
  return m?.[1];
}

function legacyEncodingFor(url: string): string {
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    // a bad URL just means no hint from the domain
  }
  return CYRILLIC_TLDS.test(host) ? 'windows-1251' : 'windows-1252';
}


/**
 * Valid UTF-8 with non-ASCII bytes decodes as UTF-8 whatever the labels say (the user encoding outranks
 * them, and the only BOM valid UTF-8 can start with is UTF-8's), and iconv-lite drops that BOM: this is the
 * string the sniffer would give. Pure ASCII still goes through the sniffer, since its labels can name an
 * encoding that reads ASCII bytes differently (UTF-16, x-user-defined).
 */
function decodeUtf8(buffer: Buffer): string {
  const text = buffer.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The string cheerio's loadBuffer parses: encoding-sniffer's choice, decoded by iconv-lite. */
function sniffAndDecode(buffer: Buffer, encoding: SnifferOptions): string {
  return decodeBuffer(buffer, { defaultEncoding: 'windows-1252', ...encoding });
}

export function loadDocument(body: Uint8Array | string, url: string, contentType?: string | null): CheerioAPI {
  const options: CheerioOptions = { ...CHEERIO_OPTIONS, baseURI: url || undefined };
  if (typeof body === 'string') return load(parseHtml(body), options);
  const buffer = toBuffer(body);
  const encoding: SnifferOptions = { transportLayerEncodingLabel: charsetFromContentType(contentType), defaultEncoding: 'utf-8', maxBytes: SNIFF_BYTES };
  if (isUtf8(buffer)) {
    // Legacy-encoded text (windows-1251, gb2312, ...) practically never forms valid multi-byte UTF-8, so
    // valid UTF-8 with non-ASCII bytes is UTF-8 whatever a stale template label says.
    return load(parseHtml(isAscii(buffer) ? sniffAndDecode(buffer, encoding) : decodeUtf8(buffer)), options);
  }
  const document = parseHtml(sniffAndDecode(buffer, encoding));
  // Not UTF-8: fine if a label named the real encoding; a U+FFFD in the text means it was decoded as
  // UTF-8 anyway (unlabelled or mislabelled legacy page), so decode again as a browser's fallback would.
  // (textIncludes, not cheerio's recursive text(): the depth cap comes later, and pages nest thousands deep.)
  if (!textIncludes(document, '\uFFFD')) return load(document, options);
  return load(parseHtml(sniffAndDecode(buffer, { ...encoding, userEncoding: legacyEncodingFor(url) })), options);
}
