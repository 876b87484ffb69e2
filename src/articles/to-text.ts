/**
 * Renders article elements as text lines: one line per paragraph, heading and list item, table rows
 * as cells joined by " | ", <br> as a line break, <pre> with its own line breaks.
 */
import { collapseSpaces, type AnyNode, type Element } from './dom.ts';
import { statsOf, type StatsMap } from './measure.ts';

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main',
  'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'ul',
  'caption', 'body', 'html', 'picture', 'img',
]);

export type SkipTest = (el: Element) => boolean;

class LineWriter {
  readonly lines: string[] = [];
  private current = '';

  write(text: string): void {
    this.current += text;
  }

  /** Ends the current line, if it has any text. */
  flush(): void {
    const line = collapseSpaces(this.current);
    if (line) this.lines.push(line);
    this.current = '';
  }

  push(line: string): void {
    this.flush();
    if (line) this.lines.push(line);
  }
}

/** A table is data (rows of cells) unless it lays out a page: nested tables or long prose cells. */
function isDataTable(table: Element, stats: StatsMap): boolean {
  const stack = [...table.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    if (node.name === 'table') return false;
    if ((node.name === 'td' || node.name === 'th') && statsOf(stats, node).chars > 400) return false;
    stack.push(...node.children);
  }
  return true;
}

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const stack = [...table.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    if (node.name === 'tr') rows.push(node);
    else if (node.name === 'thead' || node.name === 'tbody' || node.name === 'tfoot') stack.push(...[...node.children].reverse());
  }
  return rows;
}

export class TextRenderer {
  private readonly out = new LineWriter();
  private readonly stats: StatsMap;
  private readonly skip: SkipTest;

  constructor(stats: StatsMap, skip: SkipTest) {
    this.stats = stats;
    this.skip = skip;
  }

  render(elements: Element[]): string[] {
    for (const el of elements) this.node(el, true);
    this.out.flush();
    return this.out.lines;
  }

  private node(node: AnyNode, isRoot = false): void {
    if (node.type === 'text') {
      this.out.write(node.data);
      return;
    }
    if (node.type !== 'tag') return;
    if (!isRoot && this.skip(node)) return;
    const name = node.name;
    if (name === 'br') return this.out.flush();
    if (name === 'pre') return this.pre(node);
    if (name === 'table' && isDataTable(node, this.stats)) return this.table(node);
    const block = BLOCKS.has(name);
    if (block) this.out.flush();
    for (const child of node.children) this.node(child);
    if (block) this.out.flush();
  }

  private pre(el: Element): void {
    this.out.flush();
    const text = inlineText(el, this.skip, true);
    for (const line of text.split('\n')) this.out.push(line.replace(/[ \t\u00a0]+/g, ' ').trim());
  }

  private table(table: Element): void {
    this.out.flush();
    const caption = table.children.find((c) => c.type === 'tag' && c.name === 'caption');
    if (caption) this.out.push(collapseSpaces(inlineText(caption as Element, this.skip)));
    for (const row of rowsOf(table)) {
      if (this.skip(row)) continue;
      const cells = row.children
        .filter((c): c is Element => c.type === 'tag' && (c.name === 'td' || c.name === 'th'))
        .filter((c) => !this.skip(c))
        .map((c) => collapseSpaces(inlineText(c, this.skip)));
      if (cells.some((c) => c !== '')) this.out.push(cells.join(' | '));
    }
  }
}

/** Text of an element on one line (blocks become spaces), or with line breaks kept for <pre>. */
export function inlineText(el: Element, skip: SkipTest, keepBreaks = false): string {
  let out = '';
  for (const child of el.children) {
    if (child.type === 'text') out += child.data;
    else if (child.type === 'tag' && !skip(child)) {
      if (child.name === 'br') out += keepBreaks ? '\n' : ' ';
      else {
        const block = BLOCKS.has(child.name);
        out += (block ? ' ' : '') + inlineText(child, skip, keepBreaks) + (block ? ' ' : '');
      }
    }
  }
  return out;
}
