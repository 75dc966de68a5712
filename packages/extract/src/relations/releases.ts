import { regionCode } from "../lexicon/places.ts";
import { findDates } from "../mentions/dates.ts";
import { isCompanyName, isStreamer } from "../mentions/people.ts";
import type { SentenceView } from "../text/analysis.ts";
import { addFact, type Context, filmNear, filmsIn, phraseAt } from "./context.ts";

const RELEASE_CUE =
  /\b(?:released?|releasing|opens?|opened|opening|premieres? on|hits? (?:theaters|theatres|cinemas)|arriv(?:e|es|ing)|moved|pushed back|delayed|rescheduled|brought forward|dated|slated|(?:set|scheduled) (?:to|for)|(?<!\b(?:screen|film|acting|directorial|feature|movie|big-screen|stage) )debuts?|streaming|streams?|due (?:out|in cinemas|for release)|out in (?:cinemas|theaters|theatres)|available (?:on|to stream))\b/i;
const STREAMING = /\b(?:stream(?:ing|s|ed)?|on demand|vod)\b/i;
const HOME = /\b(?:dvd|blu-ray|home video|home entertainment)\b/i;
const TV = /\b(?:tv|television|broadcast)\b/i;
const FESTIVAL = /\b(?:festival)\b/i;
const REGION =
  /\b(?:in|across|throughout)\s+(?:the\s+)?((?:\p{Lu}[\p{L}.]*\s?){1,3})|\b(US|UK|U\.S\.|U\.K\.|American|British|Dutch|French|German|Canadian|Australian|Irish|Japanese|Indian|Italian|Spanish)\s+(?:release|cinemas|theaters|theatres|audiences|debut|premiere)\b/gu;

/** A release sentence split where a second release starts: "…, followed by a streaming release on …". */
function segments(s: SentenceView): { start: number; end: number; text: string }[] {
  const parts: { start: number; end: number; text: string }[] = [];
  let from = 0;
  for (const m of s.text.matchAll(/,?\s+(?:followed by|and then|before|then|and later|while)\s+/g)) {
    parts.push({ start: s.start + from, end: s.start + (m.index ?? 0), text: s.text.slice(from, m.index) });
    from = (m.index ?? 0) + m[0].length;
  }
  parts.push({ start: s.start + from, end: s.end, text: s.text.slice(from) });
  return parts;
}

const PAST_RELEASE =
  /^(?!.*\b(?:will|is due|are due|is set|are set|is scheduled|are scheduled|next)\b).*\b(?:opened|premiered|debuted|came out|was released|were released|went on release|hit (?:cinemas|screens|theatres|theaters))\b/i;

// "Filming on the sequel starts in Tromsø in September, and it is due in cinemas …": the
// first date is the shoot's.
const SHOOT_CLAUSE =
  /\b(?:filming|shooting|principal photography|production|cameras)\b[^,;]*\b(?:start|starts|started|begin|begins|began|will (?:start|begin)|wrap|wraps|wrapped|roll|rolls|rolled)\b[^,;]*$/i;
// "which premiered at Sundance in January 2024", "attended the premiere on Monday": a premiere
// or a screening is an event, not a release, unless it is on a streaming service or said to be one.
const PREMIERE_CLAUSE = /\b(?:premiere[sd]?|screening|screened)\b/i;
function notAReleaseDate(text: string, segmentStart: number, dateStart: number): boolean {
  const before = text.slice(segmentStart, dateStart);
  const clause = before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(";")) + 1);
  if (SHOOT_CLAUSE.test(clause)) return true;
  return PREMIERE_CLAUSE.test(clause) && !/\breleas/i.test(clause) && !STREAMED_PREMIERE.test(clause);
}
const STREAMED_PREMIERE = /\bpremieres?\s+on\s+\p{Lu}/u;

/**
 * Release events ("released in the United States on May 27, 2022, by Paramount Pictures"), their
 * distributors and streaming platforms, and the companies credited elsewhere in a sentence.
 */
export function findReleasesAndCompanies(ctx: Context, s: SentenceView): void {
  findCompanyCredits(ctx, s);
  if (!RELEASE_CUE.test(s.text)) return;
  const film = filmNear(ctx, s, s.start, "nearest");
  if (
    !film ||
    (!filmsIn(ctx, s).length &&
      !/\b(?:the|this|its) (?:(?:first|original|new) )?(?:film|movie|sequel)\b|\bit\b/i.test(s.text))
  )
    return;
  let lastRegion: string | null = null;
  for (const seg of segments(s)) {
    if (!RELEASE_CUE.test(seg.text)) continue;
    // "opened in the US in November" in a February article was last November.
    const dates = findDates(seg.text, seg.start, ctx.publishedAt, !PAST_RELEASE.test(seg.text)).filter(
      (d) => !notAReleaseDate(ctx.text, seg.start, d.start),
    );
    const platform = streamerIn(ctx, s, seg.start, seg.end);
    const medium =
      platform || STREAMING.test(seg.text)
        ? "streaming"
        : HOME.test(seg.text)
          ? "home"
          : FESTIVAL.test(seg.text)
            ? "festival"
            : TV.test(seg.text)
              ? "tv"
              : "theatrical";
    let region: string | null = null;
    for (const m of seg.text.matchAll(REGION)) {
      const code = regionCode((m[1] ?? m[2] ?? "").trim());
      if (code) {
        region = code;
        break;
      }
    }
    if (!region && medium === "theatrical" && /\b(?:US|UK) box office\b/.test(s.text)) region = lastRegion;
    lastRegion = region ?? lastRegion;
    if (platform) addFact(ctx, film, "company", { name: platform, role: "streamer" }, s, 0.85);
    for (const d of dates) {
      addFact(ctx, film, "release", { date: d.date, region, medium, platform }, s, 0.85);
    }
    // "… by Paramount Pictures", or the company as the subject: "Warner Bros. has set a … release".
    // "produced by DreamWorks Animation" in a release sentence credits the maker, not the distributor.
    const by =
      /(?<!\b(?:produced|co-produced|directed|written|made|financed|backed|created|animated)\s)\b(?:by|from|through|via)\s+((?:\p{Lu}[\p{L}&.+'-]*\s?){1,4})/u.exec(
        seg.text,
      );
    const subject =
      /^((?:\p{Lu}[\p{L}&.+'-]*\s?){1,4})\s*(?:has|have|will|is|are)?\s*(?:set|dated|slated|scheduled|release|releasing|distribute|distributing)\b/u.exec(
        seg.text,
      );
    // "… from Pixar Animation Studios, was released by Disney": the releasing company first.
    const releasedBy = /\b(?:released|distributed)\s+by\s+((?:\p{Lu}[\p{L}&.+'-]*\s?){1,4})/u.exec(seg.text);
    const distributor = [releasedBy?.[1], by?.[1], subject?.[1]].map(companyPrefix).find(Boolean);
    if (distributor && isCompanyName(distributor) && !isStreamer(distributor)) {
      addFact(ctx, film, "company", { name: distributor, role: "distributor" }, s, 0.85);
    }
  }
}

/**
 * The longest run of a captured name's first words that is a company: "Warner Bros. Freddie
 * Highmore" (a sentence that ran past "Bros.") gives "Warner Bros.". A sentence's full stop
 * is not part of the name; the one of "Bros." or "Inc." is.
 */
function companyPrefix(captured: string | undefined): string | undefined {
  const words = (captured ?? "").trim().replace(/,$/, "").split(/\s+/).filter(Boolean);
  for (let n = words.length; n > 0; n--) {
    const name = words
      .slice(0, n)
      .join(" ")
      .replace(/,$/, "")
      .replace(/(?<!\b(?:Bros|Inc|Co|Ltd|Corp))\.$/, "");
    if (isCompanyName(name)) return name;
  }
  return undefined;
}

function streamerIn(ctx: Context, s: SentenceView, start: number, end: number): string | null {
  for (const p of s.phrases) {
    if (p.start < start || p.end > end) continue;
    if (isStreamer(p.text)) return p.text;
  }
  void ctx;
  return null;
}

/** "produced by DreamWorks Animation and distributed by Paramount Pictures", "Sony Pictures, which released the film", "the Dreamworks hit Shrek 2". */
function findCompanyCredits(ctx: Context, s: SentenceView): void {
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]?.lower ?? "";
    if (tokens[i + 1]?.lower !== "by") continue;
    const role = /^(distributed|released)$/.test(word)
      ? "distributor"
      : /^(produced|co-produced|financed|backed|made)$/.test(word)
        ? "production"
        : null;
    if (!role) continue;
    // "made by Ealing-based Brightwater Films": past a "-based" descriptor.
    const based = /-based$/i.test(tokens[i + 2]?.text ?? "") ? 1 : 0;
    const phrase = phraseAt(s, i + 2 + based);
    if (!phrase || !isCompanyName(phrase.text)) continue;
    if (role === "distributor" && RELEASE_CUE.test(s.text) && word === "released") continue; // handled with its release
    addFact(
      ctx,
      filmNear(ctx, s, tokens[i]?.start ?? s.start, "before"),
      "company",
      { name: phrase.text, role },
      s,
      0.85,
    );
  }
  for (const p of s.phrases) {
    const after = ctx.text.slice(p.end, s.end);
    if (
      isCompanyName(p.text) &&
      /^,\s+which\s+(?:released|distributed|produced|made)\s+(?:the|this)\s+(?:film|movie)/.test(after)
    ) {
      const role = /produced|made/.test(after.slice(0, 30)) ? "production" : "distributor";
      addFact(ctx, filmNear(ctx, s, p.start), "company", { name: p.text, role }, s, 0.8);
    }
    // "The Incredibles, from Pixar Animation Studios, …": the studio it comes from.
    const before = ctx.text.slice(Math.max(s.start, p.start - 8), p.start);
    if (/, from $/.test(before) && /^,/.test(after) && isCompanyName(p.text)) {
      const film = filmsIn(ctx, s).find((m) => m.end === p.start - ", from ".length)?.film;
      if (film) addFact(ctx, film, "company", { name: p.text, role: "production" }, s, 0.75);
    }
    const hit = /^\s+(?:hit|smash|blockbuster|release|production|film|movie|animation)\s+/.exec(after);
    if (hit && isCompanyName(p.text)) {
      const film = filmsIn(ctx, s).find((m) => m.start === p.end + hit[0].length)?.film;
      if (film) addFact(ctx, film, "company", { name: p.text, role: "studio" }, s, 0.75);
    }
  }
}
