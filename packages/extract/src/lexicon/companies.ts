/** Last words that make a name a company: "Paramount Pictures", "DreamWorks Animation". */
export const COMPANY_SUFFIXES = new Set(
  (
    "pictures picture studios studio films entertainment productions production animation media releasing " +
    "distribution distributors classics features corporation corp company co inc ltd llc plc group " +
    "brothers bros searchlight focus vision filmworks cinema"
  ).split(" "),
);

/**
 * Major film companies and streaming services whose names carry no company suffix. General
 * knowledge of the industry, like a list of currencies: it says what kind of name these are,
 * not which article mentions them.
 */
export const KNOWN_STUDIOS = new Set(
  (
    "paramount|universal|warner bros|warner brothers|columbia|mgm|metro-goldwyn-mayer|united artists|" +
    "20th century fox|twentieth century fox|20th century studios|fox|disney|walt disney|pixar|dreamworks|" +
    "lionsgate|lions gate|miramax|new line cinema|a24|neon|sony|sony pictures|legendary|lucasfilm|marvel studios|" +
    "orion|rko|republic|monogram|touchstone|summit|studiocanal|pathe|gaumont|working title|blumhouse|" +
    "annapurna|focus features|searchlight|fox searchlight|dimension|weinstein company|the weinstein company|" +
    "amblin|illumination|laika|aardman|studio ghibli|toho|bbc films|film4|ealing|" +
    // Broadcasters: entertainment news names them as often as studios.
    "bbc|bbc one|bbc two|bbc three|bbc four|itv|itv1|itv2|channel 4|channel 5|sky|sky one|" +
    "sky movies|mtv|cbs|nbc|abc|cnn|pbs|hbo|showtime"
  ).split("|"),
);

export const STREAMERS = new Set(
  (
    "netflix|amazon|amazon prime|amazon prime video|prime video|hulu|disney+|hbo max|max|hbo|apple tv+|apple tv|" +
    "paramount+|peacock|showtime|starz|mubi|crunchyroll|youtube|tubi|britbox|now tv|sky cinema|stan"
  ).split("|"),
);
