/** Nouns for a film, and genre words that stand for "a film of this kind". */
export const FILM_NOUNS = new Set(
  (
    "film films movie movies picture feature documentary biopic blockbuster sequel prequel remake reboot " +
    "spin-off spinoff adaptation short flick"
  ).split(" "),
);

export const GENRE_NOUNS = new Set(
  (
    "thriller thrillers comedy comedies drama dramas horror western westerns musical musicals romance " +
    "animation animated cartoon satire melodrama mystery noir epic fantasy adventure action sci-fi " +
    "romcom rom-com documentary biopic blockbuster caper spoof parody war crime weepie hit smash flop " +
    "chiller whodunnit whodunit"
  ).split(" "),
);

/** Words that mark a title as something other than a film: "the TV series Soldier Soldier". */
export const NON_FILM_NOUNS = new Set(
  (
    "series show sitcom soap serial programme program album single song book novel play musical-theatre " +
    "game videogame podcast opera ballet comic comics strip episode miniseries documentary-series " +
    "article essay story poem report column piece magazine newspaper headline memoir biography"
  ).split(" "),
);

/** Words that, before a capitalised phrase, mark it as a film by its reception. */
export const RECEPTION_CUES = new Set([
  "hopeful",
  "frontrunner",
  "front-runner",
  "nominee",
  "favourite",
  "favorite",
  "contender",
  "contenders",
  "winner",
  "hit",
]);
