// The committed tagger and parser on hand-made sentences: each construction the extractor reads
// relations from, with the heads and labels Universal Dependencies gives it.
import { describe, expect, it } from 'vitest';
import { analyzeSentence } from '../../server/models/syntax';
import { analyze } from '../../server/extract/nlp';
import { addSyntax, wordsOfToken } from '../../server/extract/syntax';
import { regroupTitledNames, reattachPlacesOfVerbs, reattachAgents, reattachAppositions, reattachCoordinatedClauses, reattachCoordinatedSubjects, reattachLocatingParticiples, reattachMakersOfObjects, reattachPossessedParticiples, reattachRelativeClauses, reattachReportedClauses, reattachReportedSubjects, reattachPlacesOfObjects, reattachClausesAfterSubordinators, reattachMarkedParticiples, reattachHyphenatedParticiples, relabelObjectsWithPrepositions, retagTitleNouns, reattachCaseInsidePhrase, retagBeforeParsing, reattachPossessorsOfVerbs, reattachPossessorsOfNames, reattachPossessorsBeforeNouns, reheadTitledNames, regroupMakerNames, reattachCaseToNameHead, reheadNamedPlaceNouns, reattachNamesOfConjunctNouns, reattachSubjectsOfReportedClauses, reattachPlacesOfDays, reattachAgentsOfActiveVerbs, retagCoordinatedVerbs, reattachFrontedAppositions, relabelNamesAfterCommonNouns, reattachNamesUnderPrepositions, reattachAgentsWithoutBy, reattachMainVerbsAfterRelativeClauses, reattachForWithoutInfinitive } from '../../server/extract/syntax-repairs';

/** word → "head-word:label" for each word of the sentence (heads by form; "ROOT" for the root). */
function arcs(sentence: string): Record<string, string> {
  const forms = sentence.split(' ');
  const out = analyzeSentence(forms);
  const result: Record<string, string> = {};
  forms.forEach((f, i) => {
    const h = out.heads[i]!;
    result[`${f}#${i + 1}`] = `${h === 0 ? 'ROOT' : `${forms[h - 1]}#${h}`}:${out.deprels[i]}`;
  });
  return result;
}

describe('the committed parser', () => {
  it('reads a passive with its agent', () => {
    expect(arcs('The company was founded by Steve Jobs in 1976 .')).toEqual({
      'The#1': 'company#2:det', 'company#2': 'founded#4:nsubj:pass', 'was#3': 'founded#4:aux:pass', 'founded#4': 'ROOT:root',
      'by#5': 'Steve#6:case', 'Steve#6': 'founded#4:obl:agent', 'Jobs#7': 'Steve#6:flat', 'in#8': '1976#9:case',
      '1976#9': 'founded#4:obl', '.#10': 'founded#4:punct',
    });
  });

  it('reads a relative clause', () => {
    expect(arcs('The scientist who discovered radium won the prize .')).toEqual({
      'The#1': 'scientist#2:det', 'scientist#2': 'won#6:nsubj', 'who#3': 'discovered#4:nsubj', 'discovered#4': 'scientist#2:acl:relcl',
      'radium#5': 'discovered#4:obj', 'won#6': 'ROOT:root', 'the#7': 'prize#8:det', 'prize#8': 'won#6:obj', '.#9': 'won#6:punct',
    });
  });

  it('reads a coordination of subjects', () => {
    expect(arcs('Alice and Bob founded the company .')).toEqual({
      'Alice#1': 'founded#4:nsubj', 'and#2': 'Bob#3:cc', 'Bob#3': 'Alice#1:conj', 'founded#4': 'ROOT:root',
      'the#5': 'company#6:det', 'company#6': 'founded#4:obj', '.#7': 'founded#4:punct',
    });
  });

  it('reads an apposition with its prepositional modifier', () => {
    const a = arcs('Tim Cook , the chief executive of Apple , spoke .');
    expect(a).toMatchObject({
      'Tim#1': 'spoke#10:nsubj', 'Cook#2': 'Tim#1:flat', 'executive#6': 'Tim#1:appos', 'of#7': 'Apple#8:case',
      'Apple#8': 'executive#6:nmod', 'the#4': 'executive#6:det', 'spoke#10': 'ROOT:root',
    });
  });

  it('reads a possessive', () => {
    expect(arcs("Russia 's president visited China .")).toEqual({
      'Russia#1': 'president#3:nmod:poss', "'s#2": 'Russia#1:case', 'president#3': 'visited#4:nsubj', 'visited#4': 'ROOT:root',
      'China#5': 'visited#4:obj', '.#6': 'visited#4:punct',
    });
  });

  it('reads a quote as the complement of its speaker\'s verb', () => {
    expect(arcs('" We will win , " Smith said .')).toEqual({
      '"#1': 'win#4:punct', 'We#2': 'win#4:nsubj', 'will#3': 'win#4:aux', 'win#4': 'said#8:ccomp', ',#5': 'win#4:punct',
      '"#6': 'win#4:punct', 'Smith#7': 'said#8:nsubj', 'said#8': 'ROOT:root', '.#9': 'said#8:punct',
    });
  });

  it('tags and lemmatizes', () => {
    const out = analyzeSentence(['She', 'found', 'the', 'studies', 'and', 'met', 'with', 'officials', '.']);
    expect(out.upos).toEqual(['PRON', 'VERB', 'DET', 'NOUN', 'CCONJ', 'VERB', 'ADP', 'NOUN', 'PUNCT']);
    expect(out.lemmas).toEqual(['she', 'find', 'the', 'study', 'and', 'meet', 'with', 'official', '.']);
  });
});

describe('syntax in the extraction pipeline', () => {
  it('gives every token its tag, lemma, head token and label, splitting contractions as the treebanks do', () => {
    expect(wordsOfToken("didn't")).toEqual(['did', "n't"]);
    expect(wordsOfToken("can't")).toEqual(['ca', "n't"]);
    expect(wordsOfToken('Paris')).toEqual(['Paris']);
    const text = "Russia's president didn't resign.";
    const { tokens, sentences } = analyze(text, [{ start: 0, end: text.length, kind: 'paragraph' }]);
    addSyntax(tokens, sentences);
    const byText = (t: string) => tokens.find((k) => k.text === t)!;
    const resign = byText('resign');
    expect(resign.syntax).toMatchObject({ head: -1, deprel: 'root', lemma: 'resign' });
    expect(byText("didn't").syntax).toMatchObject({ upos: 'AUX', head: resign.i, deprel: 'aux', lemma: 'do' });
    expect(byText('Russia').syntax).toMatchObject({ head: byText('president').i, deprel: 'nmod:poss' });
    expect(byText('president').syntax).toMatchObject({ head: resign.i, deprel: 'nsubj' });
  });

  it("reads a romanised name's lower-case second syllable as part of the name, not as a verb", () => {
    const text = "Samsung's chairman Lee Jae-yong met Dick Schoof in The Hague.";
    const { tokens, sentences } = analyze(text, [{ start: 0, end: text.length, kind: 'paragraph' }]);
    addSyntax(tokens, sentences);
    const byText = (t: string) => tokens.find((k) => k.text === t)!;
    expect(byText('yong').syntax).toMatchObject({ upos: 'PROPN' });
    expect(byText('met').syntax).toMatchObject({ upos: 'VERB', deprel: 'root' });
    expect(byText('Lee').syntax).toMatchObject({ head: byText('met').i, deprel: 'nsubj' });
    // a suffix word stays what it is: "Kremlin-backed"
    const other = 'The Kremlin-backed party won.';
    const parsed = analyze(other, [{ start: 0, end: other.length, kind: 'paragraph' }]);
    addSyntax(parsed.tokens, parsed.sentences);
    expect(parsed.tokens.find((k) => k.text === 'backed')!.syntax!.upos).not.toBe('PROPN');
  });

  it('hangs a that-clause the parser hung from a time as a clause or a relative clause back from the verb of saying', () => {
    // the parse the parser gave a sentence like it: the clause a relative clause of "Thursday"
    const { tokens, sentence, at } = handParsed('Norvik said on Thursday that Berg would succeed Venn.', [['Norvik', 'PROPN', 'nsubj', 'said'], ['said', 'VERB', 'root', null],
      ['on', 'ADP', 'case', 'Thursday'], ['Thursday', 'PROPN', 'obl', 'said'], ['that', 'PRON', 'mark', 'succeed'], ['Berg', 'PROPN', 'nsubj', 'succeed'],
      ['would', 'AUX', 'aux', 'succeed'], ['succeed', 'VERB', 'acl:relcl', 'Thursday'], ['Venn', 'PROPN', 'obj', 'succeed']]);
    reattachReportedClauses(tokens, sentence);
    expect(tokens[at('succeed')]!.syntax).toMatchObject({ head: at('said'), deprel: 'ccomp' });
  });

  it('hangs an apposition the parser hung from a verb from the name before its comma', () => {
    const { tokens, sentence, at } = handParsed('Berg bought a stake in Norvik Air, the carrier that replaced Venn.', [['Berg', 'PROPN', 'nsubj', 'bought'], ['bought', 'VERB', 'root', null],
      ['a', 'DET', 'det', 'stake'], ['stake', 'NOUN', 'obj', 'bought'], ['in', 'ADP', 'case', 'Norvik'], ['Norvik', 'PROPN', 'nmod', 'stake'], ['Air', 'PROPN', 'flat', 'Norvik'],
      [',', 'PUNCT', 'punct', 'carrier'], ['the', 'DET', 'det', 'carrier'], ['carrier', 'NOUN', 'appos', 'bought'], ['that', 'PRON', 'nsubj', 'replaced'],
      ['replaced', 'VERB', 'acl:relcl', 'carrier'], ['Venn', 'PROPN', 'obj', 'replaced']]);
    reattachAppositions(tokens, sentence);
    expect(tokens[at('carrier')]!.syntax).toMatchObject({ head: at('Norvik'), deprel: 'appos' });
  });

  it('makes a name after "by" the agent of the participle before it, where the parser made it a second subject', () => {
    const { tokens, sentence, at } = handParsed('The report, written by Dahl, accuses Norvik.', [['The', 'DET', 'det', 'report'], ['report', 'NOUN', 'nsubj', 'accuses'],
      ['written', 'VERB', 'acl', 'report', 'VBN'], ['by', 'ADP', 'mark', 'accuses'], ['Dahl', 'PROPN', 'nsubj', 'accuses'], ['accuses', 'VERB', 'root', null],
      ['Norvik', 'PROPN', 'obj', 'accuses']]);
    reattachAgents(tokens, sentence);
    expect(tokens[at('Dahl')]!.syntax).toMatchObject({ head: at('written'), deprel: 'obl:agent' });
    expect(tokens[at('by')]!.syntax).toMatchObject({ head: at('Dahl'), deprel: 'case' });
    // the main verb keeps its own subject
    expect(tokens[at('report')]!.syntax).toMatchObject({ deprel: 'nsubj', head: at('accuses') });
  });

  it('hangs "based in" from the noun before it, where the parser made it a clause of the main verb', () => {
    const { tokens, sentence, at } = handParsed('It is run by Norvik, an agency based in Karvensk.', [['It', 'PRON', 'nsubj:pass', 'run'], ['is', 'AUX', 'aux:pass', 'run'],
      ['run', 'VERB', 'root', null], ['by', 'ADP', 'case', 'Norvik'], ['Norvik', 'PROPN', 'obl:agent', 'run'], [',', 'PUNCT', 'punct', 'agency'], ['an', 'DET', 'det', 'agency'],
      ['agency', 'NOUN', 'appos', 'Norvik'], ['based', 'VERB', 'advcl', 'run', 'VBN'], ['in', 'ADP', 'case', 'Karvensk'], ['Karvensk', 'PROPN', 'obl', 'based']]);
    reattachLocatingParticiples(tokens, sentence);
    expect(tokens[at('based')]!.syntax).toMatchObject({ head: at('agency'), deprel: 'acl' });
  });

  it('hangs "based in" after a name and its comma from the name, where the parser hung it from a noun further back', () => {
    const { tokens, sentence, at } = handParsed('Norvik is a member, and its rival is Veltrona, based in Karvensk.', [['Norvik', 'PROPN', 'nsubj', 'member'], ['is', 'AUX', 'cop', 'member'],
      ['a', 'DET', 'det', 'member'], ['member', 'NOUN', 'root', null], ['and', 'CCONJ', 'cc', 'Veltrona'], ['its', 'PRON', 'nmod:poss', 'rival'], ['rival', 'NOUN', 'nsubj', 'Veltrona'],
      ['Veltrona', 'PROPN', 'conj', 'member'], ['based', 'VERB', 'acl', 'member', 'VBN'], ['in', 'ADP', 'case', 'Karvensk'], ['Karvensk', 'PROPN', 'obl', 'based']]);
    reattachLocatingParticiples(tokens, sentence);
    expect(tokens[at('based')]!.syntax).toMatchObject({ head: at('Veltrona'), deprel: 'acl' });
  });

  it('hangs a conjunct with a subject of its own from the predicate of the clause before it, not from a noun inside it', () => {
    const { tokens, sentence, at } = handParsed('Norvik joined the index, and its rival is Veltrona.', [['Norvik', 'PROPN', 'nsubj', 'joined'], ['joined', 'VERB', 'root', null],
      ['the', 'DET', 'det', 'index'], ['index', 'NOUN', 'obj', 'joined'], ['and', 'CCONJ', 'cc', 'Veltrona'], ['its', 'PRON', 'nmod:poss', 'rival'], ['rival', 'NOUN', 'nsubj', 'Veltrona'],
      ['is', 'AUX', 'cop', 'Veltrona'], ['Veltrona', 'PROPN', 'conj', 'index']]);
    reattachCoordinatedClauses(tokens, sentence);
    expect(tokens[at('Veltrona')]!.syntax).toMatchObject({ head: at('joined'), deprel: 'conj' });
    // (a conjunct without a subject of its own stays: "joined the index and the board")
    const list = handParsed('Norvik joined the index and the board.', [['Norvik', 'PROPN', 'nsubj', 'joined'], ['joined', 'VERB', 'root', null],
      ['the', 'DET', 'det', 'index'], ['index', 'NOUN', 'obj', 'joined'], ['and', 'CCONJ', 'cc', 'board'], ['board', 'NOUN', 'conj', 'index']]);
    reattachCoordinatedClauses(list.tokens, list.sentence);
    expect(list.tokens[list.at('board')]!.syntax).toMatchObject({ head: list.at('index'), deprel: 'conj' });
  });

  it('makes a body, a title and a person one noun phrase headed by the person, in the place the phrase had', () => {
    const { tokens, sentence, at } = handParsed('Norvik manager Anna Berg, who succeeded Karl Venn, left.', [['Norvik', 'PROPN', 'root', null], ['manager', 'NOUN', 'appos', 'Norvik'],
      ['Anna', 'PROPN', 'appos', 'manager'], ['Berg', 'PROPN', 'flat', 'Anna'], ['who', 'PRON', 'nsubj', 'succeeded'], ['succeeded', 'VERB', 'acl:relcl', 'Anna'],
      ['Karl', 'PROPN', 'obj', 'succeeded'], ['Venn', 'PROPN', 'flat', 'Karl'], ['left', 'VERB', 'conj', 'Norvik']]);
    regroupTitledNames(tokens, sentence);
    expect(tokens[at('Anna')]!.syntax).toMatchObject({ head: -1, deprel: 'root' });
    expect(tokens[at('manager')]!.syntax).toMatchObject({ head: at('Anna'), deprel: 'compound' });
    expect(tokens[at('Norvik')]!.syntax).toMatchObject({ head: at('manager'), deprel: 'compound' });
    expect(tokens[at('succeeded')]!.syntax).toMatchObject({ head: at('Anna'), deprel: 'acl:relcl' });
    expect(tokens[at('left')]!.syntax).toMatchObject({ head: at('Anna'), deprel: 'conj' });
    // two subjects of one verb become one
    const two = handParsed('Norvik chief executive Anna Berg said so.', [['Norvik', 'PROPN', 'nsubj', 'said'], ['chief', 'NOUN', 'appos', 'Norvik'],
      ['executive', 'ADJ', 'amod', 'chief'], ['Anna', 'PROPN', 'nsubj', 'said'], ['Berg', 'PROPN', 'flat', 'Anna'], ['said', 'VERB', 'root', null], ['so', 'ADV', 'advmod', 'said']]);
    regroupTitledNames(two.tokens, two.sentence);
    expect(two.tokens.filter((t) => t.syntax?.deprel === 'nsubj').map((t) => t.text)).toEqual(['Anna']);
    expect(two.tokens[two.at('Norvik')]!.syntax).toMatchObject({ head: two.at('executive'), deprel: 'compound' });
  });

  it('hangs a town "in" after the cause a verb is "of" from the verb ("died of cancer in London")', () => {
    const { tokens, sentence, at } = handParsed('She died of cancer in London.', [['She', 'PRON', 'nsubj', 'died'], ['died', 'VERB', 'root', null],
      ['of', 'ADP', 'case', 'cancer'], ['cancer', 'NOUN', 'obl', 'died'], ['in', 'ADP', 'case', 'London'], ['London', 'PROPN', 'nmod', 'cancer']]);
    reattachPlacesOfVerbs(tokens, sentence);
    expect(tokens[at('London')]!.syntax).toMatchObject({ head: at('died'), deprel: 'obl' });
    // (a noun with another preposition keeps its place: "fought for the party in London")
    const other = handParsed('She fought for the party in London.', [['She', 'PRON', 'nsubj', 'fought'], ['fought', 'VERB', 'root', null],
      ['for', 'ADP', 'case', 'party'], ['the', 'DET', 'det', 'party'], ['party', 'NOUN', 'obl', 'fought'], ['in', 'ADP', 'case', 'London'], ['London', 'PROPN', 'nmod', 'party']]);
    reattachPlacesOfVerbs(other.tokens, other.sentence);
    expect(other.tokens[other.at('London')]!.syntax).toMatchObject({ head: other.at('party'), deprel: 'nmod' });
  });

  it('makes a noun after "said" the subject of a verb with a finite auxiliary of its own, and that verb what was said', () => {
    const { tokens, sentence, at } = handParsed('He said tools would be combined.', [['He', 'PRON', 'nsubj', 'said'], ['said', 'VERB', 'root', null],
      ['tools', 'NOUN', 'obj', 'said'], ['would', 'AUX', 'aux', 'combined'], ['be', 'AUX', 'aux:pass', 'combined'], ['combined', 'VERB', 'acl', 'tools', 'VBN']]);
    reattachReportedSubjects(tokens, sentence);
    expect(tokens[at('combined')]!.syntax).toMatchObject({ head: at('said'), deprel: 'ccomp' });
    expect(tokens[at('tools')]!.syntax).toMatchObject({ head: at('combined'), deprel: 'nsubj:pass' });
    // (a clause on the noun without such an auxiliary stays: "He said the words written there")
    const other = handParsed('He said words written there.', [['He', 'PRON', 'nsubj', 'said'], ['said', 'VERB', 'root', null],
      ['words', 'NOUN', 'obj', 'said'], ['written', 'VERB', 'acl', 'words', 'VBN'], ['there', 'ADV', 'advmod', 'written']]);
    reattachReportedSubjects(other.tokens, other.sentence);
    expect(other.tokens[other.at('written')]!.syntax).toMatchObject({ head: other.at('words'), deprel: 'acl' });
  });

  it('makes a noun after "said" the subject of a conjunct verb with no "and" and a finite auxiliary ("said the referee, X, should have …")', () => {
    const { tokens, sentence, at } = handParsed('He said the referee should have acted.', [['He', 'PRON', 'nsubj', 'said'], ['said', 'VERB', 'root', null],
      ['the', 'DET', 'det', 'referee'], ['referee', 'NOUN', 'obj', 'said'], ['should', 'AUX', 'aux', 'acted'], ['have', 'AUX', 'aux', 'acted'], ['acted', 'VERB', 'conj', 'said', 'VBN']]);
    reattachReportedSubjects(tokens, sentence);
    expect(tokens[at('acted')]!.syntax).toMatchObject({ head: at('said'), deprel: 'ccomp' });
    expect(tokens[at('referee')]!.syntax).toMatchObject({ head: at('acted'), deprel: 'nsubj' });
    // (a conjunct with its "and" is a second act of the speaker: "He said goodbye and would return")
    const other = handParsed('He thanked the staff and would have left.', [['He', 'PRON', 'nsubj', 'thanked'], ['thanked', 'VERB', 'root', null],
      ['the', 'DET', 'det', 'staff'], ['staff', 'NOUN', 'obj', 'thanked'], ['and', 'CCONJ', 'cc', 'left'], ['would', 'AUX', 'aux', 'left'], ['have', 'AUX', 'aux', 'left'], ['left', 'VERB', 'conj', 'thanked', 'VBN']]);
    reattachReportedSubjects(other.tokens, other.sentence);
    expect(other.tokens[other.at('left')]!.syntax).toMatchObject({ head: other.at('thanked'), deprel: 'conj' });
  });

  it('regroups a place, a title in capitals and a person\'s name as one phrase headed by the person ("Ryazan Governor Pavel Malkov said …")', () => {
    const { tokens, sentence, at } = handParsed('Ryazan Governor Pavel Malkov said on Telegram.', [['Ryazan', 'PROPN', 'nsubj', 'said'], ['Governor', 'PROPN', 'nmod:desc', 'Pavel'],
      ['Pavel', 'PROPN', 'nsubj', 'said'], ['Malkov', 'PROPN', 'flat', 'Pavel'], ['said', 'VERB', 'root', null], ['on', 'ADP', 'case', 'Telegram'], ['Telegram', 'PROPN', 'obl', 'said']]);
    regroupTitledNames(tokens, sentence);
    expect(tokens[at('Pavel')]!.syntax).toMatchObject({ head: at('said'), deprel: 'nsubj' });
    expect(tokens[at('Governor')]!.syntax).toMatchObject({ head: at('Pavel'), deprel: 'compound' });
    expect(tokens[at('Ryazan')]!.syntax).toMatchObject({ head: at('Governor'), deprel: 'compound' });
    // (a title word that opens a body's name is no title: "General Motors chief executive Mary Barra")
    const gm = handParsed('General Motors chief executive Mary Barra spoke.', [['General', 'PROPN', 'compound', 'Motors'], ['Motors', 'PROPN', 'compound', 'executive'],
      ['chief', 'ADJ', 'amod', 'executive'], ['executive', 'NOUN', 'nsubj', 'spoke'], ['Mary', 'PROPN', 'appos', 'executive'], ['Barra', 'PROPN', 'flat', 'Mary'], ['spoke', 'VERB', 'root', null]]);
    regroupTitledNames(gm.tokens, gm.sentence);
    expect(gm.tokens[gm.at('Mary')]!.syntax).toMatchObject({ head: gm.at('spoke'), deprel: 'nsubj' });
    expect(gm.tokens[gm.at('Motors')]!.syntax).toMatchObject({ head: gm.at('executive'), deprel: 'compound' });
  });

  it('makes an "object" with a preposition an oblique, the preposition hung from the name\'s head ("arrived from ← Bayern Munich")', () => {
    const { tokens, sentence, at } = handParsed('He arrived from Bayern Munich.', [['He', 'PRON', 'nsubj', 'arrived'], ['arrived', 'VERB', 'root', null],
      ['from', 'ADP', 'case', 'Bayern'], ['Bayern', 'PROPN', 'compound', 'Munich'], ['Munich', 'PROPN', 'obj', 'arrived']]);
    relabelObjectsWithPrepositions(tokens, sentence);
    expect(tokens[at('Munich')]!.syntax).toMatchObject({ head: at('arrived'), deprel: 'obl' });
    expect(tokens[at('from')]!.syntax).toMatchObject({ head: at('Munich'), deprel: 'case' });
    const plain = handParsed('He joined Bayern Munich.', [['He', 'PRON', 'nsubj', 'joined'], ['joined', 'VERB', 'root', null],
      ['Bayern', 'PROPN', 'compound', 'Munich'], ['Munich', 'PROPN', 'obj', 'joined']]);
    relabelObjectsWithPrepositions(plain.tokens, plain.sentence);
    expect(plain.tokens[plain.at('Munich')]!.syntax).toMatchObject({ head: plain.at('joined'), deprel: 'obj' });
  });

  it('hangs a place after a name that is a verb\'s object from the verb ("met Ruto in Nairobi"), but not after a body\'s name', () => {
    const { tokens, sentence, at } = handParsed('Henry met Ruto in Nairobi.', [['Henry', 'PROPN', 'nsubj', 'met'], ['met', 'VERB', 'root', null],
      ['Ruto', 'PROPN', 'obj', 'met'], ['in', 'ADP', 'case', 'Nairobi'], ['Nairobi', 'PROPN', 'nmod', 'Ruto']]);
    reattachPlacesOfObjects(tokens, sentence);
    expect(tokens[at('Nairobi')]!.syntax).toMatchObject({ head: at('met'), deprel: 'obl' });
    // (a place with its article, tagged a noun: "in The Hague")
    const hague = handParsed('Lee met Dick Schoof in The Hague.', [['Lee', 'PROPN', 'nsubj', 'met'], ['met', 'VERB', 'root', null], ['Dick', 'PROPN', 'obj', 'met'],
      ['Schoof', 'PROPN', 'flat', 'Dick'], ['in', 'ADP', 'case', 'Hague'], ['The', 'DET', 'det', 'Hague'], ['Hague', 'NOUN', 'nmod', 'Dick']]);
    reattachPlacesOfObjects(hague.tokens, hague.sentence);
    expect(hague.tokens[hague.at('Hague')]!.syntax).toMatchObject({ head: hague.at('met'), deprel: 'obl' });
    const body = handParsed('She visited Harvard University in Boston.', [['She', 'PRON', 'nsubj', 'visited'], ['visited', 'VERB', 'root', null],
      ['Harvard', 'PROPN', 'compound', 'University'], ['University', 'PROPN', 'obj', 'visited'], ['in', 'ADP', 'case', 'Boston'], ['Boston', 'PROPN', 'nmod', 'University']]);
    reattachPlacesOfObjects(body.tokens, body.sentence);
    expect(body.tokens[body.at('Boston')]!.syntax).toMatchObject({ head: body.at('University'), deprel: 'nmod' });
  });

  it('reads "after X drew" as a clause with X its subject, not X as the object of "after"', () => {
    const { tokens, sentence, at } = handParsed('City moved top after Arsenal drew with Villa.', [['City', 'PROPN', 'nsubj', 'moved'], ['moved', 'VERB', 'root', null],
      ['top', 'NOUN', 'obj', 'moved'], ['after', 'ADP', 'case', 'Arsenal'], ['Arsenal', 'PROPN', 'nmod', 'top'], ['drew', 'VERB', 'acl', 'moved', 'VBD'],
      ['with', 'ADP', 'case', 'Villa'], ['Villa', 'PROPN', 'obl', 'drew']]);
    reattachClausesAfterSubordinators(tokens, sentence);
    expect(tokens[at('Arsenal')]!.syntax).toMatchObject({ head: at('drew'), deprel: 'nsubj' });
    expect(tokens[at('after')]!.syntax).toMatchObject({ head: at('drew'), deprel: 'mark' });
    expect(tokens[at('drew')]!.syntax).toMatchObject({ head: at('moved'), deprel: 'advcl' });
    // (a preposition before a name and a participle stays: "after Arsenal signed in 2020" is a clause too, but "after Arsenal's win" is none)
    const noun = handParsed('City moved top after Arsenal games.', [['City', 'PROPN', 'nsubj', 'moved'], ['moved', 'VERB', 'root', null],
      ['top', 'NOUN', 'obj', 'moved'], ['after', 'ADP', 'case', 'games'], ['Arsenal', 'PROPN', 'compound', 'games'], ['games', 'NOUN', 'nmod', 'top']]);
    reattachClausesAfterSubordinators(noun.tokens, noun.sentence);
    expect(noun.tokens[noun.at('games')]!.syntax).toMatchObject({ head: noun.at('top'), deprel: 'nmod' });
  });

  it('makes a participle glued by a hyphen a modifier of the noun after it, not a verb with that noun its object ("ends record-breaking Eras Tour in Vancouver")', () => {
    const { tokens, sentence, at } = handParsed('Swift ends record-breaking Eras Tour in Vancouver.', [['Swift', 'PROPN', 'nsubj', 'ends'], ['ends', 'VERB', 'root', null],
      ['record', 'NOUN', 'compound', 'breaking'], ['-', 'PUNCT', 'punct', 'record'], ['breaking', 'VERB', 'advcl', 'ends', 'VBG'], ['Eras', 'PROPN', 'compound', 'Tour'],
      ['Tour', 'PROPN', 'obj', 'breaking'], ['in', 'ADP', 'case', 'Vancouver'], ['Vancouver', 'PROPN', 'obl', 'breaking']]);
    reattachHyphenatedParticiples(tokens, sentence);
    expect(tokens[at('Tour')]!.syntax).toMatchObject({ head: at('ends'), deprel: 'obj' });
    expect(tokens[at('breaking')]!.syntax).toMatchObject({ head: at('Tour'), deprel: 'amod', upos: 'ADJ' });
    expect(tokens[at('Vancouver')]!.syntax).toMatchObject({ head: at('ends'), deprel: 'obl' });
    expect(tokens[at('record')]!.syntax).toMatchObject({ head: at('breaking'), deprel: 'compound' });
  });

  it('tags a title that heads a phrase of its own a noun ("Meta\'s chief executive"), and an adjective with an article and a preposition ("in the Open final at X")', () => {
    const title = handParsed("Zuckerberg, Meta's chief executive, did not comment.", [['Zuckerberg', 'PROPN', 'nsubj', 'comment'], ['Meta', 'PROPN', 'nmod:poss', 'executive'],
      ['chief', 'ADJ', 'amod', 'executive'], ['executive', 'ADJ', 'appos', 'Zuckerberg'], ['did', 'AUX', 'aux', 'comment'], ['not', 'PART', 'advmod', 'comment'], ['comment', 'VERB', 'root', null]]);
    retagTitleNouns(title.tokens, title.sentence);
    expect(title.tokens[title.at('executive')]!.syntax).toMatchObject({ upos: 'NOUN', deprel: 'appos' });
    expect(title.tokens[title.at('chief')]!.syntax!.upos).toBe('ADJ');
    const final = handParsed('He lost in the Open final at Garros.', [['He', 'PRON', 'nsubj', 'lost'], ['lost', 'VERB', 'root', null], ['in', 'ADP', 'case', 'final'],
      ['the', 'DET', 'det', 'final'], ['Open', 'PROPN', 'compound', 'final'], ['final', 'ADJ', 'obl', 'lost'], ['at', 'ADP', 'case', 'Garros'], ['Garros', 'PROPN', 'nmod', 'final']]);
    retagTitleNouns(final.tokens, final.sentence);
    expect(final.tokens[final.at('final')]!.syntax!.upos).toBe('NOUN');
    const adjective = handParsed('The plan was final.', [['The', 'DET', 'det', 'plan'], ['plan', 'NOUN', 'nsubj', 'final'], ['was', 'AUX', 'cop', 'final'], ['final', 'ADJ', 'root', null]]);
    retagTitleNouns(adjective.tokens, adjective.sentence);
    expect(adjective.tokens[adjective.at('final')]!.syntax!.upos).toBe('ADJ');
  });

  it('gives a preposition that follows a word of the phrase it was hung on to the phrase that begins after it ("Capture or Use of Biometric Identifier Act")', () => {
    const { tokens, sentence, at } = handParsed('Meta violated the Capture or Use of Biometric Identifier Act.', [['Meta', 'PROPN', 'nsubj', 'violated'], ['violated', 'VERB', 'root', null],
      ['the', 'DET', 'det', 'Capture'], ['Capture', 'PROPN', 'compound', 'Act'], ['or', 'CCONJ', 'cc', 'Use'], ['Use', 'PROPN', 'conj', 'Capture'], ['of', 'ADP', 'case', 'Act'],
      ['Biometric', 'ADJ', 'amod', 'Identifier'], ['Identifier', 'PROPN', 'compound', 'Act'], ['Act', 'PROPN', 'obl', 'violated']]);
    reattachCaseInsidePhrase(tokens, sentence);
    expect(tokens[at('of')]!.syntax!.head).toBe(at('Identifier'));
    const plain = handParsed('Meta sued in the Texas court.', [['Meta', 'PROPN', 'nsubj', 'sued'], ['sued', 'VERB', 'root', null], ['in', 'ADP', 'case', 'court'],
      ['the', 'DET', 'det', 'court'], ['Texas', 'PROPN', 'compound', 'court'], ['court', 'NOUN', 'obl', 'sued']]);
    reattachCaseInsidePhrase(plain.tokens, plain.sentence);
    expect(plain.tokens[plain.at('in')]!.syntax!.head).toBe(plain.at('court'));
  });

  it('hangs a possessor the parser hung from a verb from the name after its "\'s" ("Britain\'s Keir Starmer met X")', () => {
    const { tokens, sentence, at } = handParsed("Britain's Keir Starmer met Emmanuel Macron.", [['Britain', 'PROPN', 'nmod:poss', 'met'], ["'s", 'PART', 'case', 'Britain'],
      ['Keir', 'PROPN', 'nsubj', 'met'], ['Starmer', 'PROPN', 'flat', 'Keir'], ['met', 'VERB', 'root', null], ['Emmanuel', 'PROPN', 'obj', 'met'], ['Macron', 'PROPN', 'flat', 'Emmanuel']]);
    reattachPossessorsOfVerbs(tokens, sentence);
    expect(tokens[at('Britain')]!.syntax).toMatchObject({ head: at('Keir'), deprel: 'nmod:poss' });
    const named = handParsed("Hungary's Viktor Orbán said it.", [['Hungary', 'PROPN', 'nsubj', 'said'], ["'s", 'PART', 'case', 'Hungary'],
      ['Viktor', 'PROPN', 'appos', 'Hungary'], ['Orbán', 'PROPN', 'flat', 'Viktor'], ['said', 'VERB', 'root', null], ['it', 'PRON', 'obj', 'said']]);
    reattachPossessorsOfNames(named.tokens, named.sentence);
    expect(named.tokens[named.at('Viktor')]!.syntax).toMatchObject({ head: named.at('said'), deprel: 'nsubj' });
    expect(named.tokens[named.at('Hungary')]!.syntax).toMatchObject({ head: named.at('Viktor'), deprel: 'nmod:poss' });
  });

  it('gives a reported verb with no subject the first of two subjects the parser hung from the verb of saying, and a place hung from a day to the day\'s verb', () => {
    const { tokens, sentence, at } = handParsed('Venn, the novelist, died on Wednesday in Buford, his son Olaf said.', [['Venn', 'PROPN', 'nsubj', 'said'], ['novelist', 'NOUN', 'appos', 'Venn'],
      ['died', 'VERB', 'ccomp', 'said'], ['on', 'ADP', 'case', 'Wednesday'], ['Wednesday', 'PROPN', 'obl', 'died'], ['in', 'ADP', 'case', 'Buford'], ['Buford', 'PROPN', 'nmod', 'Wednesday'],
      ['his', 'PRON', 'nmod:poss', 'son'], ['son', 'NOUN', 'nsubj', 'said'], ['Olaf', 'PROPN', 'appos', 'son'], ['said', 'VERB', 'root', null]]);
    reattachSubjectsOfReportedClauses(tokens, sentence);
    reattachPlacesOfDays(tokens, sentence);
    expect(tokens[at('Venn')]!.syntax).toMatchObject({ head: at('died'), deprel: 'nsubj' });
    expect(tokens[at('son')]!.syntax).toMatchObject({ head: at('said'), deprel: 'nsubj' });
    expect(tokens[at('Buford')]!.syntax).toMatchObject({ head: at('died'), deprel: 'obl' });
  });

  it('hangs a name set off by commas after a common noun listed with another name from the noun ("X and his wife, Y,")', () => {
    const { tokens, sentence, at } = handParsed('Venn and his wife, Olga Lind, were sentenced.', [['Venn', 'PROPN', 'nsubj:pass', 'sentenced'], ['and', 'CCONJ', 'cc', 'wife'],
      ['his', 'PRON', 'nmod:poss', 'wife'], ['wife', 'NOUN', 'conj', 'Venn'], ['Olga', 'PROPN', 'compound', 'Lind'], ['Lind', 'PROPN', 'conj', 'Venn'], ['were', 'AUX', 'aux:pass', 'sentenced'], ['sentenced', 'VERB', 'root', null]]);
    reattachNamesOfConjunctNouns(tokens, sentence);
    expect(tokens[at('Lind')]!.syntax).toMatchObject({ head: at('wife'), deprel: 'appos' });
  });

  it('hangs a name set off after "his wife," from the wife where the parser made it the first name\'s apposition ("Lord Byron and his wife, Anne Milbanke")', () => {
    const { tokens, sentence, at } = handParsed('She was the child of Byron and his wife, Milbanke.', [['She', 'PRON', 'nsubj', 'child'], ['was', 'AUX', 'cop', 'child'], ['the', 'DET', 'det', 'child'],
      ['child', 'NOUN', 'root', null], ['of', 'ADP', 'case', 'Byron'], ['Byron', 'PROPN', 'nmod', 'child'], ['and', 'CCONJ', 'cc', 'wife'], ['his', 'PRON', 'nmod:poss', 'wife'],
      ['wife', 'NOUN', 'conj', 'Byron'], ['Milbanke', 'PROPN', 'appos', 'Byron']]);
    reattachNamesOfConjunctNouns(tokens, sentence);
    expect(tokens[at('Milbanke')]!.syntax).toMatchObject({ head: at('wife'), deprel: 'appos' });
  });

  it('makes a name right after a common noun with its article that noun\'s apposition ("a child of the poet Lord Byron"), not after a bare modifier ("his only career Super Bowl")', () => {
    const { tokens, sentence, at } = handParsed('Ada was a child of the poet Lord Byron.', [['Ada', 'PROPN', 'nsubj', 'child'], ['was', 'AUX', 'cop', 'child'], ['a', 'DET', 'det', 'child'],
      ['child', 'NOUN', 'root', null], ['of', 'ADP', 'case', 'poet'], ['the', 'DET', 'det', 'poet'], ['poet', 'NOUN', 'nmod', 'child'], ['Lord', 'PROPN', 'nmod:desc', 'Byron'], ['Byron', 'PROPN', 'nmod', 'poet']]);
    relabelNamesAfterCommonNouns(tokens, sentence);
    expect(tokens[at('Byron')]!.syntax).toMatchObject({ head: at('poet'), deprel: 'appos' });
    const bowl = handParsed('He played in his only career Super Bowl.', [['He', 'PRON', 'nsubj', 'played'], ['played', 'VERB', 'root', null], ['in', 'ADP', 'case', 'career'],
      ['his', 'PRON', 'nmod:poss', 'career'], ['only', 'ADJ', 'amod', 'career'], ['career', 'NOUN', 'obl', 'played'], ['Super', 'PROPN', 'compound', 'Bowl'], ['Bowl', 'PROPN', 'nmod', 'career']]);
    relabelNamesAfterCommonNouns(bowl.tokens, bowl.sentence);
    expect(bowl.tokens[bowl.at('Bowl')]!.syntax!.deprel).toBe('nmod');
  });

  it('makes a name the parser hung from its preposition the oblique of the verb, with the preposition its case ("riding for Red Bull-Bora-Hansgrohe")', () => {
    const { tokens, sentence, at } = handParsed('Lind, riding for Norlux, was third.', [['Lind', 'PROPN', 'nsubj', 'third'], ['riding', 'VERB', 'acl', 'Lind'], ['for', 'ADP', 'case', 'riding'],
      ['Norlux', 'PROPN', 'appos', 'for'], ['was', 'AUX', 'cop', 'third'], ['third', 'ADJ', 'root', null]]);
    reattachNamesUnderPrepositions(tokens, sentence);
    expect(tokens[at('Norlux')]!.syntax).toMatchObject({ head: at('riding'), deprel: 'obl' });
    expect(tokens[at('for')]!.syntax).toMatchObject({ head: at('Norlux'), deprel: 'case' });
  });

  it('makes a list member the parser took for an agent without "by" the next member of its list ("sold in Norland, Ostria, Velland, Karvensk")', () => {
    const { tokens, sentence, at } = handParsed('It was sold in Norland, Ostria, Karvensk, Velland and Tarn.', [['It', 'PRON', 'nsubj:pass', 'sold'], ['was', 'AUX', 'aux:pass', 'sold'],
      ['sold', 'VERB', 'root', null], ['in', 'ADP', 'case', 'Norland'], ['Norland', 'PROPN', 'obl', 'sold'], ['Ostria', 'PROPN', 'conj', 'Norland'],
      ['Karvensk', 'PROPN', 'obl:agent', 'sold'], ['Velland', 'PROPN', 'conj', 'Karvensk'], ['and', 'CCONJ', 'cc', 'Tarn'], ['Tarn', 'PROPN', 'conj', 'Karvensk']]);
    reattachAgentsWithoutBy(tokens, sentence);
    expect(tokens[at('Karvensk')]!.syntax).toMatchObject({ head: at('Norland'), deprel: 'conj' });
    const agent = handParsed('It was sold by Norland.', [['It', 'PRON', 'nsubj:pass', 'sold'], ['was', 'AUX', 'aux:pass', 'sold'], ['sold', 'VERB', 'root', null],
      ['by', 'ADP', 'case', 'Norland'], ['Norland', 'PROPN', 'obl:agent', 'sold']]);
    reattachAgentsWithoutBy(agent.tokens, agent.sentence);
    expect(agent.tokens[agent.at('Norland')]!.syntax!.deprel).toBe('obl:agent');
  });

  it('makes the verb after a relative clause\'s closing comma the sentence\'s, where the parser made the name the root and the verb its clause ("X, who is due to visit Y, congratulated Z")', () => {
    const { tokens, sentence, at } = handParsed('Venn, who is due to visit Karvensk, congratulated Lind.', [['Venn', 'PROPN', 'root', null], ['who', 'PRON', 'nsubj', 'congratulated'],
      ['is', 'AUX', 'cop', 'congratulated'], ['due', 'ADJ', 'obl:unmarked', 'congratulated'], ['to', 'PART', 'mark', 'visit'], ['visit', 'VERB', 'xcomp', 'due'],
      ['Karvensk', 'PROPN', 'obj', 'visit'], ['congratulated', 'VERB', 'acl:relcl', 'Venn'], ['Lind', 'PROPN', 'obj', 'congratulated']]);
    tokens[at('congratulated') - 1]!.syntax!.head = at('congratulated');
    reattachMainVerbsAfterRelativeClauses(tokens, sentence);
    expect(tokens[at('congratulated')]!.syntax).toMatchObject({ head: -1, deprel: 'root' });
    expect(tokens[at('Venn')]!.syntax).toMatchObject({ head: at('congratulated'), deprel: 'nsubj' });
    expect(tokens[at('due')]!.syntax).toMatchObject({ head: at('Venn'), deprel: 'acl:relcl' });
    expect(tokens[at('who')]!.syntax!.head).toBe(at('due'));
    expect(tokens[at('is')]!.syntax!.head).toBe(at('due'));
  });

  it('opens a clause at a subordinator before a noun\'s phrase and a finite verb ("she won a vote after the party agreed to govern with X")', () => {
    const { tokens, sentence, at } = handParsed('She won a vote after the party agreed to govern with Norlux.', [['She', 'PRON', 'nsubj', 'won'], ['won', 'VERB', 'root', null, 'VBD'],
      ['a', 'DET', 'det', 'vote'], ['vote', 'NOUN', 'obj', 'won'], ['after', 'ADP', 'case', 'party'], ['the', 'DET', 'det', 'party'], ['party', 'NOUN', 'nmod', 'vote'],
      ['agreed', 'VERB', 'advcl', 'won', 'VBD'], ['to', 'PART', 'mark', 'govern'], ['govern', 'VERB', 'xcomp', 'agreed', 'VB'], ['with', 'ADP', 'case', 'Norlux'], ['Norlux', 'PROPN', 'obl', 'govern']]);
    reattachClausesAfterSubordinators(tokens, sentence);
    expect(tokens[at('party')]!.syntax).toMatchObject({ head: at('agreed'), deprel: 'nsubj' });
    expect(tokens[at('after')]!.syntax).toMatchObject({ head: at('agreed'), deprel: 'mark' });
  });

  it('reads "for" before a name and a finite verb as the name\'s preposition ("X, who rides for Norlux, finished ahead of Y"), not a clause\'s mark', () => {
    const { tokens, sentence, at } = handParsed('Venn, who rides for Norlux, finished ahead of Lind.', [['Venn', 'PROPN', 'root', null], ['who', 'PRON', 'nsubj', 'rides'],
      ['rides', 'VERB', 'acl:relcl', 'Venn', 'VBZ'], ['for', 'ADP', 'mark', 'finished'], ['Norlux', 'PROPN', 'nsubj', 'finished'], ['finished', 'VERB', 'advcl', 'rides', 'VBD'],
      ['ahead', 'ADV', 'advmod', 'finished'], ['of', 'ADP', 'case', 'Lind'], ['Lind', 'PROPN', 'obl', 'ahead']]);
    tokens[at('finished') - 1]!.syntax!.head = at('finished');
    reattachForWithoutInfinitive(tokens, sentence);
    expect(tokens[at('Norlux')]!.syntax).toMatchObject({ head: at('rides'), deprel: 'obl' });
    expect(tokens[at('for')]!.syntax).toMatchObject({ head: at('Norlux'), deprel: 'case' });
    expect(tokens[at('finished')]!.syntax).toMatchObject({ head: -1, deprel: 'root' });
    expect(tokens[at('Venn')]!.syntax).toMatchObject({ head: at('finished'), deprel: 'nsubj' });
    // (with an infinitive it opens a clause: "for Norlux to finish")
    const clause = handParsed('It is time for Norlux to finish.', [['It', 'PRON', 'expl', 'time'], ['is', 'AUX', 'cop', 'time'], ['time', 'NOUN', 'root', null], ['for', 'ADP', 'mark', 'finish'],
      ['Norlux', 'PROPN', 'nsubj', 'finish'], ['to', 'PART', 'mark', 'finish'], ['finish', 'VERB', 'acl', 'time', 'VB']]);
    reattachForWithoutInfinitive(clause.tokens, clause.sentence);
    expect(clause.tokens[clause.at('Norlux')]!.syntax!.deprel).toBe('nsubj');
  });

  it('hangs a possessor hung to the left from the name its title in capitals stands before ("King Philippe of Belgium and Spain\'s King Felipe VI")', () => {
    const { tokens, sentence, at } = handParsed('It was attended by Lind of Norland and Karvia\'s King Venn.', [['It', 'PRON', 'nsubj:pass', 'attended'], ['was', 'AUX', 'aux:pass', 'attended'],
      ['attended', 'VERB', 'root', null], ['by', 'ADP', 'case', 'Lind'], ['Lind', 'PROPN', 'obl:agent', 'attended'], ['of', 'ADP', 'case', 'Norland'], ['Norland', 'PROPN', 'nmod', 'Lind'],
      ['and', 'CCONJ', 'cc', 'Karvia'], ['Karvia', 'PROPN', 'conj', 'Norland'], ["'s", 'PART', 'case', 'Karvia'], ['King', 'PROPN', 'nmod:desc', 'Venn'], ['Venn', 'PROPN', 'conj', 'Lind']]);
    reattachPossessorsBeforeNouns(tokens, sentence);
    expect(tokens[at('Karvia')]!.syntax).toMatchObject({ head: at('Venn'), deprel: 'nmod:poss' });
    expect(tokens[at('Venn')]!.syntax).toMatchObject({ head: at('Lind'), deprel: 'conj' });
  });

  it('puts a place named by "the city of X" where the class noun stood ("a dispute with the state of Texas")', () => {
    const { tokens, sentence, at } = handParsed('It ruled in a dispute with the state of Texas.', [['It', 'PRON', 'nsubj', 'ruled'], ['ruled', 'VERB', 'root', null], ['in', 'ADP', 'case', 'dispute'],
      ['a', 'DET', 'det', 'dispute'], ['dispute', 'NOUN', 'obl', 'ruled'], ['with', 'ADP', 'case', 'state'], ['the', 'DET', 'det', 'state'], ['state', 'NOUN', 'nmod', 'dispute'],
      ['of', 'ADP', 'case', 'Texas'], ['Texas', 'PROPN', 'nmod', 'state']]);
    reheadNamedPlaceNouns(tokens, sentence);
    expect(tokens[at('Texas')]!.syntax).toMatchObject({ head: at('dispute'), deprel: 'nmod' });
    expect(tokens[at('with')]!.syntax!.head).toBe(at('Texas'));
    expect(tokens[at('state')]!.syntax).toMatchObject({ head: at('Texas'), deprel: 'compound' });
    expect(tokens[at('of')]!.syntax!.head).toBe(at('state'));
  });

  it('hangs a preposition from the head of the name it marks, not from the name\'s first word ("later at Brown University")', () => {
    const { tokens, sentence, at } = handParsed('He taught later at Brown University.', [['He', 'PRON', 'nsubj', 'taught'], ['taught', 'VERB', 'root', null], ['later', 'ADV', 'advmod', 'taught'],
      ['at', 'ADP', 'case', 'Brown'], ['Brown', 'PROPN', 'compound', 'University'], ['University', 'PROPN', 'obl', 'taught']]);
    reattachCaseToNameHead(tokens, sentence);
    expect(tokens[at('at')]!.syntax).toMatchObject({ head: at('University'), deprel: 'case' });
  });

  it('makes the body after a maker\'s noun the head of "Pringles maker Kellanova", as the body and its product', () => {
    const { tokens, sentence, at } = handParsed('It bought Crispo maker Norlux.', [['It', 'PRON', 'nsubj', 'bought'], ['bought', 'VERB', 'root', null],
      ['Crispo', 'PROPN', 'compound', 'maker'], ['maker', 'NOUN', 'obj', 'bought'], ['Norlux', 'PROPN', 'flat', 'maker']]);
    regroupMakerNames(tokens, sentence);
    expect(tokens[at('Norlux')]!.syntax).toMatchObject({ head: at('bought'), deprel: 'obj' });
    expect(tokens[at('maker')]!.syntax).toMatchObject({ head: at('Norlux'), deprel: 'compound' });
    expect(tokens[at('Crispo')]!.syntax).toMatchObject({ head: at('maker'), deprel: 'compound' });
  });

  it('makes a name after a capitalised title the head of the phrase, with what hung from the title ("Empress Eugénie, the wife of X")', () => {
    const { tokens, sentence, at } = handParsed('The crown of Empress Eugénie, the wife of Venn, fell.', [['The', 'DET', 'det', 'crown'], ['crown', 'NOUN', 'nsubj', 'fell'],
      ['of', 'ADP', 'case', 'Empress'], ['Empress', 'PROPN', 'nmod', 'crown'], ['Eugénie', 'PROPN', 'flat', 'Empress'], ['wife', 'NOUN', 'appos', 'Empress'],
      ['Venn', 'PROPN', 'nmod', 'wife'], ['fell', 'VERB', 'root', null]]);
    reheadTitledNames(tokens, sentence);
    expect(tokens[at('Eugénie')]!.syntax).toMatchObject({ head: at('crown'), deprel: 'nmod' });
    expect(tokens[at('Empress')]!.syntax).toMatchObject({ head: at('Eugénie'), deprel: 'compound' });
    expect(tokens[at('wife')]!.syntax).toMatchObject({ head: at('Eugénie'), deprel: 'appos' });
    expect(tokens[at('of')]!.syntax!.head).toBe(at('Eugénie'));
  });

  it('hangs a possessor the parser hung to the left from the noun after its "\'s" ("X and Somalia\'s president, Y")', () => {
    const { tokens, sentence, at } = handParsed("Ruto and Somalia's president, Mohamud, attended.", [['Ruto', 'PROPN', 'nsubj', 'attended'], ['and', 'CCONJ', 'cc', 'Somalia'],
      ['Somalia', 'PROPN', 'conj', 'Ruto'], ["'s", 'PART', 'case', 'Somalia'], ['president', 'NOUN', 'appos', 'Ruto'], ['Mohamud', 'PROPN', 'appos', 'president'], ['attended', 'VERB', 'root', null]]);
    reattachPossessorsBeforeNouns(tokens, sentence);
    expect(tokens[at('president')]!.syntax).toMatchObject({ head: at('Ruto'), deprel: 'conj' });
    expect(tokens[at('Somalia')]!.syntax).toMatchObject({ head: at('president'), deprel: 'nmod:poss' });
    // a possessor already on its noun stays
    const right = handParsed("Somalia's president attended.", [['Somalia', 'PROPN', 'nmod:poss', 'president'], ["'s", 'PART', 'case', 'Somalia'], ['president', 'NOUN', 'nsubj', 'attended'], ['attended', 'VERB', 'root', null]]);
    reattachPossessorsBeforeNouns(right.tokens, right.sentence);
    expect(right.tokens[right.at('Somalia')]!.syntax).toMatchObject({ head: right.at('president'), deprel: 'nmod:poss' });
  });

  it('hangs a "by" phrase after the object of a verb in the active voice from the object, not from the verb as its agent ("reversing a decision by the court")', () => {
    const active = handParsed('The court ruled, reversing a decision by the Circuit.', [['The', 'DET', 'det', 'court'], ['court', 'NOUN', 'nsubj', 'ruled'], ['ruled', 'VERB', 'root', null],
      ['reversing', 'VERB', 'advcl', 'ruled', 'VBG'], ['a', 'DET', 'det', 'decision'], ['decision', 'NOUN', 'obj', 'reversing'], ['by', 'ADP', 'case', 'Circuit'],
      ['the', 'DET', 'det', 'Circuit'], ['Circuit', 'PROPN', 'obl:agent', 'reversing']]);
    reattachAgentsOfActiveVerbs(active.tokens, active.sentence);
    expect(active.tokens[active.at('Circuit')]!.syntax).toMatchObject({ head: active.at('decision'), deprel: 'nmod' });
    const passive = handParsed('The decision was reversed by the Circuit.', [['The', 'DET', 'det', 'decision'], ['decision', 'NOUN', 'nsubj:pass', 'reversed'], ['was', 'AUX', 'aux:pass', 'reversed'],
      ['reversed', 'VERB', 'root', null, 'VBN'], ['by', 'ADP', 'case', 'Circuit'], ['the', 'DET', 'det', 'Circuit'], ['Circuit', 'PROPN', 'obl:agent', 'reversed']]);
    reattachAgentsOfActiveVerbs(passive.tokens, passive.sentence);
    expect(passive.tokens[passive.at('Circuit')]!.syntax).toMatchObject({ head: passive.at('reversed'), deprel: 'obl:agent' });
  });

  it('tags a plural noun with no article, coordinated with a verb and taking a preposition, a verb ("based in Rome and flies from X")', () => {
    const { tokens, sentence, at } = handParsed('ITA is based in Rome and flies from Fiumicino.', [['ITA', 'PROPN', 'nsubj:pass', 'based'], ['is', 'AUX', 'aux:pass', 'based'],
      ['based', 'VERB', 'root', null, 'VBN'], ['in', 'ADP', 'case', 'Rome'], ['Rome', 'PROPN', 'obl', 'based'], ['and', 'CCONJ', 'cc', 'flies'], ['flies', 'NOUN', 'conj', 'based', 'NNS'],
      ['from', 'ADP', 'case', 'Fiumicino'], ['Fiumicino', 'PROPN', 'nmod', 'flies']]);
    retagCoordinatedVerbs(tokens, sentence);
    expect(tokens[at('flies')]!.syntax).toMatchObject({ upos: 'VERB', xpos: 'VBZ', lemma: 'fly' });
    expect(tokens[at('Fiumicino')]!.syntax!.deprel).toBe('obl');
  });

  it('hangs an apposition from the name before its comma, not from a name after it, nor as a fronted phrase of the subject after it', () => {
    const forward = handParsed("Set by Anna Berg, the EU's commissioner, ITA must give up slots.", [['Set', 'VERB', 'advcl', 'give', 'VBN'], ['by', 'ADP', 'case', 'Anna'],
      ['Anna', 'PROPN', 'obl:agent', 'Set'], ['Berg', 'PROPN', 'flat', 'Anna'], ['the', 'DET', 'det', 'EU'], ['EU', 'PROPN', 'nmod:poss', 'commissioner'], ["'s", 'PART', 'case', 'EU'],
      ['commissioner', 'NOUN', 'nsubj', 'give'], ['ITA', 'PROPN', 'nsubj', 'give'], ['must', 'AUX', 'aux', 'give'], ['give', 'VERB', 'root', null], ['slots', 'NOUN', 'obj', 'give']]);
    reattachFrontedAppositions(forward.tokens, forward.sentence);
    expect(forward.tokens[forward.at('commissioner')]!.syntax).toMatchObject({ head: forward.at('Anna'), deprel: 'appos' });
    const hyphen = handParsed('It bought ITA Airways, the state-owned carrier, last year.', [['It', 'PRON', 'nsubj', 'bought'], ['bought', 'VERB', 'root', null], ['ITA', 'PROPN', 'compound', 'Airways'],
      ['Airways', 'PROPN', 'obj', 'bought'], ['the', 'DET', 'det', 'carrier'], ['state', 'NOUN', 'compound', 'owned'], ['-', 'PUNCT', 'punct', 'state'], ['owned', 'VERB', 'amod', 'carrier'], ['carrier', 'NOUN', 'appos', 'bought'],
      ['last', 'ADJ', 'amod', 'year'], ['year', 'NOUN', 'obl', 'bought']]);
    reattachAppositions(hyphen.tokens, hyphen.sentence);
    expect(hyphen.tokens[hyphen.at('carrier')]!.syntax).toMatchObject({ head: hyphen.at('Airways'), deprel: 'appos' });
  });

  it('makes a participle with "before" or "after" an adverbial clause of the verb, not a clause on the noun before it', () => {
    const { tokens, sentence, at } = handParsed('She studied at MIT before joining Intel.', [['She', 'PRON', 'nsubj', 'studied'], ['studied', 'VERB', 'root', null],
      ['at', 'ADP', 'case', 'MIT'], ['MIT', 'PROPN', 'obl', 'studied'], ['before', 'SCONJ', 'mark', 'joining'], ['joining', 'VERB', 'acl', 'MIT', 'VBG'], ['Intel', 'PROPN', 'obj', 'joining']]);
    reattachMarkedParticiples(tokens, sentence);
    expect(tokens[at('joining')]!.syntax).toMatchObject({ head: at('studied'), deprel: 'advcl' });
  });

  it('hangs a relative clause the parser hung from a verb from the noun before its comma', () => {
    const { tokens, sentence, at } = handParsed('It joined the platform, which Berg runs.', [['It', 'PRON', 'nsubj', 'joined'], ['joined', 'VERB', 'root', null],
      ['the', 'DET', 'det', 'platform'], ['platform', 'NOUN', 'obj', 'joined'], [',', 'PUNCT', 'punct', 'runs'], ['which', 'PRON', 'nsubj', 'runs'],
      ['Berg', 'PROPN', 'obj', 'runs'], ['runs', 'VERB', 'acl:relcl', 'joined']]);
    reattachRelativeClauses(tokens, sentence);
    expect(tokens[at('runs')]!.syntax).toMatchObject({ head: at('platform'), deprel: 'acl:relcl' });
    // …and a relative clause on a whole clause (EWT's advcl:relcl) right after a name is the name's
    const whole = handParsed('Norvik bought Veltrona, which owned Karvensk.', [['Norvik', 'PROPN', 'nsubj', 'bought'], ['bought', 'VERB', 'root', null],
      ['Veltrona', 'PROPN', 'obj', 'bought'], [',', 'PUNCT', 'punct', 'owned'], ['which', 'PRON', 'nsubj', 'owned'], ['owned', 'VERB', 'advcl:relcl', 'bought'],
      ['Karvensk', 'PROPN', 'obj', 'owned']]);
    reattachRelativeClauses(whole.tokens, whole.sentence);
    expect(whole.tokens[whole.at('owned')]!.syntax).toMatchObject({ head: whole.at('Veltrona'), deprel: 'acl:relcl' });
    // …and "who" after a name tells of the name, not of a common noun further back
    const who = handParsed('The bank, led by Berg, who returned to Norvik, grew.', [['The', 'DET', 'det', 'bank'], ['bank', 'NOUN', 'nsubj', 'grew'],
      [',', 'PUNCT', 'punct', 'led'], ['led', 'VERB', 'acl', 'bank'], ['by', 'ADP', 'case', 'Berg'], ['Berg', 'PROPN', 'obl:agent', 'led'],
      ['who', 'PRON', 'nsubj', 'returned'], ['returned', 'VERB', 'acl:relcl', 'bank'], ['to', 'ADP', 'case', 'Norvik'], ['Norvik', 'PROPN', 'obl', 'returned'], ['grew', 'VERB', 'root', null]]);
    reattachRelativeClauses(who.tokens, who.sentence);
    expect(who.tokens[who.at('returned')]!.syntax).toMatchObject({ head: who.at('Berg'), deprel: 'acl:relcl' });
  });

  it('makes a conjunct of the object after ", and" the subject of a later conjunct verb that has none', () => {
    const { tokens, sentence, at } = handParsed('Berg congratulated Norland, and the agency, which tracked it, said so.', [['Berg', 'PROPN', 'nsubj', 'congratulated'],
      ['congratulated', 'VERB', 'root', null], ['Norland', 'PROPN', 'obj', 'congratulated'], ['and', 'CCONJ', 'cc', 'agency'], ['the', 'DET', 'det', 'agency'],
      ['agency', 'NOUN', 'conj', 'Norland'], ['which', 'PRON', 'nsubj', 'tracked'], ['tracked', 'VERB', 'acl:relcl', 'agency'], ['it', 'PRON', 'obj', 'tracked'],
      ['said', 'VERB', 'conj', 'congratulated'], ['so', 'ADV', 'advmod', 'said']]);
    reattachCoordinatedSubjects(tokens, sentence);
    expect(tokens[at('agency')]!.syntax).toMatchObject({ head: at('said'), deprel: 'nsubj' });
    // (a list of objects stays: "Berg congratulated Norland and the agency and left")
    const list = handParsed('Berg congratulated Norland and the agency and left.', [['Berg', 'PROPN', 'nsubj', 'congratulated'], ['congratulated', 'VERB', 'root', null],
      ['Norland', 'PROPN', 'obj', 'congratulated'], ['and', 'CCONJ', 'cc', 'agency'], ['the', 'DET', 'det', 'agency'], ['agency', 'NOUN', 'conj', 'Norland'],
      ['left', 'VERB', 'conj', 'congratulated']]);
    reattachCoordinatedSubjects(list.tokens, list.sentence);
    expect(list.tokens[list.at('agency')]!.syntax).toMatchObject({ head: list.at('Norland'), deprel: 'conj' });
  });

  it('hangs a participle after a possessive, and the possessor, from the noun phrase after them', () => {
    const { tokens, sentence, at } = handParsed("Norland's ruling Karvensk Party lost.", [['Norland', 'PROPN', 'nsubj', 'lost'], ["'s", 'PART', 'case', 'Norland'],
      ['ruling', 'VERB', 'advcl', 'lost', 'VBG'], ['Karvensk', 'PROPN', 'compound', 'Party'], ['Party', 'PROPN', 'nsubj', 'lost'], ['lost', 'VERB', 'root', null]]);
    reattachPossessedParticiples(tokens, sentence);
    expect(tokens[at('ruling')]!.syntax).toMatchObject({ head: at('Party'), deprel: 'amod' });
    expect(tokens[at('Norland')]!.syntax).toMatchObject({ head: at('Party'), deprel: 'nmod:poss' });
    expect(tokens[at('Party')]!.syntax).toMatchObject({ head: at('lost'), deprel: 'nsubj' });
  });

  it('hangs a participle of making with its agent from the object its comma ends, where the parser made it a clause of the main verb', () => {
    const { tokens, sentence, at } = handParsed('Norvik recommended a vaccine, developed by Karvensk.', [['Norvik', 'PROPN', 'nsubj', 'recommended'], ['recommended', 'VERB', 'root', null],
      ['a', 'DET', 'det', 'vaccine'], ['vaccine', 'NOUN', 'obj', 'recommended'], [',', 'PUNCT', 'punct', 'developed'], ['developed', 'VERB', 'advcl', 'recommended', 'VBN'],
      ['by', 'ADP', 'case', 'Karvensk'], ['Karvensk', 'PROPN', 'obl:agent', 'developed']]);
    reattachMakersOfObjects(tokens, sentence);
    expect(tokens[at('developed')]!.syntax).toMatchObject({ head: at('vaccine'), deprel: 'acl' });
    // …also where the parser made it a conjunct of the main verb with no "and"
    const conj = handParsed('Norvik recommended a vaccine, developed by Karvensk.', [['Norvik', 'PROPN', 'nsubj', 'recommended'], ['recommended', 'VERB', 'root', null],
      ['a', 'DET', 'det', 'vaccine'], ['vaccine', 'NOUN', 'obj', 'recommended'], [',', 'PUNCT', 'punct', 'developed'], ['developed', 'VERB', 'conj', 'recommended', 'VBN'],
      ['by', 'ADP', 'case', 'Karvensk'], ['Karvensk', 'PROPN', 'obl:agent', 'developed']]);
    reattachMakersOfObjects(conj.tokens, conj.sentence);
    expect(conj.tokens[conj.at('developed')]!.syntax).toMatchObject({ head: conj.at('vaccine'), deprel: 'acl' });
    // (without an agent it may tell of the subject: "Berg won the race, encouraged" stays)
    const other = handParsed('Norvik recommended a vaccine, developed quickly.', [['Norvik', 'PROPN', 'nsubj', 'recommended'], ['recommended', 'VERB', 'root', null],
      ['a', 'DET', 'det', 'vaccine'], ['vaccine', 'NOUN', 'obj', 'recommended'], [',', 'PUNCT', 'punct', 'developed'], ['developed', 'VERB', 'advcl', 'recommended', 'VBN'],
      ['quickly', 'ADV', 'advmod', 'developed']]);
    reattachMakersOfObjects(other.tokens, other.sentence);
    expect(other.tokens[other.at('developed')]!.syntax).toMatchObject({ head: other.at('recommended'), deprel: 'advcl' });
  });
});

/**
 * A sentence with its parse written out by hand: each word's tag, relation, the word it hangs from
 * (null for the root) and XPOS; words not listed are punctuation on the root.
 */
function handParsed(text: string, rows: [string, string, string, string | null, string?][]) {
  const { tokens, sentences } = analyze(text, [{ start: 0, end: text.length, kind: 'paragraph' }]);
  const at = (word: string) => tokens.findIndex((k) => k.text === word);
  const root = at(rows.find((r) => r[3] === null)![0]);
  for (const t of tokens) t.syntax = { upos: 'PUNCT', xpos: t.text, lemma: t.text, head: root, deprel: 'punct' };
  for (const [word, upos, deprel, head, xpos] of rows) {
    tokens[at(word)]!.syntax = { upos, xpos: xpos ?? '', lemma: word === 'said' ? 'say' : word.toLowerCase(), head: head === null ? -1 : at(head), deprel };
  }
  return { tokens, sentence: sentences[0]!, at };
}

describe('tags mended before parsing', () => {
  it('reads a word between an article and "of" as a noun ("an ally of X"), whatever the tagger made of it', () => {
    const forms = ['Milei', ',', 'an', 'ally', 'of', 'Kast', ',', 'wrote'];
    const upos = ['PROPN', 'PUNCT', 'DET', 'ADV', 'ADP', 'PROPN', 'PUNCT', 'VERB'], xpos = ['NNP', ',', 'DT', 'RB', 'IN', 'NNP', ',', 'VBD'];
    retagBeforeParsing(forms, upos, xpos);
    expect([upos[3], xpos[3]]).toEqual(['NOUN', 'NN']);
    const verb = ['He', 'will', 'of', 'course'], vu = ['PRON', 'AUX', 'ADP', 'NOUN'], vx = ['PRP', 'MD', 'IN', 'NN'];
    retagBeforeParsing(verb, vu, vx);
    expect(vu).toEqual(['PRON', 'AUX', 'ADP', 'NOUN']);
  });

  it('reads a German town named with its lake or river as one proper name ("Weiden am See", "Bruck an der Leitha"), not "I am Sam"', () => {
    const forms = ['past', 'Weiden', 'am', 'See', 'and', 'Bruck', 'an', 'der', 'Leitha'];
    const upos = ['ADP', 'PROPN', 'AUX', 'VERB', 'CCONJ', 'PROPN', 'DET', 'X', 'PROPN'], xpos = ['IN', 'NNP', 'VBP', 'VB', 'CC', 'NNP', 'DT', 'FW', 'NNP'];
    retagBeforeParsing(forms, upos, xpos);
    expect(upos).toEqual(['ADP', 'PROPN', 'PROPN', 'PROPN', 'CCONJ', 'PROPN', 'PROPN', 'PROPN', 'PROPN']);
    const english = ['I', 'am', 'Sam'], eu = ['PRON', 'AUX', 'PROPN'], ex = ['PRP', 'VBP', 'NNP'];
    retagBeforeParsing(english, eu, ex);
    expect(eu).toEqual(['PRON', 'AUX', 'PROPN']);
  });
});
