/**
 * The phrases around a capitalised span that mark it as a film title, or as something else
 * (an award, a stage show, a person's role). Each is read against the text just before or just
 * after the span; `titles.ts` says which cue fires where.
 */
export const ARTICLES = new Set(["the", "a", "an"]);
export const NOT_TITLES = new Set(
  (
    "hollywood|bollywood|oscar|oscars|academy awards|golden globes|globes|bafta|baftas|emmy|emmys|grammy|" +
    "grammys|cannes|sundance|berlin|venice|toronto|super bowl|christmas|easter|box office|dvd|tv"
  ).split("|"),
);
export const NOT_TITLE_LAST = new Set([
  "awards",
  "award",
  "globes",
  "festival",
  "prize",
  "academy",
  "association",
  "guild",
  "office",
  "council",
  "committee",
  "university",
  "school",
  "times",
  "post",
]);
export const PERSON_ROLES = new Set(["star", "director", "co-star", "producer", "writer", "filmmaker"]);
export const BOX_OFFICE =
  /\b(took|taken|takings|grossed|earned|earning|box office|chart|topped|top (?:five|ten|\d+)|number (?:one|two|three|four|five|\d+)|opened|opening weekend)\b/i;
// "Meet the Fockers topped the US box office", "Shark Tale has taken $…": the sentence's subject.
export const BOX_OFFICE_VERB =
  /^\s+(?:has|had|is|was|topped|tops|took|takes|grossed|grosses|earned|earns|made|led|leads|opened|debuted|remained|remains|stayed|stays|fell|slipped|dropped|beat)\b/;
const APPOSITIVE_NOUNS =
  "film|movie|comedy|drama|thriller|documentary|animation|musical|western|horror|biopic|blockbuster|epic|" +
  "adaptation|version|classic|satire|romance|fantasy|cartoon|feature|picture|hit|debut";
const RELATION_NOUNS = "(?:sequel|prequel|follow-up|remake) (?:to|of)";
// "Vera Drake, a drama about …", "Ocean's Twelve, the sequel to Ocean's Eleven, …". ", the film
// stars …" opens a clause, so "the" takes a word before its noun.
const KIND_NOUNS =
  "biopic|documentary|comedy|drama|thriller|musical|western|adaptation|remake|classic|satire|epic";
export const APPOSITIVE_FILM = new RegExp(
  `^, (?:an? (?:[\\p{L}\\d-]+ ){0,3}(?:${APPOSITIVE_NOUNS}|${RELATION_NOUNS})|the (?:[\\p{L}\\d-]+ ){1,3}(?:${APPOSITIVE_NOUNS})|the (?:${KIND_NOUNS}) (?:of|about|from|based)|the (?:[\\p{L}\\d-]+ ){0,2}${RELATION_NOUNS})\\b(?!')`,
  "u",
);
// "The Aviator, Martin Scorsese's biopic of Howard Hughes, …": a person's film in apposition.
export const POSSESSIVE_APPOSITIVE = new RegExp(
  `^, (?:\\p{Lu}[\\p{L}.'-]* ){0,3}\\p{Lu}[\\p{L}.-]*'s? (?:[\\p{L}\\d-]+ ){0,2}(?:${APPOSITIVE_NOUNS}|${RELATION_NOUNS})\\b`,
  "u",
);
export const BEST_FILM_AFTER =
  /^\s+(?:(?:was|has been|is) (?:voted|named|crowned) |(?:won|wins|took|takes) )(?:the )?best (?:(?:animated|foreign|foreign-language|british|documentary) )?(?:film|picture|movie)\b/;
// "Little Britain, the BBC comedy": a broadcaster's show.
export const TV_APPOSITIVE =
  /^,\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:BBC|BBC One|BBC Two|ITV|Channel 4|Channel 5|Sky|HBO|NBC|CBS|ABC|Fox|MTV)(?:\s+[\p{L}-]+){0,2}?\s+(?:comedy|drama|series|show|sitcom|soap|satire)\b/u;
export const STAGE_APPOSITIVE =
  /^,\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:musical|play|stage show|stage production|opera|ballet|pantomime)\b(?!\s+(?:film|movie|adaptation|version))/u;
export const OPENING_ROLES = new Set([
  "director",
  "actor",
  "actress",
  "producer",
  "star",
  "filmmaker",
  "film-maker",
]);
export const OUT_NOW_AFTER =
  /^\s+(?:is|are)\s+(?:now\s+)?out\s+(?:now\s+)?(?:on\s+(?:DVD|video|Blu-ray)|in\s+(?:UK\s+|US\s+)?(?:cinemas|theaters|theatres))\b/;
export const STORY_AFTER =
  /^\s+(?:tells|told|recounts|recounted|chronicles|chronicled|dramatises|dramatizes|dramatised|dramatized)\s+the\s+(?:true\s+|real-life\s+|real\s+)?(?:story|tale|life)\s+of\b/;
// "… also won best screenplay", "… took best documentary": a category a film wins.
export const WON_CATEGORY =
  /^\s+(?:also\s+)?(?:won|wins|took|takes|picked up|scooped|collected)\s+(?:the\s+)?(?:award\s+for\s+|prize\s+for\s+)?best\s+(?:film|picture|screenplay|documentary|animation|animated|british|foreign|original|adapted|cinematography|editing|score|soundtrack|visual)\b/;
export const CATEGORY_FOR_BEFORE =
  /\b(?:won|wins|named|nominated|took|picked up|collected|received)\s+(?:the\s+)?(?:award\s+for\s+|prize\s+for\s+)?best\s+(?:[\p{L}-]+\s+){0,2}?(?:actor|actress|director|performance|screenplay|newcomer)\s+(?:award\s+|prize\s+)?for\s+$/u;
export const INTRODUCTION =
  /^(?:At|In|On|Over|During|Elsewhere|Meanwhile|Overall|This|Last|Across|Outside|Further)\b[^,]{0,40},\s$/;
export const AWARD_AFTER =
  /^\s+(?:(?:has|had) )?(?:won|wins|took|takes|picked up|scooped|collected|received|earned)\s+(?:the\s+)?(?:[\p{L}\d-]+\s+){0,4}?(?:prize|prizes|award|awards|oscar|oscars|bafta|baftas|globe|globes|nominations?|statuette|golden \p{L}+|palme d'or|grand prix)\b/iu;
export const CHART_AFTER =
  /^\s+(?:held on to|held onto|kept|retained|took|claimed|remained at|stayed at|slipped to|dropped to|fell to|rose to|climbed to|went straight in at|entered at|entered the (?:chart|charts|box office chart|top (?:five|ten)) at|debuted at|opened at|was|came|is)\s+(?:the\s+)?(?:top spot|top of the (?:chart|box office)|number (?:one|two|three|four|five|\d+)|no\.?\s?\d+|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))(?:\s+(?:place|spot))?)(?=[\s,.;]|$)/u;
// "Best film: " → the title; "Best director: Mike Leigh, " → the title after the winner.
export const AWARD_LINE_BEFORE =
  /(?:^|[.;]\s|\n)(?:the\s+)?(?:best|outstanding)\s+([\p{L} -]{2,40}?):\s+((?:\p{Lu}[\p{L}.'-]*\s){1,3}\p{Lu}[\p{L}.'-]*,\s)?$/iu;
/** Award categories won by people: the winner is named first, then the film. */
export const PERSON_CATEGORY =
  /\b(?:director|actor|actress|performer|screenplay|writer|newcomer|cinematography|score)\b/i;
export const ROLE_AS_BEFORE = /\b(?:role|part|turn|performance) as (?:\p{Lu}[\p{L}.'-]*\s){1,4}in $/u;
export const PASSIVE_CREDIT =
  /^\s+(?:(?:will|is|was|has|had|is being|was being)\s+)?(?:be\s+|been\s+)?(?:directed|co-directed|helmed|written|co-written|produced|co-produced|remade|shot|filmed)\s+by\b/;
// "Pride and Prejudice is being filmed in Derbyshire" (but "Tom Cruise was shot in the leg").
export const PASSIVE_SHOOT =
  /^\s+(?:(?:will|is|was|has|had|is being|was being)\s+)?(?:be\s+|been\s+)?(?:filmed|shot)\s+(?:in|at|on\s+location)\b/;
export const APPOSITIVE_YEAR =
  /^,[^,]{0,40}?\b((?:18[89]|19\d|20\d)\d)\s+(?:[\p{L}-]+\s+)?(?:film|movie|comedy|drama|thriller|documentary|biopic|musical|western|horror|epic|classic|hit|adaptation|remake|sequel|blockbuster|animation)\b/u;
export const STUDIO_SUBJECT_BEFORE =
  /^((?:\p{Lu}[\p{L}.&+'-]*\s){0,3}\p{Lu}[\p{L}.&+'-]*)\s+(?:(?:has|have|had|will|is to|is set to|is due to)\s+)?(?:acquired|bought|picked up|acquire|buy|release|releases|released|distribute|distributes|distributed)\s+(?:the\s+)?(?:(?:rights\s+to|film|movie|thriller|drama|comedy|documentary)\s+)?$/u;
export const STUDIO_POSSESSIVE =
  /(?<![\p{L}.&-])((?:\p{Lu}[\p{L}.&-]*\s){0,3}\p{Lu}[\p{L}.&+-]*)(?:'s|')\s$/u;
// "Steven Spielberg's …", "Director Mike Leigh's …": a name's possessive opening a span, perhaps
// after a role word (group 1); the name is group 2.
export const OWNER_PREFIX =
  /^(?:(Director|Film-maker|Filmmaker|Actor|Actress|Producer|Writer|Star|Comedian)\s)?((?:\p{Lu}[\p{L}.-]*\s){1,2}\p{Lu}[\p{L}-]*)(?:'s|')\s(?=\S)/u;
export const RELEASE_VERB =
  /^\s*(?:(?:was|is|will be|has been|had been|will|is due to|is set to)\s+)?(?:released|premiered|premieres|premiere|opened|opens|open|debuted|debuts|arrives|arrive|hits|hit|streams|stream)\b/i;
export const RENAMED =
  /^,?\s+(?:\(\s*)?(?:(?:now|since|later|recently|officially)\s+(?:titled|called|known as)|retitled|renamed|re-titled|(?:(?:has been|was|is|will be)\s+)?(?:released|known|shown)\s+(?:in\s+(?:the\s+)?\p{Lu}[\p{L}.]*\s+)?as)\s+["']?/u;
export const FOLLOWING_CUES = /^(?:,\s*)?(?:in\s+which\s+|which|whose)\b/i;
export const AWARD_POSSESSIVE_AFTER =
  /^'s?\s+(?:(?:best[- ]picture|best[- ]film|surprise|shock|big|record)\s+)?(?:victory|win|triumph|success|sweep|haul|nominations?|oscars?|awards?)\b/i;
export const AWARD_CONTEXT =
  /\b(?:oscars?|academy|ampas|bafta|baftas|golden globes?|awards?|nominations?|prizes?)\b/i;
// "X, which sold four million units": a title whose DVDs or tickets sold.
export const SOLD_AFTER = /^,?\s+which\s+(?:sold|took|grossed|earned|made|shifted)\b/;
export const SALES_CONTEXT = /\b(?:units|copies|dvds?|videos?|tickets|box office)\b|[$£€]\s?\d/i;
// Television ratings, whose charts are no box office.
export const TV_RATINGS = /\b(?:viewers|ratings|audience share|episode|series)\b/i;
/** Cues that say only that something won, charted, sold or was credited: weak outside film news. */
export const WEAK_CUES = new Set([
  "best-film",
  "story",
  "chart",
  "credited-appositive",
  "release-subject",
  "box-office-subject",
  "box-office-name",
  "award-possessive",
  "sales-subject",
  "out-now",
  "cue:winner",
  "cue:nominee",
  "cue:favourite",
  "cue:favorite",
  "cue:contender",
  "cue:contenders",
  "cue:hit",
  "cue:hopeful",
]);
export const MUSIC_TV_CONTEXT =
  /\b(?:eurovision|grammys?|brits|brit awards?|mtv|mercury prize|pop idol|x factor|emmys?|singles? chart|album chart|albums?|singles?|songs?|band|singer|rapper|sitcom|soap|viewers|ratings|tv series|television series|episodes?)\b/i;
// A film named in apposition to "the latest film from Pixar" or "Mike Leigh's latest".
export const LATEST_BEFORE =
  /(?:\b(?:latest|new|next|last|first|second|third) (?:film|movie|feature|picture|production) (?:from|by) [^,]{1,40}|'s?\s+(?:(?:latest|new|next|last|second|third)(?:\s+(?:film|movie|feature|picture|project))?|(?:directorial|feature|screen|big-screen) debut)),\s$/u;
