import { describe, expect, test } from 'vitest';
import { drawingFigures, type DrawnConnector } from '../../src/lib/ladder-figures';

const line = (from: string, to: string, ...points: [number, number][]): DrawnConnector => ({ from, to, points });

describe('drawingFigures', () => {
  test('counts a vertical run through a horizontal one as a crossing, and a touch at an end as none', () => {
    const figures = drawingFigures({
      connectors: [line('a', 'b', [0, 50], [100, 50]), line('c', 'd', [50, 0], [50, 100]), line('e', 'f', [100, 0], [100, 100])],
      labels: [],
    });
    expect(figures.crossings).toBe(1);
  });

  test('finds segments closer than 8 px for 16 px or more, and lets shorter or farther ones be', () => {
    const figures = drawingFigures({
      connectors: [
        line('a', 'b', [0, 0], [0, 100]),
        line('c', 'd', [5, 10], [5, 60]), // 5 px away for 50 px
        line('e', 'f', [20, 0], [20, 100]), // 15 px from c→d: apart enough
        line('g', 'h', [-4, 95], [-4, 130]), // 4 px away, but together only 5 px
      ],
      labels: [],
    });
    expect(figures.sideBySide).toEqual(['a→b and c→d']);
  });

  test('finds arrowheads that enter one target on top of each other', () => {
    const figures = drawingFigures({
      connectors: [line('a', 't', [0, 100], [0, 0]), line('b', 't', [4, 100], [4, 0]), line('c', 'u', [40, 100], [40, 0]), line('d', 'u', [60, 100], [60, 0])],
      labels: [],
    });
    expect(figures.sharedArrowheads).toEqual(['t']);
  });

  test('finds a label that is not the whole title, and counts bends', () => {
    const figures = drawingFigures({
      connectors: [line('a', 'b', [0, 0], [0, 10], [10, 10], [10, 20])],
      labels: [
        { id: 'whole', title: 'Head of Customer  Service', lines: ['Head of Customer', 'Service'] },
        { id: 'cut', title: 'Senior Customer Service Manager / Director of Customer Experience', lines: ['Senior Customer', 'Service Manager /', 'Director of Customer…'] },
      ],
    });
    expect(figures.cutLabels).toEqual(['cut']);
    expect(figures.bends).toBe(2);
  });
});
