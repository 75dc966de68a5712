// The minimal table (code → English name), not the full dataset of capitals, currencies and languages.
import countries from "countries-list/minimal/countries.en.min.json" with { type: "json" };
import { memoByString } from "./memo.ts";

const byName = new Map<string, string>();
for (const [code, name] of Object.entries(countries as Record<string, string>))
  byName.set(name.toLowerCase(), code);

// Names and demonyms that news copy uses for countries, beyond their official names.
const EXTRA: Record<string, string> = {
  us: "US",
  usa: "US",
  "u.s": "US",
  "u.s.": "US",
  america: "US",
  "united states": "US",
  "the united states": "US",
  "north america": "US",
  american: "US",
  uk: "GB",
  "u.k": "GB",
  "u.k.": "GB",
  britain: "GB",
  "great britain": "GB",
  england: "GB",
  scotland: "GB",
  wales: "GB",
  "northern ireland": "GB",
  british: "GB",
  english: "GB",
  scottish: "GB",
  welsh: "GB",
  dutch: "NL",
  holland: "NL",
  french: "FR",
  german: "DE",
  italian: "IT",
  spanish: "ES",
  irish: "IE",
  canadian: "CA",
  australian: "AU",
  japanese: "JP",
  chinese: "CN",
  korean: "KR",
  "south korea": "KR",
  indian: "IN",
  mexican: "MX",
  swedish: "SE",
  danish: "DK",
  norwegian: "NO",
  russian: "RU",
  brazilian: "BR",
  "new zealand": "NZ",
  kiwi: "NZ",
  austrian: "AT",
  swiss: "CH",
  belgian: "BE",
  portuguese: "PT",
  polish: "PL",
  greek: "GR",
  finnish: "FI",
  icelandic: "IS",
  czech: "CZ",
  hungarian: "HU",
  turkish: "TR",
  israeli: "IL",
  argentine: "AR",
  argentinian: "AR",
  chilean: "CL",
  colombian: "CO",
  peruvian: "PE",
  cuban: "CU",
  thai: "TH",
  filipino: "PH",
  indonesian: "ID",
  taiwanese: "TW",
  vietnamese: "VN",
  nigerian: "NG",
  kenyan: "KE",
  egyptian: "EG",
  iranian: "IR",
  ukrainian: "UA",
  romanian: "RO",
  pakistani: "PK",
  "south african": "ZA",
};

/** ISO 3166-1 alpha-2 for a country name, common short form or demonym; null when not a country. */
export const regionCode = memoByString(function regionCode(name: string): string | null {
  const key = name.trim().toLowerCase().replace(/^the /, "");
  return EXTRA[key] ?? byName.get(key) ?? null;
});

/** Last words that make a name a place: "North Yorkshire Moors Railway", "Leicester Square". */
export const PLACE_SUFFIXES = new Set(
  (
    "railway station square street road avenue park bridge castle abbey cathedral palace hall tower " +
    "beach bay island islands mountain mountains valley lake river forest desert moors moor hills canyon " +
    "harbour harbor port docks airport studios city town village county"
  ).split(" "),
);

/** Words for where people and films come from: "Taiwanese filmmaker", "South Korean thriller". */
export const NATIONALITIES = new Set(
  (
    "american british english scottish welsh irish french german italian spanish portuguese dutch belgian " +
    "swiss austrian swedish norwegian danish finnish icelandic polish czech hungarian romanian greek turkish " +
    "russian ukrainian israeli iranian egyptian nigerian kenyan indian pakistani chinese japanese korean " +
    "taiwanese thai vietnamese filipino indonesian australian canadian mexican brazilian argentine argentinian " +
    "chilean colombian cuban peruvian south north east west hong kong new zealand"
  ).split(" "),
);
