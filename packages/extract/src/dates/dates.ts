import * as chrono from "chrono-node";
import type { Doc, Sentence } from "../document/document.ts";

/** A date a sentence names, resolved both ways where the text leaves the year to the reader. */
export interface DateMention {
  sentence: number;
  /** Token range in the sentence, last exclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** The date read forward from the publication date ("opens in May": the coming May). */
  forward: string;
  /** Read backward ("opened in May": the May just gone); the same when the text gives the year. */
  backward: string;
  /** Named by a day of the week only ("on Friday"): a release only where a verb binds it. */
  weekday: boolean;
}

export interface DatesLayer {
  bySentence: DateMention[][];
}

const NAMES_A_DAY =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight)\b/i;
const NUMERIC_DATE = /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/;
const STATED_YEAR = /\b(?:18|19|20)\d{2}\b/;
const WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
const YEAR_ONLY =
  /\b(?:in|until|till|of|for|from|by|since|during|late|early|mid|mid-|summer|spring|autumn|fall|winter|to)\s+((?:18|19|20)\d{2})\b/g;
const FROM_A_NUMBER = /\bfrom(?=\s+\d)/gi;
/** "next month", "later this year", "last year": a period named from the publication date. */
const RELATIVE_PERIOD = /\b(this|next|last|later this|early next|late next)\s+(month|year)\b/gi;

/** The month or year a relative period names, counted from the publication date (UTC). */
function relativePeriod(which: string, unit: string, published: Date): string {
  const shift = /next/i.test(which) ? 1 : /last/i.test(which) ? -1 : 0;
  if (unit.toLowerCase() === "year") return String(published.getUTCFullYear() + shift);
  const month = new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth() + shift, 1));
  return `${month.getUTCFullYear()}-${pad(month.getUTCMonth() + 1)}`;
}
const pad = (n: number) => String(n).padStart(2, "0");

/**
 * chrono reads the text before each date it finds again (its "end of" refiner and slash-date
 * parsers), so one long sentence full of dates would cost the square of its length. A sentence
 * is handed to chrono whole up to this length (real ones stay under 600 characters); a longer
 * one in windows around its date words, each no longer than this.
 */
const WHOLE_SENTENCE = 1000;
/** Context kept either side of a group of date words ("from 3 March to 9 May 2031"). */
const WINDOW_MARGIN = 120;
/** How far a window's edge moves to fall between words. */
const EDGE_REACH = 40;
const DATE_WORDS = new RegExp(`${NAMES_A_DAY.source}|${NUMERIC_DATE.source}|${STATED_YEAR.source}`, "gi");

/**
 * The dates of each sentence, by chrono-node. Only sentences that name a month, a weekday, a
 * numeric date or (after a preposition) a year are parsed: chrono is the costly step. Without
 * a publication date a date must state its year; with one, "next Friday" and "in May" resolve
 * against it, each both ways, and the rule that binds the date knows which tense it is.
 */
export function findDates(doc: Doc): DatesLayer {
  return {
    bySentence: doc.sentences.map((s) => (s.titleCase ? [] : datesOf(s, doc.publishedAt))),
  };
}

function datesOf(s: Sentence, published: Date | null): DateMention[] {
  const found: DateMention[] = [];
  let tokenAt: { startAt: Map<number, number>; endAt: Map<number, number>; taken: Uint8Array } | undefined;
  const add = (start: number, end: number, forward: string, backward: string, weekday: boolean) => {
    tokenAt ??= {
      startAt: new Map(s.tokens.map((t, k) => [t.start, k])),
      endAt: new Map(s.tokens.map((t, k) => [t.end, k + 1])),
      taken: new Uint8Array(s.end - s.start),
    };
    const first = tokenAt.startAt.get(start);
    const last = tokenAt.endAt.get(end);
    // A date never overlaps one found before it: its characters are marked as they are taken.
    if (
      first === undefined ||
      last === undefined ||
      tokenAt.taken.subarray(start - s.start, end - s.start).includes(1)
    )
      return;
    tokenAt.taken.fill(1, start - s.start, end - s.start);
    found.push({ sentence: s.index, first, last, start, end, forward, backward, weekday });
  };
  const named = NAMES_A_DAY.test(s.text) || NUMERIC_DATE.test(s.text);
  if (named && (STATED_YEAR.test(s.text) || published)) {
    const reference = published ?? new Date(Date.UTC(2000, 0, 1));
    // "from 19 June": chrono reads "from 19" as seven in the evening; the word says nothing of the date.
    const masked = s.text.replace(FROM_A_NUMBER, (from) => " ".repeat(from.length));
    for (const { from, to, ownFrom, ownTo } of chronoWindows(masked)) {
      for (const result of chrono.en.parse(masked.slice(from, to), reference, { forwardDate: true })) {
        if (from + result.index < ownFrom || from + result.index >= ownTo) continue;
        for (const part of partsOf(result)) {
          const forward = keptDate(part.components, part.text, published !== null);
          if (!forward) continue;
          const text = part.text.replace(/^(?:on|in)\s+/i, "");
          const start = s.start + from + part.index + (part.text.length - text.length);
          // What follows the date, as far as opensAName looks (not the rest of a long sentence).
          const after = start - s.start + text.length;
          if (opensAName(text, s.text.slice(after, after + 5))) continue;
          const weekday = WEEKDAY.test(text) && !/\d/.test(text);
          const backward =
            STATED_YEAR.test(text) || !published ? forward : earlier(forward, published, weekday);
          add(start, start + text.length, forward, backward, weekday);
        }
      }
    }
  }
  if (published)
    for (const m of s.text.matchAll(RELATIVE_PERIOD)) {
      const date = relativePeriod(m[1] ?? "", m[2] ?? "", published);
      const start = s.start + (m.index ?? 0);
      add(start, start + m[0].length, date, date, false);
    }
  for (const m of s.text.matchAll(YEAR_ONLY)) {
    const year = m[1] ?? "";
    const start = s.start + (m.index ?? 0) + m[0].length - year.length;
    add(start, start + year.length, year, year, false);
  }
  return found.sort((a, b) => a.start - b.start);
}

const LONE_MONTH_OR_DAY =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/** "June Hallam", "August Diehl": a lone month or day name that a capitalised word follows is a given name. */
function opensAName(date: string, after: string): boolean {
  return LONE_MONTH_OR_DAY.test(date) && /^ \p{Lu}\p{Ll}/u.test(after);
}

/**
 * The stretches of a sentence chrono reads: the whole of a sentence of usual length; in a longer
 * one, groups of date words with WINDOW_MARGIN of context either side. Windows overlap; the
 * sentence is cut between groups into parts, and a date counts in the window of the part it
 * starts in, where it has its full context.
 */
function chronoWindows(text: string): ChronoWindow[] {
  if (text.length <= WHOLE_SENTENCE) return [{ from: 0, to: text.length, ownFrom: 0, ownTo: text.length }];
  const groups: { first: number; last: number }[] = [];
  for (const m of text.matchAll(DATE_WORDS)) {
    const from = m.index ?? 0;
    const to = from + m[0].length;
    const group = groups.at(-1);
    if (group && to - group.first <= WHOLE_SENTENCE - 2 * WINDOW_MARGIN) group.last = to;
    else groups.push({ first: from, last: to });
  }
  return groups.map((group, i) => {
    const next = groups[i + 1];
    const previous = groups[i - 1];
    return {
      from: wordEdge(text, group.first - WINDOW_MARGIN, -1),
      to: wordEdge(text, group.last + WINDOW_MARGIN, 1),
      ownFrom: previous ? cutBetween(text, previous.last, group.first) : 0,
      ownTo: next ? cutBetween(text, group.last, next.first) : text.length,
    };
  });
}

interface ChronoWindow {
  from: number;
  to: number;
  /** The part of the sentence whose dates this window gives. */
  ownFrom: number;
  ownTo: number;
}

/** Where two groups of date words part: a space halfway between them. */
const cutBetween = (text: string, end: number, start: number) =>
  Math.min(start, Math.max(end, wordEdge(text, (end + start) >>> 1, -1)));

/** Position `at` moved (by at most EDGE_REACH, towards `direction`) to the next space, within the text. */
function wordEdge(text: string, at: number, direction: 1 | -1): number {
  let i = Math.min(text.length, Math.max(0, at));
  for (let n = 0; n < EDGE_REACH && i > 0 && i < text.length && !/\s/.test(text[i] ?? ""); n++)
    i += direction;
  return i;
}

/**
 * The same date read backward from the publication date: a weekday a week earlier, a month or
 * a day of the year a year earlier, when reading forward put it after publication.
 */
function earlier(date: string, published: Date, weekday: boolean): string {
  const day = published.toISOString().slice(0, date.length);
  if (date <= day) return date;
  if (weekday && date.length === 10) {
    const back = new Date(`${date}T00:00:00Z`);
    back.setUTCDate(back.getUTCDate() - 7);
    return back.toISOString().slice(0, 10);
  }
  return `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
}

// The separator with the character before it: a pattern starting at \s+ would read a long run
// of spaces once from each of them.
const RANGE_SEPARATOR = /(?:^|\S)(\s+(?:to|until|till|-|and)\s+)/;

/**
 * A chrono result as the dates it names: "3 March to 9 May 2031" is two dates ("moved from …
 * to …"), each with its own place in the text.
 */
function partsOf(
  result: chrono.ParsedResult,
): { text: string; index: number; components: chrono.ParsedComponents }[] {
  const whole = { text: result.text, index: result.index, components: result.start };
  if (!result.end) return [whole];
  const separator = RANGE_SEPARATOR.exec(result.text);
  if (!separator?.[1]) return [whole];
  const cut = separator.index + separator[0].length - separator[1].length;
  const second = cut + separator[1].length;
  return [
    { text: result.text.slice(0, cut), index: result.index, components: result.start },
    { text: result.text.slice(second), index: result.index + second, components: result.end },
  ];
}

/**
 * The ISO date chrono's components state, or null when it is not one a release could have: it
 * must name a year or a month (or, given a publication date, a weekday). chrono also reads
 * "$19.5m" or "in three days" as times, which a release never is.
 */
function keptDate(c: chrono.ParsedComponents, text: string, published: boolean): string | null {
  const stated = STATED_YEAR.test(text) || (published && (NAMES_A_DAY.test(text) || NUMERIC_DATE.test(text)));
  if (!stated) return null;
  const yearKnown = c.isCertain("year") || (published && (c.isCertain("month") || c.isCertain("weekday")));
  if (!yearKnown) return null;
  const year = c.get("year");
  const month = c.get("month");
  const day = c.get("day");
  if (!year || year < 1870 || year > 2200) return null;
  const dayKnown = c.isCertain("day") || (published && c.isCertain("weekday"));
  if (dayKnown && month && day) return `${year}-${pad(month)}-${pad(day)}`;
  return c.isCertain("month") && month ? `${year}-${pad(month)}` : String(year);
}
