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

  it('fills a slot with text too', () => {
    const view = renderInDom(<p>{fill(t('manager_selectCookie', slot(0)), '"a" (a.test/)')}</p>);
    cleanup = view.unmount;
    expect(view.root.textContent).toBe('Select "a" (a.test/)');
  });

  it('keeps lone private-use characters in substituted text as text', () => {
    // Cookie text goes in as elements; a substituted text beside the slots (here the "hidden by
    // the search" sentence) may still hold such characters and must come out as it went in.
    const odd = ' \uE000 \uE001 \uE0009';
    const view = renderInDom(
      <p>{fill(t('manager_deleteOneQuestion', slot(0), slot(1), odd), <b>A</b>, <i>B</i>)}</p>,
    );
    cleanup = view.unmount;
    expect(view.root.innerHTML).toContain('<b>A</b>');
    expect(view.root.innerHTML).toContain('<i>B</i>');
    expect(view.root.textContent).toContain(`?${odd} `);
  });
});
