import { crc32, deflateSync } from 'node:zlib';
import UPNG from 'upng-js';

/** The size the Chrome Web Store asks for (it takes 640×400 too; AMO takes any size). */
export const storeSize = { width: 1280, height: 800 };

/**
 * The README's screenshots (docs/screenshots/, `npm run screenshots`) a store listing shows, in
 * this order. Five, the most the Chrome Web Store takes: light views of the popup, the details
 * pane's inspector, the DevTools panel and the manager, and the manager in dark.
 */
export const listingScreenshots = [
  'popup-light',
  'inspector-light',
  'panel-light',
  'manager-light',
  'manager-dark',
];

/**
 * The colour around a view smaller than the store's size: its own background (its top-left
 * pixel) moved 8% towards mid-grey, so a light view sits on light grey and a dark one on dark
 * grey, and the view's edges show.
 */
export function backdropOf(pixel) {
  return Uint8Array.from(
    [...pixel.subarray(0, 3)].map((c) => Math.round(c + (128 - c) * 0.08)).concat(255),
  );
}

/**
 * A screenshot at the store's size: centred on a backdrop of its own colour (backdropOf),
 * scaled down (bilinear) only when it is larger,
 * never up: an enlarged interface looks blurred.
 */
export function storeScreenshot(png) {
  const image = UPNG.decode(new Uint8Array(png).buffer);
  const [frame] = UPNG.toRGBA8(image);
  if (!frame) throw new Error('The screenshot could not be decoded.');
  const source = new Uint8Array(frame);
  const { width: W, height: H } = storeSize;
  const scale = Math.min(1, W / image.width, H / image.height);
  const width = Math.round(image.width * scale);
  const height = Math.round(image.height * scale);
  const left = Math.floor((W - width) / 2);
  const top = Math.floor((H - height) / 2);
  const out = new Uint8Array(W * H * 4);
  const backdrop = backdropOf(source.subarray(0, 4));
  for (let i = 0; i < W * H; i++) out.set(backdrop, i * 4);
  const at = (x, y, channel) => source[(y * image.width + x) * 4 + channel];
  for (let y = 0; y < height; y++) {
    // The source point under this pixel's centre; at scale 1 it falls on a pixel exactly.
    const sy = Math.min(Math.max((y + 0.5) / scale - 0.5, 0), image.height - 1);
    const y0 = Math.floor(sy);
    const y1 = Math.min(y0 + 1, image.height - 1);
    const fy = sy - y0;
    for (let x = 0; x < width; x++) {
      const sx = Math.min(Math.max((x + 0.5) / scale - 0.5, 0), image.width - 1);
      const x0 = Math.floor(sx);
      const x1 = Math.min(x0 + 1, image.width - 1);
      const fx = sx - x0;
      const o = ((top + y) * W + left + x) * 4;
      for (let c = 0; c < 4; c++) {
        const upper = at(x0, y0, c) * (1 - fx) + at(x1, y0, c) * fx;
        const lower = at(x0, y1, c) * (1 - fx) + at(x1, y1, c) * fx;
        out[o + c] = Math.round(upper * (1 - fy) + lower * fy);
      }
    }
  }
  return rgbPng(out, W, H);
}

/**
 * RGBA pixels as a 24-bit RGB PNG, the one PNG form the Chrome Web Store names for screenshots
 * ("24-bit PNG, no alpha"): upng-js would pick a palette for a view of few colours.
 */
export function rgbPng(rgba, width, height) {
  // Each row: filter type 0 (none), then its pixels without alpha.
  const rows = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      for (let c = 0; c < 3; c++)
        rows[y * (1 + width * 3) + 1 + x * 3 + c] = rgba[(y * width + x) * 4 + c];
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, colour type 2 (RGB), no interlace
  const chunk = (type, data) => {
    const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(rows, { level: 9 })),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}
