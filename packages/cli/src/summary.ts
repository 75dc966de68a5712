import type { ExtractionResult } from "@filmkb/schema";

/** A human-readable account of one extraction. */
export function summarise(source: string, result: ExtractionResult): string {
  const lines = [`${source}  (article ${result.article.id}, ${result.facts.length} facts)`];
  if (result.films.length === 0) lines.push("  no films found");
  for (const film of result.films) {
    lines.push(`  ${film.title}${film.year ? ` (${film.year})` : ""}`);
    const row = (label: string, values: string[]) => {
      if (values.length) lines.push(`    ${label.padEnd(11)} ${values.join(", ")}`);
    };
    row("aliases", film.aliases);
    row(
      "franchise",
      film.franchise ? [`${film.franchise}${film.installment ? ` #${film.installment}` : ""}`] : [],
    );
    row("directed by", film.directors);
    row("written by", film.writers);
    row(
      "cast",
      film.cast.map((c) => (c.character ? `${c.name} as ${c.character}` : c.name)),
    );
    row(
      "companies",
      film.companies.map((c) => `${c.name} (${c.role})`),
    );
    row(
      "releases",
      film.releases.map((r) => [r.date, r.region, r.medium, r.platform].filter(Boolean).join(" ")),
    );
    row("filmed in", film.filmingLocations);
    row(
      "related",
      film.relatedFilms.map((r) => `${r.relation}: ${r.title}`),
    );
    row(
      "notes",
      film.productionNotes.map((n) => `${n.kind}: ${n.text.slice(0, 80)}${n.text.length > 80 ? "…" : ""}`),
    );
  }
  for (const w of result.warnings) lines.push(`  warning: ${w}`);
  return lines.join("\n");
}
