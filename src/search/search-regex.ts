/** A compiled `/regex/`: only `test`, which must run in time linear in the text. */
export interface SearchRegex {
  test(text: string): boolean;
}

export type CompiledRegex =
  | { kind: 'regex'; regex: SearchRegex; pattern: string; flags: string }
  | { kind: 'invalid'; message: string };

/** Compiles `/pattern/flags` (see linear-regex.ts), or says why it cannot. */
export type RegexCompiler = (pattern: string, flags: string) => CompiledRegex;
