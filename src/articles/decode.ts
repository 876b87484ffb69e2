/**
 * Bytes or string → cheerio document. Bytes that are not UTF-8 go through cheerio's loadBuffer, which
 * sniffs the encoding (BOM → Content-Type charset → <meta charset> → default). cheerio's default is
 * windows-1252, which turns unlabelled UTF-8 into mojibake, so we default to UTF-8 and fall back to a legacy
 * encoding only when the bytes are not valid UTF-8 (as browsers do, choosing the legacy encoding by
 * top-level domain). Valid non-ASCII UTF-8 is decoded here, giving the string loadBuffer would give
 * without its sniffer and streaming decoder (~8 % of extraction time).
 */
import { isAscii, isUtf8 } from 'node:buffer';
import { load, loadBuffer, type CheerioAPI, type CheerioOptions } from 'cheerio';
import type { ParentNode } from './dom.ts';
import { decodedTextIncludes, decodeReferences } from './references.ts';
import { IndexOfTokenizer } from './tokenizer.ts';

// htmlparser2 in HTML mode: several times faster than parse5 on news pages, and its implied-end-tag
// rules cover what article markup needs. (cheerio picks htmlparser2 when `xml` is given.) Character
// references are decoded after the parse (references.ts), which lets the tokenizer skip through text.
const PARSER_OPTIONS: CheerioOptions = {
  xml: { xmlMode: false, decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true, Tokenizer: IndexOfTokenizer },
};

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
 * string loadBuffer would produce. Pure ASCII still goes through loadBuffer, since its labels can name an
 * encoding that reads ASCII bytes differently (UTF-16, x-user-defined).
 */
function decodeUtf8(buffer: Buffer): string {
  const text = buffer.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * The parsed page with its character references still as written: preparePage decodes them in its
 * walk over the page (loadDocument, for a decoded document in one call).
 */
export function parsePage(body: Uint8Array | string, url: string, contentType?: string | null): CheerioAPI {
  const baseURI = url || undefined;
  if (typeof body === 'string') return load(body, { ...PARSER_OPTIONS, baseURI });
  const buffer = toBuffer(body);
  const transportLayerEncodingLabel = charsetFromContentType(contentType);
  const encoding = { transportLayerEncodingLabel, defaultEncoding: 'utf-8', maxBytes: SNIFF_BYTES };
  if (isUtf8(buffer)) {
    // Legacy-encoded text (windows-1251, gb2312, ...) practically never forms valid multi-byte UTF-8, so
    // valid UTF-8 with non-ASCII bytes is UTF-8 whatever a stale template label says.
    if (!isAscii(buffer)) return load(decodeUtf8(buffer), { ...PARSER_OPTIONS, baseURI });
    return loadBuffer(buffer, { ...PARSER_OPTIONS, baseURI, encoding });
  }
  const $ = loadBuffer(buffer, { ...PARSER_OPTIONS, baseURI, encoding });
  // Not UTF-8: fine if a label named the real encoding; a U+FFFD in the result means it was decoded
  // as UTF-8 anyway (unlabelled or mislabelled legacy page), so decode again as a browser's fallback would.
  if (!decodedTextIncludes($.root().get(0) as ParentNode, '\uFFFD')) return $;
  return loadBuffer(buffer, { ...PARSER_OPTIONS, baseURI, encoding: { ...encoding, userEncoding: legacyEncodingFor(url) } });
}

/** The parsed page with its character references decoded, as htmlparser2 decoding them itself gives it. */
export function loadDocument(body: Uint8Array | string, url: string, contentType?: string | null): CheerioAPI {
  const $ = parsePage(body, url, contentType);
  decodeReferences($.root().get(0) as ParentNode);
  return $;
}
