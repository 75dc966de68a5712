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
/** A numeric date ("2022-05-27", "27/05/2022"): the one kind chrono keeps without a month word. */
const NUMERIC_DATE = /\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/;
const pad = (n: number) => String(n).padStart(2, "0");
const YEAR_ONLY =
  /\b(?:in|until|till|of|for|from|by|since|during|late|early|mid|mid-|summer|spring|autumn|fall|winter)\s+((?:18|19|20)\d{2})\b(?!\s*[-–]\s*\d)/g;

/**
 * Dates in a span of text, by chrono-node. Without a publication date only dates that state
 * their year are kept; with one, relative dates ("next Friday", "in May") resolve against it.
 * A date keeps the precision the text gave it: "July 2022" is "2022-07".
 */
export function findDates(
  text: string,
  offset: number,
  publishedAt: Date | null,
  /** Whether a date without a year lies after the publication date (false for "opened in May"). */
  forward = true,
): DateMention[] {
  const found: DateMention[] = [];
  // chrono is the costly step (about 10 µs a call, whatever the length): skip it where no date
  // it could keep is named. A bare year ("a 1937 American film") is never a chrono date;
  // YEAR_ONLY below finds "in 1937" on its own.
  const named = STATED_DAY.test(text) || NUMERIC_DATE.test(text);
  if (named && (STATED_YEAR.test(text) || publishedAt !== null)) {
    const reference = publishedAt ?? new Date(Date.UTC(2000, 0, 1));
    for (const result of chrono.en.parse(text, reference, { forwardDate: forward })) {
      const date = keptDate(result, publishedAt !== null);
      const start = offset + result.index;
      if (date) found.push({ start, end: start + result.text.length, date });
    }
  }
  for (const m of text.matchAll(YEAR_ONLY)) {
    const year = m[1] ?? "";
    const start = offset + (m.index ?? 0) + m[0].length - year.length;
    if (found.some((d) => start >= d.start && start < d.end)) continue;
    found.push({ start, end: start + year.length, date: year });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The ISO date a chrono result states, or null when it is not one a release could have. A date
 * must name a year or a month (or, given a publication date, a day of the week): chrono also
 * reads "$19.5m" or "in three days" as times, which a release date never is.
 */
function keptDate(result: chrono.ParsedResult, published: boolean): string | null {
  const stated = STATED_YEAR.test(result.text) || (published && STATED_DAY.test(result.text));
  if (!stated) return null;
  const c = result.start;
  const yearKnown = c.isCertain("year") || (published && (c.isCertain("month") || c.isCertain("weekday")));
  if (!yearKnown) return null;
  const year = c.get("year");
  const month = c.get("month");
  const day = c.get("day");
  if (!year || year < 1870 || year > 2200) return null;
  // With a publication date, "on Friday" resolves to one day.
  const dayKnown = c.isCertain("day") || (published && c.isCertain("weekday"));
  if (dayKnown && month && day) return `${year}-${pad(month)}-${pad(day)}`;
  return c.isCertain("month") && month ? `${year}-${pad(month)}` : String(year);
}
