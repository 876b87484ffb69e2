/**
 * HTML string → domhandler document, as htmlparser2's parseDocument builds it in HTML mode with entity
 * decoding, only faster: the tokenizer runs with decoding off (so it can skip through text and attribute
 * values, tokenizer.ts) and the tree builder decodes the strings that hold a '&' as they arrive
 * (references.ts), text under the raw-text elements excepted, as the tokenizer would have.
 */
import { DomHandler, type Document, type Element } from 'domhandler';
import { Parser, type ParserOptions } from 'htmlparser2';
import { decodeAttributes, decodeText, keepsRawText } from './references.ts';
import { IndexOfTokenizer } from './tokenizer.ts';

/** What htmlparser2 is given; `decodeEntities: false` because the handler below decodes. */
export const PARSER_OPTIONS: ParserOptions = {
  xmlMode: false,
  decodeEntities: false,
  lowerCaseTags: true,
  lowerCaseAttributeNames: true,
  recognizeSelfClosing: true,
  Tokenizer: IndexOfTokenizer,
};

class DecodingHandler extends DomHandler {
  /** An attribute of the tag being read holds a '&' (the parser reports each before the tag). */
  private referenceInAttribute = false;

  onopentagname(): void {
    this.referenceInAttribute = false;
  }

  onattribute(_name: string, value: string): void {
    if (value.includes('&')) this.referenceInAttribute = true;
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    if (this.referenceInAttribute) decodeAttributes(attribs);
    this.referenceInAttribute = false;
    super.onopentag(name, attribs);
  }

  override ontext(data: string): void {
    // The element on top of the stack is where the tokenizer was: inside a raw-text element or not.
    // (Text comes in pieces split before a '<', which no reference contains: each decodes on its own.)
    const parent = this.tagStack[this.tagStack.length - 1]!;
    super.ontext('name' in parent && keepsRawText(parent as Element) ? data : decodeText(data));
  }
}

export function parseHtml(html: string): Document {
  const handler = new DecodingHandler(undefined, { xmlMode: false });
  new Parser(handler, PARSER_OPTIONS).end(html);
  return handler.root;
}
