import { describe, expect, it } from 'vitest';
import { maxJsonDepth, parseJson } from './json';

describe('parseJson', () => {
  it('gives a tree in source order and a pretty text', () => {
    const parsed = parseJson('{"b":1,"a":[true,null,"x"]}');
    expect(parsed?.tree).toEqual({
      type: 'object',
      entries: [
        { key: 'b', value: { type: 'number', value: 1 } },
        {
          key: 'a',
          value: {
            type: 'array',
            items: [
              { type: 'boolean', value: true },
              { type: 'null' },
              { type: 'string', value: 'x' },
            ],
          },
        },
      ],
    });
    expect(parsed?.pretty).toBe('{\n  "b": 1,\n  "a": [\n    true,\n    null,\n    "x"\n  ]\n}');
  });

  it('keeps a "__proto__" key as data', () => {
    const parsed = parseJson('{"__proto__":{"admin":true}}');
    expect(parsed?.tree).toMatchObject({ entries: [{ key: '__proto__' }] });
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it.each([
    ['a number', '123'],
    ['a string', '"x"'],
    ['broken JSON', '{"a":'],
    [
      'nesting deeper than the limit',
      `${'['.repeat(maxJsonDepth + 1)}${']'.repeat(maxJsonDepth + 1)}`,
    ],
  ])('refuses %s', (_label, text) => {
    expect(parseJson(text)).toBeNull();
  });

  it('does not count brackets inside strings as nesting', () => {
    expect(parseJson(`["${'['.repeat(500)}\\""]`)).not.toBeNull();
  });
});
