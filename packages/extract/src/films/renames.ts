import type { Name } from "../names/names.ts";
import { WORD_CLASSES } from "../patterns/classes.ts";
import type { SentenceUnits } from "../patterns/pattern.ts";
import { type Rule, RuleTable } from "../patterns/rule.ts";

/**
 * What a rename rule says: the name in `former` is another title of the film named in
 * `current` — an earlier one, or one it goes by elsewhere ("released as X in France") — or,
 * without a `current` slot, of the film the sentence speaks of ("The film, formerly known as
 * X, …").
 */
export interface RenameEmit {
  former: string;
  current?: string;
}

export type RenameRule = Rule<RenameEmit>;

const TITLE = "<NAME|PNAME>";
/** Prepositions that set a title beside another: "after X, …", "as with X, …". */
const COMPARING = new Set(["after", "with", "like", "unlike", "besides", "before", "than", "as"]);
const NAMING = "titled|called|named|known|billed|retitled|renamed";
const EARLIER = "formerly|previously|originally|once|initially|provisionally";

/**
 * Ways news tells that a film changed its name. The current title is the film's title; the
 * former ones are its aliases, each with the sentence that linked it.
 */
export const RENAME_RULES: RenameRule[] = [
  {
    id: "rename.now-titled",
    pattern: `former=${TITLE} ,|( now|since|later|subsequently|newly ${NAMING} as|to? current=${TITLE}`,
    emit: { former: "former", current: "current" },
    confidence: 0.85,
    examples: [
      {
        text: "The thriller Glass Harbour 2, now titled Glass Harbour: Undertow, opens in May.",
        expect: ["film Glass Harbour: Undertow", "alias Glass Harbour 2 @ Glass Harbour: Undertow"],
      },
    ],
    counterExamples: [
      "The thriller Glass Harbour 2 opens in May; its star, now called Dana Okafor, is back.",
    ],
  },
  {
    id: "rename.retitled-as",
    pattern: `former=${TITLE} ,|( retitled|renamed as|to? current=${TITLE}`,
    emit: { former: "former", current: "current" },
    confidence: 0.85,
    examples: [
      {
        text: "The thriller Glass Harbour 2, retitled Glass Harbour: Undertow, opens in May.",
        expect: ["alias Glass Harbour 2 @ Glass Harbour: Undertow"],
      },
    ],
    counterExamples: ["The firm Glass Harbour Media, renamed Northlight Pictures in 2031, makes adverts."],
  },
  {
    id: "rename.formerly",
    pattern: `current=${TITLE} ,|( ${EARLIER} ${NAMING}? as? former=${TITLE}`,
    emit: { former: "former", current: "current" },
    confidence: 0.85,
    examples: [
      {
        text: "The thriller Glass Harbour: Undertow (formerly Glass Harbour 2) opens in May.",
        expect: ["alias Glass Harbour 2 @ Glass Harbour: Undertow"],
      },
      {
        text: "The thriller Glass Harbour: Undertow, previously known as Glass Harbour 2, opens in May.",
        expect: ["alias Glass Harbour 2 @ Glass Harbour: Undertow"],
      },
    ],
    counterExamples: ["The thriller Glass Harbour opens in May at the Rialto, formerly the Odeon Leith."],
  },
  {
    id: "rename.has-been-retitled",
    pattern: `former=${TITLE} has|have|had|was|is|will|would? been|be|being? retitled|renamed|rebranded as|to? current=${TITLE}`,
    emit: { former: "former", current: "current" },
    confidence: 0.85,
    examples: [
      {
        text: "The thriller Glass Harbour 2 has been retitled Glass Harbour: Undertow.",
        expect: ["alias Glass Harbour 2 @ Glass Harbour: Undertow"],
      },
    ],
    counterExamples: ["The firm Glass Harbour Media has been renamed Northlight Pictures."],
  },
  {
    id: "rename.title-changed",
    pattern: `former=${TITLE} ~4 changed|changes|change|changing its|the|their title|name from? to current=${TITLE}`,
    emit: { former: "former", current: "current" },
    confidence: 0.8,
    examples: [
      {
        text: "The makers of the thriller Glass Harbour 2 have changed its title to Glass Harbour: Undertow.",
        expect: ["alias Glass Harbour 2 @ Glass Harbour: Undertow"],
      },
    ],
    counterExamples: ["The firm Glass Harbour Media changed its name to Northlight Pictures."],
  },
  {
    id: "rename.retitled-from-to",
    pattern: `retitled|renamed from former=${TITLE} to current=${TITLE}`,
    emit: { former: "former", current: "current" },
    confidence: 0.85,
    examples: [
      {
        text: "The thriller, retitled from Glass Harbour 2 to Glass Harbour: Undertow, opens in May.",
        expect: ["alias Glass Harbour 2 @ Glass Harbour: Undertow"],
      },
    ],
    counterExamples: ["The street was renamed from King Street to Harbour Road."],
  },
  {
    id: "rename.released-abroad-as",
    pattern: `current=${TITLE} ~4 released|known|shown|distributed|sold as former=<NAME|PNAME|PERSON> in|across <PLACE>`,
    emit: { former: "former", current: "current" },
    confidence: 0.8,
    examples: [
      {
        text: "The thriller Glass Harbour has been released as Port de Verre in France.",
        expect: ["alias Port de Verre @ Glass Harbour"],
      },
    ],
    counterExamples: ["The thriller Glass Harbour has been praised as Port de Verre in France."],
  },
  {
    id: "rename.aside-then-new-name",
    pattern: `@filmNoun|@genre|project ,|( ${EARLIER} ${NAMING}? as? former=${TITLE} ,|) ~3 called|titled|named|renamed|retitled|rebranded as? current=${TITLE}`,
    emit: { former: "former", current: "current" },
    confidence: 0.85,
    examples: [
      {
        text: "The studio's animated musical, previously known as Project Lantern, will be called Glass Harbour.",
        expect: ["film Glass Harbour", "alias Project Lantern @ Glass Harbour"],
      },
    ],
    counterExamples: ["The studio's singer, previously known as Ada Quill, will be called Ada Stone."],
  },
  {
    id: "rename.apposition-formerly",
    pattern: `current=${TITLE} ,|( the|a|an ^2 @filmNoun|@genre|project ,? ${EARLIER} ${NAMING}? as? former=${TITLE}`,
    emit: { former: "former", current: "current" },
    confidence: 0.85,
    examples: [
      {
        text: "Cold Harbour, the film previously called Winter Dock, opens in May.",
        expect: ["film Cold Harbour", "alias Winter Dock @ Cold Harbour"],
      },
    ],
    counterExamples: [
      "Cold Harbour, the film previously shown at Winter Dock, opens in May.",
      "As with Cold Harbour, the film previously known as Project Wren was shot in Leeds.",
      "After Cold Harbour, the film previously called Winter Dock is the studio's next.",
    ],
    // "After X, the film previously called Y …": X is what the sentence compares, not Y's film.
    when: (m, s) => {
      const before = s.units[m.start - 1];
      return !(before?.kind === "word" && COMPARING.has(before.lower));
    },
  },
  {
    id: "rename.anaphor-formerly",
    pattern: `@filmNoun|@genre|project ,|(? ${EARLIER} ${NAMING}? as? former=${TITLE}`,
    emit: { former: "former" },
    confidence: 0.8,
    examples: [
      {
        text: "The thriller Glass Harbour: Undertow opens in May. The film, formerly known as Glass Harbour 2, stars Dana Okafor.",
        expect: ["alias Glass Harbour 2 @ Glass Harbour: Undertow"],
      },
      {
        text: "The thriller Glass Harbour: Undertow opens in May. The film previously called Glass Harbour 2 stars Dana Okafor.",
        expect: ["alias Glass Harbour 2 @ Glass Harbour: Undertow"],
      },
    ],
    counterExamples: [
      "The thriller Glass Harbour opens in May. Its producer, formerly known as Ada Quill, is back.",
    ],
  },
  {
    id: "rename.working-title",
    pattern: `working|original|provisional title ,|:|of? former=${TITLE}`,
    emit: { former: "former" },
    confidence: 0.75,
    examples: [
      {
        text: "The thriller Glass Harbour opens in May. It was shot under the working title Night Crossing.",
        expect: ["alias Night Crossing @ Glass Harbour"],
      },
    ],
    counterExamples: [
      "The thriller Glass Harbour opens in May. Its original title card was drawn by Ada Quill.",
    ],
  },
];

const RENAMES = new RuleTable(RENAME_RULES);

/** One rename a sentence states: `current` is null when the sentence leaves the film to context. */
export interface Rename {
  former: Name;
  current: Name | null;
  rule: string;
  sentence: number;
  /** Said with a word for a work's title ("retitled", "now titled"), not just any name. */
  ofTitle: boolean;
}

const TITLE_WORDS = new Set(["titled", "retitled", "title"]);
/** "The film, formerly known as X": a rename said of a film is a title's, whatever the verb. */
const FILM_WORDS = new Set([...(WORD_CLASSES.get("filmNoun") ?? []), ...(WORD_CLASSES.get("genre") ?? [])]);

/** The renames a sentence states. */
export function renamesIn(units: SentenceUnits): Rename[] {
  const out: Rename[] = [];
  for (const { rule, match } of RENAMES.run(units)) {
    const nameIn = (slot: string | undefined) => {
      const unit = slot ? match.captures[slot]?.[0] : undefined;
      return unit?.kind === "name" ? unit.name : null;
    };
    const former = nameIn(rule.emit.former);
    if (!former) continue;
    const ofTitle = units.units
      .slice(match.start, match.end)
      .some((u) => u.kind === "word" && (TITLE_WORDS.has(u.lower) || FILM_WORDS.has(u.lower)));
    out.push({
      former,
      current: nameIn(rule.emit.current),
      rule: rule.id,
      sentence: units.sentence.index,
      ofTitle,
    });
  }
  // "X, the film previously called Y": a rename that names its film outranks the same rename
  // read as said of the film in context.
  const named = new Set(out.filter((r) => r.current).map((r) => r.former.id));
  return out.filter((r) => r.current || !named.has(r.former.id));
}
