// Generic cue words for English news and encyclopedic prose. Nothing here names a particular
// person, organization or place: these are the heads, titles and function words that tell what
// kind of thing a capitalised span is, or that it is not a name at all.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/**
 * Heads of bodies in languages that write them first, the qualifiers after: "Scuola Normale
 * Superiore", "Banco Santander", "Universität Wien" (the last word is no head there).
 */
export const FIRST_ORG_HEADS = set(`
  scuola laboratoire laboratorio école ecole istituto accademia academia colegio liceo lycée hochschule politecnico politécnico
  musée museo museu banque banco universidad université universidade università universität instituto institut
  teatro théâtre partido parti ministerio ministère compagnie compañía société sociedad sociedade
`);

/** Place heads written first, in English and the languages whose names the news keeps: "Mount Kenya", "Casa Milà", "Piazza Navona". */
export const FIRST_PLACE_HEADS = set(`mount mt lake cape fort casa palazzo palacio villa piazza plaza château chateau schloss castello
  monte lago isla isola rue estadi estadio stade stadio`);

/** Event heads that come first, in languages that write them so: "Copa del Rey", "Coupe de France", "Coppa Italia". */
export const FIRST_EVENT_HEADS = set(`copa coupe coppa tour giro vuelta`);

/** The planets and the Moon by name alone: places ("life on Mars"), though a one-word name the model cannot place reads as a surname. */
/**
 * The continents by the stem of their names, the only things a place is "on" as Wikidata's P30 has
 * it ("Central Africa", "North America", "South American" too; not an ocean: "across the Pacific
 * from Japan to Chile").
 */
export const CONTINENT_STEMS = ['africa', 'americ', 'antarctic', 'asia', 'australia', 'eurasia', 'europ', 'oceania'];

export const CELESTIAL_BODIES = set(`mars jupiter saturn uranus neptune pluto earth moon`);

/** Head nouns of the names of newspapers and broadcasters: "Financial Times", "Komsomolskaya Pravda". */
export const PRESS_HEADS = set(`press media newspaper magazine times post journal herald tribune gazette gazeta pravda izvestia
  chronicle telegraph observer guardian courier express mirror daily news radio television tv broadcasting`);

/** Head nouns of organization names ("Central Committee", "University of Alberta"), the foreign ones too. */
export const ORG_HEADS: ReadonlySet<string> = new Set([...PRESS_HEADS, ...set(`
  party parties committee committees council commission museum museums university college school
  academy institute institution association society foundation fund company corporation corp inc
  ltd llc plc co group bank agency ministry department office bureau service services army navy
  corps force forces guard police court parliament assembly senate duma congress cabinet government
  administration authority board union federation league club team church order trust network
  airlines airways railways railway railroad railroads motors industries enterprises holdings studios
  studio records pictures labs laboratories hospital library archive archives orchestra band
  choir theatre theater ballet opera centre center centres centers alliance coalition movement front organization
  organisation cooperative consortium conference confederation brotherhood fraternity sorority
  secretariat directorate inspectorate tribunal commissariat facility
  firm bloc faction wing caucus associates partners entertainment
  holding electronics semiconductor semiconductors technologies pharmaceuticals
  exchange
  engineering graphics systems software solutions networks communications logistics ventures international
  investments securities insurance aerospace automotive therapeutics biotech instruments robotics
  dynamics comité biosciences bioscience pharma biopharma biologics genomics diagnostics platforms brands foods management survey
`), ...FIRST_ORG_HEADS]);

/** Roles only a body has people in, or parts of, or what only a body undergoes: "chief executive of X", "a subsidiary of X", "the takeover of X" make X an organization. */
export const CORPORATE_ROLES = set(`executive ceo cfo coo cto chairman chairwoman founder co-founder cofounder subsidiary shareholder shareholders
  takeover takeovers buyout acquirer shares`);

/**
 * Heads of companies, which lists of two companies end with as often as one name does: "Apple and
 * Samsung Electronics" is two names, "Baltimore and Ohio Railroad" one.
 */
export const CORPORATE_HEADS = set(`
  company corporation corp inc ltd llc plc co group holding holdings electronics motors industries
  enterprises technologies semiconductor semiconductors pharmaceuticals airlines airways studios
  bank partners associates entertainment records pictures labs biosciences bioscience pharma biopharma therapeutics biotech
`);

/** Sports clubs' prefixes, written in capitals before the club's place: "FC Porto", "AS Monaco", "VfB Stuttgart". */
export const CLUB_PREFIXES = set(`fc afc cf cd sc ss sv as ac rc vfb vfl fk nk sk hk bk ik tsg rb sd ud`);

/** …and their suffixes, after it: "Malmö FF", "Rosenborg BK", "Djurgårdens IF". */
export const CLUB_SUFFIXES = set(`fc afc ff if bk fk sk ik sc`);

/**
 * …and words, before or after a place's name, that make it a club's: "Real Madrid", "Borussia
 * Dortmund", "Newcastle United", "Albion Rovers" ("City" and "County" are left out: "Leicester
 * City" is a club, "Salt Lake City" a place).
 */
export const CLUB_FIRST_WORDS = set(`real atletico atlético athletic bayer bayern borussia dynamo dinamo sporting olympique racing deportivo inter eintracht fortuna hertha werder spartak lokomotiv partizan steaua club`);
export const CLUB_LAST_WORDS = set(`united rovers wanderers albion hotspur athletic rangers`);

/**
 * Last words that name the same thing as the name without them: "Shetland Islands" is Shetland,
 * "Heian Period" Heian. Not province, county, island or city: "İzmir Province" and "Izmir" may be
 * a province and its capital, "Vancouver Island" is not Vancouver.
 */
export const SAME_THING_SUFFIXES = set(`islands archipelago period dynasty era`);

/** Last words of a river's name that its short name leaves out ("the Vessna"), unless the short name is a place of its own. */
export const WATERCOURSE_SUFFIXES = set(`river creek`);

/**
 * Head nouns of institutions that our guidelines call organizations though other corpora often
 * tag them as places (DocRED's LOC for a museum or a university): training data is relabelled by them.
 */
export const INSTITUTION_HEADS = set(`
  museum museums gallery university college academy institute school library conservatory seminary
`);

/** Head nouns of place names ("Red Square", "Palace of Congresses", "Lake Baikal"). */
export const PLACE_HEADS = set(`
  square street avenue road route boulevard lane highway bridge palace castle tower towers cathedral
  via church basilica mosque temple synagogue monastery abbey chapel shrine ghetto camp mausoleum cemetery park sanatorium resort
  garden gardens airport station port harbour harbor stadium arena mountain mountains mount
  mountains hill hills lake river sea ocean bay gulf strait straits canal coast island islands
  peninsula valley desert forest falls cape province region oblast krai county district territory
  republic kingdom empire emirate principality duchy city town village borough municipality
  prefecture canton wall gate building house hall plaza basin delta
  glacier volcano reef archipelago continent range ranges
`);

/** Head nouns of named events ("Great Terror", "20th Party Congress", "World War II"). */
export const EVENT_HEADS = set(`
  war wars battle revolution uprising rebellion revolt massacre purge purges terror famine
  genocide holocaust crisis siege invasion occupation election elections referendum congress
  summit olympics games championship championships cup tournament festival expo exhibition
  marathon prix race tour derby open masters trial trials protest protests riots riot strike coup putsch affair
  scandal incident disaster earthquake hurricane storm plenum session
`);

/** Head nouns of named works ("Secret Speech", "Treaty of Versailles", "Charter 77"). */
export const WORK_HEADS = set(`
  speech address report act treaty law bill book novel album song single film movie documentary
  series declaration constitution manifesto charter doctrine concept resolution protocol accords
  accord agreement pact code letter decree directive memorandum program programme plan textbook
  poem symphony opera concerto sonata cantata oratorio requiem overture ballet painting article essay thesis edition encyclopedia dictionary
  telescope satellite spacecraft rocket rover submarine missile
`);

/** A word that ends a body's, a place's, an event's or a work's name ("Museum", "River", "War", "Report"). */
export const isHead = (lower: string): boolean => isPlainHead(lower)
  // (written with its accents, as the languages that share the word write it: "Basílica", "Música")
  || (/[^\x00-\x7f]/.test(lower) && isPlainHead(lower.normalize('NFD').replace(/\p{M}/gu, '')));
const isPlainHead = (lower: string): boolean => ORG_HEADS.has(lower) || PLACE_HEADS.has(lower) || EVENT_HEADS.has(lower) || WORK_HEADS.has(lower);

/** A country's legislature named by its head alone is a body of its own, not a name given before: "told the Senate". */
export const LEGISLATURE_HEADS = set(`senate parliament congress`);

/** Heads that name a gathering rather than a body when they carry an ordinal ("20th Congress"). */
export const ORDINAL_EVENT_HEADS = set(`congress plenum session conference summit assembly games olympics`);

/** Head nouns of prizes and honours ("Nobel Prize", "Order of Lenin"): neither a person nor a body; they may name their field with "in" ("Nobel Prize in Chemistry"). */
/** Heads of the names of laws and treaties, whose fields may hold an "and" or an "or": "Health Insurance Portability and Accountability Act". */
export const LAW_HEADS = set(`act acts law laws treaty code convention accord accords agreement pact bill statute ordinance directive`);

export const AWARD_HEADS = set(`prize prizes award awards medal medals trophy cup-winner laureate honour honor`);

/** Titles and roles: cues for a person, never part of the person's name. */
/** Titles of one who stands for an office, not of the office: "Labour candidate X" (Labour is no field of an office). */
export const CANDIDACY_TITLES = set(`candidate nominee`);

export const TITLES: ReadonlySet<string> = new Set([...set(`
  president vice prime minister premier chancellor secretary general first chief deputy chairman
  chairwoman chairperson chair head director governor mayor senator sen rep representative
  congressman congresswoman ambassador consul minister king queen prince princess emperor empress
  tsar czar tsarina tsaritsa kaiser sultan shah emir sheikh pope cardinal archbishop bishop
  patriarch metropolitan father rev reverend pastor rabbi imam lord lady sir dame duke
  duchess count countess baron baroness marquis earl mr mrs ms miss dr prof professor judge justice
  commissioner marshal general gen admiral adm colonel col major maj captain capt lieutenant lt
  sergeant sgt commander cmdr officer agent inspector detective coach manager editor publisher
  founder ceo cfo coo chief-executive spokesman spokeswoman spokesperson leader comrade generalissimo
  commissar ombudsman pharaoh caliph raja maharaja shogun viscount vizier regent voivode hetman ataman speaker treasurer attorney advisor adviser aide envoy dictator
  administrator executive co-founder cofounder co-chief co-chairman co-chair co-president co-director co-leader prosecutor councillor councilor alderman dean rector provost
  superintendent sheriff vice-president vice-chairman vice-chair vice-chancellor vice-premier vice-governor vice-admiral
  lieutenant-governor governor-general baronet baronetess bt viceroy vicereine magistrate taoiseach tánaiste
`), ...CANDIDACY_TITLES]);

/** What a government office is of, not a body: "Secretary of State", "Minister of Finance of Georgia". */
export const OFFICE_FIELDS = set(`state defense defence commerce finance justice health labor labour education agriculture energy
  transport transportation treasury interior war navy culture trade industry environment housing tourism sport sports
  information communications economy employment welfare foreign home security intelligence science research
  development digital infrastructure immigration veterans`);

/** Titles that are also a part of personal names, after a given name: "Hassan Sheikh Mohamud", "Sharif Sheikh Ahmed". */
export const TITLES_IN_NAMES = set(`sheikh sheik shaikh`);
/** Titles that are common surnames as well, after a given name: "Stephen King", "Jessica Bishop", "David Duke". */
export const SURNAME_TITLES = set(`king bishop duke judge pope prince knight dean earl baron`);

/**
 * Titles of a trade or a firm, not of a state: after a people's adjective they say whose citizen
 * the person is ("the Iranian director X" is no director of Iran; "the Iranian president X" is).
 */
export const TRADE_TITLES = set(`director co-director manager coach editor publisher founder co-founder cofounder ceo cfo coo
  executive chief-executive professor prof dr agent detective inspector dean rector provost administrator`);

/** Words that make a title of the title after them, not a place of the name before: "U.S. District Judge X", "Fulton County District Attorney X", "Field Marshal X". */
export const TITLE_MODIFIERS = set(`district circuit magistrate bankruptcy appeals field assistant associate managing acting interim senior`);

/** Heads of a country's lands: "North Island of New Zealand" names the island and the country. */
export const LAND_HEADS: ReadonlySet<string> = new Set(['island', 'islands', 'peninsula', 'mountains', 'range', 'ranges', 'valley', 'coast', 'desert', 'forest', 'alps', 'highlands', 'lowlands', 'plateau']);

/** Heads of a country's parts: "X Province of Armenia" names the province and the country. */
export const REGION_HEADS: ReadonlySet<string> = new Set(['province', 'region', 'oblast', 'krai', 'county', 'district', 'prefecture', 'canton', 'municipality', 'governorate', 'department', 'voivodeship']);

/** Generic modifiers that several names of one thing add or drop ("State Gulag Museum" = "Gulag History Museum"). */
export const GENERIC_MODIFIERS = set(`
  state national federal royal imperial central public international history historical municipal
  city regional great new old official memorial party people's peoples
`);

/** Place heads that are as often a surname after a given name: "Peter Hall", "Damon Hill" (not "the Albert Hall"). */
export const SURNAME_HEADS = set(`hall hill church wood`);

/** The staff of a side, written after its name: "Leverkusen coach X". */
export const SPORTS_STAFF = set(`coach manager captain`);
/** Verbs of playing for a side: "plays for X", "scored for X", "signed for X". */
export const SIDE_VERBS = set(`play plays played playing score scores scored scoring sign signs signed signing appear appears appeared appearing capped starred ride rides rode riding race races raced racing`);
/** Verbs of a transfer, whose "from" is the side left: "signed Timber from Feyenoord", "joined Liverpool from Roma". */
export const SIGNING_VERBS = set(`sign signs signed signing join joins joined joining`);
/** Verbs of a match, whose subject and object are sides where the sentence gives a score: "Liverpool beat Manchester City 2-0". */
export const MATCH_VERBS = set(`beat beats beating defeat defeats defeated defeating drew draw draws drawing thrashed thrash edged edge lost lose loses losing hammered routed stunned`);

/** Verbs of leading, owning or joining a body, whose object is one: "runs Tesla", "founded Varnes Labs", "joined Liverpool". */
export const LEADING_VERBS = set(`run runs ran running head heads headed heading chair chairs chaired chairing found founds founded founding co-founded cofounded own owns owned owning manage manages managed managing acquire acquires acquired acquiring join joins joined joining lead leads led`);

/** Companies' legal forms written after their names ("Inc.", "GmbH", "A/S"): a name that ends in one is a company's. */
export const LEGAL_FORMS = set(`inc ltd llc plc corp co gmbh ag sa s.a nv bv oy ab as a/s asa spa pty se kgaa`);

/** A place's side in a sport: "played for the Argentina team" is playing for Argentina, not for a team there. */
export const SIDE_NOUNS = set(`team side squad club eleven league`);

/** A player's place in a team: "Spain midfielder X" plays for Spain's team. */
export const PLAYER_ROLES = set(`striker forward midfielder defender goalkeeper winger captain quarterback pitcher`);

/** Class nouns that type the name they introduce ("NGOs like X", "the city of X"). */
/** Named artifacts' class nouns, which may follow the name ("NASA's Perseverance rover", "the Hubble telescope"). */
export const ARTIFACT_NOUNS = set(`telescope satellite spacecraft rocket probe rover ship vessel submarine missile`);

export const CLASS_NOUNS: ReadonlyMap<string, 'person' | 'organization' | 'place' | 'event' | 'work'> = new Map([
  ...['ngo', 'ngos', 'organization', 'organizations', 'organisation', 'organisations', 'group', 'groups', 'company', 'companies', 'firm', 'firms', 'newspaper', 'newspapers', 'paper', 'journal', 'journals', 'magazine', 'magazines', 'weekly', 'agency', 'agencies', 'party', 'parties', 'band', 'club', 'team', 'outlet', 'outlets', 'tabloid', 'broadsheet', 'daily', 'publisher', 'label', 'charity', 'charities', 'society', 'institution', 'institutions',
    // the bodies of business news: "its wind turbine business Siemens Gamesa", "the carmaker Stellantis"
    'business', 'unit', 'subsidiary', 'division', 'carmaker', 'automaker', 'chipmaker', 'lender', 'insurer', 'retailer', 'airline', 'startup', 'conglomerate', 'broadcaster', 'union',
    'venture', 'consortium', 'bank', 'manufacturer', 'operator', 'shipbuilder', 'shipyard', 'planemaker', 'drugmaker', 'carrier', 'regulator', 'watchdog', 'giant', 'museum', 'university',
    // the bodies of technology news: "its network provider, Cloudflare", "the social network X"
    'provider', 'platform', 'supplier', 'maker', 'miner',
    // bodies of public life: "the association's president, X"
    'association', 'federation', 'foundation', 'council', 'committee', 'league', 'coalition', 'ministry', 'court',
    // a professional's firm: "her own practice, X", "the studio X"
    'practice', 'studio',
    // the trades of film and books: "the American distributor Neon"
    'distributor'].map((w) => [w, 'organization'] as const),
  ...['country', 'countries', 'city', 'cities', 'town', 'towns', 'village', 'villages', 'region', 'regions', 'province', 'provinces', 'state', 'states', 'capital', 'island', 'islands', 'republic', 'republics', 'nation', 'nations', 'river', 'county', 'district', 'peninsula', 'territory',
    // roads and works of building: "the A6 motorway", "the dam"
    'motorway', 'highway', 'freeway', 'expressway', 'dam', 'prison'].map((w) => [w, 'place'] as const),
  ...['leader', 'leaders', 'student', 'pupil', 'teacher', 'mentor', 'friend', 'writer', 'writers', 'author', 'poet', 'historian', 'historians', 'journalist', 'politician', 'singer', 'actor', 'actress', 'player', 'artist', 'predecessor', 'successor', 'advisor', 'adviser', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'father', 'mother', 'colleague', 'dissident', 'dissidents', 'scientist', 'composer', 'director', 'founder', 'minister', 'president', 'general', 'coach', 'deputy', 'spokesman', 'chairman',
    // players: "Danish striker X"
    ...PLAYER_ROLES, 'footballer', 'cyclist', 'swimmer', 'sprinter', 'boxer',
    // professions: "the British engineer X", "the painter X"
    'architect', 'engineer', 'painter', 'sculptor', 'novelist', 'playwright', 'photographer', 'physicist', 'chemist', 'mathematician', 'economist', 'philosopher', 'lawyer', 'diplomat', 'activist', 'pianist', 'violinist', 'entrepreneur', 'businessman', 'businesswoman',
    // musicians and performers: "drummer X", "the rapper X"
    'drummer', 'guitarist', 'bassist', 'vocalist', 'keyboardist', 'saxophonist', 'trumpeter', 'cellist', 'rapper', 'comedian', 'dancer'].map((w) => [w, 'person'] as const),
  ...['book', 'novel', 'film', 'album', 'song', 'speech', 'address', 'report', 'article', 'essay', 'poem', 'textbook', 'law', 'treaty', 'play', 'opera', 'series',
    // named artifacts: "the telescope X", "the rocket X", "the painting X"
    ...ARTIFACT_NOUNS, 'painting', 'sculpture', 'documentary', 'movie', 'podcast',
    // kinds of film and book: "a thriller he shot in Tehran", "her memoir X"
    'thriller', 'drama', 'musical', 'sitcom', 'memoir', 'biopic', 'sequel',
    // machines and programs that introduce their names ("the computer X", "X, a
    // mechanical computer"; not after one, which is the maker's: "a Qualcomm chip")
    'computer', 'machine', 'software', 'aircraft', 'airliner', 'smartphone', 'console'].map((w) => [w, 'work'] as const),
  // bodies of the sky are places: "the planet, known as X"
  ...['planet', 'exoplanet', 'moon', 'asteroid', 'comet', 'galaxy'].map((w) => [w, 'place'] as const),
  ...['war', 'battle', 'congress', 'festival', 'election', 'campaign'].map((w) => [w, 'event'] as const),
]);

/** Kin: a person's, never a body's ("its chairman" is a body's officer, "their son" a couple's child). */
export const KIN_NOUNS = set(`son sons daughter daughters child children wife husband widow widower father mother parents brother brothers sister sisters grandson granddaughter grandchildren nephew niece cousin stepson stepdaughter uncle aunt`);

/** Is a lower-case word a noun of a person: a kind, a title or a kin ("painter", "mayor", "daughter")? */
export const isPersonNoun = (word: string): boolean => CLASS_NOUNS.get(word) === 'person' || TITLES.has(word) || KIN_NOUNS.has(word);

/** Connectors that may stand inside a name between capitalised words. */
export const NAME_CONNECTORS = set(`of of-the for de du des da di del della van von der den ter la le al el bin ibn y e and-the &`);

/** Lower-case particles that begin or join personal names ("Ludwig van Beethoven"). */
export const NAME_PARTICLES = set(`de du des da das do dos di del della dei degli delle van von zu der den ter ten te la le al el bin ibn ben wa`);
/** The Arabic article as romanised before a name, joined to it by a hyphen ("Omar al-Bashir", "Abdel Fattah el-Sisi"). */
export const HYPHENED_ARTICLES = set(`al el ad an ar as ash at az ud ul`);
/** Words that join a German town's name to its river, lake or region: "Frankfurt am Main", "St. Wolfgang im Salzkammergut". */
export const GERMAN_PLACE_JOINS = set(`am im`);
/** …and those that do so before "der": "Bruck an der Leitha", "Rothenburg ob der Tauber", "Neumarkt in der Oberpfalz". */
export const GERMAN_PLACE_JOINS_BEFORE_DER = set(`an ob in auf unter`);
/** Particles of a Romance name that say where a thing is of: the town after them is no surname ("Le Ventre de Paris"). */
export const PLACE_PARTICLES = set(`de du des di del della`);

/**
 * Short lower-case words that follow a name after a hyphen without being part of it ("Putin-era",
 * "Soviet-style", "Kremlin-run"); other short lower-case syllables there are ("Kim Jong-un").
 */
export const HYPHEN_SUFFIXES = set(`
  era era's style type like class area wide run made born bred led held only free based owned
  bound rich poor zone side city state level scale sized size year day week month old new
  sided aged going funded backed linked allied leaning centric themed speaking
`);

/** Months and days: when something happened, never how two names are related. */
export const CALENDAR_WORDS = set(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
  saturday sunday mon tue tues wed thu thur thurs fri sat sun
`);

/** Calendar words that are also given names or surnames: "Theresa May", "Jan Kowalski", "Sun Yat-sen". */
export const CALENDAR_NAMES = set(`may jan june april august sun`);

/** The days of the week, which begin a few titles ("Saturday Night Live", "Monday Night Football"). */
export const WEEKDAYS = set(`monday tuesday wednesday thursday friday saturday sunday`);

/** Words before a month that make it the month: "in May Anna Berg …", "since June". */
export const MONTH_CUES = set(`in on since until till by from through last next early late mid of during before after between`);

/** Nouns of a quantity, which say how many of the noun after "of" ("dozens of statues"). */
export const QUANTITY_NOUNS = set(`dozens hundreds thousands millions scores number numbers lot lots couple handful series pair majority minority most some many several all none`);

/** Spans of time: "spoke for four hours on X" speaks on X (the parser hangs X from the hours). */
export const DURATION_NOUNS = set(`second seconds minute minutes hour hours day days week weeks month months year years decade decades century centuries`);

/** Amounts: "shares rose 3 percent on X" rose on X (the parser hangs X from the amount). */
export const AMOUNT_NOUNS = set(`percent per-cent pct % points point cents dollars euros pounds yen yuan rupees`);

/** Words that make a people's adjective of a part of a land or an age: "South African", "Native American", "Ancient Egyptian". */
export const DEMONYM_QUALIFIERS = set(`south north east west southern northern eastern western central native ancient equatorial upper lower new old`);

/** Geologic times: times, not things ("fossils from the Eocene"), though a name may hold one ("Jurassic Park"). */
export const GEOLOGIC_TIMES = set(`
  hadean archean archaean proterozoic phanerozoic paleozoic palaeozoic mesozoic cenozoic cambrian ordovician silurian devonian
  carboniferous mississippian pennsylvanian permian triassic jurassic cretaceous paleogene palaeogene neogene tertiary quaternary
  paleocene palaeocene eocene oligocene miocene pliocene pleistocene holocene anthropocene
`);
/** …and their parts: "Late Eocene", "Early Cretaceous". */
export const GEOLOGIC_TIME_PARTS = set(`early middle late upper lower`);

/** Words that never are names, even capitalised (calendar words, pronouns in headlines, …). */
export const NEVER_NAMES: ReadonlySet<string> = new Set([...CALENDAR_WORDS, ...set(`
  i i'm i've i'd i'll ok okay mr mrs ms dr am pm a.m. p.m. bc ad bce ce
`)]);

/** Epithets a ruler's name takes with "the": "Casimir III the Great", "Erik the Red", "Charles the Bold". */
export const EPITHETS = set(`great elder younger bold conqueror magnificent wise pious terrible fair good just confessor unready
  navigator liberator lionheart lion-hearted red black blessed venerable martyr apostate victorious fat simple mad cruel`);

/** Verbs whose object is the subject of the infinitive after it ("persuaded X to join Y"; but "beat X to win Y" is the subject's win). */
export const OBJECT_CONTROL_VERBS = set(`persuade ask tell force allow urge help invite order encourage enable require convince
  appoint elect name choose select hire sign recruit pick call lead cause inspire push pressure compel oblige permit forbid`);

/** The word before a saint's name: "St. Mary's Basilica". */
export const SAINTS = set(`st. st saint ste. san santa são`);

/** Quantifiers of a list a clause is said of: "bought A and B, both based in Z". */
export const LIST_QUANTIFIERS = set(`both all each`);

/** Adverbs that order the members of a list: "in A and later in B". */
export const SEQUENCE_ADVERBS = set(`then later finally eventually subsequently afterwards thereafter`);

/** Prepositions of the way a thing goes, after its "from": "runs from A through B", "moved from A to B". */
export const WAY_CASES = set(`to through into across via towards toward onto`);

/** Nouns of equals: a name's rival or partner is neither part of it nor owned by it ("Nvidia's rival AMD"). */
export const PEER_NOUNS = set(`rival competitor opponent counterpart ally partner neighbour neighbor peer challenger adversary`);

/** Subordinators of an adverbial clause of time: "… before it empties into the sea". */
export const TIME_MARKS = set(`before after until when while since once as`);

/** Words that are prepositions or subordinators: before a name and a finite verb, they open a clause ("after Arsenal drew with Villa"). */
export const CLAUSE_SUBORDINATORS = set(`as after before since until while once because although though whereas`);

/** Subordinators that make a participle an adverbial clause of the verb: "studied at MIT before joining X". */
export const ADVERBIAL_MARKS = set(`before after while when since upon without until though although once by`);

/** Auxiliaries that open a finite clause: after "said X", one of them makes X its subject. */
export const FINITE_AUXILIARIES = set(`would will could can should may might must had has have was were is are`);

/** Nouns for one person of a people, unlike its adjective ("the Spaniard" is a person the text named before, no name). */
export const PEOPLE_NOUNS = set(`spaniard briton brit dane swede finn pole turk scot frenchman frenchwoman englishman englishwoman
  irishman irishwoman welshman welshwoman dutchman dutchwoman scotsman scotswoman norseman kiwi aussie argentine filipino filipina`);

/** Predicates that are only a preposition: no label for a relation ("in" between two places is "located in"). */
export const BARE_PREPOSITIONS = set(`in at of on to from by for with near into`);
/** Every preposition a relation's words may be reduced to: alone, none is a predicate. */
export const PREPOSITIONS: ReadonlySet<string> = new Set([...set(`in at of on to from by for with near into during including
  after before despite among under over between through across against without within about around since until via toward
  towards amid upon along beside behind beyond throughout like than as`), 'related to',
  // a possessive alone says no more than "of": "Richard Wagner's "Tristan und Isolde"" is his by a property or by nothing
  "'s", '’s']);
/** …and the prepositions of lists and times, which a typed relation's property names better ("during", "including"). */
export const BARE_LABELS: ReadonlySet<string> = new Set([...BARE_PREPOSITIONS, 'during', 'including']);

/**
 * Nouns of an action, with the verb that says it: "completed the purchase of a stake in X" reads
 * "purchased stake in", "announced its acquisition of X" reads "acquired".
 */
export const ACTION_NOUNS: ReadonlyMap<string, string> = new Map([
  ['purchase', 'purchased'], ['acquisition', 'acquired'], ['takeover', 'took over'], ['buyout', 'bought out'],
  ['sale', 'sold'], ['merger', 'merged'], ['investment', 'invested'], ['sponsorship', 'sponsored'],
  ['invasion', 'invaded'], ['annexation', 'annexed'], ['occupation', 'occupied'], ['capture', 'captured'],
  ['visit', 'visited'], ['tour', 'toured'], ['signing', 'signed'], ['publication', 'published'],
  ['construction', 'built'], ['founding', 'founded'], ['creation', 'created'], ['withdrawal', 'withdrew'],
  ['denunciation', 'denounced'], ['defeat', 'defeated'], ['release', 'released'], ['renovation', 'renovated'],
  ['leadership', 'led'],
]);

/** Nouns of those who take part in an event, with the verb that says it: "other speakers at X" → spoke at. */
/** Nouns of a body's role toward a product or another body, written between the two names: "Pringles maker Kellanova", "TikTok owner ByteDance". */
export const MAKER_NOUNS = set(`maker makers owner parent operator developer producer publisher distributor manufacturer creator`);

export const AGENT_NOUNS: ReadonlyMap<string, string> = new Map([
  ['speaker', 'spoke'], ['speakers', 'spoke'], ['participant', 'took part'], ['participants', 'took part'],
]);

/**
 * Prepositions of a phrase that frames a clause rather than completing its verb: "Despite his dislike
 * for X, Y …" relates Y and X by the noun ("dislike for"), not by the clause's verb.
 */
export const FRAMING_CASES = set(`despite after before during amid amidst following since until upon notwithstanding`);
/** The framing prepositions that say when: "After the annexation of Austria by Germany, X fled" names an event of others. */
export const TIME_CASES = set(`after before during amid amidst following since until upon`);

/**
 * Verbs of writing a work: the author of a work that treats of a name wrote about it ("the
 * textbook, authored by X, devotes a page to Y" → X wrote about Y).
 */
export const AUTHOR_VERBS = set(`author co-author write co-write pen compile`);

/** Verbs whose object is a work, whose title may hold small words: "he wrote Devil on the Cross", "she directed Gone with the Wind". */
export const WORK_VERBS = set(`wrote writes written write penned published publishes directed directs composed composes painted paints recorded records released releases staged stages`);

/** Participles of making, which with their agent describe the thing made ("a vaccine, developed by X"). */
export const MAKING_PARTICIPLES = set(`developed made manufactured produced built designed written directed published created founded owned operated run managed invented`);

/** Verbs that carry out the action of their object's noun, so that the noun is the predicate: "completed the purchase". */
export const LIGHT_VERBS = set(`complete finalize finalise conclude close make carry announce launch begin start undertake finish pursue seal`);

/** Verbs of saying: what they report is a clause of its own. */
export const SPEECH_VERBS = set(`say tell announce report add state confirm claim warn write insist deny admit explain note argue reveal`);

/** Capitalised acronyms that are common nouns, not names. */
export const COMMON_ACRONYMS = set(`cd cds dvd dvds lp ep usd eur km kg tv ceo cfo coo cto mba phd ma ba bsc msc md gdp dna rna ai it id pc usb ngo ngos nb ps etc vs faq hq pr ap`);

/** Pairs of words joined by "and" that are one term inside a name: "Rock and Roll Hall of Fame", "Rhythm and Blues Foundation". */
export const BINOMIALS = set(`rock+roll rhythm+blues arts+crafts drum+bass black+white`);

/** Function words that may stay lower-case inside a quoted title ("The Cult of Personality and its Consequences"). */
/** Small words of other languages inside a quoted title: "Tristan und Isolde", "Cantando por un sueño". */
export const FOREIGN_TITLE_WORDS = set(`und die das et les y e il lo los las por un una uno och og en het een`);

export const TITLE_FUNCTION_WORDS = set(`
  a an the of and or nor but for to in on at by from with as into onto over under its his her their
  our my your is are was were be than that
`);

/** Verbs of naming: "X, known as Y", "became known as Y". */
export const NAMING_PHRASES = ['known as', 'called', 'dubbed', 'nicknamed', 'referred to as', 'renamed', 'titled', 'entitled'];

/** Verbs that give a noun its name: in "a house named X", "a band called X" the name stands for the noun. */
export const NAMING_VERBS = set(`name call dub nickname rename title entitle know`);

/** Prepositions after which an unknown single name is most likely a place. */
export const PLACE_PREPOSITIONS = set(`in at near across throughout around outside inside into from via toward towards within`);

/** Spelled-out ordinals, for "Twentieth Congress" = "20th Congress". */
const ORDINAL_UNITS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ORDINAL_TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TENS_ORDINAL = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

function ordinalSuffix(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** "twenty-second" → "22nd", "first" → "1st"; undefined for anything else. */
export const SPELLED_ORDINALS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const add = (word: string, n: number) => map.set(word, `${n}${ordinalSuffix(n)}`);
  ORDINAL_UNITS.forEach((w, i) => i && add(w, i));
  ORDINAL_TEENS.forEach((w, i) => add(w, 10 + i));
  for (let t = 2; t < 10; t++) {
    add(TENS_ORDINAL[t]!, t * 10);
    for (let u = 1; u < 10; u++) {
      add(`${TENS[t]}-${ORDINAL_UNITS[u]}`, t * 10 + u);
      add(`${TENS[t]}${ORDINAL_UNITS[u]}`, t * 10 + u);
    }
  }
  return map;
})();

/** The past tense of the verbs that do not add "-ed", for labels read off a gerund ("After leaving X" → left). */
export const IRREGULAR_PAST = new Map(`beat:beat hit:hit cut:cut let:let shut:shut quit:quit spread:spread cost:cost hurt:hurt split:split
  upset:upset read:read lend:lent feel:felt deal:dealt mean:meant hear:heard say:said bear:bore flee:fled feed:fed
  catch:caught fall:fell eat:ate drink:drank hang:hung dig:dug overcome:overcame become:became begin:began build:built buy:bought come:came draw:drew drive:drove
  fight:fought find:found fly:flew get:got give:gave go:went grow:grew hold:held keep:kept lead:led leave:left lose:lost
  make:made meet:met pay:paid put:put run:ran see:saw sell:sold send:sent set:set sing:sang sit:sat speak:spoke
  spend:spent stand:stood take:took teach:taught tell:told think:thought win:won write:wrote
  bring:brought break:broke choose:chose forget:forgot hide:hid know:knew ride:rode rise:rose seek:sought shake:shook
  shoot:shot sink:sank steal:stole strike:struck swear:swore tear:tore throw:threw wear:wore weave:wove bind:bound`.split(/\s+/).map((p) => p.split(':') as [string, string]));

/** A body's peers, whose possessor is a body: "Nvidia's rival AMD". */
export const BODY_PEERS = set(`rival rivals competitor competitors`);

/** Words before a name that only a body comes after: "published by X", "spun off from X", "listed on X". */
export const BODY_AGENT_PHRASES: ReadonlySet<string> = new Set(['published by', 'off from', 'acquired by', 'bought by', 'takeover by', 'listed on']);

/** What one holds "in" a body: "a stake in X". */
export const STAKE_NOUNS = set(`stake stakes shares holding holdings shareholding investment investments interest`);

/** Capitalised function words that open a sentence, after which a letter's full stop ends one ("vitamin A. The"). */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(['The', 'A', 'An', 'In', 'It', 'He', 'She', 'They', 'We', 'This', 'That', 'But', 'And', 'On', 'At', 'After', 'Its', 'His', 'Her', 'Their']);

/** Verbs whose object is what moves, from where the "from" says: "signed X from Y". */
export const OBJECT_MOVING_VERBS = set(`sign buy acquire recruit hire poach loan bring lure transfer`);

/** Plural kin nouns that give two names as each other's kin: "brothers A and B". */
export const PLURAL_KIN = set(`brothers sisters siblings twins cousins`);

/** Class nouns of places that name one with "of": "the city of Oslo", "the state of Texas". */
export const PLACE_CLASS_NOUNS = set(`city state town village province region country republic island county district municipality kingdom emirate`);

/** Relative pronouns that may be a clause's subject: "X, who is due to visit Y, …". */
export const RELATIVE_SUBJECTS = set(`who which that`);
/** Labels that are a verb of saying and nothing else: no relation between a speaker and what is said. */
export const SAYING_LABELS = set(`said says say added adds`);
