/**
 * Small closed-class lexicons of English: the words that glue onto names when markup is
 * stripped, and the words that start a sentence capitalised without being a name.
 */

/** Words that commonly follow a name or title directly; candidates for un-gluing "Cruisehas". */
export const GLUE_SUFFIXES = new Set(
  (
    "has have had was were will would is are and but for with series franchise film films movie movies " +
    "sequel sequels star stars starring that which who can could may might should shall the into from also " +
    "said says been being did does not now then when while where after before during about against over " +
    "under his her their its trilogy saga remake reboot spinoff character role cast crew director producer " +
    "writer actor actress installment instalment entry chapter sees gets takes makes comes goes opens"
  ).split(" "),
);

/**
 * Function words and common sentence openers: a capitalised one at the start of a sentence is
 * not part of a name ("Starring Tom Cruise", "Director Christopher McQuarrie").
 */
export const COMMON_WORDS = new Set(
  (
    "a an the this that these those there here it its it's he she they we you i his her their our your my " +
    "in on at by for from with without of to into onto over under after before during since until about " +
    "and or but so yet nor if when while where whereas although though because as than then once " +
    "is are was were be been being has have had do does did will would can could may might must should shall " +
    "not no yes all any both each every few many more most other some such only own same also even just still " +
    "what which who whom whose why how " +
    "starring featuring directed written produced released distributed based set filmed shot " +
    "director actor actress star stars co-star producer writer filmmaker screenwriter composer " +
    "film films movie movies documentary sequel prequel remake series franchise trilogy " +
    "earlier later last next new first second third fourth fifth latest upcoming original previous former " +
    "meanwhile however despite following according other others plot details footage reports report " +
    "today yesterday tomorrow tonight now recently currently previously originally ultimately eventually " +
    "one two three four five six seven eight nine ten " +
    "mr mrs ms dr sir dame lord lady " +
    "related watch read see more exclusive update breaking review"
  ).split(" "),
);

/** Honorifics that precede a surname: "Mr Evans" refers to a person already named. */
export const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof"]);

/** Abbreviations whose full stop does not end a sentence. */
export const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr st jr sr vs v no nos mt ft inc ltd co corp bros mfg prof gen capt col lt sgt rev hon " +
    "jan feb mar apr jun jul aug sep sept oct nov dec approx est vol pp fig etc al"
  ).split(" "),
);

export const MONTHS = new Set(
  "january february march april may june july august september october november december".split(" "),
);
export const WEEKDAYS = new Set("monday tuesday wednesday thursday friday saturday sunday".split(" "));

export const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
};

export const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

/** Ranks and roles that open a character's name ("Agent Hunt", "Sergeant Rourke"), never a person's. */
export const ROLE_TITLES = new Set(
  (
    "agent captain detective officer inspector doctor professor sergeant colonel general major lieutenant " +
    "commander private constable sheriff deputy judge senator president chancellor governor mayor " +
    "uncle aunt king queen prince princess lord lady count countess baron duke duchess emperor"
  ).split(" "),
);

/** Articles, conjunctions and prepositions a name never ends with and a title keeps lower-case. */
export const FUNCTION_WORDS = new Set([
  "the",
  "a",
  "an",
  "of",
  "and",
  "or",
  "in",
  "on",
  "at",
  "to",
  "for",
  "with",
  "by",
]);
