import { COMMON_WORDS } from "../lexicon/words.ts";
import { isPersonShaped } from "../mentions/people.ts";
import { type SentenceView, tokenIndexAt } from "../text/analysis.ts";
import { type Add, asPhrase } from "./evidence.ts";
import { titleSpanAt } from "./title-span.ts";

// A quoted run of capitalised words is how trade press sets a title in plain text:
// "The Last Orchard", 'Night Ferry'. Speech is longer and has lower-case words.
const QUOTED = /(?<![\p{L}\p{N}])(["'])(\p{Lu}[^"'\n]{0,79}?)\1(?![\p{L}\p{N}])/gu;

const WORK_BEFORE_QUOTE =
  /\b(?:story|stories|novel|novella|book|play|song|single|album|poem|article|essay|episode|series|show)\s+(?:(?:titled|called|entitled)\s+)?(?:(?:by|from)\s+(?:\p{Lu}[\p{L}.'-]*\s){0,3}\p{Lu}[\p{L}.'-]*,?\s*)?$/u;

export function quotedTitles(s: SentenceView, add: Add): void {
  for (const m of s.text.matchAll(QUOTED)) {
    const inner = (m[2] ?? "").replace(/[,.;:]$/, "");
    // A nickname inside a name — Charles "Chic" Sale, "Mad" Max — is no title.
    const at = m.index ?? 0;
    const before = /(\p{Lu}[\p{L}.]*)\s$/u.exec(s.text.slice(Math.max(0, at - 20), at))?.[1];
    if (
      (before && !COMMON_WORDS.has(before.toLowerCase())) ||
      /^\s\p{Lu}/u.test(s.text.slice(at + m[0].length))
    )
      continue;
    if (inner.split(/\s+/).length > 8) continue;
    const start = s.start + (m.index ?? 0) + 1;
    const k = tokenIndexAt(s, start);
    const span = k >= 0 ? titleSpanAt(s.tokens, k) : null;
    if (!span || span.end !== start + inner.length) continue;
    if (isPersonShaped(asPhrase(inner), true)) continue;
    // 'a short story by Richard Harding Davis, "The Grand Cross of the Desert"': not a film.
    if (WORK_BEFORE_QUOTE.test(s.text.slice(Math.max(0, at - 80), at))) continue;
    add(s, span.start, span.end, 0.7, "quoted");
  }
}
