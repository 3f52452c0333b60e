// Training the relation scorer: every relation of a document read by models that had not seen it
// is an example, true when a gold relation joins its two entities (either way, any property) with
// one of the relation's sentences as its evidence — a relation that one sentence states. Relations
// with an entity the gold does not have teach nothing: the scorer learns which relations between
// real entities are stated, not which names are real.
import type { DocumentAnalysis } from '../extract/index';
import type { Relation } from '../extract/model';
import { majorityRelation, mentionIndex, namesPerSentence, relationFeatures, RELATION_FEATURES, type RelationScorerModel } from '../extract/relation-confidence';
import { trainPerceptron } from './perceptron';
import { matchEntities } from './entity-types';
import { docredSentenceOf, sentenceLabels, type DocredDocument } from './relation-types';

/**
 * DocRED labels only relations of its 96 properties, so a verb relation it lacks ("X attacked Y")
 * is not thereby false: only typed relations teach the scorer, which reads the rest by their shape.
 */
const TYPED_ONLY = process.env.SCORER_ALL !== '1';

export interface RelationExample { features: Uint32Array; gold: 0 | 1 }

export function relationScorerExamples(a: DocumentAnalysis, relations: Relation[], doc: DocredDocument): RelationExample[] {
  const vertexOf = matchEntities(a.entities, doc);
  const stated = new Set<string>();
  for (const key of sentenceLabels(doc).keys()) {
    const [h, t, s] = key.split('\u0000');
    stated.add(`${h}\u0000${t}\u0000${s}`).add(`${t}\u0000${h}\u0000${s}`);
  }
  const docredSentence = docredSentenceOf(a);
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  const mentions = mentionIndex(a);
  const namesIn = namesPerSentence(a);
  const buffer = new Uint32Array(RELATION_FEATURES);
  const out: RelationExample[] = [];
  for (const r of relations) {
    if (TYPED_ONLY && majorityRelation(r) === 'none') continue;
    const va = vertexOf.get(r.source), vb = vertexOf.get(r.target);
    if (va === undefined || vb === undefined || va === vb) continue;
    const n = relationFeatures(r, a, byId, mentions, namesIn, buffer);
    const true_ = r.evidence.some((ev) => stated.has(`${va}\u0000${vb}\u0000${docredSentence(ev.sentence)}`));
    out.push({ features: buffer.slice(0, n), gold: true_ ? 1 : 0 });
  }
  return out;
}

export function trainRelationScorer(examples: RelationExample[], options: { epochs: number; seed: number; ensemble?: number }): RelationScorerModel {
  return { model: trainPerceptron(examples, 2, (ex) => ex.gold, options), scale: 1, offset: 0, floor: 0 };
}

/** Each example's margin (true over false) under a model. */
export function margins(model: RelationScorerModel, examples: RelationExample[]): { margin: number; gold: 0 | 1 }[] {
  const scores = new Float64Array(2);
  return examples.map((ex) => {
    scores.fill(0);
    model.model.score(ex.features, ex.features.length, scores);
    return { margin: scores[1]! - scores[0]!, gold: ex.gold };
  });
}

/** Platt scaling: the logistic curve over margins that gives held-out examples the highest likelihood. */
export function fitLogistic(data: { margin: number; gold: 0 | 1 }[]): { scale: number; offset: number } {
  const spread = Math.sqrt(data.reduce((s, d) => s + d.margin * d.margin, 0) / Math.max(1, data.length)) || 1;
  let a = 0, b = 0; // over margins divided by their spread, for a well-conditioned descent
  for (let step = 0; step < 3000; step++) {
    let ga = 0, gb = 0;
    for (const d of data) {
      const x = d.margin / spread;
      const p = 1 / (1 + Math.exp(-(a * x + b)));
      ga += (p - d.gold) * x;
      gb += p - d.gold;
    }
    a -= (0.5 * ga) / data.length;
    b -= (0.5 * gb) / data.length;
  }
  return { scale: a / spread, offset: b };
}
