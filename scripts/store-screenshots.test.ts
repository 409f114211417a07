import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import UPNG from 'upng-js';
import { describe, expect, it } from 'vitest';
import {
  backdropOf,
  listingScreenshots,
  storeScreenshot,
  storeSize,
} from './store-screenshots.mjs';

/** An opaque image whose every pixel is `colour(x, y)`, as PNG bytes. */
function png(width: number, height: number, colour: (x: number, y: number) => number[]) {
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) rgba.set([...colour(x, y), 255], (y * width + x) * 4);
  return new Uint8Array(UPNG.encode([rgba.buffer], width, height, 0));
}

function decoded(bytes: Uint8Array) {
  const image = UPNG.decode(new Uint8Array(bytes).buffer);
  const rgba = new Uint8Array(UPNG.toRGBA8(image)[0] ?? new ArrayBuffer(0));
  const pixel = (x: number, y: number) => [
    ...rgba.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 4),
  ];
  return { width: image.width, height: image.height, pixel };
}

const { width: W, height: H } = storeSize;
const white = [255, 255, 255];
const red = [200, 30, 30];

describe('storeScreenshot', () => {
  it('centres a smaller view at its own size on a backdrop of its colour', () => {
    // White with a red pixel at (10, 20): it must land at the same offset from the view's corner.
    const out = decoded(
      storeScreenshot(png(720, 320, (x, y) => (x === 10 && y === 20 ? red : white))),
    );
    expect([out.width, out.height]).toEqual([W, H]);
    const left = (W - 720) / 2;
    const top = (H - 320) / 2;
    expect(out.pixel(left + 10, top + 20)).toEqual([...red, 255]);
    expect(out.pixel(left, top)).toEqual([...white, 255]);
    const backdrop = [...backdropOf(Uint8Array.from([...white, 255]))];
    expect(backdrop).toEqual([245, 245, 245, 255]);
    expect(out.pixel(0, 0)).toEqual(backdrop);
    expect(out.pixel(left - 1, top)).toEqual(backdrop);
    expect(out.pixel(left + 720, top + 319)).toEqual(backdrop);
  });

  it('scales a taller view down to the height, never beyond the canvas', () => {
    // Left half red, right half white, 400×1000 → 320×800 centred: columns 480–799.
    const out = decoded(storeScreenshot(png(400, 1000, (x) => (x < 200 ? red : white))));
    expect([out.width, out.height]).toEqual([W, H]);
    expect(out.pixel(479, 400)).toEqual(out.pixel(0, 0));
    expect(out.pixel(480, 0)).toEqual([...red, 255]);
    expect(out.pixel(480 + 150, 799)).toEqual([...red, 255]);
    expect(out.pixel(480 + 170, 400)).toEqual([...white, 255]);
    expect(out.pixel(799, 400)).toEqual([...white, 255]);
    expect(out.pixel(800, 400)).toEqual(out.pixel(0, 0));
  });

  it('leaves a view of the store size as it is, pixel for pixel', () => {
    const colour = (x: number, y: number) => [x % 256, y % 256, (x * y) % 256];
    const bytes = storeScreenshot(png(W, H, colour));
    // 24-bit RGB, no alpha, as the Chrome Web Store asks: IHDR's bit depth and colour type.
    expect([bytes[24], bytes[25]]).toEqual([8, 2]);
    const out = decoded(bytes);
    for (const [x, y] of [
      [0, 0],
      [1279, 799],
      [333, 444],
      [1000, 17],
    ] as const)
      expect(out.pixel(x, y)).toEqual([...colour(x, y), 255]);
  });
});

describe('the listing screenshots', () => {
  const shot = (name: string) =>
    fileURLToPath(new URL(`../docs/screenshots/${name}.png`, import.meta.url));

  it('are five of the screenshots npm run screenshots takes, the most Chrome shows', () => {
    expect(listingScreenshots).toHaveLength(5);
    for (const name of listingScreenshots) expect(existsSync(shot(name)), name).toBe(true);
  });

  it('come out at the store size from the real images, the tallest one too', () => {
    const inspector = decoded(storeScreenshot(readFileSync(shot('inspector-light'))));
    expect([inspector.width, inspector.height]).toEqual([W, H]);
  });
});
