import { describe, expect, it } from 'vitest';
import { placePopover } from './place-popover';

const viewport = { width: 360, height: 600 };

describe('placePopover', () => {
  it('puts it under the button, right edges together', () => {
    expect(
      placePopover({ top: 20, right: 340, bottom: 44 }, { width: 200, height: 300 }, viewport),
    ).toEqual({
      left: 140,
      top: 46,
    });
  });

  it('keeps it inside the viewport on the left when it is wider than the room left of the button', () => {
    expect(
      placePopover({ top: 20, right: 100, bottom: 44 }, { width: 300, height: 100 }, viewport).left,
    ).toBe(4);
  });

  it('keeps it inside the viewport on the right when the button is past the edge', () => {
    expect(
      placePopover({ top: 20, right: 500, bottom: 44 }, { width: 300, height: 100 }, viewport).left,
    ).toBe(56);
  });

  it('goes above when there is no room below and more above', () => {
    expect(
      placePopover({ top: 500, right: 340, bottom: 520 }, { width: 100, height: 150 }, viewport),
    ).toEqual({
      left: 240,
      top: 348,
    });
  });

  it('stays under and scrolls when neither side has the room but below has more', () => {
    expect(
      placePopover({ top: 20, right: 340, bottom: 44 }, { width: 328, height: 900 }, viewport),
    ).toEqual({
      left: 12,
      top: 46,
      maxHeight: 550,
    });
  });

  it('scrolls above when above has more room but not enough', () => {
    expect(
      placePopover({ top: 400, right: 340, bottom: 420 }, { width: 100, height: 900 }, viewport),
    ).toEqual({
      left: 240,
      top: 4,
      maxHeight: 394,
    });
  });
});
