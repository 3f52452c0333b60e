import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { agreeWithLists, chooseType, decide, ENTITY_CLASSES, mentionsByEntity, type EntityTyperModel } from '../../server/extract/entity-types';
import { relateDocument, resolveDocument } from '../../server/extract/index';
import type { Perceptron } from '../../server/models/perceptron';
import { gumDocuments } from '../../server/train/gum-entities';
import { accuracy, fitTemperature, scoreExamples, trainEntityTyper, type EntityExample } from '../../server/train/entity-types';
import { extractText, entity } from '../helpers';

const GUM = `# newdoc id = GUM_news_tiny
# newpar
# text = Ann Lee visited Paris.
1	Ann	Ann	PROPN	NNP	_	3	nsubj	_	Entity=(1-person-new-x-x-1-sgl-Ann_Lee
2	Lee	Lee	PROPN	NNP	_	1	flat	_	Entity=1)
3	visited	visit	VERB	VBD	_	0	root	_	_
4	Paris	Paris	PROPN	NNP	_	3	obj	_	Entity=(2-place-new-x-x-1-sgl-Paris)|SpaceAfter=No
5	.	.	PUNCT	.	_	3	punct	_	_

# newpar
# text = The museum's director left.
1	The	the	DET	DT	_	3	det	_	Entity=(3-organization-new-x-x-2-sgl
2	museum	museum	NOUN	NN	_	3	nmod:poss	_	Entity=3)|SpaceAfter=No
3	's	's	PART	POS	_	2	case	_	_
4	director	director	NOUN	NN	_	5	nsubj	_	_
5	left	leave	VERB	VBD	_	0	root	_	SpaceAfter=No
6	.	.	PUNCT	.	_	5	punct	_	_
`;

describe('entity types', () => {
  it('reads GUM documents as text with the character spans of their mentions, named or not', () => {
    const [doc] = gumDocuments(GUM);
    expect(doc!.id).toBe('GUM_news_tiny');
    expect(doc!.text).toBe("Ann Lee visited Paris.\n\nThe museum's director left.");
    // "the museum" is no name: neither linked nor a proper noun
    expect(doc!.mentions.filter((m) => m.named).map((m) => `${doc!.text.slice(m.start, m.end)}/${m.type}`)).toEqual(['Ann Lee/person', 'Paris/place']);
    expect(doc!.mentions.filter((m) => !m.named).map((m) => `${doc!.text.slice(m.start, m.end)}/${m.type}`)).toEqual(['The museum/organization']);
  });

  it('turns a verdict into a type: misc keeps the rules’ event or work, an unsure model yields to rules with evidence', () => {
    expect(chooseType('person', 0.9, 'organization', true)).toBe('person');
    expect(chooseType('person', 0.2, 'organization', true)).toBe('organization');
    expect(chooseType('person', 0.2, 'organization', false)).toBe('person');
    expect(chooseType('misc', 0.9, 'event', true)).toBe('event');
    expect(chooseType('misc', 0.9, 'person', false)).toBe('other');
    expect(chooseType('misc', 0.6, 'organization', true)).toBe('organization');
    expect(chooseType('misc', 0.9, 'organization', true)).toBe('other');
    // an event the name declares ("20th Congress") stands against an unsure body
    expect(chooseType('organization', 0.6, 'event', true)).toBe('event');
    expect(chooseType('organization', 0.9, 'event', true)).toBe('organization');
  });

  it('gives probabilities that sum to one, sharper at a lower temperature', () => {
    const scores = Float64Array.from([3, 1, 0, 0]);
    const warm = decide(scores, 10), cold = decide(scores, 1);
    expect(warm.cls).toBe('person');
    expect(warm.probabilities.reduce((a, b) => a + b)).toBeCloseTo(1, 9);
    expect(cold.confidence).toBeGreaterThan(warm.confidence);
  });

  it('learns a type per feature and fits a temperature that makes right answers likely but not certain', () => {
    const ex = (f: number[], gold: number): EntityExample => ({ features: Uint32Array.from(f), gold, label: '', ruleType: '', nameType: '', cue: '' });
    const examples = [
      ...Array.from({ length: 30 }, () => ex([1, 10], 0)),
      ...Array.from({ length: 30 }, () => ex([1, 11], 2)),
      // an ambiguous feature: a person twice as often as a place
      ...Array.from({ length: 20 }, () => ex([1, 12], 0)),
      ...Array.from({ length: 10 }, () => ex([1, 12], 2)),
    ];
    const model = trainEntityTyper(examples, { epochs: 5, seed: 1 });
    const scored = scoreExamples(model, examples);
    expect(accuracy(scored.slice(0, 60))).toBe(1);
    const t = fitTemperature(scored);
    const loss = (temperature: number) => -scored.reduce((sum, s) => sum + Math.log(decide(s.scores, temperature).probabilities[s.gold]!), 0);
    expect(loss(t)).toBeLessThanOrEqual(loss(t * 4));
    expect(loss(t)).toBeLessThanOrEqual(loss(t / 4));
    // the ambiguous feature is not certain either way
    expect(decide(scored[60]!.scores, t).confidence).toBeLessThan(0.95);
  });

  it('the committed model types names it never saw from their words and context, with a confidence', () => {
    const x = extractText('Veltrona Bank opened an office in Karvensk, a city on the Volga. Its chief executive, Marta Oskarsdottir, said the bank would hire.');
    expect(entity(x, 'Veltrona Bank')?.type).toBe('organization');
    expect(entity(x, 'Marta Oskarsdottir')?.type).toBe('person');
    for (const e of x.entities) {
      expect(e.confidence).toBeGreaterThanOrEqual(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('drops a capitalised word the model is sure is no name, never a name the gazetteers know', () => {
    // a model sure that nothing is a name (the committed one's certainty about a given word moves with every retraining)
    const none = ENTITY_CLASSES.indexOf('none');
    const sure: EntityTyperModel = { model: { score: (_f: Uint32Array, _n: number, scores: Float64Array) => { scores[none] = 10; } } as unknown as Perceptron, temperature: 1, dropAbove: 0.75 };
    const x = relateDocument(resolveDocument({ id: 'x', source: 'The Prophet is said to have visited Medina.', format: 'txt' }), undefined, sure);
    expect(x.entities.map((e) => e.label)).toEqual(['Medina']);
    // …and where it is unsure, the word stays
    const unsure: EntityTyperModel = { ...sure, model: { score: () => {} } as unknown as Perceptron };
    const y = relateDocument(resolveDocument({ id: 'x', source: 'The Prophet is said to have visited Medina.', format: 'txt' }), undefined, unsure);
    expect(y.entities.map((e) => e.label)).toEqual(['Prophet', 'Medina']);
  });

  it('takes the kind a class noun, a title or an apposition beside a name gives it over an unsure model', () => {
    expect(entity(extractText('The German airline Veltrona said on Tuesday that it had bought a stake.'), 'Veltrona')?.type).toBe('organization');
    expect(entity(extractText('Veltrona chief executive Marta Oskarsdottir said the group would grow.'), 'Veltrona')?.type).toBe('organization');
    const x = extractText('Siemens, the Munich-based engineering group, said it would cut jobs.');
    expect(entity(x, 'Siemens')?.type).toBe('organization');
    expect(entity(extractText('Olaf Scholz spoke, while Veltrona Metall, Germany\'s largest union, called the cuts a slap in the face.'), 'Veltrona Metall')?.type).toBe('organization');
    expect(entity(extractText('Karvensk Alenia Space, a joint venture between two groups, builds modules.'), 'Karvensk Alenia Space')?.type).toBe('organization');
    expect(entity(extractText('The planemaker Veltrona said it would build ten aircraft in Toulouse.'), 'Veltrona')?.type).toBe('organization');
    // …also where the apposition ends the sentence
    expect(entity(extractText('Inflation stood at 2.2% in September, according to Tovik Lund, the bloc\'s statistics agency.'), 'Tovik Lund')?.type).toBe('organization');
    // a class noun outweighs a sure verdict of no kind at all
    expect(entity(extractText('Anna Berg defended the deal in an interview with the newspaper El Mercurio.'), 'El Mercurio')?.type).toBe('organization');
    // a corporate role "of" a name: "chief executive of X"
    expect(entity(extractText('The prize went to Anna Berg, chief executive of Vortex Mindlab, and to Karl Venn.'), 'Vortex Mindlab')?.type).toBe('organization');
    // an apposition whose noun a relative clause without its pronoun follows; a professional's practice
    expect(entity(extractText('Her death was announced by Kvernholt, the firm she advised for two decades.'), 'Kvernholt')?.type).toBe('organization');
    expect(entity(extractText('In 1969 she founded her own practice, Varnes Arkitekter, in Bergen.'), 'Varnes Arkitekter')?.type).toBe('organization');
    // the class noun a copula gives a name: the opening of an encyclopedic article
    expect(entity(extractText('Tomasz Wierzba is a Polish politician.'), 'Tomasz Wierzba')?.type).toBe('person');
    // a dateline names a place, and in its parentheses the agency
    const d = extractText('ZURICH (Reuters) — Scientists at ETH Zurich have developed a sodium-based battery, according to a study published on Wednesday.');
    expect([entity(d, 'Zurich')?.type, entity(d, 'Reuters')?.type]).toEqual(['place', 'organization']);
    // …unless the story uses the name alone for something else (the model reads those mentions)
    const m = extractText('MALMÖ, Sweden (AP) — Two goals from Emil Lindqvist gave Malmö FF a win. Malmö coach Henrik Rydström praised the crowd. Malmö will learn their group opponents on Thursday.');
    expect(entity(m, 'Malmö')?.type).toBe('organization');
    // …a club the story names: otherwise the name alone is the city again
    const c = extractText("# Chile's Boric names former central banker as finance minister\n\nSANTIAGO (Reuters) \u2014 Chilean President Gabriel Boric on Tuesday named Rosanna Costa, a former head of the Central Bank of Chile, as his new finance minister, replacing Mario Marcel, who resigned last week to return to academia.\n\nCosta, 61, studied economics at the Pontifical Catholic University of Chile and later worked for the International Monetary Fund in Washington. She served as budget director under former President Sebasti\u00e1n Pi\u00f1era.\n\nThe appointment was welcomed by the Confederation of Production and Commerce, Chile's main business lobby, whose president Ricardo Mewes said Costa would \"bring calm to the markets.\"\n\nThe Chilean peso rose 1.2 percent against the U.S. dollar after the announcement, and the benchmark IPSA index gained 0.8 percent on the Santiago Stock Exchange.\n\nBoric, whose term ends in March, also named Carolina Toh\u00e1 as interior minister. Toh\u00e1, a former mayor of Santiago, led the government's talks with truckers during a strike in 2022.\n");
    expect(entity(c, 'Santiago')?.type).toBe('place');
  });

  it('gives the names listed after a class noun its kind, but not a name after a clause\'s comma', () => {
    const r = resolveDocument({ id: 'l', source: 'It was formed through a merger of two companies, Varnes Industri and Nordisk Karvensk, in 1989. In the play Rudens, Palaestra says her father gave her a bulla.', format: 'txt' });
    expect(['Varnes Industri', 'Nordisk Karvensk', 'Palaestra'].map((n) => r.mentions.find((m) => m.text === n)?.introducedAs)).toEqual(['organization', 'organization', undefined]);
  });

  it('reads the object of a verb of leading or owning, and the names listed with it, as bodies', () => {
    const x = extractText('Karl Venn, who also runs Tesla and Varnes Orbital, spoke on Monday. Anna Berg founded Karvensk Labs in 2001.');
    expect(['Tesla', 'Varnes Orbital', 'Karvensk Labs'].map((n) => entity(x, n)?.type)).toEqual(['organization', 'organization', 'organization']);
  });

  it('reads the words of sport as making a town\'s name a club, but not a country\'s', () => {
    const text = 'Varnes have signed Anna Berg from Karvensk. Her brother plays for Arsenal. Coach Karl Venn, a former Real Madrid and Marseille midfielder, praised her. Spain midfielder Olga Lind agreed.';
    // the cue each name gets from its words…
    const r = resolveDocument({ id: 's', source: text, format: 'txt' });
    expect(['Karvensk', 'Arsenal', 'Real Madrid', 'Marseille', 'Spain'].map((n) => r.mentions.find((m) => m.text === n)?.introducedAs)).toEqual(['organization', 'organization', 'organization', 'organization', undefined]);
    // …and the types it gives with the model (a town the model is sure of stays a place: the cue outweighs an unsure model only)
    const x = extractText(text);
    expect(['Arsenal', 'Real Madrid', 'Marseille', 'Spain'].map((n) => entity(x, n)?.type)).toEqual(['organization', 'organization', 'organization', 'place']);
  });

  it('reads the sides of a match with its score, and a club joined, as bodies (not in a sentence without a score)', () => {
    const text = 'Liverpool beat Manchester City 2-0 after Arsenal drew 1-1 with Aston Villa. Salah joined Liverpool from Roma in 2017. Anna Berg beat Olga Lind in the election.';
    const r = resolveDocument({ id: 's', source: text, format: 'txt' });
    const cue = (n: string) => r.mentions.find((m) => m.text === n)?.introducedAs;
    expect(['Manchester City', 'Arsenal', 'Aston Villa', 'Roma'].map(cue)).toEqual(['organization', 'organization', 'organization', 'organization']);
    expect(['Anna Berg', 'Olga Lind'].map(cue)).toEqual([undefined, undefined]);
  });

  it('reads a company by the noun it became and by the verb of leading it is the object of ("Nvidia became the world\'s most valuable company")', () => {
    const x = extractText('Nvidia briefly became the world\'s most valuable company on Tuesday. Huang has led Nvidia since its founding.');
    expect(entity(x, 'Nvidia')?.type).toBe('organization');
  });

  it('keeps a given name with a surname no dictionary knows a person unless the model is sure otherwise ("Vladimir Putin": Vladimir is a town too)', () => {
    expect(entity(extractText('Moscow Mayor Sergei Sobyanin met Vladimir Putin in Moscow.'), 'Vladimir Putin')?.type).toBe('person');
  });

  it('reads a title in quotes by the noun before its quote, a body by its owner named after it, and the start of a longer name as that name', () => {
    const x = extractText('Swift\'s 11th album, "The Tortured Poets Department," was released by Republic Records. Ticketmaster, owned by Live Nation Entertainment, was sued. Live Nation has denied wrongdoing.');
    expect(entity(x, 'The Tortured Poets Department')?.type).toBe('work');
    expect(entity(x, 'Ticketmaster')?.type).toBe('organization');
    expect(entity(x, 'Live Nation Entertainment')?.aliases).toContain('Live Nation');
  });

  it('reads the class noun of an apposition before its phrase, not a body named in the phrase', () => {
    const r = resolveDocument({ id: 's', source: 'Brant Robertson, an astrophysicist at the University of California, said it surprised the team. Siemens, the Munich-based engineering group, said it would cut jobs.', format: 'txt' });
    expect(r.mentions.find((m) => m.text === 'Brant Robertson')?.introducedAs).toBeUndefined();
    expect(r.mentions.find((m) => m.text === 'Siemens')?.introducedAs).toBe('organization');
  });

  it('takes a name that says "it" of itself for no person, unless it is plainly a person\'s name', () => {
    expect(entity(extractText('Deloitte said it would hire 500 people.'), 'Deloitte')?.type).toBe('organization');
    expect(entity(extractText('Mary Smith said it would rain.'), 'Mary Smith')?.type).toBe('person');
  });

  it('reads a name after a sentence-opening "Shares of" as standing mid-sentence', () => {
    expect(extractText('Shares of Siemens fell after it said it would cut 4,000 jobs.').entities.map((e) => e.label)).toEqual(['Siemens']);
  });

  it('gives an unsure member of a list of three or more the kind all the others share, each of them sure', () => {
    const a = relateDocument(resolveDocument({ id: 'd', source: 'The film stars Anna Berg, Karl Venn, Olga Lind and Velmar Kyo.', format: 'txt' }));
    const byLabel = (label: string) => a.entities.find((e) => e.label === label)!;
    const setUp = (kyo: { type: 'place' | 'person'; confidence: number }, others = 0.8) => {
      for (const l of ['Anna Berg', 'Karl Venn', 'Olga Lind']) Object.assign(byLabel(l), { type: 'person', confidence: others });
      Object.assign(byLabel('Velmar Kyo'), kyo);
      // the model's probabilities, in ENTITY_CLASSES order (person, organization, place, misc, none)
      const probabilities = new Map(a.entities.map((e) => [e, e.label === 'Velmar Kyo' ? [0.3, 0.1, kyo.confidence, 0.1, 0.1] : [others, 0, 0, 0, 0]]));
      agreeWithLists(a.entities, mentionsByEntity(a.entityOf), a.tokens, probabilities);
      return byLabel('Velmar Kyo');
    };
    expect(setUp({ type: 'place', confidence: 0.37 })).toMatchObject({ type: 'person', confidence: 0.3 });
    // not a member the model is sure of, nor where the others are unsure
    expect(setUp({ type: 'place', confidence: 0.7 }).type).toBe('place');
    expect(setUp({ type: 'place', confidence: 0.37 }, 0.5).type).toBe('place');
  });

  it('gives an unsure member of a list of two joined by "and" the other\'s kind, only where the other is sure and the model does not rule it out', () => {
    const a = relateDocument(resolveDocument({ id: 'd', source: 'The family moved to Velkomir and later to Karvoszeg. MALMÖ, Sweden — Two goals won it.', format: 'txt' }));
    const byLabel = (label: string) => a.entities.find((e) => e.label === label)!;
    const setUp = (karvoszeg: number[], velkomir = 0.9, label = 'Karvoszeg', other = 'Velkomir') => {
      Object.assign(byLabel(other), { type: 'place', confidence: velkomir });
      Object.assign(byLabel(label), { type: 'person', confidence: karvoszeg[0] });
      const probabilities = new Map(a.entities.map((e) => [e, e.label === label ? karvoszeg : [0, 0, velkomir, 0, 0]]));
      agreeWithLists(a.entities, mentionsByEntity(a.entityOf), a.tokens, probabilities);
      return byLabel(label);
    };
    expect(setUp([0.4, 0.1, 0.3, 0.1, 0.1])).toMatchObject({ type: 'place', confidence: 0.3 });
    // the other not sure enough; the model all but ruling the kind out
    expect(setUp([0.4, 0.1, 0.3, 0.1, 0.1], 0.7).type).toBe('person');
    expect(setUp([0.45, 0.4, 0.05, 0.05, 0.05]).type).toBe('person');
    // a comma alone joins no list of two: a dateline's town and its country
    const malmo = a.entities.find((e) => e.label.toUpperCase() === 'MALMÖ')!.label;
    expect(setUp([0.4, 0.1, 0.3, 0.1, 0.1], 0.95, malmo, 'Sweden').type).toBe('person');
  });

  it('reads a name followed by a comma and a country or a state as a place in it, but not a dateline', () => {
    const x = extractText('Anna Berg was born in Velkomir (now Drasnovo Mare, Romania) in 1881 and later lived in Karvosz, Alabama.');
    expect(entity(x, 'Drasnovo Mare')?.type).toBe('place');
    expect(entity(x, 'Karvosz')?.type).toBe('place');
  });

  it('reads the class noun a name is given to, an artifact\'s head, a rival and "International" after a title', () => {
    expect(entity(extractText('The planet, known as Velkis-4b, orbits a small star.'), 'Velkis-4b')?.type).toBe('place');
    expect(entity(extractText('Astronomers used the Karvensk Space Telescope to study the star.'), 'Karvensk Space Telescope')?.type).toBe('work');
    expect(entity(extractText('Shares in Norvik rose, while the stock of rival VLT fell.'), 'VLT')?.type).toBe('organization');
    const x = extractText('Last year Norvik bought Senator International, a freight forwarder.');
    expect(entity(x, 'Senator International')?.type).toBe('organization');
    expect(entity(x, 'International')).toBeUndefined();
  });

  it('reads "the Netherlands international X" as a country\'s player, a person', () => {
    const x = extractText('Karvensk FC have signed the Netherlands international Quarn Belvit from Velmar Town.');
    expect(entity(x, 'Quarn Belvit')?.type).toBe('person');
  });

  it('types a newspaper by its name as a body, though the model calls it "misc"', () => {
    const x = extractText('Joachim Nagel, the president of the Bundesbank, told the Financial Times last week that further cuts would be premature.');
    expect(entity(x, 'Financial Times')?.type).toBe('organization');
  });

  it('keeps a name no dictionary knows after a title, though the model takes it for no name ("Empress Eugénie")', () => {
    expect(entity(extractText('A crown of Empress Eugénie, the wife of Napoleon III, was dropped during the escape.'), 'Eugénie')?.type).toBe('person');
  });

  it('keeps a planet or a country by its name from being a person where the model is unsure (the rover article\'s "Mars")', () => {
    const source = readFileSync(new URL('../../bench/news/rover.txt', import.meta.url), 'utf8');
    const x = extractText(source);
    expect(entity(x, 'Mars')?.type).toBe('place');
  });
});
