import type { Fact } from "@filmkb/schema";

/** How a fact's value reads in a page: "Marcus Obi as Cathal Rourke", "2026-09-18 · GB · theatrical". */
export function describeValue(fact: Fact): string {
  switch (fact.predicate) {
    case "cast":
      return fact.value.character ? `${fact.value.name} as ${fact.value.character}` : fact.value.name;
    case "company":
      return `${fact.value.name} (${fact.value.role})`;
    case "release":
      return [fact.value.date, fact.value.region, fact.value.medium, fact.value.platform]
        .filter(Boolean)
        .join(" · ");
    case "filmingLocation":
      return fact.value.region ? `${fact.value.name} (${fact.value.region})` : fact.value.name;
    case "productionNote":
      return `${fact.value.kind}: ${fact.value.text}`;
    case "relatedFilm":
      return `${fact.value.relation} of ${fact.value.title}`;
    default:
      return String(fact.value);
  }
}

export const PREDICATE_LABEL: Record<Fact["predicate"], string> = {
  title: "title",
  alias: "alias",
  year: "year",
  franchise: "franchise",
  installment: "installment",
  director: "director",
  writer: "writer",
  producer: "producer",
  cast: "cast",
  company: "company",
  release: "release",
  filmingLocation: "filming location",
  genre: "genre",
  productionNote: "production note",
  relatedFilm: "related film",
};

export const percent = (confidence: number) => `${Math.round(confidence * 100)}%`;

/** "2026-03-02T10:15:00Z" → "2 Mar 2026"; a partial date stays as given. */
export function day(iso: string | null | undefined): string {
  if (!iso) return "—";
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso)) return iso;
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return date.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
