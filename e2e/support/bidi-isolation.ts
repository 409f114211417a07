import { expect, type Frame, type Page } from '@playwright/test';

/**
 * Where cookie-derived text could reorder the text around it (U+202E in a cookie name, issue
 * 11): a text node holding a bidi control must sit directly in an isolating element
 * (unicode-bidi: isolate, as <bdi> has) or keep each control between FSI and PDI (composed
 * messages), and so must every aria-label and title; no other text with two Latin letters or
 * digits may run right to left on screen. Returns the places that fail, empty when none.
 */
export function bidiLeaks(document: Page | Frame): Promise<string[]> {
  return document.evaluate(() => {
    const controls = /[\u202a-\u202e\u2066-\u2069]/;
    const leaks: string[] = [];
    const where = (el: Element) => el.outerHTML.slice(0, 160);
    // Strips balanced FSI…PDI spans, innermost first: what remains must hold no control.
    const isolatedInText = (text: string) => {
      let value = text;
      for (let before = ''; before !== value; ) {
        before = value;
        value = value.replace(/\u2068[^\u2068\u2069]*\u2069/g, '');
      }
      return !controls.test(value);
    };
    const walker = window.document.createTreeWalker(window.document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const parent = node.parentElement;
      if (!parent || !text.trim()) continue;
      if (controls.test(text)) {
        const bidi = getComputedStyle(parent).unicodeBidi;
        const isolating = ['isolate', 'isolate-override', 'plaintext'].includes(bidi);
        if (!isolating && !isolatedInText(text)) {
          leaks.push(`text not isolated (${bidi}): ${where(parent)}`);
        }
        continue;
      }
      // Plain left-to-right text must read left to right: two neighbouring letters on one line.
      const match = /[A-Za-z0-9]{2}/.exec(text);
      if (!match) continue;
      const rect = (at: number) => {
        const range = window.document.createRange();
        range.setStart(node as Text, at);
        range.setEnd(node as Text, at + 1);
        return range.getBoundingClientRect();
      };
      const [a, b] = [rect(match.index), rect(match.index + 1)];
      if (a.width === 0 || Math.abs(a.top - b.top) > 2) continue;
      if (b.left < a.left)
        leaks.push(`"${text.trim().slice(0, 40)}" runs backwards: ${where(parent)}`);
    }
    // A read-only text box (an export preview) holds many cookies in one paragraph: a control in
    // one would reorder the others, and no element can isolate inside a textarea.
    for (const box of window.document.body.querySelectorAll('textarea[readonly]')) {
      if (controls.test((box as HTMLTextAreaElement).value)) {
        leaks.push(`read-only text box shows a raw control: ${where(box)}`);
      }
    }
    for (const el of window.document.body.querySelectorAll('[aria-label], [title]')) {
      for (const name of ['aria-label', 'title']) {
        if (!isolatedInText(el.getAttribute(name) ?? '')) {
          leaks.push(`${name} not isolated: ${where(el)}`);
        }
      }
    }
    return leaks;
  });
}

/** Polls until the document shows no bidi leak (lists render asynchronously). */
export async function expectNoBidiLeak(document: Page | Frame): Promise<void> {
  await expect.poll(() => bidiLeaks(document)).toEqual([]);
}
