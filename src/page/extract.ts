/**
 * Article text extraction: finds the article roots of a document and walks them into text blocks
 * (one per paragraph-like element), remembering which text node each character came from so that
 * matches map back to DOM ranges across `<a>`, `<em>` and ruby. Reads the DOM only; never writes.
 */
import { guessLang } from '../core/segment';
import type { MatchLang } from '../core/types';
import { INLINE_TAGS, isInSkippedRegion, isSkippedElement } from './skip-rules';

/** A run of a text node inside a block: block text [start, end) is node.data[0, end - start). */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
}

/** One paragraph-like run of text with its source nodes. Gaps (from `<br>`) have no segment. */
export interface TextBlock {
  element: Element;
  text: string;
  segments: TextSegment[];
  lang: MatchLang;
}

/** Blocks with fewer non-space characters than this cannot hold a claim. */
const MIN_BLOCK_CHARS = 8;
/** The walk yields `null` this often so callers can yield to the page even inside text-free subtrees. */
const CHECKPOINT_NODES = 512;
const BARRIER = Symbol('barrier');

/**
 * The elements that hold the article: top-level `<article>`s, else `<main>`, else the element with the most
 * paragraph text, else `<body>`. Skipped regions (asides, comments, navigation) never count.
 */
export function findArticleRoots(doc: Document): Element[] {
  const articles = [...doc.querySelectorAll('article')].filter(
    (a) => !a.parentElement?.closest('article') && !isInSkippedRegion(a),
  );
  if (articles.length > 0) return articles;
  const main = doc.querySelector('main, [role="main"]');
  if (main && !isInSkippedRegion(main)) return [main];
  const dense = densestTextParent(doc);
  if (dense) return [dense];
  return doc.body ? [doc.body] : [];
}

/** The parent of the most paragraph text (a cheap readability heuristic for pages without landmarks). */
function densestTextParent(doc: Document): Element | null {
  const score = new Map<Element, number>();
  for (const p of doc.querySelectorAll('p')) {
    const parent = p.parentElement;
    const len = p.textContent?.trim().length ?? 0;
    if (parent && len >= 40) score.set(parent, (score.get(parent) ?? 0) + len);
  }
  let best: Element | null = null;
  let bestScore = 200;
  for (const [el, s] of score) {
    if (s > bestScore && !isInSkippedRegion(el)) [best, bestScore] = [el, s];
  }
  return best;
}

/**
 * The walk's stack holds sibling cursors, not children: an element with 20,000 children costs one frame, not
 * 20,000 frames and wrappers in a single step (a long task and a GC on huge pages).
 */
interface Frame {
  node: Node | typeof BARRIER;
  block: Element;
  /**
   * Set when the frame stands for `node` and every later sibling of it under this parent. The page may move or remove
   * nodes between the walk's steps: a node no longer under it ends the run (the mutation observer rescans the parent).
   */
  parent?: Node;
}

/** At least MIN_BLOCK_CHARS non-space characters, counted without building a stripped copy of the text. */
function hasMinChars(text: string): boolean {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    if (!SPACE.test(text[i]!) && ++n >= MIN_BLOCK_CHARS) return true;
  }
  return false;
}
const SPACE = /\s/;

class BlockBuilder {
  text = '';
  segments: TextSegment[] = [];
  constructor(readonly element: Element) {}
  addText(node: Text): void {
    const start = this.text.length;
    this.text += node.data;
    if (node.data.length > 0) this.segments.push({ node, start, end: this.text.length });
  }
  addGap(): void {
    this.text += '\n';
  }
  build(): TextBlock | null {
    if (!hasMinChars(this.text)) return null;
    return { element: this.element, text: this.text, segments: this.segments, lang: guessLang(this.text) };
  }
}

/**
 * A block element whose children are all text (the common paragraph): its text comes from `textContent` without
 * touching each text node from script, and its segments are only listed when a match needs a range. On a page with
 * a million text nodes this saves a wrapper and a segment object per node, and the GC pauses they cause.
 */
function leafBlock(el: Element): TextBlock | null {
  const text = el.textContent ?? '';
  if (!hasMinChars(text)) return null;
  let segments: TextSegment[] | null = null;
  return {
    element: el,
    text,
    lang: guessLang(text),
    get segments() {
      return (segments ??= leafSegments(el, text));
    },
  };
}

/** The text-node segments of a leaf block; none (so the block counts as changed) if its text no longer matches. */
function leafSegments(el: Element, text: string): TextSegment[] {
  const out: TextSegment[] = [];
  let at = 0;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 3) continue;
    const data = (n as Text).data;
    if (data.length === 0) continue;
    if (text.startsWith(data, at) === false) return [];
    out.push({ node: n as Text, start: at, end: (at += data.length) });
  }
  return at === text.length ? out : [];
}

/**
 * Walks `root` in document order and yields its text blocks; yields `null` at checkpoints so a caller can
 * pause between any two steps. Open shadow roots are walked; their text forms separate blocks.
 */
export function* iterateBlocks(root: Element): Generator<TextBlock | null> {
  if (isSkippedElement(root)) return;
  const stack: Frame[] = [{ node: root, block: root }];
  let current = null as BlockBuilder | null;
  let visited = 0;
  function* flush() {
    const built = current?.build();
    current = null;
    if (built) yield built;
  }
  while (stack.length > 0) {
    const { node, block, parent } = stack.pop()!;
    if (++visited % CHECKPOINT_NODES === 0) yield null;
    if (parent && node !== BARRIER) {
      if (node.parentNode !== parent) continue;
      const next = node.nextSibling;
      if (next) stack.push({ node: next, block, parent });
    }
    if (node === BARRIER) {
      yield* flush();
      continue;
    }
    if (node.nodeType === 3) {
      if ((current as BlockBuilder | null)?.element !== block) {
        yield* flush();
        current = new BlockBuilder(block);
      }
      current!.addText(node as Text);
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) continue;
    const el = node as Element;
    if (node.nodeType === 1 && node !== root) {
      if (el.tagName === 'BR') {
        if ((current as BlockBuilder | null)?.element === block) current!.addGap();
        continue;
      }
      if (isSkippedElement(el)) continue;
    }
    const childBlock = node.nodeType === 1 && !INLINE_TAGS.has(el.tagName.toUpperCase()) ? el : block;
    if (childBlock === el && el.childElementCount === 0 && !el.shadowRoot) {
      yield* flush();
      const leaf = leafBlock(el);
      if (leaf) yield leaf;
      continue;
    }
    if (node.firstChild) stack.push({ node: node.firstChild, block: childBlock, parent: node });
    const shadow = node.nodeType === 1 ? el.shadowRoot : null;
    if (shadow) {
      // Shadow text is its own block: a DOM range may not span a shadow boundary.
      stack.push({ node: BARRIER, block: childBlock });
      if (shadow.firstChild) stack.push({ node: shadow.firstChild, block: el, parent: shadow });
      stack.push({ node: BARRIER, block: childBlock });
    }
  }
  yield* flush();
}

/** All blocks of a document's article roots, synchronously (the CLI and tests; the page scanner slices this). */
export function extractBlocks(doc: Document): TextBlock[] {
  const out: TextBlock[] = [];
  for (const root of findArticleRoots(doc)) {
    for (const b of iterateBlocks(root)) if (b) out.push(b);
  }
  return out;
}
