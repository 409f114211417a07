import { describe, expect, it } from 'vitest';
import { fileTooBigReason, maxImportFileBytes, textOfImportFile } from './import-file-text';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('textOfImportFile', () => {
  it.each<[string, Uint8Array, string]>([
    ['UTF-8 text', utf8('a=1; b=é'), 'a=1; b=é'],
    ['without its byte order mark', utf8('\uFEFF[{"a":1}]'), '[{"a":1}]'],
    ['an empty file', bytes(), ''],
  ])('reads %s', (_label, input, text) => {
    expect(textOfImportFile(input)).toEqual({ ok: true, text });
  });

  it.each<[string, Uint8Array]>([
    ['a NUL byte (an SQLite cookie database, a zip)', utf8('SQLite format 3\u0000\u0010')],
    ['bytes that are not UTF-8 (Latin-1 é)', bytes(0x61, 0x3d, 0xe9, 0x0a)],
    ['a truncated UTF-8 sequence', bytes(0x61, 0xc3)],
    ['a PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)],
  ])('refuses %s as not a text file', (_label, input) => {
    const result = textOfImportFile(input);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(/^This is not a text file/);
  });
});

describe('fileTooBigReason', () => {
  it('accepts a file of the limit and refuses one byte more, naming both sizes', () => {
    expect(fileTooBigReason(maxImportFileBytes)).toBeUndefined();
    expect(fileTooBigReason(maxImportFileBytes + 1)).toBe(
      'This file is 32.0 MB; an import reads files of up to 32 MB. A browser keeps at most 3,300 cookies, which fit in far less: split the file or export fewer cookies.',
    );
  });
});
