import type { SentenceView } from "../text/analysis.ts";
import { addFact, type Context, filmNear, phraseAt, speaksOfUnnamedFilm } from "./context.ts";
import { personOf } from "./names.ts";

// Cast named by what is said of one actor rather than by a cast list. Each pattern reads the
// text right after (or right before) a person's name.

// "Paul Giamatti's portrayal of Ben Bernanke": the role is the capitalised phrase after "of".
const PORTRAYAL_OF = /^'s? (?:portrayal|performance|depiction) (?:of|as) (?=\p{Lu})/u;
// "features Patrick Swayze's last film role", "marked Ann Lee's screen debut".
const OWN_PERFORMANCE =
  /^'s? (?:last|final|first|only|posthumous) (?:(?:feature|film|screen|movie|major|starring|credited|acting) )?(?:role|performance|appearance)\b|^'s? (?:screen|film|acting|feature|movie) debut\b/u;
// "featuring the last performance of Denholm Elliott".
const PERFORMANCE_OF =
  /\b(?:last|final|first|posthumous) (?:(?:film|screen|movie) )?(?:performance|role|appearance) of $/u;
// "Kate Winslet joined the cast", "… and Ivy Hart round out the ensemble".
const JOINED_CAST =
  /^ (?:also |later |then )?(?:joined|joins|rounded out|rounds out|round out) the (?:cast|ensemble)\b/u;
// "produced and directed by Barbra Streisand, who also stars." Only the present tense and a
// clause that ends there: "who starred in Titanic" names another film.
const WHO_ALSO_STARS =
  /^, who (?:also )?(?:stars|co-stars|appears)(?: (?:in (?:it|the film|the movie)|as [^,.;]+))?[,.;]/u;
// "with Sigourney Weaver returning in an additional role".
const RETURNING_WITH = /^ (?:returning|reprising (?:his|her|their) role) (?:in|as)\b/u;

// Any of the patterns above needs one of these words; most sentences have none.
const ANY_CUE =
  /\b(?:portrayal|performance|depiction|role|appearance|debut|joined|joins|round|rounds|rounded|stars|co-stars|appears|returning|reprising)\b/;

export function findPerformances(ctx: Context, s: SentenceView): void {
  if (!ANY_CUE.test(s.text)) return;
  for (const phrase of s.phrases) {
    const name = personOf(ctx, phrase, true);
    if (!name) continue;
    const after = ctx.text.slice(phrase.end, Math.min(s.end, phrase.end + 80));
    const before = ctx.text.slice(Math.max(s.start, phrase.start - 48), phrase.start);
    let character: string | null = null;
    const portrayal = PORTRAYAL_OF.exec(after);
    if (portrayal) {
      const k = s.tokens.findIndex((t) => t.start === phrase.end + portrayal[0].length);
      const role = k >= 0 ? phraseAt(s, k) : undefined;
      if (!role) continue;
      character = role.text;
    } else if (
      !OWN_PERFORMANCE.test(after) &&
      !PERFORMANCE_OF.test(before) &&
      !JOINED_CAST.test(after) &&
      !WHO_ALSO_STARS.test(after) &&
      !(RETURNING_WITH.test(after) && /\bwith $/.test(before))
    )
      continue;
    if (speaksOfUnnamedFilm(ctx, s, phrase.start)) continue;
    addFact(ctx, filmNear(ctx, s, phrase.start), "cast", { name, character }, s, 0.75);
  }
}
