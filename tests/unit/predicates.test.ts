import { describe, expect, it } from 'vitest';
import { extractText, extractThroughPronouns, entity } from '../helpers';
import type { Entity, Extraction, Relation } from '../../server/extract/model';
import { apartInTree, inOneList, inTimeClause, pastOf, startAndWay, withoutPredicate } from '../../server/extract/predicates';
import { analyze, type Token } from '../../server/extract/nlp';
import { addSyntax } from '../../server/extract/syntax';
import type { Mention } from '../../server/extract/model';
import { buildGraph } from '../../server/graph/build';

/** "Source -[label]-> Target" for every relation. */
const edges = (x: Extraction) => {
  const label = new Map(x.entities.map((e) => [e.id, e.label]));
  return x.relations.map((r) => `${label.get(r.source)} -[${r.label}]-> ${label.get(r.target)}`);
};

/** One parsed sentence, and a mention of a one-word name in it. */
function parsedSentence(text: string) {
  const { tokens, sentences } = analyze(text, []);
  addSyntax(tokens, sentences);
  const span = (name: string) => {
    const k = tokens.findIndex((t) => t.text === name);
    return { tokenStart: k, tokenEnd: k + 1, sentence: 0 } as unknown as Mention;
  };
  return { tokens, s: sentences[0]!, span };
}

describe('predicates read off the tree', () => {
  it('turns a passive round: the agent founded the museum, once', () => {
    const x = extractText('The Karvensk Museum was founded by Anna Berg in 1901.');
    expect(edges(x)).toEqual(['Anna Berg -[founded]-> Karvensk Museum']);
  });

  it('reads the second verb of one subject as the predicate of its own object ("X signed … and will be presented at Y")', () => {
    const x = extractText('Kylian Mbappé signed a five-year contract and will be presented at the Santiago Bernabéu stadium on Tuesday.');
    expect(edges(x)).toEqual(['Kylian Mbappé -[presented at]-> Santiago Bernabéu']);
  });

  it('reads a role the subject serves in as the predicate, also in a second verb of the subject ("served as president of Y")', () => {
    const x = extractText('Ingrid Varnes taught at the Oslo School of Architecture and served as president of the Norwegian Association of Architects. Tom Berg worked as a lawyer for Veltrona.');
    expect(edges(x)).toContain('Ingrid Varnes -[president of]-> Norwegian Association of Architects');
    expect(edges(x)).toContain('Tom Berg -[lawyer for]-> Veltrona');
  });

  it('reads past a span of time the parser hung the name from ("spoke for over four hours on X" → spoke on)', () => {
    const x = extractText('Anna Berg took to the podium in Oslo and spoke for over four hours on the Karvensk Accord.');
    expect(edges(x)).toContain('Anna Berg -[spoke on]-> Karvensk Accord');
    // …and past an amount: "rose 3 percent on X" → rose on
    expect(edges(extractText('Shares of Velkor rose 3 percent on Euronext Amsterdam.'))).toEqual(['Velkor -[shares rose on]-> Euronext Amsterdam']);
  });

  it('relates through an "it" after a preposition that stands for a thing the same sentence named', () => {
    const x = extractText('The Karvensk Museum closed in 2024, and the critic Anna Berg wrote a long essay about it.');
    expect(edges(x)).toContain('Anna Berg -[wrote about]-> Karvensk Museum');
  });

  it('reads no relative clause with a subject of its own as said of the name it describes ("Berlin, where she attended lectures by X")', () => {
    const x = edges(extractThroughPronouns('Anna Berg was born in Oslo. In 1907 she moved to Berlin, where she attended lectures by Max Planck and began a long collaboration with the chemist Otto Hahn.'));
    expect(x).toContain('Anna Berg -[attended lectures by]-> Max Planck');
    expect(x.filter((e) => e.includes('Berlin') && e.includes('Max Planck'))).toEqual([]);
    // (where the parser hangs the by-phrase from the verb, it is still no agent of an active verb with an object)
    const y = edges(extractThroughPronouns('Anna Berg was born in Oslo. In 1907 she moved to Berlin, where she attended lectures by Max Planck.'));
    expect(y.filter((e) => e.startsWith('Max Planck'))).toEqual([]);
    expect(edges(extractThroughPronouns('Iowa Telecom bought Lakedale Communications and Sherbtel, both located in Minnesota.'))).toContain('Sherbtel -[located in]-> Minnesota');
  });

  it('puts apart two obliques of one verb and a name in an event of others that frames the clause', () => {
    const x = edges(extractText('Lise Meitner was a physicist. After the annexation of Austria by Nazi Germany in 1938, Meitner fled to Sweden with the help of Dirk Coster.'));
    expect(x).toContain('Lise Meitner -[fled to]-> Sweden');
    expect(x).not.toContain('Sweden -[with help of]-> Dirk Coster');
    expect(x.filter((e) => e.includes('Lise Meitner') && e.includes('Nazi Germany'))).toEqual([]);
    // …unlike a circumstance of the subject's own, and a "by" of place is no agent
    const y = edges(extractText('Despite an evident dislike for Boris Yeltsin, perhaps Medvedev\'s government learned more from the Paris Accord than it cares to admit. Lenin was honored in 1969 with a bust that still stands by the nearby Smolny wall.'));
    expect(y).toContain('Medvedev -[dislike for]-> Boris Yeltsin');
    expect(y.some((e) => e.includes('Lenin') && e.includes('Smolny'))).toBe(true);
    // …but a place the parser hung from the verb beside another still lies in it
    expect(edges(extractText('The river rises in Pond of Safety in the town of Randolph.'))).toContain('Pond of Safety -[in town of]-> Randolph');
  });

  it('relates neither two countries nor two towns that are the objects of two verbs of one subject', () => {
    const x = edges(extractText('Opposed to the war, Anna Berg left Hungary in 1940 and emigrated to the United States with her husband.'));
    expect(x).toEqual(expect.arrayContaining(['Anna Berg -[left]-> Hungary', 'Anna Berg -[emigrated to]-> United States']));
    expect(x.filter((e) => e.includes('Hungary') && e.includes('United States'))).toEqual([]);
  });

  it('relates a name in a role a pronoun owns only to a subject the pronoun may stand for, not to another verb\'s object', () => {
    const x = edges(extractText('Anna Berg divorced Karl Venn in 1923 and married her piano student Tomas Halvik.'));
    expect(x.filter((e) => e.includes('Karl Venn') && e.includes('Tomas Halvik'))).toEqual([]);
    expect(x).toEqual(expect.arrayContaining(['Anna Berg -[divorced]-> Karl Venn', 'Anna Berg -[married]-> Tomas Halvik']));
  });

  it('relates no name in a clause to the predicate noun of a coordinated clause with a subject of its own ("…, and its main rival is X")', () => {
    const x = edges(extractText('Norvik Holdings is a member of the Velmar Council, and its main rival is Karvosz Group, based in Oslo.'));
    expect(x).toEqual(expect.arrayContaining(['Norvik Holdings -[member of]-> Velmar Council', 'Karvosz Group -[based in]-> Oslo']));
    expect(x.filter((e) => e.includes('Velmar Council') && e.includes('Karvosz Group'))).toEqual([]);
  });

  it('relates no name of the source a sentence cites ("according to X") to what it says', () => {
    const x = edges(extractText('The quake was centred near the town of Sivrice in Elazig province, according to Turkey\'s disaster and emergency agency, AFAD.'));
    expect(x).toContain('Sivrice -[located in]-> Elazig');
    expect(x.filter((e) => e.includes('AFAD') && !e.includes('Turkey'))).toEqual([]);
  });

  it('relates a third party acting in a clause on a noun to the noun\'s owner, not to who acts on the noun', () => {
    const x = edges(extractText('James Scapa founded Altair. Scapa will join Siemens\' digital industries unit, which is led by Cedrik Neike.'));
    expect(x).toContain('Siemens -[unit led by]-> Cedrik Neike');
    expect(x.filter((e) => e.includes('Scapa') && e.includes('Neike'))).toEqual([]);
  });

  it('labels a body "in" a place "located in", never by the bare preposition, and keeps the verb\'s preposition in a long reading', () => {
    const x = edges(extractText('Texas Attorney General Ken Paxton said his office would appeal the decision to the 5th U.S. Circuit Court of Appeals in New Orleans.'));
    expect(x).toContain('5th U.S. Circuit Court of Appeals -[located in]-> New Orleans');
    // what is left untyped with a bare preposition to a place is worded by what the source is
    const entities = new Map<string, Entity>([['p', { id: 'p', label: 'P', type: 'person', aliases: [], mentions: [] }],
      ['o', { id: 'o', label: 'O', type: 'organization', aliases: [], mentions: [] }], ['e', { id: 'e', label: 'E', type: 'event', aliases: [], mentions: [] }],
      ['x', { id: 'x', label: 'X', type: 'place', aliases: [], mentions: [] }]]);
    const bare = (source: string, label: string): Relation => ({ source, target: 'x', label, evidence: [{ document: 'd', sentence: 0, start: 0, end: 1, text: 't', predicate: label, years: [] }] });
    expect(withoutPredicate([bare('p', 'of'), bare('p', 'from'), bare('o', 'in'), bare('e', 'at'), bare('o', 'with')], entities).map((r) => `${r.source} ${r.label} ${r.evidence[0]!.predicate}`))
      .toEqual(['p based in based in', 'p comes from comes from', 'o located in located in', 'e held in held in']);
    // a third name on the way owns the role below it, however the parser hung it
    const y = edges(extractText('Chilean President Gabriel Boric on Tuesday named Rosanna Costa, a former head of the Central Bank of Chile, as his new finance minister.'));
    expect(y).toContain('Rosanna Costa -[head of]-> Central Bank of Chile');
    expect(y.filter((e) => e.startsWith('Gabriel Boric') && e.includes('Central Bank'))).toEqual([]);
    expect(x).toContain('Ken Paxton -[appeal decision to]-> 5th U.S. Circuit Court of Appeals');
  });

  it('relates neither a verb\'s object to its "from" ("joined Arsenal from Atlético") and reads a place "in present-day" another as located in it', () => {
    const x = edges(extractText('Sporting director Andrea Berta, who joined Arsenal from Atlético Madrid in March, led the negotiations.'));
    expect(x).toContain('Andrea Berta -[joined]-> Arsenal');
    expect(x.filter((e) => e.includes('Arsenal') && e.includes('Atlético'))).toEqual([]);
    expect(edges(extractText('The battle was fought near the town of Poltava in present-day Ukraine.'))).toContain('Poltava -[located in]-> Ukraine');
  });

  it('relates no two names that each complete their own parallel noun, through a participle too', () => {
    const x = edges(extractText('Both paintings, a landscape by Camille Corot and a portrait attributed to Élisabeth Vigée Le Brun, were recovered undamaged.'));
    expect(x.filter((e) => e.includes('Corot') && e.includes('Le Brun'))).toEqual([]);
  });

  it('reads a role through nouns only, never through a clause the parser hung from a name', () => {
    const x = extractText('TORONTO — Donald Sutherland, the Canadian actor whose career included roles in "Don\'t Look Now" and "The Hunger Games", has died in Miami at the age of 88, his son Kiefer Sutherland said on Thursday.', 'md');
    expect(x.relations.some((r) => r.label === 'son of' && r.source !== 'kiefer-sutherland')).toBe(false);
  });

  it('reads a possessor as the doer of an action noun ("Germany\'s invasion of Poland", "his leadership of X")', () => {
    expect(edges(extractText('Germany\'s invasion of Poland began the war.'))).toEqual(['Germany -[invaded]-> Poland']);
    const x = extractText('Olaf Ruud attacked his predecessor Nils Dahl and mocked his leadership of the Karvensk War.');
    expect(edges(x)).toContain('Nils Dahl -[led]-> Karvensk War');
  });

  it('takes a named by-phrase for the doer even where the parser read the verb as active ("the X led by Y")', () => {
    const x = extractText('Ruto brought in four members of the opposition Orange Democratic Movement led by Raila Odinga.');
    expect(edges(x)).toContain('Raila Odinga -[led]-> Orange Democratic Movement');
  });

  it('reads a role through a possessive pronoun: "his chief adviser, X" makes X adviser of him', () => {
    const x = extractText('Olaf Ruud met reporters in Bergen on Monday, while the report, written by his chief adviser, Nils Dahl, was published.');
    expect(edges(x)).toContain('Nils Dahl -[chief adviser of]-> Olaf Ruud');
  });

  it('reads an apposition and a copula as the role they name', () => {
    expect(edges(extractText('Tim Cook, chief executive of Apple, spoke in Berlin.'))).toContain('Tim Cook -[chief executive of]-> Apple');
    expect(edges(extractText('Anna Berg is the mayor of Karvensk.'))).toEqual(['Anna Berg -[mayor of]-> Karvensk']);
  });

  it('distributes a coordinated subject and keeps labels to three words', () => {
    const x = extractText('In 1950, the brothers Nils Dahl and Olaf Ruud founded the shipping company Norvik Shipping in their home town.');
    expect(edges(x).sort()).toEqual(['Nils Dahl -[founded]-> Norvik Shipping', 'Olaf Ruud -[founded]-> Norvik Shipping']);
    expect(entity(x, 'Norvik Shipping')?.type).toBe('organization');
    for (const r of x.relations) expect(r.label.split(' ').length).toBeLessThanOrEqual(3);
  });

  it('relates no names the tree puts apart: a speaker and the names in what is said, two clauses, two places of one verb', () => {
    expect(edges(extractText('Anna Berg said that Karl Venn had left Oslo in March.'))).toEqual(['Karl Venn -[left]-> Oslo']);
    expect(edges(extractText('In 1956, protests broke out in Poland and, most famously, in Hungary.'))).toEqual([]);
    const x = edges(extractText('Karl Venn moved to Oslo after Anna Berg founded Norvik Shipping in Bergen.'));
    expect(x).toContain('Karl Venn -[moved to]-> Oslo');
    expect(x).toContain('Anna Berg -[founded]-> Norvik Shipping');
    expect(x.filter((e) => /Karl Venn.*(Anna Berg|Bergen)|Anna Berg.*Karl Venn/.test(e))).toEqual([]);
  });

  it('gives a bare preposition the verb both names hang from', () => {
    expect(edges(extractText('Karl Venn moved to Oslo after Anna Berg founded Norvik Shipping in Bergen.'))).toContain('Norvik Shipping -[founded in]-> Bergen');
  });

  it('reads a relative clause: the clause\'s verb, or the noun it names, relates the name it describes', () => {
    expect(edges(extractText('The Nordic Workers Party, which styles itself the heir to the Labour League, won the election.'))).toContain('Nordic Workers Party -[heir to]-> Labour League');
    expect(edges(extractText('Anna Berg joined Norvik Shipping, which was founded in Bergen.')).sort()).toEqual(['Anna Berg -[joined]-> Norvik Shipping', 'Norvik Shipping -[founded in]-> Bergen']);
  });

  it('relates the members of a class as the class: "groups like X were driven out of Y", a preposition of two words kept whole', () => {
    expect(edges(extractText('Groups like Vesna that had organised the protests of 2011 were later driven out of Karvensk altogether.'))).toEqual(['Vesna -[driven out of]-> Karvensk']);
  });

  it('relates two names the tree relates even where no rule saw them as neighbours', () => {
    expect(edges(extractText('The Karvensk Museum, which Anna Berg founded in 1901, is closed.'))).toEqual(['Anna Berg -[founded]-> Karvensk Museum']);
  });

  it('relates a pronoun subject as the one it stands for, and reads a verb\'s complement verb', () => {
    const x = edges(extractThroughPronouns('Norvik Shipping said on Tuesday that it had agreed to acquire Vesna Lines. Olaf Ruud leads Vesna Lines. He will join Norvik Shipping in May.'));
    expect(x).toContain('Norvik Shipping -[agreed to acquire]-> Vesna Lines');
    expect(x).toContain('Olaf Ruud -[join]-> Norvik Shipping');
  });

  it('reads a possessor as what an apposition\'s role is of: "X, Y\'s co-founder" → co-founder of', () => {
    expect(edges(extractText('Anna Berg, the Karvensk Museum\'s director, resigned.'))).toEqual(['Anna Berg -[director of]-> Karvensk Museum']);
  });

  it('gives a body named before a person\'s title none of what the person does ("Nvidia chief executive Jensen Huang visited Taipei")', () => {
    expect(edges(extractText('Velkor chief executive Anna Berg visited Taipei.')).sort()).toEqual(['Anna Berg -[chief executive of]-> Velkor', 'Anna Berg -[visited]-> Taipei']);
    expect(edges(extractText('Velkor chief executive Anna Berg told reporters in Copenhagen that the deal was good.')).filter((e) => e.startsWith('Velkor'))).toEqual([]);
    // nor one whose possessive the title is: "Samsung's chairman Lee Jae-yong met X"
    expect(edges(extractText("Samsung's chairman Kim Soo met Karl Venn in Oslo.")).filter((e) => e.includes('Samsung'))).toEqual(['Kim Soo -[chairman of]-> Samsung']);
  });

  it('takes the object, not the subject, for the doer of a gerund after "from" ("blocked the government from sending officers to Haiti")', () => {
    expect(edges(extractText("Kenya's High Court on Friday blocked the government from sending police officers to Haiti.")).filter((e) => e.includes('Haiti'))).toEqual([]);
    expect(edges(extractText('After leaving Harvard, Anna Berg joined Google.'))).toContain('Anna Berg -[left]-> Harvard');
  });

  it('reads a "whose" clause as telling of the name before "whose", its noun the subject ("a singer whose father, X, directed Y")', () => {
    const x = extractText('Taylor Swift was joined on stage by the opening act Gracie Abrams, a singer whose father, J. J. Abrams, directed "Star Wars: The Force Awakens."');
    expect(edges(x).sort()).toEqual(['Gracie Abrams -[joined]-> Taylor Swift', 'J. J. Abrams -[directed]-> Star Wars: The Force Awakens', 'J. J. Abrams -[father of]-> Gracie Abrams']);
  });

  it('reads the preposition of the mention it belongs to, where a name comes twice ("Moscow Mayor X met Putin in Moscow" → met in)', () => {
    expect(edges(extractText('Moscow Mayor Sergei Sobyanin met Vladimir Putin in Moscow.'))).toContain('Vladimir Putin -[met in]-> Moscow');
  });

  it('reads a participle with "before" or "after" as the subject\'s act, not the act of the noun before it', () => {
    const x = extractText('Anna Berg was born in Oslo and studied at the Massachusetts Institute of Technology before joining Texas Instruments in 1958.');
    expect(edges(x).filter((e) => e.startsWith('Massachusetts'))).toEqual([]);
    expect(edges(x)).toContain('Anna Berg -[studied at]-> Massachusetts Institute of Technology');
  });

  it('reads a body named before a role as what the role is of: "Real Madrid president X", "X, the Real Madrid manager", "PSG coach X"', () => {
    expect(edges(extractText('Real Madrid president Florentino Pérez called him the best player in the world.'))).toEqual(['Florentino Pérez -[president of]-> Real Madrid']);
    expect(edges(extractText('Carlo Ancelotti, the Real Madrid manager, said the team was ready.'))).toEqual(['Carlo Ancelotti -[manager of]-> Real Madrid']);
    expect(edges(extractText('PSG coach Luis Enrique said the club wished him well.'))).toEqual(['Luis Enrique -[coach of]-> PSG']);
  });

  it('relates the objects of two verbs of one subject to the subject, not to each other', () => {
    expect(edges(extractText('John Jumper studied physics at Vanderbilt University and later earned a doctorate at the University of Chicago.')).sort())
      .toEqual(['John Jumper -[earned at]-> University of Chicago', 'John Jumper -[studied at]-> Vanderbilt University']);
  });

  it('relates nothing through a dateline', () => {
    const x = edges(extractText('STOCKHOLM — The Royal Swedish Academy of Sciences awarded the prize to David Baker on Wednesday.'));
    expect(x.filter((e) => /STOCKHOLM|Stockholm/.test(e))).toEqual([]);
    // …nor through the agency it names
    expect(edges(extractText('BRUSSELS (Reuters) — Anna Berg dropped her opposition to the Norland plan.'))).toEqual(['Anna Berg -[dropped to]-> Norland']);
  });

  it('relates no speaker to the names in a reported clause, even one the sentence ends with ("…, Bruch said")', () => {
    const x = edges(extractText('The cuts, most of them in Germany, Denmark and Spain, are part of a plan approved by the board, Christian Bruch said.'));
    expect(x.filter((e) => e.includes('Christian Bruch'))).toEqual([]);
  });

  it('relates no speaker to the subject of what is said, however the parser hung the clause ("X said Y would …"), but a hearer is told', () => {
    const x = edges(extractText('The appointment was welcomed by the Confederation of Production and Commerce, Chile\'s main business lobby, whose president Ricardo Mewes said Rosanna Costa would "bring calm to the markets."'));
    expect(x.filter((e) => e.includes('Ricardo Mewes') && e.includes('Rosanna Costa'))).toEqual([]);
    expect(edges(extractText('Anna Berg told Maria Lund that the deal was off.'))).toContain('Anna Berg -[told]-> Maria Lund');
  });

  it('reads a title given with a country\'s demonym as a role of the country the document names', () => {
    const x = edges(extractText('Kenya held talks. Kenyan President William Ruto named a cabinet. Olaf Scholz, the German chancellor, said Germany would help. The Soviet leader Nikita Khrushchev attacked Stalin in the Soviet Union.'));
    expect(x).toContain('William Ruto -[president of]-> Kenya');
    expect(x).toContain('Olaf Scholz -[chancellor of]-> Germany');
    expect(x).toContain('Nikita Khrushchev -[leader of]-> Soviet Union');
    // no country named, no relation (and no node made of an adjective)
    const y = extractText('The French president Emmanuel Macron met Olaf Scholz.');
    expect(y.entities.map((e) => e.label).sort()).toEqual(['Emmanuel Macron', 'Olaf Scholz']);
  });

  it('reads "the club\'s president X" as a role of the body the text named last', () => {
    const x = edges(extractText('Real Madrid won the league again on Sunday. The club\'s president Florentino Pérez was pleased.'));
    expect(x).toContain('Florentino Pérez -[president of]-> Real Madrid');
  });

  it('takes no dateline for the subject of a sentence', () => {
    const x = edges(extractText('MUNICH — Siemens Energy said on Tuesday that losses at its unit Siemens Gamesa deepened, its chief executive Christian Bruch told reporters in Munich.'));
    expect(x.filter((e) => e.startsWith('Munich') || e.startsWith('MUNICH'))).toEqual([]);
    expect(x).toContain('Christian Bruch -[told reporters in]-> Munich');
  });

  it('never leaves a bare preposition: a noun both names hang from takes it ("the signing of X from Y"), or the verb above them', () => {
    const x = edges(extractText('Real Madrid completed the signing of Kylian Mbappé from Paris Saint-Germain on Monday.'));
    expect(x).toContain('Kylian Mbappé -[signing from]-> Paris Saint-Germain');
    const y = edges(extractText('Karvensk is bordered to the north by Oslo and to the south by Bergen.'));
    expect(y).toContain('Karvensk -[bordered by]-> Bergen');
    expect(y.filter((e) => /-\[(?:in|of|by|at|on|to|from|with)\]->/.test(e))).toEqual([]);
    // a name's own modifier takes no verb: Baker is of the university, he was not "awarded of" it
    // (which property the typer reads in "of" is the model's: member of, works for, …)
    const z = edges(extractText('The academy awarded the prize on Wednesday to David Baker of the University of Washington.'));
    expect(z).toHaveLength(1);
    expect(z[0]).toMatch(/^David Baker -\[(?!awarded|prize|of\])[a-z ]+\]-> University of Washington$/);
  });

  it('reads "the Rome-based airline" as where the body it describes is based, and relates the place to nothing else', () => {
    expect(edges(extractText('ITA Airways, the Rome-based airline, will join the Star Alliance.')).sort())
      .toEqual(['ITA Airways -[based in]-> Rome', 'ITA Airways -[join]-> Star Alliance']);
    expect(edges(extractText('Siemens, the Munich-based engineering group, said it would cut jobs in Berlin.'))).toContain('Siemens -[based in]-> Munich');
  });

  it('reads a light verb with an action noun as the action: "completed the purchase of a stake in X" → purchased stake in', () => {
    expect(edges(extractText('Lufthansa completed the purchase of a stake in ITA Airways.'))).toEqual(['Lufthansa -[purchased stake in]-> ITA Airways']);
    expect(edges(extractText('Microsoft completed its merger with LinkedIn.'))).toEqual(['Microsoft -[merged with]-> LinkedIn']);
    // a headline the parser reads with the name hung from the verb itself
    expect(edges(extractText('Lufthansa completes purchase of stake in ITA Airways'))).toEqual(['Lufthansa -[purchased stake in]-> ITA Airways']);
    // a verb that is not the doer's ("approved") keeps its own reading
    expect(edges(extractText('The Commission approved the acquisition of Arm Holdings by Nvidia.'))).not.toContain('Nvidia -[acquired]-> Arm Holdings');
  });

  it('relates no name in a clause that describes a common-noun subject to what the subject does', () => {
    expect(edges(extractText('The Italian government, which owns the remaining shares through the Ministry of Economy and Finance, hopes to sell them to Lufthansa by 2033.'))).toEqual([]);
  });

  it('relates nothing across two clauses of their own subjects, even where the parser hangs the second from a noun', () => {
    const x = edges(extractText('Carsten Spohr said the airline would join the Star Alliance next year and that its flights from Milan and Rome would be coordinated.'));
    expect(x.filter((e) => e.includes('Star Alliance') && (e.includes('Milan') || e.includes('Rome')))).toEqual([]);
  });

  it('reads "its chairman, X" as an officer of the body named last, never of a person', () => {
    const x = edges(extractText('Margrethe Vestager had demanded that the two airlines give up slots. ITA Airways was founded in 2020 by the Italian state. Its chairman, Sandro Pappalardo, said the carrier would add ten aircraft.'));
    expect(x).toContain('Sandro Pappalardo -[chairman of]-> ITA Airways');
    expect(x.filter((e) => e.includes('Vestager'))).toEqual([]);
    // a title of several words, owned by the body the sentence before was about
    expect(edges(extractText('Veltrona Bank opened an office in Oslo. Its chief executive, Marta Oskarsdottir, said the bank would hire.')))
      .toContain('Marta Oskarsdottir -[chief executive of]-> Veltrona Bank');
  });

  it('reads "his wife, X" as the kin of the person "his" stands for, also through a noun in apposition, and no order or age in the label', () => {
    const x = edges(extractThroughPronouns('Donald Sutherland married three times. His third wife, the French-Canadian actress Francine Racette, survives him.'));
    expect(x).toContain('Francine Racette -[wife of]-> Donald Sutherland');
    // "its chairman, X" is left to the rules that find which body
    expect(edges(extractThroughPronouns('Lufthansa bought a stake. ITA Airways was founded in 2020 by the Italian state. Its chairman, Sandro Pappalardo, said the carrier would grow.')))
      .not.toContain('Sandro Pappalardo -[chairman of]-> Lufthansa');
  });

  it('reads "X, the agency\'s director general," as a role of the body whose name holds the noun, before the one named last', () => {
    const x = edges(extractText('The European Space Agency has chosen Thales to build a lander. The lander, called Argonaut, will be assembled in Turin. Josef Aschbacher, the agency\'s director general, said the mission would help.'));
    expect(x).toContain('Josef Aschbacher -[director general of]-> European Space Agency');
  });

  it('relates no name inside the apposition of a third name to what that name does', () => {
    const x = edges(extractText('Tim Cook, the chief executive of Apple, gave a speech in Cupertino.'));
    expect(x).toContain('Tim Cook -[chief executive of]-> Apple');
    expect(x.filter((e) => e.includes('Apple') && e.includes('Cupertino'))).toEqual([]);
  });

  it('reads one who takes part as the taking part: "other speakers at the congress" → spoke at', () => {
    expect(edges(extractText('Khrushchev and numerous other speakers at the 22nd Party Congress issued criticisms of the plan.'))).toContain('Khrushchev -[spoke at]-> 22nd Party Congress');
  });

  it('reads a phrase that frames the clause by its noun: "After his arrest in X, Y …" → arrest in', () => {
    const x = edges(extractText('After his arrest in Karvensk, Olaf Ruud was sent to Bergen.'));
    expect(x).toContain('Olaf Ruud -[arrest in]-> Karvensk');
    expect(x).toContain('Olaf Ruud -[sent to]-> Bergen');
  });

  it('reads a name that a noun of the subject is of as that subject, the noun in the label, but not through a role', () => {
    expect(edges(extractText('Statues of Anna Berg were unveiled in Karvensk.'))).toEqual(['Anna Berg -[statues unveiled in]-> Karvensk']);
    expect(edges(extractText('The leader of Norland met Anna Berg in Karvensk.')).filter((e) => e.includes('leader met'))).toEqual([]);
  });

  it('labels a relation stated twice with the predicate a verb heads', () => {
    const x = extractText('The Berg government\'s handling of the Venn affair was cautious. Anna Berg has said little about Karl Venn.');
    expect(edges(x)).toEqual(['Anna Berg -[said about]-> Karl Venn']);
    expect(x.relations[0]!.evidence.map((ev) => ev.predicate)).toEqual(['government handling of', 'said about']);
    // the graph's edge keeps the extractor's choice among predicates said equally often
    const g = buildGraph([x]);
    expect(g.edges().map((e) => g.getEdgeAttribute(e, 'label'))).toEqual(['said about']);
  });

  it('keeps no sentence as evidence of a relation where the tree puts the two names apart', () => {
    const x = extractText('Olaf Ruud ignored the anniversary, while the textbook, written by his adviser Nils Dahl, devotes a page to the Karvensk Treaty. Olaf Ruud\'s party learned from the Karvensk Treaty.');
    const label = new Map(x.entities.map((e) => [e.id, e.label]));
    const r = x.relations.find((r) => label.get(r.source) === 'Olaf Ruud' && label.get(r.target) === 'Karvensk Treaty');
    expect(r?.evidence.map((ev) => ev.sentence)).toEqual([1]);
    expect(r?.label).toBe('party learned from');
  });

  it('reads the author of a work that treats of a name as having written about it', () => {
    const x = edges(extractText('Olaf Ruud ignored the anniversary, while the textbook, authored by his closest adviser, Nils Dahl, devotes a page to the Karvensk Treaty.'));
    expect(x).toContain('Nils Dahl -[wrote about]-> Karvensk Treaty');
    expect(x.filter((e) => e.startsWith('Olaf Ruud'))).toEqual([]);
  });

  it('puts apart the names of two coordinated clauses whose second is a noun with its own subject', () => {
    // (the parser reads "bore responsibility" as a noun with a subject, coordinated with "denial")
    const x = edges(extractText('To this day, there has still never been a state-backed denial of the Great Famine, nor that Anna Berg bore substantial responsibility for it.'));
    expect(x.filter((e) => e.includes('denial'))).toEqual([]);
  });

  it('reads no day into a label: "awarded X on Wednesday to Y" → awarded to', () => {
    expect(edges(extractText('The Karvensk Academy awarded the Berg Prize on Wednesday to Nils Dahl.'))).toContain('Berg Prize -[awarded to]-> Nils Dahl');
  });

  it('never leaves "of" bare between a person and a body: one of its members', () => {
    expect(edges(extractText('The award went to John Jumper of Norvik Labs.'))).toEqual(['John Jumper -[member of]-> Norvik Labs']);
  });

  it('reads an administrator as a title of the body named before it', () => {
    expect(edges(extractText('NASA administrator Bill Nelson welcomed the decision.'))).toEqual(['Bill Nelson -[administrator of]-> NASA']);
  });

  it('reads a place hung from a body\'s name as where the body is', () => {
    expect(edges(extractText('Jos Versteeg, an analyst at Norvik Capital in Amsterdam, said the change was expected.'))).toContain('Norvik Capital -[located in]-> Amsterdam');
  });

  it('relates no neighbours the tree puts six or more edges apart and cannot read', () => {
    const x = edges(extractText('The Norland government, under pressure from Karvensk, last year required licences for the export of some of Vesna Holding\'s older machines.'));
    expect(x.filter((e) => e.includes('Karvensk') && e.includes('Vesna Holding'))).toEqual([]);
    // …but reads one it can, however far: the author of a work wrote about what it treats of
    expect(edges(extractText('Olaf Ruud ignored the anniversary, while the textbook, authored by his closest adviser, Nils Dahl, devotes a page to the Karvensk Treaty.'))).toContain('Nils Dahl -[wrote about]-> Karvensk Treaty');
  });

  it('relates no subject to what a clause on its object tells of the object, unless the clause names it', () => {
    expect(edges(extractText('The Varnish Space Office contributed an instrument designed at the University of Karvensk.')).filter((e) => e.includes('Varnish'))).toEqual([]);
    expect(edges(extractText('Anna Berg established a production house named Karvensk Films in 2017.'))).toContain('Anna Berg -[established]-> Karvensk Films');
  });

  it('relates no possessor of a name to what that name does', () => {
    const x = edges(extractText('Varnes Mining, which is partly owned by Norland\'s Karvensk Lithium, has faced scrutiny before.'));
    expect(x.filter((e) => e.includes('Norland') && e.includes('Varnes Mining'))).toEqual([]);
    expect(x).toContain('Karvensk Lithium -[owned]-> Varnes Mining');
  });

  it('relates the two parties of a noun after "between", but not two places nor a verb\'s choice', () => {
    expect(edges(extractText('Leaders will challenge a partnership between the state miner Varnes Mining and Karvensk Lithium, the largest producer.'))).toEqual(['Varnes Mining -[partnership with]-> Karvensk Lithium']);
    expect(edges(extractText('Talks between Siemens and Alstom collapsed in 2019.'))).toEqual(['Siemens -[talks with]-> Alstom']);
    expect(edges(extractText('She set a record for a flight between Paris and Dakar in 1919.')).filter((e) => e.includes('Paris') && e.includes('Dakar'))).toEqual([]);
    expect(edges(extractText('Voters chose between Anna Berg and Karl Venn.'))).toEqual([]);
  });

  it('reads a town that modifies a body\'s noun as where the body is, not what the subject acted on', () => {
    expect(edges(extractText('Anna Berg joined the Oslo orchestra in 2001.'))).toEqual(['Anna Berg -[joined orchestra in]-> Oslo']);
    expect(edges(extractText('Karl Venn, who has led the Amsterdam museum since 2016, signed the agreement.'))).toEqual(['Karl Venn -[led museum in]-> Amsterdam']);
    // (a country's side in a sport is the country's)
    expect(edges(extractText('Karl Venn played for the Argentina team from 1939.'))).toEqual(['Karl Venn -[played for]-> Argentina']);
  });

  it('reads a body written with its class noun as the noun a clause acts on ("the Chega party, led by X" → led by)', () => {
    expect(edges(extractText('A title\n\nThe far-right Varnes party, led by Anna Berg, quadrupled its share to 18 percent.'))).toEqual(['Varnes -[led by]-> Anna Berg']);
  });

  it('reads the noun after a quantity as what the subject is ("dozens of X busts were unveiled in Y")', () => {
    expect(edges(extractText('A title\n\nSince 2010, dozens of Venn busts and statues have been unveiled around Norland.'))).toEqual(['Venn -[busts unveiled around]-> Norland']);
  });

  it('relates no name written before a third name to what that name does', () => {
    const x = edges(extractText('A title\n\nVarnes Mining have signed the Norland international Anna Berg from Karvensk City.'));
    expect(x).toContain('Varnes Mining -[signed]-> Anna Berg');
    expect(x.filter((e) => e.includes('Norland') && e.includes('Varnes Mining'))).toEqual([]);
  });

  it('relates no modifier of a common noun to what a clause on that noun tells of', () => {
    const x = edges(extractText('The council hired Anna Berg, a Karvensk lawyer who won a water case against Varnes Mining in 2023.'));
    expect(x.filter((e) => e.includes('Karvensk') && e.includes('Varnes Mining'))).toEqual([]);
  });

  it('reads a sentence\'s tree without looking at the rest of the document (a long article stays linear)', () => {
    // 300 sentences, then sentences whose pairs the tree reader checks for an agent and for two obliques of one verb
    const filler = Array.from({ length: 300 }, (_, i) => `Anna Berg met Karl Venn in Oslo on day ${i}.`).join(' ');
    const { tokens, sentences } = analyze(`${filler} The textbook, authored by Nils Dahl, devotes a page to the Karvensk Treaty. Olga Lind fled to Norland with the help of Piotr Holm.`, []);
    addSyntax(tokens, sentences);
    const from = sentences[300]!.tokenStart;
    // tokens more than a window away from the sentences read may not be read
    const guarded = new Proxy(tokens, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key) && Number(key) < from - 60) throw new Error(`read token ${key}, outside the sentence`);
        return Reflect.get(target, key, receiver);
      },
    }) as Token[];
    const pair = (si: number, a: string, b: string) => {
      const s = sentences[si]!;
      const span = (name: string) => {
        const words = name.split(' '), k = tokens.findIndex((t, i) => i >= s.tokenStart && t.text === words[0]);
        return { tokenStart: k, tokenEnd: k + words.length, sentence: s.index } as unknown as Mention;
      };
      return apartInTree(guarded, s, span(a), span(b));
    };
    expect(() => pair(300, 'Nils Dahl', 'Karvensk Treaty')).not.toThrow();
    expect(() => pair(301, 'Norland', 'Piotr Holm')).not.toThrow();
  });

  it('lets the person a role noun names act, not the body the role is of', () => {
    const x = edges(extractText("Ostrovia's mayor, Anna Berg, lost her own seat in Velmar. The leader of the Karvensk Party, Nils Dahl, opened a plant in Tarkent."));
    expect(x).toContain('Anna Berg -[lost seat in]-> Velmar');
    expect(x).toContain('Anna Berg -[mayor of]-> Ostrovia');
    expect(x.filter((e) => /(Ostrovia|Karvensk Party).*(Velmar|Tarkent)|(Velmar|Tarkent).*(Ostrovia|Karvensk Party)/.test(e))).toEqual([]);
  });

  it('reads a clause with no subject of its own as the main subject\'s ("Born in X, she …", "After leaving X, Y joined Z")', () => {
    expect(edges(extractThroughPronouns('Anna Berg was a chemist. Born in Velmar to a farming family, she studied at the Karvensk Institute.')).sort())
      .toEqual(['Anna Berg -[born in]-> Velmar', 'Anna Berg -[studied at]-> Karvensk Institute']);
    expect(edges(extractThroughPronouns('After leaving Norvik Shipping, Karl Venn joined Veltrona.')).sort()).toEqual(['Karl Venn -[joined]-> Veltrona', 'Karl Venn -[left]-> Norvik Shipping']);
    expect(edges(extractThroughPronouns('After moving to Velmar in 1990, Karl Venn joined Veltrona.'))).toContain('Karl Venn -[moved to]-> Velmar');
    // (not an infinitive of purpose, nor a clause with a subject of its own)
    expect(edges(extractThroughPronouns('Karl Venn travelled to Velmar to meet Olga Lind.'))).not.toContain('Karl Venn -[meet]-> Olga Lind');
    expect(edges(extractThroughPronouns('After Olga Lind left Veltrona, Karl Venn joined Norvik Shipping.'))).not.toContain('Karl Venn -[left]-> Veltrona');
  });

  it('reads a place before a body\'s class noun as where the body is: "the Singapore firm X" → based in; "agreed to buy a Singapore logistics firm" → buy firm in', () => {
    expect(edges(extractText('Maersk agreed on Monday to buy a Singapore logistics firm for $3.6 billion.'))).toEqual(['Maersk -[buy firm in]-> Singapore']);
    expect(edges(extractText('The Singapore firm Varnel Logistics was sold to Maersk.'))).toContain('Varnel Logistics -[based in]-> Singapore');
  });

  it('forms the past of a verb for a label read off a gerund', () => {
    expect(['leave', 'move', 'study', 'join', 'stop', 'visit', 'win'].map(pastOf)).toEqual(['left', 'moved', 'studied', 'joined', 'stopped', 'visited', 'won']);
    // an irregular verb with a prefix, and a word that only looks like one
    expect(['overtake', 'rebuild', 'withdraw', 'uphold', 'return', 'relay'].map(pastOf)).toEqual(['overtook', 'rebuilt', 'withdrew', 'upheld', 'returned', 'relayed']);
  });


  it('gives a name that modifies a noun set beside a third name to that name ("buy U.S. software maker Altair")', () => {
    const x = edges(extractText('Veltrona has agreed to buy Norland software maker Karvensk Systems for about $10 billion.'));
    expect(x.filter((e) => e.startsWith('Veltrona') && e.endsWith('Norland'))).toEqual([]);
    expect(x.some((e) => e.startsWith('Veltrona') && e.endsWith('Karvensk Systems'))).toBe(true);
  });

  it('reads a relative clause through the verb its verb governs ("X, which agreed to be bought by Y" → Y bought X)', () => {
    const x = edges(extractText('Analysts said the deal would strengthen Veltrona against rivals such as Velmar Systems, which agreed this year to be bought by Norvik Holdings.'));
    expect(x).toContain('Norvik Holdings -[bought]-> Velmar Systems');
  });

  it('gives a bare preposition the verb above only where the preposition is one of the two names\' own', () => {
    const x = edges(extractText('In 1926 Anna Berg became the first woman in Norland to become a full professor of physics, at the University of Velmar.'));
    expect(x.filter((e) => e.includes('became in'))).toEqual([]);
  });

  it('lets the subject, not the object, do what an infinitive of purpose says ("X beats Y to win Z"), save after a verb of object control', () => {
    const x = edges(extractText('Anna Berg beats Olga Lind to win the Karvensk Cup.'));
    expect(x).toContain('Anna Berg -[win]-> Karvensk Cup');
    expect(x.filter((e) => e.startsWith('Olga Lind'))).toEqual([]);
    expect(edges(extractText('Anna Berg persuaded Karl Venn to join Norvik Shipping.'))).toContain('Karl Venn -[join]-> Norvik Shipping');
  });

  it('relates no name inside a common-noun object to another oblique of the verb', () => {
    // (the relation typer may still guess at the two: the rules read no verb between them)
    expect(edges(extractText('In 1992 she tore up a photograph of Karl Venn on Saturday Night Live.')).filter((e) => /tore|photograph| on\]/.test(e))).toEqual([]);
    expect(edges(extractText('It saw the defeat of Norland by an alliance of Velmar, Ostrovia and Tarkent.')).filter((e) => e.startsWith('Norland'))).toEqual([]);
  });

  it('reads a day that begins a title of two plain words as part of the name, but not a day before a person', () => {
    const x = extractText('In 1992 she appeared on Saturday Night Live. On Monday Anna Berg said no. On Sunday Prime Minister Karl Venn left.');
    expect(x.entities.map((e) => e.label).sort()).toEqual(['Anna Berg', 'Karl Venn', 'Saturday Night Live']);
  });

  it('reads "Under chief executive X, Y became …" as X\'s role of Y', () => {
    expect(edges(extractText('Under chief executive Anna Berg, who led the company from 1992 to 2006, Norvik Shipping became the largest maker of ferries.')))
      .toContain('Anna Berg -[chief executive of]-> Norvik Shipping');
  });

  it('relates no fronted place to the members of a list after another preposition of the verb', () => {
    const x = edges(extractText('From the Karvensk Plateau the river runs through Velmar, Ostrovia and Tarkent.'));
    expect(x.filter((e) => e.startsWith('Karvensk Plateau'))).toEqual([]);
  });

  it('knows where a movement starts and where it goes, and a name in a clause of time, as the tree has them', () => {
    const spans = (text: string) => {
      const { tokens, s, span } = parsedSentence(text);
      return { way: (a: string, b: string) => startAndWay(tokens, s, span(a), span(b)), time: (a: string, b: string) => inTimeClause(tokens, s, span(a), span(b)) };
    };
    const river = spans('From Velmar the river runs through Ostrovia, Norland and Tarkent before it empties into Lake Karvensk.');
    expect(river.way('Velmar', 'Ostrovia')).toBe(true);
    expect(river.way('Velmar', 'Tarkent')).toBe(true);
    expect(river.time('Ostrovia', 'Karvensk')).toBe(true);
    expect(river.time('Velmar', 'Ostrovia')).toBe(false);
    const lived = spans('Anna Berg lived in Velmar in Ostrovia.');
    expect(lived.way('Velmar', 'Ostrovia')).toBe(false);
  });

  it('knows the members of a list of three or more with its "and", and a chain of places joined by commas alone from one', () => {
    const spans = (text: string) => {
      const { tokens, s, span } = parsedSentence(text);
      return (a: string, b: string, least?: number) => inOneList(tokens, s, span(a), span(b), least);
    };
    const list = spans('The river runs through Velmar, Ostrovia and Tarkent.');
    expect(list('Velmar', 'Ostrovia')).toBe(true);
    expect(list('Velmar', 'Tarkent')).toBe(true);
    expect(spans('She visited Velmar and Tarkent.')('Velmar', 'Tarkent')).toBe(false);
    expect(spans('She visited Velmar and Tarkent.')('Velmar', 'Tarkent', 2)).toBe(true);
    expect(spans('Wayne Gretzky Drive is a freeway in Edmonton, Alberta, Canada.')('Edmonton', 'Alberta')).toBe(false);
  });

  it('reads the relative clause of a noun a name is written with as the name\'s', () => {
    expect(edges(extractText('The architect Nils Dahl, who won the Berg Prize in 1992, was born in nearby Karvensk.')).sort())
      .toEqual(['Nils Dahl -[born in]-> Karvensk', 'Nils Dahl -[won]-> Berg Prize']);
  });

  it('keeps no relation whose only predicate is a preposition, save where a place is (near) what is in it', () => {
    expect(edges(extractText('Vesna is the second-largest city in Norland, after Karvensk.')).filter((e) => e.startsWith('Norland'))).toEqual([]);
    expect(edges(extractText('The plant in Zamudio, near Bilbao, makes blades.'))).toEqual(['Zamudio -[located near]-> Bilbao']);
  });

  it('reads a title written between a place or a body and a person as an office of it, one way only', () => {
    const x = edges(extractText('Texas Attorney General Ken Paxton said he would appeal. Moscow Mayor Sergei Sobyanin opened the line. Microsoft co-founder Bill Gates spoke in Seattle.'));
    expect(x).toContain('Ken Paxton -[attorney general of]-> Texas');
    expect(x).toContain('Sergei Sobyanin -[mayor of]-> Moscow');
    expect(x).toContain('Bill Gates -[co-founder of]-> Microsoft');
    expect(edges(extractText('Fulton County District Attorney Fani Willis said so.'))).toEqual(['Fani Willis -[district attorney of]-> Fulton County']);
    // a country's player plays for its team; a place's people of other trades are no office of it
    expect(edges(extractText('Arsenal signed Spain midfielder Martín Zubimendi on Friday.'))).toContain('Martín Zubimendi -[midfielder of]-> Spain');
    expect(edges(extractText('The Bergen architect Ingrid Vasstrand died on Monday.')).filter((e) => e.includes('architect of'))).toEqual([]);
    expect(x.filter((e) => e.includes('Microsoft'))).toHaveLength(1);
  });

  it('names a relation by the title a demonym gives, over a verb\'s reading stated as often', () => {
    expect(edges(extractText('Kenya\'s Ruto names new cabinet after protests\n\nKenyan President William Ruto on Friday named a new cabinet.'))).toEqual(['William Ruto -[president of]-> Kenya']);
  });


  it('drops a preposition that follows another with words left out between', () => {
    expect(edges(extractText('Its flights from Karvensk would be coordinated with those of Norvik Air.'))).toEqual(['Karvensk -[coordinated with]-> Norvik Air']);
  });

  it('reads a town "in" which the noun of a verb\'s phrase was as where the verb happened, in a clause that shares the subject too ("Speaking at a news conference in Berlin, X said")', () => {
    expect(edges(extractText('Anna Berg spoke at a news conference in Berlin.'))).toContain('Anna Berg -[spoke in]-> Berlin');
    expect(edges(extractText('Speaking at a news conference in Berlin, Anna Berg said the council was ready.'))).toContain('Anna Berg -[spoke in]-> Berlin');
    expect(edges(extractText('Born in a village in Norland, Anna Berg moved to Oslo.'))).toContain('Anna Berg -[born in]-> Norland');
    // (not a body: "bought a stake in ITA Airways" is no purchase in a place)
    expect(edges(extractText('Anna Berg bought a stake in ITA Airways.'))).toContain('Anna Berg -[bought stake in]-> ITA Airways');
  });
});
