import * as chrono from "chrono-node";

export interface DateMention {
  start: number;
  end: number;
  /** Partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
}

const STATED_YEAR = /\b(?:18|19|20)\d{2}\b/;
const STATED_DAY =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today)\b/i;
const pad = (n: number) => String(n).padStart(2, "0");
const YEAR_ONLY =
  /\b(?:in|until|till|of|for|from|by|since|during|late|early|mid|mid-|summer|spring|autumn|fall|winter)\s+((?:18|19|20)\d{2})\b(?!\s*[-–]\s*\d)/g;

/**
 * Dates in a span of text, by chrono-node. Without a publication date only dates that state
 * their year are kept; with one, relative dates ("next Friday", "in May") resolve against it.
 * A date keeps the precision the text gave it: "July 2022" is "2022-07".
 */
export function findDates(text: string, offset: number, publishedAt: Date | null): DateMention[] {
  const found: DateMention[] = [];
  // chrono is the costly step: skip it where no date it could keep is even named.
  if (!STATED_YEAR.test(text) && !(publishedAt && STATED_DAY.test(text))) return found;
  const results = chrono.en.parse(text, publishedAt ?? new Date(Date.UTC(2000, 0, 1)), { forwardDate: true });
  for (const result of results) {
    // A date must name a year or a month (or, given a publication date, a day of the week):
    // chrono also reads "$19.5m" or "in three days" as times, which a release date never is.
    const stated = STATED_YEAR.test(result.text) || (publishedAt !== null && STATED_DAY.test(result.text));
    if (!stated) continue;
    const c = result.start;
    const yearKnown =
      c.isCertain("year") || (publishedAt !== null && (c.isCertain("month") || c.isCertain("weekday")));
    if (!yearKnown) continue;
    const year = c.get("year");
    const month = c.get("month");
    const day = c.get("day");
    if (!year || year < 1870 || year > 2200) continue;
    // With a publication date, "on Friday" resolves to one day.
    const dayKnown = c.isCertain("day") || (publishedAt !== null && c.isCertain("weekday"));
    const date =
      dayKnown && month && day
        ? `${year}-${pad(month)}-${pad(day)}`
        : c.isCertain("month") && month
          ? `${year}-${pad(month)}`
          : String(year);
    found.push({ start: offset + result.index, end: offset + result.index + result.text.length, date });
  }
  for (const m of text.matchAll(YEAR_ONLY)) {
    const year = m[1] ?? "";
    const start = offset + (m.index ?? 0) + m[0].length - year.length;
    if (found.some((d) => start >= d.start && start < d.end)) continue;
    found.push({ start, end: start + year.length, date: year });
  }
  return found.sort((a, b) => a.start - b.start);
}
