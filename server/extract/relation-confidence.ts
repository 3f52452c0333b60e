// Stage 8: how likely each relation is to be true. A binary averaged perceptron (trained on DocRED
// documents read by models that had not seen them, server/train/relation-confidence.ts) scores
// each relation from its endpoints' types and confidences, its label, its Wikidata property, how
// many sentences state it and, in each, how far apart the two names are, how many names stand
// between them and the dependency path that joins them. A logistic curve fitted on held-out
// relations turns the score into a probability; relations below the model's floor are dropped.
import type { Sentence, Token } from './nlp';
import type { Entity, Mention, Relation } from './model';
import { feature1, feature2, feature3, hashString } from '../models/hashing';
import type { Perceptron } from '../models/perceptron';
import { WIKIDATA_PROPERTIES } from './lexicons/wikidata-properties';
import { headToken, treePath } from './tree';

export interface RelationScorerModel {
  model: Perceptron;
  /** p = 1 / (1 + exp(-(scale · margin + offset))), fitted on held-out relations */
  scale: number;
  offset: number;
  /** relations less likely than this are dropped (picked on the cross-validation) */
  floor: number;
}

export interface ScoringContext {
  tokens: Token[];
  sentences: Sentence[];
  mentions: Mention[];
  entityOf: Map<Mention, Entity>;
  entities: Entity[];
}

export const RELATION_FEATURES = 96;
const MAX_SENTENCES = 3;
const h = hashString;
const lemma = (t: Token) => t.syntax?.lemma ?? t.lower;
const bucket = (x: number, edges: number[]) => { let k = 0; while (k < edges.length && x > edges[k]!) k++; return k; };

/** The mentions of each entity in each sentence: "sentence\0entity id" → mentions. */
export function mentionIndex(ctx: ScoringContext): Map<string, Mention[]> {
  const out = new Map<string, Mention[]>();
  for (const m of ctx.mentions) {
    const e = ctx.entityOf.get(m);
    if (!e) continue;
    const key = `${m.sentence}\u0000${e.id}`;
    const list = out.get(key);
    if (list) list.push(m); else out.set(key, [m]);
  }
  return out;
}

/** How many names (pronouns included) each sentence holds. */
export function namesPerSentence(ctx: ScoringContext): Map<number, number> {
  const out = new Map<number, number>();
  for (const m of ctx.mentions) if (ctx.entityOf.has(m)) out.set(m.sentence, (out.get(m.sentence) ?? 0) + 1);
  return out;
}

/** The features of one relation, written into `out`; returns how many. */
export function relationFeatures(r: Relation, ctx: ScoringContext, byId: Map<string, Entity>, mentions: Map<string, Mention[]>, namesIn: Map<number, number>, out: Uint32Array): number {
  let n = 0;
  const put = (f: number) => { if (n < out.length) out[n++] = f; };
  const a = byId.get(r.source), b = byId.get(r.target);
  const types = feature2(0, h(a?.type ?? ''), h(b?.type ?? ''));
  const relation = majorityRelation(r);
  // a relation only the typer found is labelled with its property's name
  const typerOnly = r.evidence.every((ev) => ev.relation && ev.predicate === (WIKIDATA_PROPERTIES[ev.relation]?.label ?? ev.relation));
  put(feature1(1, 1));
  put(feature1(2, types));
  put(feature2(3, h(relation), types));
  put(feature1(4, h(relation)));
  put(feature2(5, typerOnly ? 1 : 0, h(relation)));
  put(feature2(6, h(r.label), types));
  put(feature1(7, h(r.label)));
  const words = r.label.split(' ');
  for (const w of words.slice(0, 4)) put(feature1(8, h(w)));
  put(feature2(9, Math.min(words.length, 5), typerOnly ? 1 : 0));
  put(feature1(10, bucket(r.evidence.length, [1, 2, 4])));
  put(feature2(11, bucket(Math.min(a?.confidence ?? 1, b?.confidence ?? 1), [0.5, 0.7, 0.9, 0.97]), types));
  for (const ev of r.evidence.slice(0, MAX_SENTENCES)) {
    const s = ctx.sentences[ev.sentence];
    if (!s) continue;
    const names = namesIn.get(ev.sentence) ?? 0;
    put(feature2(12, bucket(names, [2, 3, 4, 6, 9]), h(relation)));
    const ma = mentions.get(`${ev.sentence}\u0000${r.source}`)?.[0], mb = mentions.get(`${ev.sentence}\u0000${r.target}`)?.[0];
    if (!ma || !mb) { put(feature2(13, ma ? 1 : 0, mb ? 1 : 0)); continue; }
    if (ma.pronoun || mb.pronoun) put(feature2(23, ma.pronoun ? 1 : 0, mb.pronoun ? 1 : 0));
    const before = ma.start < mb.start;
    const from = before ? ma.tokenEnd : mb.tokenEnd, to = before ? mb.tokenStart : ma.tokenStart;
    const gap = Math.max(0, to - from);
    let between = 0;
    for (const m of ctx.mentions) if (m.sentence === ev.sentence && m.tokenStart >= from && m.tokenEnd <= to) between++;
    put(feature3(14, bucket(gap, [0, 1, 2, 4, 8, 15]), before ? 1 : 0, bucket(between, [0, 1, 3])));
    put(feature2(15, bucket(between, [0, 1, 2, 4]), h(relation)));
    put(feature1(16, s.index === 0 ? 1 : 0));
    const path = treePath(ctx.tokens, headToken(ctx.tokens, ma), headToken(ctx.tokens, mb));
    if (!path) { put(feature1(17, 0)); continue; }
    const rels = [...path.up.map((t) => `${ctx.tokens[t]!.syntax?.deprel}^`), ...path.down.map((t) => `v${ctx.tokens[t]!.syntax?.deprel}`)];
    const top = ctx.tokens[path.lca]!;
    put(feature1(18, h(rels.length <= 4 ? rels.join(' ') : `long${bucket(rels.length, [6, 8, 12])}`)));
    put(feature2(19, h(top.syntax?.upos ?? ''), bucket(rels.length, [1, 2, 3, 4, 6, 8])));
    put(feature2(20, h(lemma(top)), h(relation)));
    put(feature2(21, h(rels[0] ?? ''), h(rels[rels.length - 1] ?? '')));
    // a path through a clause of its own ("X said that Y …") or a conjunction reads less surely
    put(feature1(22, rels.some((x) => /^(?:ccomp|advcl|parataxis|acl:relcl|conj)/.test(x.replace(/^v|\^$/g, ''))) ? 1 : 0));
  }
  return n;
}

/** The Wikidata property most of a relation's sentences state, or "none". */
export function majorityRelation(r: Relation): string {
  const counts = new Map<string, number>();
  for (const ev of r.evidence) if (ev.relation) counts.set(ev.relation, (counts.get(ev.relation) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1])[0]?.[0] ?? 'none';
}

/** Class scores → the probability that the relation holds. */
export function probability(model: RelationScorerModel, margin: number): number {
  return 1 / (1 + Math.exp(-(model.scale * margin + model.offset)));
}

/** Sets each relation's confidence and keeps those at or above the model's floor (or `floor`, if given). */
export function scoreRelations(relations: Relation[], ctx: ScoringContext, model: RelationScorerModel, floor = model.floor): Relation[] {
  const byId = new Map(ctx.entities.map((e) => [e.id, e]));
  const mentions = mentionIndex(ctx);
  const namesIn = namesPerSentence(ctx);
  const features = new Uint32Array(RELATION_FEATURES);
  const scores = new Float64Array(2);
  const kept: Relation[] = [];
  for (const r of relations) {
    const n = relationFeatures(r, ctx, byId, mentions, namesIn, features);
    scores.fill(0);
    model.model.score(features, n, scores);
    r.confidence = Math.round(probability(model, scores[1]! - scores[0]!) * 1000) / 1000;
    for (const ev of r.evidence) ev.confidence = r.confidence;
    if (r.confidence >= floor) kept.push(r);
  }
  return kept;
}
