import { ORDINALS } from "../lexicon/words.ts";
import type { SentenceView } from "../text/analysis.ts";
import { addFact, type Context, contextFilm, filmsIn } from "./context.ts";

const STUNT =
  /\b(?:stunts?|hanging from|dangl(?:es|ing) from|free solo|skydiv(?:e|es|ing)|parachut(?:e|es|ing))\b/i;

/** Production notes (stunts) and how the films of one franchise relate (sequels). */
export function findNotes(ctx: Context, s: SentenceView): void {
  if (STUNT.test(s.text) && !s.text.startsWith('"')) {
    const named = filmsIn(ctx, s);
    const film = named.length === 1 ? named[0]?.film : named.length === 0 ? contextFilm(ctx, s) : null;
    if (film) addFact(ctx, film, "productionNote", { kind: "stunt", text: s.text.slice(0, 1000) }, s, 0.6);
  }
  const ordinal =
    /\b(?:the|this|its)\s+(?:upcoming\s+|new\s+|next\s+|latest\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:installment|instalment|entry|chapter|film|movie)\b/i.exec(
      s.text,
    );
  if (ordinal) {
    const n = ORDINALS[(ordinal[1] ?? "").toLowerCase()];
    const film = ctx.films.find((f) => f.installment === n) ?? null;
    if (film && n) addFact(ctx, film, "installment", n, s, 0.7);
  }
}

// "X, the sequel to the 1981 film Y", "X is a prequel to Y": Y's sequel (or prequel) is X.
const FOLLOWS_BEFORE =
  /\b(sequel|prequel|follow-up)\s+to\s+(?:the\s+)?(?:(?:\d{4}|original|hit|first)\s+)*(?:(?:[\p{Ll}-]+\s+)?(?:film|movie)\s+)?$/u;

/** "X, the sequel to Y": stated sequels, whatever the titles look like. */
export function findStatedSequels(ctx: Context, s: SentenceView): void {
  const named = filmsIn(ctx, s);
  for (const [k, m] of named.entries()) {
    const from = Math.max(s.start, m.start - 60);
    const follows = FOLLOWS_BEFORE.exec(ctx.text.slice(from, m.start));
    if (!follows) continue;
    const later = k > 0 ? named[0]?.film : contextFilm(ctx, s);
    if (!later || later === m.film) continue;
    const relation = follows[1] === "prequel" ? "prequel" : "sequel";
    addFact(ctx, m.film, "relatedFilm", { relation, title: later.title }, s, 0.75);
  }
}

/** Films of one franchise with consecutive installments are sequels of each other. */
export function relateInstallments(ctx: Context): void {
  for (const a of ctx.films) {
    for (const b of ctx.films) {
      // "Glass Harbour" and "Glass Harbour 2": the franchise's first film has no number of its own.
      const first = !a.franchise && b.franchise === a.title && b.installment === 2;
      const next =
        !!a.franchise &&
        a.franchise === b.franchise &&
        !!a.installment &&
        b.installment === a.installment + 1;
      if (a === b || !(first || next)) continue;
      const mention = b.mentions[0];
      const s = mention ? ctx.sentences[mention.sentence] : undefined;
      if (s) addFact(ctx, a, "relatedFilm", { relation: "sequel", title: b.title }, s, 0.8);
    }
  }
}
