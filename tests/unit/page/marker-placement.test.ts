import { describe, expect, it } from 'vitest';
import {
  comparePageOrder,
  markerPosition,
  spreadMarkers,
  type LiveAnnotation,
} from '../../../src/page/marker-placement';
import { pageDom } from './page-dom';

const r = (left: number, top: number, width = 100, height = 20) => ({
  left,
  top,
  width,
  height,
  right: left + width,
  bottom: top + height,
});
const range = (...rects: ReturnType<typeof r>[]) => ({ getClientRects: () => rects }) as unknown as Range;

describe('markerPosition', () => {
  const origin = { x: 0, y: -500 };

  it('puts the marker in the gutter right of the paragraph, level with the sentence’s last line', () => {
    const at = markerPosition(range(r(10, 100), r(10, 120, 60)), origin, { right: 700, viewportWidth: 1200 });
    expect(at).toEqual({ x: 706, y: 120 + 500 + (20 - 16) / 2 });
  });

  it('sits raised after the sentence when the paragraph reaches the viewport’s edge, or there is no gutter', () => {
    expect(markerPosition(range(r(10, 100)), origin, { right: 1190, viewportWidth: 1200 })).toEqual({
      x: 111,
      y: 100 + 500 - 8,
    });
    expect(markerPosition(range(r(10, 100)), origin)).toEqual({ x: 111, y: 592 });
  });

  it('skips empty boxes and lines scrolled out of their box; null when nothing is rendered', () => {
    expect(markerPosition(range(r(10, 100), r(0, 0, 0, 0)), origin)).toEqual({ x: 111, y: 592 });
    const clip = { top: 90, bottom: 130, left: 0, right: 1000 };
    expect(markerPosition(range(r(10, 100), r(10, 200)), origin, null, clip)).toEqual({ x: 111, y: 592 });
    expect(markerPosition(range(r(10, 300)), origin, null, clip)).toBeNull();
    expect(markerPosition(range(), origin)).toBeNull();
  });
});

describe('spreadMarkers', () => {
  it('moves a marker that would overlap an earlier one on the same line, and leaves others and nulls alone', () => {
    const places = [{ x: 700, y: 100 }, null, { x: 700, y: 102 }, { x: 700, y: 101 }, { x: 700, y: 200 }];
    spreadMarkers(places);
    expect(places).toEqual([{ x: 700, y: 100 }, null, { x: 720, y: 102 }, { x: 740, y: 101 }, { x: 700, y: 200 }]);
  });
});

describe('comparePageOrder', () => {
  it('orders by block in document order, then by offset, when ranges cannot be compared', () => {
    const { doc } = pageDom('<p id="a">A</p><p id="b">B</p>');
    const at = (id: string, start: number) =>
      ({
        block: { element: doc.getElementById(id)! },
        start,
        range: {
          compareBoundaryPoints: () => {
            throw new Error('other tree');
          },
        },
      }) as unknown as LiveAnnotation;
    const list = [at('b', 0), at('a', 5), at('a', 1)];
    expect(list.sort(comparePageOrder).map((x) => `${x.block.element.id}${x.start}`)).toEqual(['a1', 'a5', 'b0']);
  });
});
