// Training the entity typer on DocRED-style documents: each document is read and its names resolved
// by the extractor, each entity is matched by name to a gold entity, and the gold entity's type
// (PER, ORG, LOC, MISC) is what the entity is taught. Entities that match nothing, or a date or a
// number, teach nothing.
import type { ResolvedDocument } from '../extract/index';
import type { GumDocument, GumMention } from './gum-entities';
import { cueOf, mentionsByEntity, ENTITY_CLASSES, ENTITY_FEATURES, entityFeatures, decide, type EntityClass, type EntityTyperModel } from '../extract/entity-types';
import type { Entity, Mention } from '../extract/model';
import type { WordClusters } from '../models/clusters';
import { typeFromName } from '../extract/classify';
import { headOf, nameKey } from '../extract/names';
import { INSTITUTION_HEADS } from '../extract/lexicons/cues';
import { trainPerceptron } from './perceptron';
import type { DocredDocument } from './relation-types';

export interface EntityExample { features: Uint32Array; gold: number; label: string; ruleType: string; nameType: string; cue: string }

/** Entities that match nothing teach the class "none" (set NONE_EXAMPLES=0 to leave them out). */
const NONE_EXAMPLES = process.env.NONE_EXAMPLES !== '0';

const DOCRED_CLASS: Record<string, EntityClass | undefined> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'misc' };

export const foldName = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/^the /, '').replace(/['’]s$/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A corpus's class in our guidelines' terms: a museum or a university is an organization, not a place. */
export function guidelineClass(cls: EntityClass, label: string): EntityClass {
  return cls === 'place' && INSTITUTION_HEADS.has(headOf(nameKey(label))) ? 'organization' : cls;
}

/** Our entity id → the index of the gold entity one of whose mention names equals its label or an alias. */
export function matchEntities(entities: Entity[], doc: DocredDocument): Map<string, number> {
  const byName = new Map<string, number>();
  doc.vertexSet.forEach((mentions, v) => { for (const m of mentions) if (!byName.has(foldName(m.name))) byName.set(foldName(m.name), v); });
  const out = new Map<string, number>();
  for (const e of entities) {
    for (const name of [e.label, ...e.aliases]) {
      const v = byName.get(foldName(name));
      if (v !== undefined) { out.set(e.id, v); break; }
    }
  }
  return out;
}

/** The examples of one resolved document (the entities keep the rules' types: features read those). */
export function entityExamples(r: ResolvedDocument, doc: DocredDocument, clusters: WordClusters): EntityExample[] {
  const vertexOf = matchEntities(r.entities, doc);
  const mentionsOf = mentionsByEntity(r.entityOf);
  const buffer = new Uint32Array(ENTITY_FEATURES);
  const out: EntityExample[] = [];
  for (const e of r.entities) {
    const v = vertexOf.get(e.id);
    // an entity no gold entity names is no name (DocRED marks every named thing), or a name cut wrong
    const docred = v === undefined ? (NONE_EXAMPLES ? 'none' : undefined) : DOCRED_CLASS[doc.vertexSet[v]![0]!.type];
    if (!docred) continue;
    const cls = guidelineClass(docred, e.label);
    const n = entityFeatures(e, mentionsOf.get(e) ?? [], r.tokens, clusters, buffer);
    out.push({ features: buffer.slice(0, n), gold: ENTITY_CLASSES.indexOf(cls), label: e.label, ruleType: e.type, nameType: typeFromName(e.label) ?? 'none', cue: cueOf(mentionsOf.get(e) ?? []) });
  }
  return out;
}

export function trainEntityTyper(examples: EntityExample[], options: { epochs: number; seed: number; temperature?: number; ensemble?: number }): EntityTyperModel {
  return { model: trainPerceptron(examples, ENTITY_CLASSES.length, (ex) => ex.gold, options), temperature: options.temperature ?? 1 };
}

/** Each held-out example's class scores under a model. */
export function scoreExamples(model: EntityTyperModel, examples: EntityExample[]): { scores: Float64Array; gold: number; example: EntityExample }[] {
  return examples.map((example) => {
    const scores = new Float64Array(ENTITY_CLASSES.length);
    model.model.score(example.features, example.features.length, scores);
    return { scores, gold: example.gold, example };
  });
}

/** The share typed right; an entity that is a name is typed by the likeliest kind of name, as extraction does. */
export function accuracy(scored: { scores: Float64Array; gold: number }[]): number {
  const none = ENTITY_CLASSES.indexOf('none');
  let right = 0;
  for (const s of scored) {
    let best = 0;
    const last = s.gold === none ? s.scores.length : none;
    for (let k = 1; k < last; k++) if (s.scores[k]! > s.scores[best]!) best = k;
    if (best === s.gold) right++;
  }
  return right / Math.max(1, scored.length);
}

/** The softmax temperature that gives held-out scores the highest likelihood (a grid in log steps). */
export function fitTemperature(scored: { scores: Float64Array; gold: number }[]): number {
  let best = 1, bestLoss = Infinity;
  for (let t = 1; t <= 1e6; t *= 1.25) {
    let loss = 0;
    for (const s of scored) {
      let max = -Infinity;
      for (const v of s.scores) max = Math.max(max, v);
      let sum = 0;
      for (const v of s.scores) sum += Math.exp((v - max) / t);
      loss -= (s.scores[s.gold]! - max) / t - Math.log(sum);
    }
    if (loss < bestLoss) { bestLoss = loss; best = t; }
  }
  return best;
}

/** Reliability: held-out examples binned by confidence, with the share right in each bin. */
export function calibrationTable(scored: { scores: Float64Array; gold: number }[], temperature: number): { from: number; count: number; right: number }[] {
  const bins = [0.25, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95].map((from) => ({ from, count: 0, right: 0 }));
  for (const s of scored) {
    const { cls, confidence } = decide(s.scores, temperature);
    const bin = [...bins].reverse().find((b) => confidence >= b.from);
    if (!bin) continue;
    bin.count++;
    if (ENTITY_CLASSES[s.gold] === cls) bin.right++;
  }
  return bins;
}

const GUM_CLASS: Record<string, EntityClass> = { person: 'person', organization: 'organization', place: 'place' };

/**
 * The examples of a GUM document: an entity is taught the type of the GUM mentions its own
 * mentions coincide with (the same end; GUM's may also hold a leading "the"), by majority.
 */
export function gumEntityExamples(doc: GumDocument, r: ResolvedDocument, clusters: WordClusters): EntityExample[] {
  const byEnd = new Map<number, GumMention[]>();
  for (const m of doc.mentions) byEnd.set(m.end, [...(byEnd.get(m.end) ?? []), m]);
  const mentionsOf = mentionsByEntity(r.entityOf);
  const buffer = new Uint32Array(ENTITY_FEATURES);
  const out: EntityExample[] = [];
  for (const e of r.entities) {
    const votes = new Map<EntityClass, number>();
    for (const m of mentionsOf.get(e) ?? []) {
      // the reader's plain text may differ from the source: map back to the source's offsets
      const start = r.doc.sourceOffsets[m.start]!, end = r.doc.sourceOffsets[m.end - 1]! + 1;
      const gold = (byEnd.get(end) ?? []).filter((g) => g.start <= start && start - g.start <= 4).sort((a, b) => Number(b.named) - Number(a.named) || b.start - a.start)[0];
      if (!gold) continue;
      if (!gold.named) continue;
      const cls = GUM_CLASS[gold.type] ?? 'misc';
      votes.set(cls, (votes.get(cls) ?? 0) + 1);
    }
    // no GUM mention of a name ends where this one does, or only a common noun ("the Board"): no name
    const voted = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? (NONE_EXAMPLES ? 'none' : undefined);
    if (!voted) continue;
    const cls = guidelineClass(voted, e.label);
    const n = entityFeatures(e, mentionsOf.get(e) ?? [], r.tokens, clusters, buffer);
    out.push({ features: buffer.slice(0, n), gold: ENTITY_CLASSES.indexOf(cls), label: e.label, ruleType: e.type, nameType: typeFromName(e.label) ?? 'none', cue: cueOf(mentionsOf.get(e) ?? []) });
  }
  return out;
}
