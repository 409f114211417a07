// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { renderInDom } from '../ui/testing/render-in-dom';
import { fill, slot } from './fill-message';
import { t } from './t';

let cleanup = () => {};
afterEach(() => cleanup());

describe('fill', () => {
  it('puts each element where the message has its slot, in the message’s order', () => {
    const view = renderInDom(
      <p>{fill(`${slot(1)} vor ${slot(0)}.`, <b key="a">A</b>, <i key="b">B</i>)}</p>,
    );
    cleanup = view.unmount;
    expect(view.root.innerHTML).toBe('<p><i>B</i> vor <b>A</b>.</p>');
  });

  it('fills a slot with text, and never takes private-use characters in it for a slot', () => {
    const hostile = '\uE000 \uE0000 \uE001';
    const view = renderInDom(<p>{fill(t('manager_selectCookie', slot(0)), hostile)}</p>);
    cleanup = view.unmount;
    expect(view.root.textContent).toBe(`Select ${hostile}`);
  });
});
