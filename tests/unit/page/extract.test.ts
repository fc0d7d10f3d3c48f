import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractBlocks, findArticleRoots, iterateBlocks } from '../../../src/page/extract';
import { anchorOffsets, isBlockIntact } from '../../../src/page/ranges';

const page = (body: string) =>
  parseHTML(`<!doctype html><html><head><title>x</title></head><body>${body}</body></html>`).document;

describe('findArticleRoots', () => {
  it('prefers top-level articles, skipping those inside asides', () => {
    const doc = page(
      '<aside><article><p>Teaser text that is long enough.</p></article></aside><article id="a"><p>Main</p><article id="n"></article></article>',
    );
    expect(findArticleRoots(doc).map((e) => e.id)).toEqual(['a']);
  });

  it('falls back to main, then the densest paragraph parent, then body', () => {
    expect(findArticleRoots(page('<main id="m"><p>x</p></main>'))[0]!.id).toBe('m');
    const long = 'Sentence of filler words for the heuristic. '.repeat(4);
    expect(
      findArticleRoots(page(`<div id="s"><p>${long}</p></div><div id="d"><p>${long}</p><p>${long}</p></div>`))[0]!.id,
    ).toBe('d');
    expect(findArticleRoots(page('<div>short</div>'))[0]!.tagName).toBe('BODY');
  });
});

describe('extractBlocks', () => {
  it('joins inline elements into one block per paragraph and skips page chrome', () => {
    const doc = page(`<header><nav>Markets Technology</nav></header>
      <article><header><h1>Headline of the article</h1></header>
        <p>Big Tech is <a href="#">borrowing</a> to <em>fund</em> AI data centres.</p>
        <aside>Most read: something else entirely</aside>
        <figure><figcaption>A caption for the photo</figcaption></figure>
        <div class="comments"><p>Reader comment text goes here</p></div>
        <div contenteditable="true">Typed comment by a reader</div>
        <p hidden>Hidden paragraph text here</p>
        <form><textarea>Draft text in a box</textarea></form>
        <script>var x = "script text not prose";</script>
      </article><footer>Copyright footer text</footer>`);
    const texts = extractBlocks(doc).map((b) => b.text.trim());
    expect(texts).toEqual([
      'Headline of the article',
      'Big Tech is borrowing to fund AI data centres.',
      'A caption for the photo',
    ]);
  });

  it('leaves out ruby readings and keeps Japanese blocks marked ja', () => {
    const doc = page('<article><p><ruby>巨額<rt>きょがく</rt></ruby>の社債を発行して資金を調達した。</p></article>');
    const [block] = extractBlocks(doc);
    expect(block!.text).toBe('巨額の社債を発行して資金を調達した。');
    expect(block!.lang).toBe('ja');
  });

  it('maps block offsets back to text nodes across inline elements', () => {
    const doc = page('<article><p>Intro. Meta <b>raised <i>$30 billion</i></b> in bonds. Outro text.</p></article>');
    const [block] = extractBlocks(doc);
    const start = block!.text.indexOf('Meta');
    const end = block!.text.indexOf('bonds.') + 'bonds.'.length;
    const range = anchorOffsets(block!, start - 1, end + 1)!; // surrounding spaces are trimmed
    expect(range.startNode.textContent).toBe('Intro. Meta ');
    expect(range.startOffset).toBe('Intro. '.length);
    expect(range.endNode.textContent).toBe(' in bonds. Outro text.');
    expect(range.endOffset).toBe(' in bonds.'.length);
  });

  it('snaps a line break gap to the neighbouring text and refuses stale blocks', () => {
    const doc = page('<article><p>First line of text<br>Second line of text</p></article>');
    const [block] = extractBlocks(doc);
    const gap = block!.text.indexOf('\n');
    const range = anchorOffsets(block!, gap, block!.text.length)!;
    expect(range.startNode.textContent).toBe('Second line of text');
    expect(range.startOffset).toBe(0);
    (block!.segments[0]!.node as Text).data = 'changed';
    expect(anchorOffsets(block!, 0, 5)).toBeNull();
  });

  it('splits a paragraph around a nested block element', () => {
    const doc = page(
      '<article><div>Before the quote text <blockquote>Quoted words go here</blockquote> after the quote text</div></article>',
    );
    expect(extractBlocks(doc).map((b) => [b.element.tagName, b.text.trim()])).toEqual([
      ['DIV', 'Before the quote text'],
      ['BLOCKQUOTE', 'Quoted words go here'],
      ['DIV', 'after the quote text'],
    ]);
  });

  it('reads an all-text paragraph whole and lists its text nodes only when asked, refusing it once changed', () => {
    const doc = page('<article><p id="p"></p><p id="q"></p></article>');
    for (const [id, parts] of [
      ['p', ['Nvidia will ', 'invest ', '', '$100 billion.']],
      ['q', ['Second paragraph ', 'of text.']],
    ] as const) {
      const p = doc.getElementById(id)!;
      parts.forEach(
        (t, i) => (p.appendChild(doc.createTextNode(t)), i === 1 && p.appendChild(doc.createComment('note'))),
      );
    }
    const [first, second] = extractBlocks(doc);
    expect(first!.text).toBe('Nvidia will invest $100 billion.');
    const a = anchorOffsets(first!, first!.text.indexOf('$'), first!.text.length)!;
    expect([a.startNode.data, a.startOffset, a.endNode.data, a.endOffset]).toEqual([
      '$100 billion.',
      0,
      '$100 billion.',
      13,
    ]);
    expect(isBlockIntact(first!)).toBe(true);
    (doc.getElementById('q')!.firstChild as Text).data = 'Edited before any match needed it ';
    expect(isBlockIntact(second!)).toBe(false);
    expect(anchorOffsets(second!, 0, 5)).toBeNull();
  });
});

describe('iterateBlocks', () => {
  // The walk keeps a cursor per parent, not a copy of every child list: a node the page moves between two steps must
  // not lead it into text outside the root (the mutation observer rescans what changed).
  it('does not follow a node the page moved out of the root between two steps', () => {
    const doc = page(
      '<article id="a"><p id="p1">First paragraph of the article.</p><p id="p2">Second paragraph here.</p>' +
        '<p>Third paragraph of it.</p></article><div id="elsewhere"><p>OUTSIDE text that is not the article.</p></div>',
    );
    const walk = iterateBlocks(doc.getElementById('a')!);
    const texts: string[] = [];
    for (let r = walk.next(); !r.done; r = walk.next()) {
      if (!r.value) continue;
      texts.push(r.value.text);
      if (texts.length === 1) doc.getElementById('elsewhere')!.prepend(doc.getElementById('p2')!);
    }
    expect(texts[0]).toBe('First paragraph of the article.');
    expect(texts.some((t) => t.includes('OUTSIDE'))).toBe(false);
    expect(texts).not.toContain('Second paragraph here.');
  });

  it('walks a parent with many children in document order, as one block each', () => {
    const doc = page(
      `<article id="a">${Array.from({ length: 3000 }, (_, i) => `<p>Paragraph number ${i}.</p>`).join('')}</article>`,
    );
    const texts = [...iterateBlocks(doc.getElementById('a')!)].filter((b) => b !== null).map((b) => b.text);
    expect(texts).toHaveLength(3000);
    expect(texts[0]).toBe('Paragraph number 0.');
    expect(texts[2999]).toBe('Paragraph number 2999.');
  });
});
