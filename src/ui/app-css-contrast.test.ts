import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { containerColours } from '../protocol/store-kind';
import { contrastRatio } from './testing/contrast-ratio';

const css = readFileSync(new URL('./app.css', import.meta.url), 'utf8');

/** The custom properties declared in the first block opened by `selector`. */
function variables(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start === -1) throw new Error(`app.css has no "${selector} {" block`);
  const body = css.slice(start + selector.length + 2, css.indexOf('}', start));
  return Object.fromEntries(
    [...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map(([, name, value]) => [name, value?.trim()]),
  );
}

const light = variables(':root');
const darkBySystem = variables(':root:not([data-theme="light"])');
const darkByDevTools = variables(':root[data-theme="dark"]');
const dark = { ...light, ...darkBySystem };

/** A colour variable's value, following `var(--other)`. */
function colour(theme: Record<string, string>, name: string): string {
  const value = theme[name];
  if (!value) throw new Error(`app.css does not define ${name}`);
  const reference = value.match(/^var\((--[\w-]+)\)$/)?.[1];
  return reference ? colour(theme, reference) : value;
}

// [text or mark, background it is used on, minimum ratio]: WCAG AA 1.4.3 for text (4.5:1, the
// extension has no large text), 1.4.11 for the edges and focus rings that identify controls.
const pairs: Array<[string, string, number]> = [
  ['--fg', '--bg', 4.5],
  ['--fg', '--badge', 4.5],
  ['--fg', '--received', 4.5],
  ['--fg', '--warn-bg', 4.5],
  ['--muted', '--bg', 4.5],
  ['--muted', '--badge', 4.5],
  ['--muted', '--received', 4.5],
  ['--muted', '--warn-bg', 4.5],
  ['--accent-fg', '--accent', 4.5],
  ['--danger', '--bg', 4.5],
  ['--danger', '--badge', 4.5],
  ['--warn', '--bg', 4.5],
  ['--warn', '--warn-bg', 4.5],
  ['--session', '--bg', 4.5],
  ['--session', '--received', 4.5],
  ['--persistent', '--bg', 4.5],
  ['--persistent', '--received', 4.5],
  ['--added', '--bg', 4.5],
  ['--field-border', '--bg', 3],
  ['--accent', '--bg', 3],
  ['--accent', '--received', 3],
  ['--accent', '--badge', 3],
  // A store's swatch, in a badge and on the page.
  ...['--store-private', ...containerColours.map((c) => `--container-${c}`)].flatMap(
    (swatch): Array<[string, string, number]> => [
      [swatch, '--bg', 3],
      [swatch, '--badge', 3],
    ],
  ),
];

describe('app.css colours', () => {
  it('says the same in both dark blocks (system dark, and DevTools dark)', () => {
    expect(darkByDevTools).toEqual(darkBySystem);
  });

  it('gives every colour of the light theme a dark value', () => {
    const own = Object.keys(light).filter((name) => !/^var\(/.test(light[name] ?? ''));
    expect(Object.keys(darkBySystem).sort()).toEqual(own.sort());
  });

  for (const [name, theme] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    it.each(pairs)(`${name}: %s on %s is at least %d:1`, (fg, bg, minimum) => {
      expect(contrastRatio(colour(theme, fg), colour(theme, bg))).toBeGreaterThanOrEqual(minimum);
    });
  }

  it.each(['private', ...containerColours])('has a swatch rule for %s', (colour) => {
    expect(css).toContain(`.swatch-${colour} {`);
  });

  // axe's own figures for the findings: 2.42 and 4.35 (it truncates).
  it('computes ratios as WCAG does', () => {
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(21);
    expect(contrastRatio('#ffffff', '#6aa8ff')).toBeCloseTo(2.43, 2);
    expect(contrastRatio('#e8e8ea', '#6b6b6b')).toBeCloseTo(4.36, 2);
  });
});
