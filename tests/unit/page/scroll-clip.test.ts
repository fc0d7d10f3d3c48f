import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ScrollClips } from '../../../src/page/scroll-clip';

describe('ScrollClips.moves', () => {
  const { document } = parseHTML(
    '<html><body><div id="pane"><p id="a">A</p></div><div id="ticker"><span>news</span></div><p id="b">B</p></body></html>',
  );
  const a = document.getElementById('a')!;
  const b = document.getElementById('b')!;

  it('is true only for a scrolled element that holds an annotated block (or is one)', () => {
    expect(ScrollClips.moves(document.getElementById('pane'), [a, b])).toBe(true);
    expect(ScrollClips.moves(a, [a])).toBe(true);
    expect(ScrollClips.moves(document.getElementById('ticker'), [a, b])).toBe(false);
    expect(ScrollClips.moves(document.getElementById('pane'), [])).toBe(false);
  });

  it('ignores targets that are not nodes', () => {
    expect(ScrollClips.moves(null, [a])).toBe(false);
    expect(ScrollClips.moves({} as EventTarget, [a])).toBe(false);
  });
});
