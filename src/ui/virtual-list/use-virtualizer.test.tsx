// @vitest-environment happy-dom
import type { Virtualizer } from '@tanstack/virtual-core';
import { useRef } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { renderInDom } from '../testing/render-in-dom';
import { observeAtLeastMaxHeight, useVirtualizer } from './use-virtualizer';

function observe(box: HTMLElement) {
  document.body.append(box);
  const seen: Array<{ width: number; height: number }> = [];
  const instance = { scrollElement: box, targetWindow: window, options: {} };
  const stop = observeAtLeastMaxHeight(
    instance as unknown as Virtualizer<HTMLElement, HTMLElement>,
    (rect) => seen.push(rect),
  );
  return { seen, stop };
}

afterEach(() => document.body.replaceChildren());

describe('observeAtLeastMaxHeight', () => {
  it('gives an empty box (0 high: sized by its rows) the height it can grow to, its max-height', () => {
    const box = document.createElement('div');
    box.style.maxHeight = '420px';
    expect(box.clientHeight).toBe(0);
    const { seen, stop } = observe(box);
    expect(seen[0]?.height).toBe(420);
    if (typeof stop === 'function') stop();
  });

  it("takes a box without a max-height as measured (the manager's), and caps at the window's height", () => {
    const free = document.createElement('div');
    expect(observe(free).seen[0]?.height).toBe(0);
    const tall = document.createElement('div');
    tall.style.maxHeight = `${window.innerHeight * 3}px`;
    expect(observe(tall).seen[0]?.height).toBe(Math.max(window.innerHeight, 600));
  });

  it("counts a popup's window as the 600px it grows to, not the 64px it first has", () => {
    const { innerHeight } = window;
    Object.defineProperty(window, 'innerHeight', { value: 64, configurable: true });
    try {
      const box = document.createElement('div');
      box.style.maxHeight = '420px';
      expect(observe(box).seen[0]?.height).toBe(420);
    } finally {
      Object.defineProperty(window, 'innerHeight', { value: innerHeight, configurable: true });
    }
  });
});

describe('useVirtualizer', () => {
  /** A list in a box sized by its rows up to 420px, as the popup's. */
  function List({ count }: { count: number }) {
    const box = useRef<HTMLDivElement>(null);
    const virtualizer = useVirtualizer({
      count,
      getScrollElement: () => box.current,
      estimateSize: () => 23,
      overscan: 2,
    });
    return (
      <div ref={box} style={{ maxHeight: '420px', overflow: 'auto' }}>
        {virtualizer.getVirtualItems().map((item) => (
          <p key={item.key} data-testid="row" />
        ))}
      </div>
    );
  }

  it('renders the rows of the height its box grows to while the box still measures 0', async () => {
    // happy-dom measures every box 0 high, as the browser does an empty one.
    const view = renderInDom(<List count={100} />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(view.allByTestId('row').length).toBeGreaterThanOrEqual(Math.ceil(420 / 23));
    view.unmount();
  });
});
