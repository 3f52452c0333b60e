// Training the relation typer on DocRED-style documents: each document is run through the
// extractor (up to the untyped relations), its entities are matched to the gold entities by name,
// and every candidate pair gets the gold property (or none). Reports cross-validated figures on
// Re-DocRED dev, then trains on everything.
import type { DocumentAnalysis } from '../extract/index';
import { matchEntities } from './entity-types';
import { candidateFeatures, relationCandidates, rulePredicates, signatureOf, titleEntities, classify, TYPER_FEATURES, type RelationTyperModel } from '../extract/relation-types';
import { trainPerceptron } from './perceptron';
import type { Entity, Relation } from '../extract/model';
import { majorityRelation } from '../extract/relation-confidence';

/** A DocRED document: sentences of tokens, entities as lists of mentions, relations between them. */
export interface DocredDocument {
  title: string;
  sents: string[][];
  vertexSet: { name: string; sent_id: number; pos: [number, number]; type: string }[][];
  labels: { h: number; t: number; r: string; evidence?: number[] }[];
}

/** Training examples of one document: features and the gold class of each candidate pair. */
export interface TyperExample {
  features: Uint32Array;
  gold: string;
  /** the two entities' types, "person|organization" */
  signature?: string;
}

/** The document's text as the evaluation files give it: the title, a blank line, a sentence a line. */
export function docredText(doc: DocredDocument): string {
  const detok = (words: string[]) => words.join(' ')
    .replace(/ ([.,;:!?%)\]}])/g, '$1').replace(/([([{$]) /g, '$1').replace(/ (n't|'s|'re|'ve|'ll|'d|'m)\b/g, '$1')
    .replace(/" (.*?) "/g, '"$1"');
  return `${doc.title}\n\n${doc.sents.map(detok).join('\n')}\n`;
}

/**
 * The DocRED sentence a sentence of ours stands in: the texts are the title, then a DocRED sentence
 * per line, and the reader keeps each line a block of its own.
 */
export function docredSentenceOf(analysis: DocumentAnalysis): (sentence: number) => number {
  const text = analysis.doc.text;
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return (sentence) => {
    const start = analysis.sentences[sentence]?.start ?? 0;
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= start) line++;
    return line - 1;
  };
}

/** "h\0t\0sentence" for every sentence a gold relation gives as its evidence, with the property. */
export function sentenceLabels(doc: DocredDocument): Map<string, string> {
  const out = new Map<string, string>();
  // a pair with several properties is taught the one its document lists first (an edge carries one;
  // the evaluation files keep the first too): "country" before "located in" for a city and its country
  for (const l of doc.labels) {
    const evidence = l.evidence?.length ? l.evidence : doc.sents.map((_, k) => k);
    for (const s of evidence) if (!out.has(`${l.h}\u0000${l.t}\u0000${s}`)) out.set(`${l.h}\u0000${l.t}\u0000${s}`, l.r);
  }
  return out;
}

/**
 * Every candidate pair of a related document with its features and gold property: the property
 * of a gold relation whose evidence includes the candidate's sentence, else "none" (two names in a
 * sentence that does not state their relation teach that such a sentence states none).
 */
export function relationExamples(analysis: DocumentAnalysis, doc: DocredDocument): TyperExample[] {
  const vertexOf = matchEntities(analysis.entities, doc);
  const gold = sentenceLabels(doc);
  const docredSentence = docredSentenceOf(analysis);
  const rules = rulePredicates(analysis.relations);
  const titles = titleEntities(analysis);
  const examples: TyperExample[] = [];
  const buffer = new Uint32Array(TYPER_FEATURES);
  for (const c of relationCandidates(analysis)) {
    const n = candidateFeatures(c, analysis.tokens, rules, titles, buffer);
    const va = vertexOf.get(c.ea.id), vb = vertexOf.get(c.eb.id);
    const property = va !== undefined && vb !== undefined ? gold.get(`${va}\u0000${vb}\u0000${docredSentence(c.sentence.index)}`) : undefined;
    examples.push({ features: buffer.slice(0, n), gold: property ?? 'none', signature: signatureOf(c.ea, c.eb) });
  }
  return examples;
}

/** How often each property occurs (the classes, commonest first). */
export function propertyCounts(docs: DocredDocument[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of docs) for (const l of d.labels) counts.set(l.r, (counts.get(l.r) ?? 0) + 1);
  return counts;
}

export function trainTyper(examples: TyperExample[], classes: string[], options: { epochs: number; seed: number; threshold: number; newThreshold: number; ensemble?: number }): RelationTyperModel {
  const index = new Map(classes.map((c, i) => [c, i]));
  const model = trainPerceptron(examples, classes.length, (ex) => index.get(ex.gold) ?? 0, options);
  return { classes, model, threshold: options.threshold, newThreshold: options.newThreshold, signatures: typeSignatures(examples) };
}

/** A pair of types is in a property's signature when this share of its examples, and at least two, have it. */
const SIGNATURE_SHARE = Number(process.env.SIGNATURE_SHARE ?? 0.02);

/**
 * The pairs of entity types each property joined in the examples (the types our typer gave, so a
 * property also keeps the pairs its common typing errors make); a property seen fewer than 20
 * times keeps every pair it was seen with.
 */
export function typeSignatures(examples: TyperExample[]): Map<string, Set<string>> {
  const counts = new Map<string, Map<string, number>>();
  for (const ex of examples) {
    if (ex.gold === 'none' || !ex.signature) continue;
    let c = counts.get(ex.gold);
    if (!c) counts.set(ex.gold, (c = new Map()));
    c.set(ex.signature, (c.get(ex.signature) ?? 0) + 1);
  }
  const out = new Map<string, Set<string>>();
  for (const [property, c] of counts) {
    const total = [...c.values()].reduce((x, y) => x + y, 0);
    // a rare property keeps every pair of types it was seen with: left without a signature, it went to
    // any pair ("ethnic group" for a rocket and a launch site)
    if (total < 20) out.set(property, new Set(c.keys()));
    else out.set(property, new Set([...c].filter(([, k]) => k >= 2 && k >= SIGNATURE_SHARE * total).map(([sig]) => sig)));
  }
  return out;
}

/** Candidate pairs typed, typed right, and typed in the gold, at the model's threshold. */
export function scoreTyper(model: RelationTyperModel, examples: TyperExample[]): { right: number; predicted: number; gold: number; byProperty: Map<string, { predicted: number; right: number }> } {
  const scores = new Float64Array(model.classes.length);
  let predicted = 0, right = 0, gold = 0;
  const byProperty = new Map<string, { predicted: number; right: number }>();
  for (const ex of examples) {
    if (ex.gold !== 'none') gold++;
    const typed = classify(model, ex.features, ex.features.length, scores, ex.signature);
    if (!typed) continue;
    predicted++;
    const p = byProperty.get(typed.property) ?? { predicted: 0, right: 0 };
    p.predicted++;
    if (typed.property === ex.gold) { right++; p.right++; }
    byProperty.set(typed.property, p);
  }
  return { right, predicted, gold, byProperty };
}

/** A property given this often on held-out pairs and right less often than this is not given at all. */
const UNRELIABLE_MIN_PREDICTED = 10;
const UNRELIABLE_BELOW = Number(process.env.UNRELIABLE_BELOW ?? 0.15);

/** The properties whose held-out precision is too low to give them ("notable work", "conflict" …). */
export function unreliableProperties(byProperty: Map<string, { predicted: number; right: number }>): Set<string> {
  return new Set([...byProperty].filter(([, c]) => c.predicted >= UNRELIABLE_MIN_PREDICTED && c.right / c.predicted < UNRELIABLE_BELOW).map(([p]) => p));
}

/** DocRED's kinds the evaluation counts: its other names (MISC) are optional there, its times and numbers no entities. */
const SCORED_KINDS = new Set(['PER', 'ORG', 'LOC']);

/**
 * How often each property an edge carries holds, as typed, between the gold entities it joins,
 * by the pair of types it joins ("P800|person|organization"): the evaluation's view, which counts
 * only edges between people, bodies and places, and a pair's first property.
 */
export function edgePropertyCounts(held: { doc: DocredDocument; analysis: { entities: Entity[] }; relations: Relation[] }[]): Map<string, { predicted: number; right: number }> {
  const out = new Map<string, { predicted: number; right: number }>();
  for (const { doc, analysis, relations } of held) {
    const vertexOf = matchEntities(analysis.entities, doc);
    const typeOf = new Map(analysis.entities.map((e) => [e.id, e.type]));
    // (a pair's first property only, as the evaluation files keep it: an edge carries one)
    const firstOfPair = new Map<string, string>();
    for (const l of doc.labels) if (!firstOfPair.has(`${l.h}\u0000${l.t}`)) firstOfPair.set(`${l.h}\u0000${l.t}`, l.r);
    for (const r of relations) {
      const property = majorityRelation(r);
      const h = vertexOf.get(r.source), t = vertexOf.get(r.target);
      if (property === 'none' || h === undefined || t === undefined || h === t) continue;
      if (!SCORED_KINDS.has(doc.vertexSet[h]![0]!.type) || !SCORED_KINDS.has(doc.vertexSet[t]![0]!.type)) continue;
      const key = `${property}|${typeOf.get(r.source)}|${typeOf.get(r.target)}`;
      const c = out.get(key) ?? { predicted: 0, right: 0 };
      c.predicted++;
      if (firstOfPair.get(`${h}\u0000${t}`) === property) c.right++;
      out.set(key, c);
    }
  }
  return out;
}
