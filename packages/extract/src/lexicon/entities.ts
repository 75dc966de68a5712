/**
 * Word classes that say what kind of thing a capitalised name is, from its head word or from the
 * noun set before it. General knowledge of English and of the film trade, like a list of
 * currencies: they never name an answer for a particular article.
 */
const words = (list: string) => new Set(list.trim().split(/\s+/));

/** Last words of an organisation's name: "Chicago Film Critics Association", "Morehouse College". */
export const ORGANISATION_HEADS = words(`
  association associations academy guild society institute institution foundation council committee
  commission board union federation league club circle critics group company corporation agency
  network university college school trust fund party police department ministry office bureau
  court government parliament senate congress magazine newspaper times post guardian telegraph
  observer herald journal tribune gazette weekly daily press news records band orchestra choir
  charity alliance coalition organisation organization authority service services bank industries
  council institute laboratories labs partnership consortium syndicate collective centre center
`);

/** Last words of an award's name: "Golden Globe", "Independent Spirit Awards", "Palme d'Or". */
export const AWARD_HEADS = words(`
  award awards prize prizes trophy medal globe globes statuette statuettes honour honours honor
  honors bear lion d'or or razzie razzies oscar oscars bafta baftas emmy emmys cesar cesars césar
  césars grammy grammys tony tonys brits goya goyas
`);

/** One-word awards: "won an Oscar", "Bafta winner". */
export const AWARD_NAMES = words(`
  oscar oscars bafta baftas emmy emmys cesar cesars césar césars grammy grammys razzie razzies
  golden tony tonys goya goyas olivier oliviers brit brits
`);

/** Last words of a named event: "Sundance Film Festival", "World War II". */
export const EVENT_HEADS = words(`
  festival festivals ceremony ceremonies gala premiere convention expo fair games olympics cup
  championship championships
`);

/** Last words of a place: "Leicester Square", "Kodak Theatre", "North Yorkshire Moors Railway". */
export const VENUE_HEADS = words(`
  theatre theater cinema cinemas hall arena stadium centre center hotel studios
`);

/** Nouns for a person's role or trade, before the name: "actress Imelda Staunton". */
export const ROLE_NOUNS = words(`
  actor actors actress actresses director directors film-maker film-makers filmmaker filmmakers
  producer producers writer writers screenwriter screenwriters co-writer co-writers star stars
  co-star co-stars comedian comedians comic singer singers musician presenter presenters host
  novelist author playwright composer legend veteran newcomer nominee nominees winner winners
  hopeful hopefuls rapper model chief executive boss spokesman spokeswoman spokesperson critic
  critics cinematographer editor animator creator designer dancer performer artist entertainer
  personality icon co-director chairman president founder wife husband son daughter brother
  sister father mother girlfriend boyfriend fiancee colleague friend leader candidate businessman
  tycoon mogul campaigner blogger journalist reporter broadcaster dj player boxer footballer
  manager coach heiress heir star-turned-director newcomers stars veterans favourite favorite
  front-runner frontrunner contender contenders stalwart hero villain lead
`);

/** Role nouns that say the person acts: "Oscar-winning actress X", "Hollywood star Y". */
export const ACTING_NOUNS = words(`
  actor actors actress actresses star stars co-star co-stars performer performers
`);

/** Words for television and other media that a name before or after marks as no film. */
export const BROADCAST_NOUNS = words(`
  series show shows sitcom soap serial programme programmes program programs miniseries channel
  tv television network broadcaster station radio drama-series
`);

/** Television and radio broadcasters: "the BBC comedy X" is a programme. */
export const BROADCASTERS = words(`
  bbc itv channel4 c4 sky hbo cbs nbc abc fox mtv cnn pbs showtime bravo amc fx comedy-central e4
  bbc1 bbc2 itv1 itv2
`);

/** Works that are not films: "the novel X", "his album Y". */
export const OTHER_WORK_NOUNS = words(`
  album albums single singles song songs book books novel novels play plays musical musicals opera
  operas ballet game games videogame comic comics magazine newspaper poem poems memoir biography
  autobiography episode episodes record records track tracks exhibition painting paintings sculpture
  stage article articles essay essays column
`);

/** Acronyms that are never titles: media, formats, bodies. */
export const NON_TITLE_ACRONYMS = words(`
  tv dvd dvds vhs cd cds uk us usa eu un bbc itv cbs nbc abc hbo mtv cnn pbs sky imax 3d hd ceo
  lgbt aids hiv fbi cia nasa nato rpg gmt bst est pst am pm ok ad bc
`);

/** Honours and forms of address before a name. */
export const NAME_PREFIXES = words(`
  mr mrs ms miss dr sir dame lord lady prof professor
`);
