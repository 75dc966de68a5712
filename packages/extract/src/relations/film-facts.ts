import type { Draft } from "../facts/facts.ts";
import type { Film } from "../films/films.ts";
import { ORDINALS } from "../lexicon/words.ts";
import type { SentenceUnits } from "../patterns/pattern.ts";
import { RuleTable } from "../patterns/rule.ts";
import { type Unit, unitSpan } from "../patterns/units.ts";
import { type CreditContext, contextFilm, filmsIn } from "./credits.ts";
import { FILM_FACT_RULES, type FilmFactEmit } from "./film-rules.ts";

const FILM_FACTS = new RuleTable(FILM_FACT_RULES, { claims: true });
const CONTEXT_PENALTY = 0.1;

/** Years, companies and series a sentence states, as drafts. */
export function findFilmFacts(ctx: CreditContext, units: SentenceUnits): Draft[] {
  const drafts: Draft[] = [];
  for (const { rule, match } of FILM_FACTS.run(units)) {
    const emit: FilmFactEmit = rule.emit;
    const named = filmsIn(ctx, match.captures[emit.film ?? ""]);
    const films =
      named.length > 0
        ? named
        : emit.fact === "franchise"
          ? (filmInApposition(ctx, units, match.end) ?? contextFilm(ctx, units, match.start, false))
          : contextFilm(ctx, units, match.start, false);
    const confidence = named.length > 0 ? rule.confidence : rule.confidence - CONTEXT_PENALTY;
    const base = {
      sentence: units.sentence.index,
      rule: rule.id,
      confidence,
      focus: unitSpan(units.units, match.start, match.end).start,
    };
    for (const film of films) {
      switch (emit.fact) {
        case "year": {
          const year = yearOf(match.captures[emit.year]);
          if (year) drafts.push({ ...base, film, statement: { predicate: "year", value: year } });
          break;
        }
        case "company":
          for (const u of match.captures[emit.company] ?? [])
            if (u.kind === "name")
              drafts.push({
                ...base,
                film,
                statement: {
                  predicate: "company",
                  value: { name: companyName(u.name.text), role: emit.role },
                },
              });
          break;
        case "franchise":
          drafts.push(...franchiseDrafts(ctx, film, match.captures, emit, base));
          break;
      }
    }
  }
  return drafts;
}

/** "the third Copper Key film, The Copper Key: Low Tide": the film the words before describe. */
function filmInApposition(ctx: CreditContext, units: SentenceUnits, end: number): Film[] | null {
  const comma = units.units[end];
  const next = units.units[end + 1];
  if (comma?.kind !== "word" || comma.lower !== "," || next?.kind !== "name") return null;
  const film = ctx.films.filmOfName.get(next.name.id);
  return film ? [film] : null;
}

function franchiseDrafts(
  ctx: CreditContext,
  film: Film,
  captures: Record<string, Unit[]>,
  emit: Extract<FilmFactEmit, { fact: "franchise" }>,
  base: Omit<Draft, "film" | "statement">,
): Draft[] {
  const series = captures[emit.franchise]?.find((u) => u.kind === "name");
  if (series?.kind !== "name") return [];
  const seriesFilm = ctx.films.filmOfName.get(series.name.id);
  // "X 2 is the sequel to X": the series is named after its first film, which belongs to it too.
  const name = seriesFilm?.franchise ?? seriesFilm?.title ?? series.name.text;
  if (seriesFilm === film) return [];
  const drafts: Draft[] = [{ ...base, film, statement: { predicate: "franchise", value: name } }];
  if (seriesFilm)
    drafts.push({ ...base, film: seriesFilm, statement: { predicate: "franchise", value: name } });
  if (seriesFilm && emit.follows)
    drafts.push(
      {
        ...base,
        film: seriesFilm,
        statement: { predicate: "relatedFilm", value: { relation: "sequel", title: film.title } },
      },
      {
        ...base,
        film,
        statement: { predicate: "relatedFilm", value: { relation: "prequel", title: seriesFilm.title } },
      },
    );
  const nth = ORDINALS[wordOf(captures[emit.nth ?? ""])?.toLowerCase() ?? ""];
  if (nth) drafts.push({ ...base, film, statement: { predicate: "installment", value: nth } });
  return drafts;
}

/** "The Paramount comedy": the article before a company is no part of its name. */
const companyName = (text: string) => text.replace(/^(?:The|A|An) (?=\S)/, "");

/** A year written as a word ("the 1998 hit") or a date unit ("in 1948"). */
function yearOf(units: Unit[] | undefined): number | null {
  const u = units?.[0];
  const text = u?.kind === "word" ? u.token.text : u?.kind === "date" ? u.date.forward.slice(0, 4) : "";
  return /^\d{4}$/.test(text) ? Number(text) : null;
}

const wordOf = (units: Unit[] | undefined): string | undefined => {
  const u = units?.[0];
  return u?.kind === "word" ? u.token.text : undefined;
};
