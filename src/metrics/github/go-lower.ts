/**
 * Lower-cases text as Go's `strings.ToLower` does, which gh's case-insensitive checks use: each
 * character on its own, by Unicode's simple mapping. JavaScript's `toLowerCase` applies the full,
 * context-sensitive mapping instead: a capital sigma at a word's end becomes `ς` (Go: `σ`) and `İ`
 * becomes two characters, `i̇` (Go: `i`), so a check could pass in one tool and fail in the other.
 */
export function goLowerCase(text: string): string {
  let lower = '';
  for (const char of text) lower += char === '\u0130' ? 'i' : char.toLowerCase();
  return lower;
}
