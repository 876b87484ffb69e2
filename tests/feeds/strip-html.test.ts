import { describe, expect, it } from 'vitest';
import { htmlToLine, htmlToText } from '../../src/feeds/strip-html.ts';

describe('htmlToText', () => {
  it('keeps one paragraph per line and drops scripts, styles, comments and images', () => {
    const html = `<div class="lead"><p>Товарооборот вырос на&nbsp;9,4%.</p><!-- banner --><script>var a = "<p>x</p>";</script>
      <style>.x{color:red}</style><p>Об этом сообщает <a href="/gtk">ГТК</a>.<img src="/i.jpg" alt="chart"></p></div>`;
    expect(htmlToText(html)).toBe('Товарооборот вырос на 9,4%.\nОб этом сообщает ГТК.');
  });

  it('when a feed escapes its HTML twice, strips the second layer too', () => {
    expect(htmlToText('&lt;p&gt;Bakı, 22 aprel &amp;mdash; AZƏRTAC.&lt;/p&gt;&lt;p&gt;Second.&lt;/p&gt;')).toBe('Bakı, 22 aprel — AZƏRTAC.\nSecond.');
  });

  it('leaves a lone "<" in text alone', () => {
    expect(htmlToText('Inflation < 5% and growth > 3%')).toBe('Inflation < 5% and growth > 3%');
  });

  it('when a script never closes, drops the rest instead of scanning forever', () => {
    expect(htmlToText(`<p>Lead.</p><script>${'<script>'.repeat(100_000)}`)).toBe('Lead.');
  });

  it('htmlToLine joins paragraphs with spaces, for titles', () => {
    expect(htmlToLine('<b>Azerbaijan</b><br>Russia &amp; trade')).toBe('Azerbaijan Russia & trade');
  });
});
