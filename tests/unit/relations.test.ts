import { describe, expect, it } from 'vitest';
import { extractText, extractThroughPronouns, relation, entity } from '../helpers';

describe('relations', () => {
  it('relates two names joined by a verb, with the predicate and the exact sentence as evidence', () => {
    const text = 'In 1956 Nikita Khrushchev attacked his predecessor Josef Stalin. It rained.';
    const x = extractText(text);
    const r = relation(x, 'Nikita Khrushchev', 'Josef Stalin')!;
    expect(r.source).toBe(entity(x, 'Nikita Khrushchev')!.id);
    expect(r.label).toMatch(/^attacked/);
    expect(r.evidence).toHaveLength(1);
    const ev = r.evidence[0]!;
    expect(ev.text).toBe('In 1956 Nikita Khrushchev attacked his predecessor Josef Stalin.');
    expect(text.slice(ev.start, ev.end)).toBe(ev.text);
    expect(ev.years).toEqual([1956]);
  });

  it("gives a body's officer named after a comma its role: \"the association's president, X,\"", () => {
    const x = extractText("The court rejected a challenge by the Karvensk Growers' Association. The association's president, Tom Harlan, said the growers would appeal.");
    expect(relation(x, 'Tom Harlan', "Karvensk Growers' Association")?.label).toBe('president of');
  });

  it("gives the role to the body the text set beside the description's noun (\"Norland's space agency, NSA\"), over an older name holding the noun", () => {
    const x = extractText("The Varnish Space Agency launched a satellite on Tuesday. Norland's space agency, NSA, built a camera for it. The agency's president, Teodor Vale, praised the team.");
    expect(relation(x, 'Teodor Vale', 'NSA')?.label).toBe('president of');
    expect(relation(x, 'Teodor Vale', 'Varnish Space Agency')).toBeUndefined();
  });

  it("gives no role to a body the description does not name when a comma stands before the person (\"the club's president, X,\" after a league)", () => {
    const x = extractText('Anton Velt led Karvensk FC to the Norland League title in 2017. The club\'s president, Aurelio Dantini, thanked the fans.');
    expect(relation(x, 'Aurelio Dantini', 'Norland League')).toBeUndefined();
  });

  it("gives a role in apposition after the person (\"X, the agency's director\") only to a body the noun names", () => {
    expect(relation(extractText('The Varnish Rebels besieged the town. "We are hungry," said Anna Berg, the agency\'s executive director.'), 'Anna Berg', 'Varnish Rebels')).toBeUndefined();
    const x = extractText('The Norland Space Agency launched a probe on Monday. "We are proud," said Anna Berg, the agency\'s director general.');
    expect(relation(x, 'Anna Berg', 'Norland Space Agency')?.label).toBe('director general of');
  });

  it("reads a participle between a possessive and a name as the name's modifier, not as the predicate (\"Norland's ruling Karvensk Party\")", () => {
    const r = relation(extractText("Norland's ruling Karvensk Party lost its majority on Sunday."), 'Norland', 'Karvensk Party');
    expect(r?.label).not.toBe('ruling');
    expect(r?.label).toMatch(/in|of/);
  });

  it('reads "X said its chairman, Y, was …" as Y chairman of X, not as what X said', () => {
    const x = extractText('The Norland Court said its chairman, Karim Velt, was investigating attacks on civilians in Ostrovia.');
    expect(relation(x, 'Karim Velt', 'Norland Court')).toMatchObject({ label: 'chairman of', source: 'karim-velt' });
    // (a title too, and after a first clause of another subject)
    const y = extractText('Velmar has accused the rebels of genocide, and the Norland Court said its prosecutor, Karim Velt, was investigating attacks on civilians.');
    expect(relation(y, 'Karim Velt', 'Norland Court')).toMatchObject({ label: 'prosecutor of', source: 'karim-velt' });
    expect(relation(y, 'Velmar', 'Karim Velt')).toBeUndefined();
  });

  it("makes no one a citizen of the country that modifies another person's name", () => {
    const x = extractText('Anna Berg of Poland beat Olga Lind of the United States in the final on Saturday.');
    expect(relation(x, 'Anna Berg', 'United States')).toBeUndefined();
    expect(relation(x, 'Olga Lind', 'Poland')).toBeUndefined();
  });

  it('gives no country that acts in a clause of its own to the names of another clause', () => {
    const x = extractText('The United States has accused the rebels of genocide, and the International Criminal Court said its prosecutor, Karim Velt, was investigating attacks on civilians in West Darfur.');
    expect(relation(x, 'West Darfur', 'United States')).toBeUndefined();
    expect(relation(x, 'International Criminal Court', 'United States')).toBeUndefined();
  });

  it('relates no two members of a list of places ordered by "then" or "later"', () => {
    const x = extractText('After the annexation of Norland in 1938, Anna Berg fled to the Netherlands and then to Ostrovia, where she worked at the Karvensk Institute.');
    expect(relation(x, 'Netherlands', 'Ostrovia')).toBeUndefined();
    expect(relation(x, 'Anna Berg', 'Ostrovia')?.label).toBe('fled to');
    expect(relation(extractText('Anna Berg fled to the Netherlands and later to Stockholm.'), 'Netherlands', 'Stockholm')).toBeUndefined();
  });

  it('reads a dateline with its region and agency as no part of the story ("NAPLES, Italy (AP) —")', () => {
    const x = extractText('NAPLES, Italy (AP) — Karvensk FC have signed striker Anton Velt, the club said on Monday.');
    expect(relation(x, 'Naples', 'Anton Velt')).toBeUndefined();
    expect(entity(x, 'Naples')?.type).toBe('place');
    expect(relation(x, 'Italy', 'Anton Velt')).toBeUndefined();
    // the agency is a body of its own, even by a common acronym, and no other name for the region before it
    expect(entity(x, 'AP')?.type).toBe('organization');
    expect(entity(x, 'Italy')?.aliases).not.toContain('AP');
  });

  it('reads a clause after ", who" as said of the name before the comma, where the parser hung it on the verb of saying', () => {
    const x = extractText('"Velt is a modern forward," said Karvensk coach Anton Dahl, who led Norland Rovers to the title in 2017.');
    expect(relation(x, 'Anton Dahl', 'Norland Rovers')?.label).toBe('led');
  });

  it('does not relate a name in one verb\'s phrase to the object of a second verb of the same subject, where the name modifies a noun', () => {
    const x = extractText('The striker scored 19 goals in the Norland League season and joins Karvensk FC for a fee of 45 million euros.');
    expect(relation(x, 'Norland League', 'Karvensk FC')).toBeUndefined();
  });

  it('does not relate names that are only listed together', () => {
    const x = extractText('Poland, Hungary and Romania sent delegates.');
    expect(x.relations).toEqual([]);
  });

  it('turns a passive "by" around', () => {
    const x = extractText('An investigation into the Great Terror was commissioned by the Central Committee.');
    const r = relation(x, 'Great Terror', 'Central Committee')!;
    expect(r.source).toBe(entity(x, 'Central Committee')!.id);
    expect(r.label).toMatch(/^commissioned( |$)/); // "commissioned investigation": the agent acts
  });

  it('relates the first of a list and the rest to what precedes them', () => {
    const x = extractText('Busts of Stalin have been unveiled around Russia and in occupied Crimea.');
    expect(relation(x, 'Stalin', 'Russia')).toBeDefined();
    expect(relation(x, 'Stalin', 'Crimea')).toBeDefined();
  });

  it('links a person to the person a possessive pronoun points back to', () => {
    const x = extractText('Vladimir Putin ignored the anniversary, while the textbook, authored by his closest history advisor, Vladimir Medinsky, devotes a page to it.');
    expect(relation(x, 'Vladimir Putin', 'Vladimir Medinsky')?.evidence[0]!.predicate).toBeDefined();
  });

  it('takes the person a possessive pronoun opening a sentence stands for, not the person named last', () => {
    const x = extractThroughPronouns('Anna Berg married Nils Dahl in 1895 and shared the prize with the physicist Karl Venn. She won it again in 1911. Her daughter Kari Dahl later won it too.');
    expect(relation(x, 'Kari Dahl', 'Anna Berg')?.label).toBe('daughter of');
    expect(relation(x, 'Karl Venn', 'Kari Dahl')).toBeUndefined();
  });

  it('takes the person a resolved possessive pronoun stands for mid-sentence too, with any kin or a student', () => {
    const x = extractThroughPronouns('Anna Berg was born in Oslo. Her father, Karl Berg, was a banker, and her uncle Olaf Lind was a minister. There her student Tomas Halvik took a photo.');
    expect(relation(x, 'Olaf Lind', 'Anna Berg')?.label).toBe('uncle of');
    expect(relation(x, 'Tomas Halvik', 'Anna Berg')?.label).toBe('student of');
    expect(relation(x, 'Karl Berg', 'Olaf Lind')).toBeUndefined();
  });

  it('reads a possessive before adjectives and a name as where the name is', () => {
    expect(relation(extractText('She studied at Karvensk\'s clandestine Flying University.'), 'Flying University', 'Karvensk')?.label).toBe('located in');
  });

  it('places one place in another', () => {
    const x = extractText('He coached in Vancouver, British Columbia.');
    const r = relation(x, 'Vancouver', 'British Columbia')!;
    expect(r.label).toBe('located in');
  });

  it('keeps every supporting sentence, and weight counts them', () => {
    const x = extractText('Putin praised Stalin. Later Putin criticised Stalin again.');
    const r = relation(x, 'Putin', 'Stalin')!;
    expect(r.evidence.map((e) => e.sentence)).toEqual([0, 1]);
  });

  it('relates the subject to the places its clause puts it in', () => {
    const x = extractText('Ross Alger moved to Calgary with his family and later studied at the University of Toronto.');
    expect(relation(x, 'Ross Alger', 'Calgary')).toBeDefined();
    expect(relation(x, 'Ross Alger', 'University of Toronto')).toBeDefined();
  });

  it('reads a role noun between two names as the relation', () => {
    const x = extractText('The band hired Toronto bassist Zev Marrow.');
    expect(relation(x, 'Toronto', 'Zev Marrow')?.label).toBe('bassist');
  });

  it('does not relate coordinated phrases to each other, nor carry a relation past a clause comma', () => {
    const x = extractText('The bill was criticized by the group Memorial and by Novaya Gazeta. Speaking in Minsk after talks with President Alexander Lukashenko, Sergei Lavrov accused Washington.');
    expect(relation(x, 'Memorial', 'Novaya Gazeta')).toBeUndefined();
    expect(relation(x, 'Alexander Lukashenko', 'Sergei Lavrov')?.label).not.toBe('president');
    expect(relation(x, 'Sergei Lavrov', 'Washington')?.label).toBe('accused');
  });
  it('reads the sentence after a dateline on its own, and a "whose" clause the parser took for the main verb as a relative clause', () => {
    const x = extractText('OSLO — Ingrid Varnes, the Norwegian architect whose timber buildings reshaped the harbour of Bergen, died on Sunday at her home in Oslo.');
    expect(relation(x, 'Ingrid Varnes', 'Oslo')?.label).toBe('died in');
    expect(relation(x, 'Bergen', 'Oslo')).toBeUndefined();
  });

  it('does not relate the name a relative clause describes to what the clause\'s own subject did ("London, where she met X")', () => {
    const x = extractText('Ingrid Varnes studied at the Architectural Association in London, where she met the engineer Peter Rowe.');
    expect(relation(x, 'Architectural Association', 'Peter Rowe')).toBeUndefined();
    expect(relation(x, 'London', 'Peter Rowe')).toBeUndefined();
    expect(relation(x, 'Ingrid Varnes', 'Peter Rowe')?.label).toBe('met');
  });

  it('gives "their son, X" to the two people of the sentence before, never to a body', () => {
    const x = extractText('UNESCO listed the wharf in 1979. Ingrid Varnes married the painter Olav Lindh in 1971; he died in 2009. Their son, Erik Lindh, teaches in Bergen.');
    expect(relation(x, 'Ingrid Varnes', 'Erik Lindh')?.label).toBe('son');
    expect(relation(x, 'Olav Lindh', 'Erik Lindh')?.label).toBe('son');
    expect(relation(x, 'UNESCO', 'Erik Lindh')).toBeUndefined();
  });
  it('does not relate the object of one verb to a name in apposition to the object of a second verb of the same subject', () => {
    const x = extractText('In 2008 the Italian group Fincantieri acquired a 40 percent stake in Veltrona Marine, but sold it to the Norwegian investment firm Karvensk ASA in 2015.');
    expect(relation(x, 'Veltrona Marine', 'Karvensk ASA')).toBeUndefined();
    expect(relation(x, 'Fincantieri', 'Karvensk ASA')?.label).toBe('sold to');
  });

  it("reads a body's officer named after a comma where the parser hung the name from the comma (\"Aker's chairman, X,\")", () => {
    const x = extractText("Aker's chairman, Kjell Inge Røkke, said the deal was good.");
    const r = relation(x, 'Kjell Inge Røkke', 'Aker')!;
    expect(r.label).toBe('chairman of');
    expect(r.source).toBe(entity(x, 'Kjell Inge Røkke')!.id);
  });

  it('gives no country to a city the gazetteer knows only in other countries ("yards in Stavanger, Haugesund and Gdańsk, Poland")', () => {
    const x = extractText('Veltrona Marine employs about 3,200 people at yards in Stavanger, Haugesund and Gdańsk, Poland.');
    expect(relation(x, 'Stavanger', 'Poland')?.evidence.some((e) => e.relation === 'P17') ?? false).toBe(false);
    expect(relation(x, 'Gdańsk', 'Poland')?.evidence.some((e) => e.relation === 'P17')).toBe(true);
  });
  it('relates the speaker of a closing attribution to nothing before its comma, however the parser hung the verb of saying', () => {
    const x = extractText('BRUSSELS (Reuters) — European Union leaders agreed on Thursday to a 50 billion euro aid package for Ukraine after Hungarian Prime Minister Viktor Orbán dropped his opposition, European Council President Charles Michel said.');
    expect(relation(x, 'Ukraine', 'Charles Michel')).toBeUndefined();
    expect(relation(x, 'Charles Michel', 'European Council')?.label).toBe('president of');
  });
  it('reads a noun phrase fronted before the subject as describing the subject ("A member of the X party, he represented Y")', () => {
    const x = extractThroughPronouns('Tomasz Wierzba is a Polish politician. A member of the Civic Platform party, he has represented the Łódź constituency in the Sejm since 2001.');
    expect(relation(x, 'Tomasz Wierzba', 'Civic Platform')?.label).toBe('member of');
    expect(relation(x, 'Civic Platform', 'Sejm')).toBeUndefined();
  });

  it('reads ", a former editor of Y" after a name as its apposition where the parser made it a side clause of the verb, but not a kin noun after a place', () => {
    const x = extractText('Tomasz Wierzba is married to the journalist Anna Kowalik, a former editor of Gazeta Wyborcza.');
    expect(relation(x, 'Anna Kowalik', 'Gazeta Wyborcza')?.label).toBe('editor of');
    expect(relation(x, 'Tomasz Wierzba', 'Gazeta Wyborcza')).toBeUndefined();
    const y = extractText('He was born in Cumberland County, Nova Scotia, the son of William Dobson Carter and Elizabeth Ann Reed.');
    expect(relation(y, 'Nova Scotia', 'William Dobson Carter')).toBeUndefined();
  });
  it('relates a pair one way per sentence, the agent of a passive doing what the verb says ("film directed by X" → X directed the film)', () => {
    const x = extractText('Patriot Games is a 1992 American action thriller film directed by Phillip Noyce.');
    const directed = x.relations.filter((r) => [r.source, r.target].includes(entity(x, 'Phillip Noyce')!.id));
    expect(directed).toHaveLength(1);
    expect(directed[0]!.source).toBe(entity(x, 'Phillip Noyce')!.id);
    expect(directed[0]!.label).toBe('directed');
  });
  it('relates the agent of a clause on the subject to what the subject does only when it authored the subject', () => {
    const x = extractText('A railway line built by the Hungarian State Railways in 1872 follows the river between Humenné and Michalovce. The textbook, authored by Nils Dahl, devotes a page to the Karvensk Purge.');
    expect(relation(x, 'Hungarian State Railways', 'Humenné')).toBeUndefined();
    expect(relation(x, 'Nils Dahl', 'Karvensk Purge')?.label).toBe('wrote about');
  });
  it('does not relate two names that each modify their own conjunct ("a gold for A and a silver for B", "unrest in A and protest in B")', () => {
    const x = extractText('The team won a gold for Duff Gibson and a silver for Jeff Pain.');
    expect(relation(x, 'Duff Gibson', 'Jeff Pain')).toBeUndefined();
    const y = extractText('Over the rest of 1956, the speech set off pro-Stalinist unrest in Georgia and anti-Stalinist protest in Poland.');
    expect(relation(y, 'Georgia', 'Poland')).toBeUndefined();
    // …but a name coordinated with a class it belongs to keeps the class's reading
    const z = extractText('Khrushchev and numerous other speakers at the 22nd Party Congress issued criticisms of Stalin.');
    expect(relation(z, 'Khrushchev', '22nd Party Congress')?.label).toBe('spoke at');
  });

  it('reads a clause after ", who" as said of the name before the comma where the parser hung it on another name', () => {
    const x = extractText('Rapid had led through a penalty by Marco Grüll before Lindqvist, who joined from IFK Göteborg in January, scored twice.');
    expect(relation(x, 'Marco Grüll', 'IFK Göteborg')).toBeUndefined();
  });
  it('relates a name that modifies a third name to that name only ("studied at the X Association in London"), but keeps a place beside its place and a title\'s place', () => {
    const x = extractText('Ingrid Varnes studied at the Architectural Association in London. Her father was rector of Christ Church in New Haven, Connecticut. Prince Philip, Duke of Edinburgh, visited Mauritius in 1972.');
    expect(relation(x, 'Ingrid Varnes', 'London')).toBeUndefined();
    expect(relation(x, 'Architectural Association', 'London')?.label).toBe('located in');
    expect(relation(x, 'New Haven', 'Connecticut')?.label).toBe('located in');
    expect(relation(x, 'Edinburgh', 'Mauritius')).toBeUndefined();
  });
  it('reads "X, whose <role> Y" as Y\'s role of X, however the parser hung the clause', () => {
    const x = extractText("The appointment was welcomed by the Confederation of Production and Commerce, Chile's main business lobby, whose president Ricardo Mewes said the minister would bring calm. The film starred Anna Berg, whose husband Karl Venn directed it.");
    const r = relation(x, 'Ricardo Mewes', 'Confederation of Production and Commerce')!;
    expect([r.label, r.source]).toEqual(['president of', entity(x, 'Ricardo Mewes')!.id]);
    expect(relation(x, 'Anna Berg', 'Karl Venn')?.label).toBe('husband');
  });

  it('relates no one to the place of a role of someone the text does not name ("the daughter of a mayor of Y")', () => {
    const x = extractText('Rembrandt married Saskia van Uylenburgh, the daughter of a mayor of Leeuwarden.');
    expect(relation(x, 'Saskia van Uylenburgh', 'Leeuwarden')).toBeUndefined();
    expect(relation(x, 'Rembrandt', 'Saskia van Uylenburgh')?.label).toBe('married');
    // one person's two titles are still roles: "chief executive and chairman of Y"
    expect(relation(extractText('Anna Berg, a former member of the board of Veltrona Bank, spoke.'), 'Anna Berg', 'Veltrona Bank')?.label).toBe('member of');
  });

  it('reads a demonym as the citizenship of the country the document names ("X was an Austrian-Swedish physicist"), on the sentence that says it', () => {
    const x = extractText('Lise Meitner (7 November 1878 – 27 October 1968) was an Austrian-Swedish physicist. She fled Austria in 1938 and settled in Sweden.');
    const austria = relation(x, 'Lise Meitner', 'Austria')!;
    expect(austria.source).toBe(entity(x, 'Lise Meitner')!.id);
    expect(austria.evidence.find((e) => e.relation === 'P27')?.sentence).toBe(0);
    expect(relation(x, 'Lise Meitner', 'Sweden')?.evidence.some((e) => e.relation === 'P27' && e.sentence === 0)).toBe(true);
    // a relation of its own where the text says nothing else of the two
    const y = extractText('Karla Venn is a Norwegian architect. Her buildings stand along the coast of Norway.');
    const norway = relation(y, 'Karla Venn', 'Norway');
    expect([norway?.label, norway?.evidence[0]?.relation]).toEqual(['citizen of', 'P27']);
    // a country the document does not name is not made up
    expect(extractText('Karla Venn is a Norwegian architect.').relations).toEqual([]);
  });

  it('reads a dateline\'s town as located in the country or state after it, and "X, Y\'s chief executive" as a role', () => {
    const x = extractText('BASEL, Switzerland (Reuters) — Novartis said on Monday it would buy Avidity.');
    const basel = relation(x, 'Basel', 'Switzerland')!;
    expect(basel.source).toBe(entity(x, 'Basel')!.id);
    expect(basel.label).toBe('located in');
    expect(basel.evidence[0]!.relation).toBe('P17');
    expect(relation(extractText('AUSTIN, Texas — The governor signed a bill.'), 'Austin', 'Texas')?.evidence[0]!.relation).toBe('P131');
    expect(relation(extractText("Mark Zuckerberg, Meta's chief executive, did not comment."), 'Mark Zuckerberg', 'Meta')?.label).toBe('chief executive of');
  });

  it('reads a place "in" another by its kind as located there, a party\'s candidate as its candidate, and no party for the one who defeats the candidate', () => {
    const x = extractText('The Basilica of Saint Olaf is a Roman Catholic church in the Vesterby district of Karvensk.');
    expect(relation(x, 'Basilica of Saint Olaf', 'Vesterby')?.label).toBe('located in');
    const y = extractText('Anna Berg won the runoff on Sunday, defeating Labour Party candidate Olga Lind by nearly 16 points.');
    expect(relation(y, 'Olga Lind', 'Labour Party')?.label).toBe('candidate of');
    expect(relation(y, 'Anna Berg', 'Olga Lind')?.label).toBe('defeated');
    expect(relation(y, 'Anna Berg', 'Labour Party')).toBeUndefined();
    // (a field of an office before "candidate" is the candidate's party, not part of a title: "Labor candidate X")
    const z = extractText('In the supplementary election, Labor candidate Matt Viney won on a swing of 7 percent.');
    expect(relation(z, 'Matt Viney', 'Labor')?.label).toBe('candidate of');
  });

  it('reads a country\'s person ("Hungary\'s Viktor Orbán") as of it, not located in it, and lets the country do nothing the person does', () => {
    const x = extractText("Norland's Karl Venn, who has opposed military aid to Velmar, said he would not block the communique.");
    expect(relation(x, 'Karl Venn', 'Norland')?.label).not.toBe('located in');
    expect(relation(x, 'Norland', 'Velmar')).toBeUndefined();
    expect(relation(extractText("Norland's Karl Venn met Olga Lind in Velmar."), 'Norland', 'Olga Lind')).toBeUndefined();
  });

  it('labels a relation the words between two names state by the verb after their "and", not by both verbs ("was founded in 1990 and is owned by Y")', () => {
    const x = extractText('Varnor Labs was founded in 1990 and is owned by Norvik Group.');
    const r = relation(x, 'Norvik Group', 'Varnor Labs');
    expect(r?.label).toBe('owned');
    expect(r?.source).toBe(entity(x, 'Norvik Group')!.id);
  });

  it('relates a possessor to the title after its "\'s", not to the name listed before it ("X and Ostravia\'s president, Y")', () => {
    const x = extractText("French President Karl Venn and Ostravia's president, Olaf Ruud, attended the ceremony.");
    expect(relation(x, 'Olaf Ruud', 'Ostravia')?.label).toBe('president of');
    expect(relation(x, 'Karl Venn', 'Ostravia')).toBeUndefined();
  });

  it('reads a trade\'s title after a people\'s adjective as no office of the country ("the Norwegian director X" is no director of Norway)', () => {
    const x = extractText('The Norwegian director Olaf Ruud lives in Norway.');
    expect(relation(x, 'Olaf Ruud', 'Norway')?.label).not.toBe('director of');
    expect(relation(extractText('The Norwegian minister Olaf Ruud lives in Norway.'), 'Olaf Ruud', 'Norway')?.label).toBe('minister of');
  });

  it('relates no two obliques of one verb, one of them in a conjunct that leaves the verb out ("taught at A for years and later at B")', () => {
    const x = extractText('He moved to Norland, where he taught at Velmora College for fifteen years and later at Karvel University in Ostravia.');
    expect(relation(x, 'Velmora College', 'Karvel University')).toBeUndefined();
    expect(relation(x, 'Karvel University', 'Ostravia')?.label).toBe('located in');
  });

  it('reads a place that possesses a superlative as its scope, related to no other name ("Norland inaugurates Europe\'s largest dam"), but where the noun names a thing, as where it lies', () => {
    expect(extractText("Norland inaugurates Europe's largest hydroelectric dam.").relations).toEqual([]);
    const y = extractText("Olga Lind studied at Europe's oldest university in Bologna.");
    expect(relation(y, 'Olga Lind', 'Europe')).toBeUndefined();
    expect(relation(y, 'Europe', 'Bologna')).toBeUndefined();
    expect(relation(extractText("Hikers climb Mount Elbert, Colorado's highest peak."), 'Mount Elbert', 'Colorado')?.label).toBe('highest peak of');
  });

  it('reads a relative clause\'s second verb, which shares its subject, as the clause\'s ("X, who was barred … and was jailed in Y")', () => {
    const x = extractText('The jury, led by the actress Olga Lind, handed the top prize to Olaf Ruud, who was barred from leaving Norland for years and was jailed in Velmora Prison in 2022.');
    expect(relation(x, 'Olaf Ruud', 'Velmora Prison')?.label).toBe('jailed in');
  });

  it('relates a work to the place of a clause whose object it is ("Velmora, a thriller he shot in Tehran"), not a place to the object of a clause of place', () => {
    expect(relation(extractText('He won for Velmora, a thriller he shot in secret in Tehran.'), 'Velmora', 'Tehran')?.label).toBe('shot in');
    expect(extractText('She moved to Berlin, where she attended lectures by Karl Venn.').relations).toEqual([]);
  });

  it('labels a title\'s verb in the present with its past, as the body tells the event ("X wins Y" → won), but not the body\'s present', () => {
    const x = extractText('Olga Lind wins Karvensk Literary Prize\n\nThe jury met in Stockholm. Olga Lind leads Vintex.');
    expect(relation(x, 'Olga Lind', 'Karvensk Literary Prize')?.label).toBe('won');
    expect(relation(x, 'Olga Lind', 'Vintex')?.label).toBe('leads');
  });

  it('reads "the city of X" as X in the label ("born in the city of Oslo" → born in, not "born in city")', () => {
    expect(relation(extractText('Karl Venn was born in the city of Oslo.'), 'Karl Venn', 'Oslo')?.label).toBe('born in');
  });

  it('reads a dateline whose town has a hyphen as a dateline, and no continent that is none ("KARVEL-VESNA, Norland —", "across the Pacific from Japan")', () => {
    const x = extractText("KARVEL-VESNA, Norland (Reuters) — A strong earthquake struck off Norland's Ostra Peninsula on Wednesday, triggering tsunami warnings across the Pacific from Japan to Chile.");
    expect(relation(x, 'Karvel-Vesna', 'Norland')?.label).toBe('located in');
    for (const other of ['Pacific', 'Japan', 'Chile']) expect(relation(x, 'Karvel-Vesna', other)).toBeUndefined();
    expect(x.relations.filter((r) => r.evidence.some((e) => e.relation === 'P30'))).toEqual([]);
  });

  it('relates no speaker who closes the sentence to the names in what is said, though the parser lost the clause ("…, the X Survey said")', () => {
    const x = extractText('The quake was centred about 120 km east of Karvel-Vesna, the regional capital, at a depth of 20 km, the Ostravian Geological Survey said.');
    expect(x.relations).toEqual([]);
  });

  it('makes siblings of the two names a plural kin noun gives, not of the others listed with them, unless the noun is another\'s ("his two brothers A and B")', () => {
    const x = extractText('The band consists of Karl Venn, brothers Olaf Ruud and Piet Ruud, Anna Berg and Olga Lind.');
    expect(relation(x, 'Olaf Ruud', 'Piet Ruud')).toBeDefined();
    for (const other of ['Karl Venn', 'Anna Berg', 'Olga Lind']) expect(relation(x, other, 'Olaf Ruud') ?? relation(x, other, 'Piet Ruud')).toBeUndefined();
    const y = extractText('The battle was fought between his sons Olaf Ruud and his two younger brothers Karl Ruud and Piet Ruud.');
    expect(relation(y, 'Olaf Ruud', 'Piet Ruud')).toBeDefined();
  });

  it('relates every member of a class listed with "such as" as the class noun stands ("makes chips for companies such as A, B and C"), and types them by it', () => {
    const x = extractText('Vintex makes chips for companies such as Norlux, Karvel and Velmora.');
    for (const member of ['Norlux', 'Karvel', 'Velmora']) {
      expect(relation(x, 'Vintex', member)?.label).toBe('makes chips for');
      expect(entity(x, member)?.type).toBe('organization');
    }
  });

  it('relates a name to its kin named after "and his wife,"', () => {
    const x = extractText('A court sentenced former President Karl Venn and his wife, Olga Lind, to 15 years in prison.');
    expect(relation(x, 'Karl Venn', 'Olga Lind')?.evidence[0]?.relation).toBe('P26');
  });

  it('reads a place "on" another as located on it ("the Grand Norland Dam on the Blue Karvel")', () => {
    expect(relation(extractText('The Grand Norland Dam on the Blue Karvel opened.'), 'Grand Norland Dam', 'Blue Karvel')?.label).toBe('located on');
  });

  it('puts a title\'s irregular verb in the past as it is ("Barcelona beat Real Madrid" → beat, not "beated")', () => {
    expect(relation(extractText('Barcelona beat Real Madrid 4-3\n\nThe match was played on Sunday.'), 'Barcelona', 'Real Madrid')?.label).toBe('beat');
  });

  it('relates the subject of a reported death to its place, though a speaker closes the sentence ("X, the novelist who …, died on Wednesday in Y, his son Z said")', () => {
    expect(relation(extractText('Karl Venn, the novelist who wrote in Norlish, died on Wednesday in Velmora, his son Olaf Venn said.'), 'Karl Venn', 'Velmora')?.label).toBe('died in');
  });

  it('reads a clause of place on a place as where its subject is ("Seattle, where Starbucks is based"; "Paris, where X was born"), not where its object is', () => {
    expect(relation(extractText('Niccol will move to Seattle, where Vintex is based.'), 'Vintex', 'Seattle')?.label).toBe('based in');
    expect(relation(extractText('She moved to Paris, where Karl Venn was born.'), 'Karl Venn', 'Paris')?.label).toBe('born in');
    expect(relation(extractText('She moved to Berlin, where she met Karl Venn.'), 'Karl Venn', 'Berlin')).toBeUndefined();
  });

  it('reads "Crispo maker Norlux" as Norlux, maker of Crispo, and what is done to the phrase as done to Norlux', () => {
    const x = extractText('Velmar completed its takeover of Crispo maker Norlux on Thursday.');
    expect(relation(x, 'Norlux', 'Crispo')).toMatchObject({ label: 'maker of', source: entity(x, 'Norlux')!.id });
    expect(relation(x, 'Velmar', 'Norlux')).toBeDefined();
    expect(relation(x, 'Velmar', 'Crispo')).toBeUndefined();
  });

  it('relates a player signed to the club he came from ("signed X from Y"), not a joiner\'s new club to the old ("X joined A from B")', () => {
    const x = extractText('Norlux have signed the Germany midfielder Karl Venn from Velmora FC for a record fee.');
    expect(relation(x, 'Karl Venn', 'Velmora FC')?.label).toBe('signed from');
    expect(relation(x, 'Karl Venn', 'Velmora FC')?.evidence[0]?.relation).toBeUndefined();
    expect(relation(extractText('Olga Lind joined Norlux from Velmora FC.'), 'Norlux', 'Velmora FC')).toBeUndefined();
  });

  it('hangs an apposition from the body before its comma that the first name acts for ("built by X for Eumetsat, the organisation based in Darmstadt"), not from a place the first lies on', () => {
    const x = extractText('The satellite was built by Thales Alenia Space for Eumetsat, the European organisation based in Darmstadt.');
    expect(relation(x, 'Eumetsat', 'Darmstadt')?.label).toBe('based in');
    expect(relation(x, 'Thales Alenia Space', 'Darmstadt')).toBeUndefined();
    const y = extractText('Norland inaugurated the Grand Norland Dam on the Blue Karvel, a project that has strained its relations with Ostravia.');
    expect(relation(y, 'Blue Karvel', 'Ostravia')).toBeUndefined();
  });

  it('reads a child of a titled parent and his wife as the child of both ("the child of the poet Lord Byron and his wife, Anne Milbanke"), the wife no spouse of the child', () => {
    const x = extractText('Ada was the only legitimate child of the poet Lord Byron and his wife, Anne Isabella Milbanke.');
    expect(relation(x, 'Ada', 'Byron')).toMatchObject({ label: 'child of', source: entity(x, 'Ada')!.id });
    expect(relation(x, 'Anne Isabella Milbanke', 'Byron')?.evidence[0]?.relation).toBe('P26');
    expect(relation(x, 'Ada', 'Anne Isabella Milbanke')?.evidence[0]?.relation).not.toBe('P26');
  });

  it('gives no property between names of two coordinated clauses with subjects of their own ("X won A, and Y won B")', () => {
    const x = extractText("Karl Venn won the Tour de France and the Tour of Flanders, and Olga Lind won the Giro d'Italia.");
    expect(relation(x, 'Karl Venn', 'Tour de France')?.label).toBe('won');
    expect(relation(x, 'Olga Lind', "Giro d'Italia")?.label).toBe('won');
    expect(relation(x, 'Karl Venn', "Giro d'Italia")).toBeUndefined();
    expect(relation(x, 'Olga Lind', 'Tour de France')).toBeUndefined();
    expect(relation(x, 'Tour of Flanders', "Giro d'Italia")).toBeUndefined();
  });

  it('relates a passive\'s doer to what was done, not to another phrase of the verb ("Velmar, which was founded in Karvensk in 2005 by Olga Lind")', () => {
    const x = extractText('Velmar, which was founded in Karvensk in 2005 by Olga Lind, will keep its brand.');
    expect(relation(x, 'Olga Lind', 'Velmar')).toMatchObject({ label: 'founded', source: entity(x, 'Olga Lind')!.id });
    expect(relation(x, 'Velmar', 'Karvensk')?.label).toBe('founded in');
    expect(relation(x, 'Olga Lind', 'Karvensk')).toBeUndefined();
    // (where what was done to is no name, the doer did it there: "a hospital run by MSF in Kunduz")
    const y = extractText('The museum was built in Paris by Olga Lind.');
    expect(relation(y, 'Olga Lind', 'Paris')).toMatchObject({ label: 'built in', source: entity(y, 'Olga Lind')!.id });
  });

  it('relates the person, not the country of a title in capitals, to what the person does ("U.S. President Karl Venn, who is due to visit Tokyo, congratulated Olga Lind")', () => {
    const x = extractText('U.S. President Karl Venn, who is due to visit Tokyo next week, congratulated Olga Lind in a post.');
    expect(relation(x, 'Karl Venn', 'Olga Lind')?.label).toBe('congratulated');
    expect(relation(x, 'U.S.', 'Olga Lind')).toBeUndefined();
    expect(relation(x, 'Tokyo', 'Olga Lind')).toBeUndefined();
  });

  it('relates no objects of two verbs of one subject to each other ("He was born in Penang and went to Singapore")', () => {
    const x = extractText('Karl Venn was born in Penang and went to Singapore in 1950.');
    expect(relation(x, 'Karl Venn', 'Penang')?.label).toBe('born in');
    expect(relation(x, 'Karl Venn', 'Singapore')).toBeDefined();
    expect(relation(x, 'Penang', 'Singapore')).toBeUndefined();
  });

  it('reads no preposition off a title\'s first word in capitals ("Velmar released In Rainbows" → released), but one that opens a sentence stays a preposition', () => {
    const x = extractText('After the tour, Velmar released In Rainbows as a download.');
    expect(relation(x, 'Velmar', 'In Rainbows')?.label).toBe('released');
  });

  it('puts no place in the country a person is written "of" ("Karl Venn of Slovenia won, finishing on the Champs-Élysées")', () => {
    const x = extractText('Karl Venn of Slovenia won the Tour de France on Sunday, finishing safely in the peloton on the Champs-Élysées.');
    expect(relation(x, 'Karl Venn', 'Slovenia')?.evidence[0]?.relation).toBe('P27');
    expect(relation(x, 'Champs-Élysées', 'Slovenia')).toBeUndefined();
  });

  it('never labels a relation with a bare possessive ("Karl Venn\'s "Norland Suite"" is his by a property or not at all)', () => {
    const x = extractText('The orchestra played Karl Venn\'s "Norland Suite" on Monday.');
    for (const r of x.relations) expect(["'s", '’s']).not.toContain(r.label);
  });

  it('makes no relation labelled by a verb of saying alone ("X said more than 5,000 objects, discovered by Y in 1922, were on display")', () => {
    const x = extractText('Its director, Olga Lind, said more than 5,000 objects from the tomb, discovered by the British archaeologist Karl Venn in 1922, were on display.');
    expect(relation(x, 'Olga Lind', 'Karl Venn')).toBeUndefined();
  });
});
