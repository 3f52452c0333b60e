import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readDocument, normalizeDate } from '../../server/extract/read';

describe('reading documents', () => {
  it('strips Markdown emphasis, links and images and maps every character back to the source', () => {
    const src = '# A Title\n\nPhoto by **Vasily Yegorov / TASS** and [a link](http://x.y) ![alt](img.png) here.';
    const doc = readDocument('d', src, 'md');
    expect(doc.text).toBe('A Title\nPhoto by Vasily Yegorov / TASS and a link  here.');
    const at = doc.text.indexOf('Vasily');
    expect(src.slice(doc.sourceOffsets[at]!, doc.sourceOffsets[at]! + 6)).toBe('Vasily');
    expect(doc.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph']);
  });

  it('joins the soft line breaks of a Markdown paragraph into one block', () => {
    const doc = readDocument('d', 'First line\nsecond line.\n\nNext paragraph.', 'md');
    expect(doc.text).toBe('First line second line.\nNext paragraph.');
    expect(doc.blocks).toHaveLength(2);
  });

  it('drops scripts, styles and tags from HTML and decodes entities', () => {
    const src = '<html><head><title>T &amp; U</title><script>alert("x")</script></head><body><h1>Head</h1><p>Tom &amp; Jerry met <b>Ann</b>.</p><style>p{}</style></body></html>';
    const doc = readDocument('d', src, 'html');
    expect(doc.text).not.toContain('alert');
    expect(doc.text).not.toContain('<');
    expect(doc.text).toContain('Tom & Jerry met Ann');
    expect(doc.metadata.title).toBe('T & U');
  });

  it("leaves a page's navigation and footer out of the article", () => {
    const src = '<html><body><nav><a href="/">Home</a> | <a href="/w">World</a></nav><article><p>Angela Merkel met Emmanuel Macron.</p></article><footer>© 2019 Example News</footer></body></html>';
    const doc = readDocument('d', src, 'html');
    expect(doc.text).toBe('Angela Merkel met Emmanuel Macron.');
  });

  it('treats each line of a plain text file as a block', () => {
    const doc = readDocument('d', 'Title line\nOne sentence here.\nAnother one.', 'txt');
    expect(doc.blocks).toHaveLength(3);
  });

  it("reads the seed article's title, author, date and address from its text", () => {
    const src = readFileSync(new URL('../../graph-data/articles/secret-speech.md', import.meta.url), 'utf8');
    const { metadata } = readDocument('secret-speech', src, 'md');
    expect(metadata.title).toBe('70 Years After the Secret Speech, Russia Is Still Reckoning With Stalin');
    expect(metadata.author).toBe('Polly Jones');
    expect(metadata.date).toBe('2026-02-25');
    expect(metadata.url).toMatch(/^https:\/\/www\.themoscowtimes\.com\/2026\/02\/25\//);
  });

  it('normalizes written dates', () => {
    expect(normalizeDate('February 25, 2026')).toBe('2026-02-25');
    expect(normalizeDate('3 March 1953')).toBe('1953-03-03');
    expect(normalizeDate('not a date')).toBeUndefined();
  });
});
