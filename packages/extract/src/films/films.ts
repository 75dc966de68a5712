import { normaliseName } from "../lexicon/memo.ts";
import { COMMON_WORDS, FUNCTION_WORDS, ORDINALS } from "../lexicon/words.ts";
import { isCompanyName, isPersonShaped } from "../mentions/people.ts";
import { type SentenceView, sentenceAt, tokenIndexAt } from "../text/analysis.ts";
import type { TitleEvidence } from "./evidence.ts";
import { titleSpanAt } from "./title-span.ts";

export interface Mention {
  start: number;
  end: number;
  sentence: number;
}

export interface FilmEntity {
  key: string;
  title: string;
  forms: Set<string>;
  score: number;
  cues: string[];
  year: number | null;
  yearEvidence: Mention | null;
  mentions: Mention[];
  franchise: string | null;
  franchiseEvidence: Mention | null;
  installment: number | null;
}

const ACCEPT = 0.6;
export const titleKey = (title: string) => normaliseName(title).replace(/^the /, "");

interface FranchiseMention extends Mention {
  name: string;
  ordinal: number | null;
}

/** "the Mission: Impossible franchise", "This third Harry Potter film": names of series. */
export function findFranchises(text: string): FranchiseMention[] {
  const out: FranchiseMention[] = [];
  const re =
    /\b([Tt]he|[Tt]his|[Tt]hat|[Aa]n?|[Ii]ts|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth|[Nn]inth|[Tt]enth|[Nn]ext|[Ll]atest|[Nn]ew|[Ll]ast|[Oo]riginal)\s+((?:\p{Lu}[\p{L}'’-]*:?\s+){1,5}?)(franchise|series|saga|trilogy|films|movies|film|movie|instalment|installment|sequel)\b/gu;
  for (const m of text.matchAll(re)) {
    const det = (m[1] ?? "").toLowerCase();
    const name = (m[2] ?? "").trim().replace(/:$/, "");
    const noun = m[3] ?? "";
    const before = text.slice(Math.max(0, (m.index ?? 0) - 4), m.index ?? 0).toLowerCase();
    if (/tv\s*$/.test(before) || /^(?:TV|The)$/.test(name)) continue;
    if (
      (noun === "film" || noun === "movie") &&
      !(det in ORDINALS) &&
      !["next", "latest", "new", "last", "original"].includes(det)
    )
      continue;
    // A name that looks like a person's ("Harry Potter") still names a series here; it is only
    // used for films whose own title starts with it.
    const start = (m.index ?? 0) + m[0].indexOf(name);
    out.push({ name, start, end: start + name.length, sentence: -1, ordinal: ORDINALS[det] ?? null });
  }
  return out;
}

/** Turns title evidence into films: accepted titles, every mention of each, coordinated titles. */
const NUMBERED_MAIN_TITLE = /^(\p{Lu}[^:]*? (?:[IVX]{1,4}|\d{1,2})): \p{Lu}/u;

export function resolveFilms(
  text: string,
  sentences: SentenceView[],
  evidence: TitleEvidence[],
): FilmEntity[] {
  const franchises = findFranchises(text);
  const franchiseKeys = new Set(franchises.map((f) => titleKey(f.name)));
  const groups = new Map<string, TitleEvidence[]>();
  for (const e of evidence) {
    const key = titleKey(e.title);
    if (!key) continue;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }

  // "Harbour Lights 2" where the article also speaks of "the Harbour Lights franchise".
  for (const items of groups.values()) {
    for (const e of [...items]) {
      const prefix = e.title.replace(/\s+(?:\d{1,2}|[IVX]{1,4})$/, "");
      if (prefix !== e.title && franchiseKeys.has(titleKey(prefix)))
        items.push({ ...e, score: 0.8, cue: "franchise-installment" });
    }
  }
  const films = new Map<string, FilmEntity>();
  const accept = (key: string, items: TitleEvidence[]) => {
    const positive = items.filter((e) => e.score > 0);
    const strong = positive.some((e) => e.cue === "typography" || e.cue === "lead");
    if (!strong && items.some((e) => e.score < 0)) return;
    if (
      !strong &&
      franchiseKeys.has(key) &&
      !positive.some((e) => e.cue.startsWith("cue:") || e.cue.startsWith("credit"))
    )
      return;
    if (positive.length === 0) return;
    const cues = [...new Set(positive.map((e) => e.cue))];
    const score = Math.min(0.99, Math.max(...positive.map((e) => e.score)) + 0.1 * (cues.length - 1));
    if (score < ACCEPT) return;
    const best = positive.reduce((a, b) => (b.score > a.score ? b : a));
    const withYear = positive.find((e) => e.year);
    films.set(key, {
      key,
      title: best.title,
      forms: new Set(positive.map((e) => e.title)),
      score,
      cues,
      year: withYear?.year ?? null,
      yearEvidence: withYear
        ? { start: withYear.start, end: withYear.end, sentence: withYear.sentence }
        : null,
      mentions: [],
      franchise: null,
      franchiseEvidence: null,
      installment: null,
    });
  };
  // "X, also known as Y, is a …": Y joins X's names rather than becoming a film of its own.
  const aliasOf = new Map<string, string>();
  for (const [key, items] of groups) {
    const alias = items.find((e) => e.cue.startsWith("lead-alias:"));
    if (alias) aliasOf.set(key, titleKey(alias.cue.slice("lead-alias:".length)));
  }
  for (const [key, items] of groups) if (!aliasOf.has(key)) accept(key, items);
  // "Howling II: Your Sister Is a Werewolf" is also called by its numbered main title alone.
  for (const film of films.values()) {
    const numbered = NUMBERED_MAIN_TITLE.exec(film.title)?.[1];
    if (numbered) film.forms.add(numbered);
  }
  for (const [key, main] of aliasOf) {
    const film = films.get(main);
    for (const e of groups.get(key) ?? []) film?.forms.add(e.title);
  }
  // A shorter title that only ever occurs inside a longer accepted one is not a film of its own.
  for (const film of films.values()) {
    for (const other of films.values()) {
      if (other !== film && other.key.startsWith(`${film.key} `) && !film.cues.includes("typography")) {
        const alone = [
          ...text.matchAll(
            new RegExp(`${escapeRegExp(film.title)}(?![\\p{L}\\p{N}]| \\d| [IVX]+\\b|:)`, "gu"),
          ),
        ];
        if (alone.length === 0) films.delete(film.key);
      }
    }
  }

  // "Mission: Impossible 7 and Mission: Impossible 8" is two titles, not one.
  for (const film of films.values()) {
    const parts = film.title.split(" and ");
    const titleLike = (p: string) => films.has(titleKey(p)) || /:.*(?:\d|[IVX])$/.test(p);
    const strong = film.cues.includes("lead") || film.cues.includes("typography");
    if (parts.length === 2 && !strong && parts.every((p) => /^\p{Lu}/u.test(p)) && parts.some(titleLike)) {
      films.delete(film.key);
      for (const p of parts) {
        const key = titleKey(p);
        if (!films.has(key) && /:/.test(p))
          films.set(key, { ...film, key, title: p, forms: new Set([p]), cues: ["split"] });
      }
    }
  }
  propagateThroughLists(text, sentences, films);
  for (const film of films.values()) film.mentions = findMentions(text, sentences, film, films);
  assignFranchises(text, films, franchises, sentences);
  return [...films.values()].filter((f) => f.mentions.length > 0);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A whole-title occurrence: not inside a word, and not the head of a longer title ("X: Y", "X 2"). */
function isBoundary(text: string, start: number, end: number): boolean {
  if (start > 0 && WORD_CHAR.test(text[start - 1] ?? "")) return false;
  const next = text[end] ?? "";
  if (WORD_CHAR.test(next)) return false;
  if (next === ":" && text[end + 1] === " " && /\p{Lu}/u.test(text[end + 2] ?? "")) return false;
  if (next === " " && /\d/.test(text[end + 1] ?? "")) return false;
  return true;
}

/** Whether [start, end) overlaps one of `taken`, which is sorted and free of overlaps. */
function overlapsTaken(taken: Mention[], start: number, end: number): number {
  let lo = 0;
  let hi = taken.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((taken[mid]?.start ?? 0) < start) lo = mid + 1;
    else hi = mid;
  }
  const before = taken[lo - 1];
  const after = taken[lo];
  return (before && before.end > start) || (after && after.start < end) ? -1 : lo;
}

function findMentions(
  text: string,
  sentences: SentenceView[],
  film: FilmEntity,
  all: Map<string, FilmEntity>,
): Mention[] {
  const forms = new Set(film.forms);
  if (film.title.startsWith("The ")) forms.add(film.title.slice(4));
  const longerForms = [...all.values()]
    .filter((f) => f !== film && f.key.includes(film.key))
    .flatMap((f) => [...f.forms]);
  // Kept sorted, so each new mention is checked against its neighbours only: a long article
  // repeats a title often.
  const mentions: Mention[] = [];
  for (const form of forms) {
    for (let start = text.indexOf(form); start >= 0; start = text.indexOf(form, start + 1)) {
      const end = start + form.length;
      if (!isBoundary(text, start, end)) continue;
      const insideLonger = longerForms.some((lf) => {
        const offset = lf.indexOf(form);
        return offset >= 0 && text.startsWith(lf, start - offset);
      });
      if (insideLonger) continue;
      const at = overlapsTaken(mentions, start, end);
      if (at < 0) continue;
      const sentence = sentenceAt(sentences, start);
      if (sentence) mentions.splice(at, 0, { start, end, sentence: sentence.index });
    }
  }
  return mentions;
}

const LIST_JOIN =
  /^(?:,\s*(?:and\s+|or\s+)?(?:the original\s+|the\s+)?|\s+(?:and|or|followed by|as well as)\s+(?:the original\s+)?)/;

/** "star of Crouching Tiger, Hero and House of Flying Daggers": titles coordinated with a title. */
const DESCRIBES_FILM_AFTER =
  /^\s+(?:[\p{Ll}-]+\s+)?(?:film|films|movie|movies|thriller|comedy|drama|documentary|biopic|western|musical|horror|animation|epic|classic|blockbuster|hit|remake|sequel|director|star|actor|actress)\b/u;
const INSIDE_NAME_BEFORE = /(?<![\p{L}'.-])(\p{Lu}[\p{L}'.-]*) $/u;

function propagateThroughLists(
  text: string,
  sentences: SentenceView[],
  films: Map<string, FilmEntity>,
): void {
  for (const s of sentences) {
    for (let pass = 0; pass < 6; pass++) {
      let added = false;
      for (const film of [...films.values()]) {
        for (const form of film.forms) {
          let from = s.start;
          for (;;) {
            const at = text.indexOf(form, from);
            if (at < 0 || at >= s.end) break;
            from = at + form.length;
            // "William Walker, the American …": the title's words inside a longer name are no list item.
            const nameBefore = INSIDE_NAME_BEFORE.exec(text.slice(Math.max(s.start, at - 24), at))?.[1];
            if (nameBefore && !COMMON_WORDS.has(nameBefore.toLowerCase())) continue;
            // Only the joining words after the title matter: a bounded slice keeps long lists linear.
            const rest = text.slice(from, Math.min(s.end, from + 40));
            const join = LIST_JOIN.exec(rest);
            if (!join) continue;
            const itemStart = from + join[0].length;
            const k = tokenIndexAt(s, itemStart);
            if (k < 0) continue;
            const span = titleSpanAt(s.tokens, k);
            if (!span) continue;
            let item = text.slice(span.start, span.end);
            // "Oldboy, the South Korean thriller": a word before a film noun describes; it names nothing.
            // "Hollis Fenn, Ilona Berg's drama": an owner, not a coordinated title.
            const next = text.slice(span.end, Math.min(s.end, span.end + 40));
            // "In Bad Boys for Life, Miami detectives Mike Lowrey …": a word that describes a noun.
            const modifies = /^\s(\p{Ll}+)\s\p{Lu}/u.exec(next)?.[1];
            if (
              DESCRIBES_FILM_AFTER.test(next) ||
              /^'s?\s/.test(next) ||
              (modifies && !FUNCTION_WORDS.has(modifies))
            )
              continue;
            // The last item of a comma list may itself be "Hero and House of Flying Daggers".
            const split = item.split(" and ");
            if (join[0].startsWith(",") && split.length === 2 && split.every((p) => /^\p{Lu}/u.test(p)))
              item = split[0] ?? item;
            const key = titleKey(item);
            if (films.has(key) || !plausibleItem(item)) continue;
            films.set(key, {
              key,
              title: item,
              forms: new Set([item]),
              score: 0.7,
              cues: ["list"],
              year: null,
              yearEvidence: null,
              mentions: [],
              franchise: null,
              franchiseEvidence: null,
              installment: null,
            });
            added = true;
          }
        }
      }
      if (!added) break;
    }
  }
}

function plausibleItem(item: string): boolean {
  // "Monster's Inc" is a title: companies are not named with a possessive.
  if (isCompanyName(item) && !/'s /.test(item)) return false;
  const words = item.split(/\s+/);
  if (isPersonShaped({ first: 0, last: 0, start: 0, end: 0, text: item, possessive: false, words }, true))
    return false;
  // A bare number after a title is a date or an amount ("X, 2023"), not another title.
  return /^[\p{Lu}\p{N}]/u.test(item) && item.length > 1 && /\p{L}/u.test(item);
}

const ORDINAL_APPOSITION = /^\s+(?:film|movie|instalment|installment|sequel|entry|outing)?,?\s*/u;

function assignFranchises(
  text: string,
  films: Map<string, FilmEntity>,
  franchises: FranchiseMention[],
  sentences: SentenceView[],
): void {
  for (const f of franchises) f.sentence = sentenceAt(sentences, f.start)?.index ?? -1;
  for (const film of films.values()) {
    for (const f of franchises) {
      const fk = titleKey(f.name);
      if (film.key === fk || !film.key.startsWith(`${fk} `)) continue;
      // The title's own words name the franchise ("The Long Night 2" → "The Long Night").
      const numbered = /^(.*?)\s+(\d{1,2})$/.exec(film.title);
      film.franchise = numbered && titleKey(numbered[1] ?? "") === fk ? (numbered[1] ?? f.name) : f.name;
      film.franchiseEvidence = f;
      if (numbered?.[2] && titleKey(numbered[1] ?? "") === fk) film.installment = Number(numbered[2]);
      // "the fourth Harry Potter film, Harry Potter and the Goblet of Fire": the ordinal numbers it.
      const apposed = ORDINAL_APPOSITION.exec(text.slice(f.end, f.end + 40));
      const named = apposed && text.startsWith(film.title, f.end + apposed[0].length);
      if (!film.installment && f.ordinal && named) film.installment = f.ordinal;
      break;
    }
  }
}
