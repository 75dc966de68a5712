/** A word or a symbol of the normalised text. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  upper: boolean;
  /** Letters or digits (not punctuation). */
  word: boolean;
  lower: string;
}

// A word keeps inner apostrophes and hyphens ("O'Brien", "Winn-Dixie"), a streaming brand its
// plus ("Paramount+"); numbers keep separators ("19.5", "06/05") and hyphened words
// ("18-year-old"); anything else is one symbol.
const TOKEN =
  /\p{N}+(?:[.,/:]\p{N}+)*(?:\p{L}+)?(?:-[\p{L}\p{N}]+)*|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['-][\p{L}\p{M}\p{N}]+)*\+?|[^\s]/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  const slice = text.slice(0, to);
  let m: RegExpExecArray | null = TOKEN.exec(slice);
  while (m !== null) {
    const value = m[0];
    const first = value[0] ?? "";
    tokens.push({
      text: value,
      start: m.index,
      end: m.index + value.length,
      upper: /\p{Lu}/u.test(first),
      word: /[\p{L}\p{N}]/u.test(first),
      lower: value.toLowerCase(),
    });
    m = TOKEN.exec(slice);
  }
  return tokens;
}
