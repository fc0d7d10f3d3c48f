import { describe, expect, it } from 'vitest';
import { isInSkippedRegion, isOwnElement, isSkippedElement } from '../../../src/page/skip-rules';
import { pageDom } from './page-dom';

const el = (html: string) => {
  const { doc } = pageDom(html);
  return doc.body.firstElementChild!;
};

describe('skip rules', () => {
  it('skips page chrome, editors, hidden and opted-out elements, and Kensho’s own', () => {
    for (const html of [
      '<nav>x</nav>',
      '<footer>x</footer>',
      '<aside>x</aside>',
      '<form>x</form>',
      '<textarea>x</textarea>',
      '<pre>x</pre>',
      '<div role="navigation">x</div>',
      '<div role="Dialog">x</div>',
      '<div contenteditable="">x</div>',
      '<div contenteditable="true">x</div>',
      '<div hidden>x</div>',
      '<div aria-hidden="true">x</div>',
      '<div data-kensho-skip>x</div>',
      '<div class="comments">x</div>',
      '<div id="related-stories">x</div>',
      '<section class="ad">x</section>',
      '<div class="social-share">x</div>',
      '<header>site header</header>',
      '<kensho-card>x</kensho-card>',
    ]) {
      expect(isSkippedElement(el(html)), html).toBe(true);
    }
  });

  it('reads article prose, an article’s own header, and names that only contain a skipped word', () => {
    for (const html of [
      '<p>x</p>',
      '<div contenteditable="false">x</div>',
      '<div class="commentary">x</div>',
      '<div class="header-lead">x</div>',
      '<div class="adventure">x</div>',
      '<div role="main">x</div>',
      '<div aria-hidden="false">x</div>',
    ]) {
      expect(isSkippedElement(el(html)), html).toBe(false);
    }
    const { doc } = pageDom('<article><header><h1>Headline</h1></header></article>');
    expect(isSkippedElement(doc.querySelector('header')!)).toBe(false);
  });

  it('finds a skipped ancestor, stopping at the given root', () => {
    const { doc } = pageDom('<div class="comments"><article><p id="p">Text <b id="b">bold</b></p></article></div>');
    const b = doc.getElementById('b')!;
    expect(isInSkippedRegion(b.firstChild!)).toBe(true);
    expect(isInSkippedRegion(b.firstChild!, doc.querySelector('article')!)).toBe(false);
    expect(isOwnElement(doc.createElement('kensho-marker'))).toBe(true);
    expect(isOwnElement(doc.createElement('kensho'))).toBe(false);
  });
});
