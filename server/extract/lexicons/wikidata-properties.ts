// Wikidata properties that DocRED-style relations use (from ../shared/training/docred/relations.json,
// Wikidata's property names, CC0), each with the short predicate an edge shows when the relation typer
// adds an edge the rules did not find, worded to read from the edge's source to its target
// ("X -[works for]-> Y" for X's employer Y, "X -[child of]-> Y" for X's father Y).
// Data, not logic: the typer learns which applies.
export const WIKIDATA_PROPERTIES: Readonly<Record<string, { name: string; label: string }>> = {
  P6: { name: "head of government", label: "headed by" },
  P17: { name: "country", label: "located in" },
  P19: { name: "place of birth", label: "born in" },
  P20: { name: "place of death", label: "died in" },
  P22: { name: "father", label: "child of" },
  P25: { name: "mother", label: "child of" },
  P26: { name: "spouse", label: "spouse of" },
  P27: { name: "country of citizenship", label: "citizen of" },
  P30: { name: "continent", label: "on continent" },
  P31: { name: "instance of", label: "instance of" },
  P35: { name: "head of state", label: "headed by" },
  P36: { name: "capital", label: "has capital" },
  P37: { name: "official language", label: "official language" },
  P39: { name: "position held", label: "held position" },
  P40: { name: "child", label: "parent of" },
  P50: { name: "author", label: "written by" },
  P54: { name: "member of sports team", label: "plays for" },
  P57: { name: "director", label: "directed by" },
  P58: { name: "screenwriter", label: "written by" },
  P69: { name: "educated at", label: "educated at" },
  P86: { name: "composer", label: "composed by" },
  P102: { name: "member of political party", label: "member of" },
  P108: { name: "employer", label: "works for" },
  P112: { name: "founded by", label: "founded by" },
  P118: { name: "league", label: "plays in" },
  P123: { name: "publisher", label: "published by" },
  P127: { name: "owned by", label: "owned by" },
  P131: { name: "located in the administrative territorial entity", label: "located in" },
  P136: { name: "genre", label: "genre" },
  P137: { name: "operator", label: "operated by" },
  P140: { name: "religion", label: "religion" },
  P150: { name: "contains administrative territorial entity", label: "contains" },
  P155: { name: "follows", label: "follows" },
  P156: { name: "followed by", label: "followed by" },
  P159: { name: "headquarters location", label: "headquartered in" },
  P161: { name: "cast member", label: "stars" },
  P162: { name: "producer", label: "produced by" },
  P166: { name: "award received", label: "received" },
  P170: { name: "creator", label: "created by" },
  P171: { name: "parent taxon", label: "parent taxon" },
  P172: { name: "ethnic group", label: "ethnic group" },
  P175: { name: "performer", label: "performed by" },
  P176: { name: "manufacturer", label: "made by" },
  P178: { name: "developer", label: "developed by" },
  P179: { name: "series", label: "part of series" },
  P190: { name: "sister city", label: "twinned with" },
  P194: { name: "legislative body", label: "legislature" },
  P205: { name: "basin country", label: "basin country" },
  P206: { name: "located in or next to body of water", label: "on body of water" },
  P241: { name: "military branch", label: "served in" },
  P264: { name: "record label", label: "signed to" },
  P272: { name: "production company", label: "produced by" },
  P276: { name: "location", label: "located at" },
  P279: { name: "subclass of", label: "subclass of" },
  P355: { name: "subsidiary", label: "parent of" },
  P361: { name: "part of", label: "part of" },
  P364: { name: "original language of work", label: "original language" },
  P400: { name: "platform", label: "runs on" },
  P403: { name: "mouth of the watercourse", label: "flows into" },
  P449: { name: "original network", label: "aired on" },
  P463: { name: "member of", label: "member of" },
  P488: { name: "chairperson", label: "chaired by" },
  P495: { name: "country of origin", label: "from country" },
  P527: { name: "has part", label: "has part" },
  P551: { name: "residence", label: "lived in" },
  P569: { name: "date of birth", label: "date of birth" },
  P570: { name: "date of death", label: "date of death" },
  P571: { name: "inception", label: "inception" },
  P576: { name: "dissolved, abolished or demolished", label: "dissolved" },
  P577: { name: "publication date", label: "publication date" },
  P580: { name: "start time", label: "start time" },
  P582: { name: "end time", label: "end time" },
  P585: { name: "point in time", label: "point in time" },
  P607: { name: "conflict", label: "fought in" },
  P674: { name: "characters", label: "features" },
  P676: { name: "lyrics by", label: "lyrics by" },
  P706: { name: "located on terrain feature", label: "located on" },
  P710: { name: "participant", label: "participant" },
  P737: { name: "influenced by", label: "influenced by" },
  P740: { name: "location of formation", label: "formed in" },
  P749: { name: "parent organization", label: "subsidiary of" },
  P800: { name: "notable work", label: "known for" },
  P807: { name: "separated from", label: "separated from" },
  P840: { name: "narrative location", label: "set in" },
  P937: { name: "work location", label: "worked in" },
  P1001: { name: "applies to jurisdiction", label: "applies to" },
  P1056: { name: "product or material produced", label: "produces" },
  P1198: { name: "unemployment rate", label: "unemployment rate" },
  P1336: { name: "territory claimed by", label: "claimed by" },
  P1344: { name: "participant of", label: "took part in" },
  P1365: { name: "replaces", label: "replaces" },
  P1366: { name: "replaced by", label: "replaced by" },
  P1376: { name: "capital of", label: "capital of" },
  P1412: { name: "languages spoken, written or signed", label: "speaks" },
  P1441: { name: "present in work", label: "appears in" },
  P3373: { name: "sibling", label: "sibling of" },
};

/**
 * Words one of which a sentence must hold for the typer to give it one of these properties: a
 * birthplace is said with "born", a spouse with "married", "wife" or "son of", a team with a word of
 * sport. Without them the typer guessed from the names alone ("Ruto said in an address from State
 * House in Nairobi" → born in Nairobi): on the Re-DocRED cross-validation none of 12 such births
 * and deaths was right.
 */
const KIN = ['son', 'sons', 'daughter', 'daughters', 'child', 'children', 'father', 'mother', 'parent', 'parents', 'brother', 'brothers',
  'sister', 'sisters', 'sibling', 'siblings', 'twin', 'heir', 'grandson', 'granddaughter', 'nephew', 'niece', 'uncle', 'aunt', 'cousin',
  'king', 'queen', 'prince', 'princess', 'family', 'dynasty', 'wife', 'husband', 'widow', 'widower', 'married', 'marriage', 'born',
  'spouse', 'consort', 'duke', 'duchess', 'couple', 'wed', 'divorced', 'divorce', 'divorces', 'engaged', 'fiancé', 'fiancée'];
const SPORT = ['club', 'clubs', 'team', 'teams', 'football', 'soccer', 'league', 'leagues', 'season', 'seasons', 'played', 'plays', 'play',
  'playing', 'player', 'players', 'loan', 'goal', 'goals', 'match', 'matches', 'cup', 'squad', 'transfer', 'coach', 'manager',
  'striker', 'midfielder', 'defender', 'goalkeeper', 'forward', 'winger', 'debut', 'appearances', 'capped', 'caps', 'fc', 'hockey', 'basketball',
  'baseball', 'cricket', 'rugby', 'division', 'conference', 'championship', 'draft', 'drafted', 'roster', 'pitcher', 'quarterback'];
const MILITARY = ['served', 'serving', 'serve', 'fought', 'fighting', 'fight', 'army', 'armies', 'navy', 'naval', 'air', 'force', 'forces', 'military', 'soldier', 'soldiers',
  'officer', 'officers', 'troops', 'regiment', 'battalion', 'brigade', 'division', 'corps', 'marines', 'marine', 'enlisted', 'commissioned', 'commanded', 'commander',
  'command', 'general', 'colonel', 'captain', 'lieutenant', 'sergeant', 'admiral', 'killed', 'wounded', 'battle', 'battles', 'combat', 'veteran', 'volunteered', 'conscripted',
  'drafted', 'infantry', 'cavalry', 'artillery', 'squadron', 'fleet', 'pilot', 'campaign'];
/** Properties of a work (its author, director, composer, performer, …): their subject is a work (or a character in it), never a body or a place. */
export const WORK_PROPERTIES: ReadonlySet<string> = new Set(['P50', 'P57', 'P58', 'P86', 'P162', 'P175', 'P676', 'P161', 'P272', 'P449', 'P364', 'P840', 'P179']);
const POLITICS = ['party', 'parties', 'political', 'politician', 'politicians', 'politics', 'elected', 'election', 'elections', 'electoral', 'vote', 'votes', 'voted', 'voters',
  'candidate', 'candidates', 'campaign', 'minister', 'ministers', 'parliament', 'parliamentary', 'senator', 'senate', 'congress', 'congressman', 'congresswoman', 'assembly',
  'deputy', 'deputies', 'mp', 'mps', 'mep', 'councillor', 'councilor', 'council', 'mayor', 'governor', 'president', 'presidential', 'premier', 'chancellor', 'leader', 'leaders',
  'member', 'members', 'membership', 'joined', 'founded', 'coalition', 'opposition', 'government', 'legislature', 'legislative', 'representative', 'representatives',
  'seat', 'seats', 'ticket', 'nominee', 'nomination', 'caucus', 'faction', 'chairman', 'secretary', 'conservative', 'liberal', 'socialist', 'democrat', 'democratic',
  'republican', 'labour', 'labor', 'communist', 'nationalist', 'green', 'greens'];
/**
 * Properties that join a person and a body ("has part", "member of") only where the sentence says
 * so in words of membership or of a band: without them the typer made a chief executive a "part"
 * of his company and a goalscorer a "member" of the side he beat.
 */
export const MEMBERSHIP_PROPERTIES: ReadonlySet<string> = new Set(['P527', 'P463']);
export const MEMBERSHIP_WORDS: readonly string[] = ['member', 'members', 'membership', 'band', 'bands', 'duo', 'trio', 'quartet', 'quintet', 'lineup', 'line-up',
  'formed', 'founding', 'co-founded', 'joined', 'joining', 'consists', 'consisting', 'consisted', 'comprising', 'comprises', 'composed', 'vocalist', 'vocals', 'singer',
  'guitarist', 'guitar', 'drummer', 'drums', 'bassist', 'bass', 'keyboardist', 'keyboards', 'rapper', 'fellow', 'fellows', 'elected', 'inducted', 'academy', 'society'];
/** The words of a state's or a government's head. */
const HEAD_OF_STATE = ['president', 'presidents', 'prime', 'premier', 'chancellor', 'king', 'queen', 'emperor', 'empress', 'monarch', 'leader', 'leaders',
  'head', 'heads', 'sultan', 'emir', 'shah', 'tsar', 'czar', 'pharaoh', 'dictator', 'ruler', 'ruled', 'rules', 'rule', 'reign', 'reigned', 'governor', 'taoiseach',
  'mayor', 'presidency', 'premiership', 'throne', 'crowned', 'regent', 'duke', 'prince', 'princess', 'led', 'leads', 'headed', 'heads'];
/** Kin properties: between two people only, and each read one way of the kin word ("X, son of Y": Y is X's father). */
export const KIN_PROPERTIES: ReadonlySet<string> = new Set(['P22', 'P25', 'P40', 'P26', 'P3373']);
/** Kin words that make the first name the parent ("X, father of Y") or the child ("X, son of Y"). */
export const PARENT_WORDS: ReadonlySet<string> = new Set(['father', 'mother', 'parent', 'parents']);
export const CHILD_WORDS: ReadonlySet<string> = new Set(['son', 'sons', 'daughter', 'daughters', 'child', 'children']);
/** The properties that name the target as the source's parent, and as the source's child. */
export const PARENT_PROPERTIES: ReadonlySet<string> = new Set(['P22', 'P25']);
export const CHILD_PROPERTIES: ReadonlySet<string> = new Set(['P40']);

const SUCCESSION = ['replaced', 'replaces', 'replace', 'replacing', 'replacement', 'succeeded', 'succeeds', 'succeed', 'succeeding', 'successor', 'successors',
  'predecessor', 'predecessors', 'renamed', 'became', 'becomes', 'formerly', 'former', 'superseded', 'supersedes', 'merged', 'merger', 'preceded', 'followed',
  'split', 'dissolved', 'reorganized', 'reorganised', 'restructured', 'took', 'continued', 'continuation', 'abolished', 'established', 'founded', 'formed', 'until', 'later', 'name'];

export const PROPERTY_CUES: Readonly<Record<string, { words: readonly string[]; lifeDates?: boolean }>> = {
  P19: { words: ['born', 'birth', 'birthplace', 'native', 'née', 'raised'], lifeDates: true },
  P20: { words: ['died', 'dies', 'death', 'dead', 'killed', 'buried', 'murdered', 'executed'], lifeDates: true },
  // (a child's two parents are spouses: "the son of Raf Vallone and Elena Varzi")
  P26: { words: [...KIN, 'marry', 'marries', 'wedded'] },
  P22: { words: KIN },
  P25: { words: KIN },
  P40: { words: KIN },
  P3373: { words: KIN },
  // a team, a league and a record label are said in the words of sport and of music (without them,
  // on the Re-DocRED cross-validation, none of 22 teams, 5 leagues and 8 labels was right; "signed" is
  // said of laws and deals as much as of players)
  P54: { words: SPORT },
  P118: { words: SPORT },
  P264: { words: ['label', 'labels', 'records', 'recorded', 'recording', 'album', 'albums', 'single', 'singles', 'released', 'ep'] },
  // (schooling too: none of the 6 given without such a word was right)
  P69: { words: ['studied', 'studies', 'study', 'studying', 'student', 'students', 'educated', 'education', 'graduated', 'graduate', 'graduating',
    'university', 'college', 'school', 'degree', 'degrees', 'alumnus', 'alumna', 'alumni', 'attended', 'attending', 'academy', 'institute',
    'doctorate', 'phd', 'bachelor', 'master', 'enrolled', 'taught', 'trained', 'training', 'conservatory', 'seminary', 'polytechnic'] },
  P1412: { words: ['speak', 'speaks', 'spoke', 'spoken', 'language', 'languages', 'fluent', 'tongue', 'dialect'] },
  // a conflict and a military branch are said in the words of arms ("During the war he worked in
  // Stockholm with X" makes X no combatant; "designed a church" no branch of the army)
  P607: { words: MILITARY },
  P241: { words: MILITARY },
  // a head of state or government in the words of an office ("won Chile's presidential runoff,
  // defeating candidate X" made X head of Chile)
  P35: { words: HEAD_OF_STATE },
  P6: { words: HEAD_OF_STATE },
  // …and a party in the words of politics ("Leverkusen coach Xabi Alonso" made the club his party)
  P102: { words: POLITICS },
  // a successor in the words of succession ("across the Pacific from Japan to Chile" made Chile the Pacific's)
  P1365: { words: SUCCESSION },
  P1366: { words: SUCCESSION },
};
