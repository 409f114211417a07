// Outside a character class: `\1`…`\9` and `\k<name>` refer back to a group; `(?=`, `(?!`,
// `(?<=` and `(?<!` look around. Inside a class they are other things (`[\1]`, `[(?=]`).
const lookaround = ['?=', '?!', '?<=', '?<!'];

/**
 * Whether a JavaScript pattern uses backreferences or lookaround: what only a backtracking
 * engine can run, and RE2 refuses (or, for `\k<name>`, would silently read as the letter k).
 */
export function needsBacktracking(pattern: string): boolean {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      const next = pattern[i + 1] ?? '';
      if (!inClass && (/[1-9]/.test(next) || pattern.startsWith('k<', i + 1))) return true;
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') {
      inClass = true;
    } else if (ch === '(' && lookaround.some((start) => pattern.startsWith(start, i + 1))) {
      return true;
    }
  }
  return false;
}
