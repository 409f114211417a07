/** Types for store-screenshots.mjs, which its test imports. */
export const storeSize: { width: number; height: number };
export const listingScreenshots: string[];
export function backdropOf(pixel: Uint8Array): Uint8Array;
export function storeScreenshot(png: Uint8Array): Uint8Array;
export function rgbPng(rgba: Uint8Array, width: number, height: number): Uint8Array;
