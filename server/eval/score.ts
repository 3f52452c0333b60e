// The scoring rules of the evaluation guidelines (entities, duplicates, types, relations and their
// precision, predicate labels, typed relations, grounding), implemented over a serialized graph
// and a gold file.
import { z } from 'zod';

export const GoldSchema = z.object({
  document: z.string(),
  entities: z.array(z.object({
    name: z.string(),
    type: z.string().nullable(),
    aliases: z.array(z.string()).default([]),
    optional: z.boolean().optional(),
  })),
  separate_ok: z.array(z.tuple([z.string(), z.string()])).optional(),
  relations: z.array(z.object({
    a: z.string(), b: z.string(), evidence: z.string().optional(),
    /** finding it neither helps nor hurts, like an optional entity */
    borderline: z.boolean().optional(),
    /** acceptable predicates, and the way the relation runs */
    predicates: z.array(z.string()).optional(),
    direction: z.enum(['a->b', 'b->a', 'none']).optional(),
    /** a Wikidata property id */
    wikidata: z.string().optional(),
  })).default([]),
});
export type Gold = z.infer<typeof GoldSchema>;
type GoldEntity = Gold['entities'][number];

export interface SerializedGraph {
  nodes: { key: string; attributes?: { label?: string; type?: string; aliases?: string[] } }[];
  edges: { source: string; target: string; attributes?: { evidence?: { text?: string }[]; label?: string; relation?: string } }[];
}

/** Folds what the guidelines say to fold: case, quotes, a possessive, a leading "the", hyphens, edge punctuation. */
export function foldName(s: string): string {
  return s.normalize('NFKC').replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"').toLowerCase()
    .replace(/^[\s"'(\[*_]+|[\s"')\]*_.,;:!?]+$/g, '').replace(/'s$/, '').replace(/^the\s+/, '')
    .replace(/[-\u2013\u2014]/g, ' ').replace(/\s+/g, ' ').trim();
}
const foldSpace = (s: string) => s.normalize('NFKC').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();
const withoutMarkup = (s: string) => s.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<[^>]+>/g, ' ').replace(/(\*\*|__|\*|`)/g, '').replace(/^\s{0,3}#{1,6}\s+/gm, '');

export interface Counts {
  nodes: number; counted: number; correct: number; required: number; hitRequired: number; duplicates: number;
  typed: number; typeRight: number; goldPairs: number; foundPairs: number; relPredicted: number; relCorrect: number;
  edges: number; grounded: number; labelled: number; labelRight: number; goldTriples: number; typedPredicted: number; typedFound: number;
}
/** Labels that say nothing of a relation. */
const BARE_LABELS = new Set(['in', 'of', 'at', 'to', 'for', 'by', 'with', 'from', 'on', 'as', 'and', 'related to', "'s"]);

export interface Score { counts: Counts; missed: string[]; spurious: string[]; duplicateList: string[]; typeErrors: string[]; missedPairs: string[] }

export function scoreGraph(graph: SerializedGraph, gold: Gold, article?: string): Score {
  const byForm = new Map<string, GoldEntity>();
  const formsOf = new Map<GoldEntity, Set<string>>();
  for (const e of gold.entities) {
    const forms = new Set([e.name, ...e.aliases].map(foldName));
    formsOf.set(e, forms);
    for (const f of forms) byForm.set(f, e);
  }
  const nodes = graph.nodes.map((n) => {
    const label = String(n.attributes?.label ?? n.key);
    const forms = [label, ...(n.attributes?.aliases ?? [])].map(foldName);
    let hit = byForm.get(foldName(label));
    if (!hit) for (const f of forms) if ((hit = byForm.get(f))) break;
    return { key: String(n.key), label, type: n.attributes?.type ?? null, forms: new Set(forms), hit };
  });
  const separateOk = (gold.separate_ok ?? []).map(([a, b]) => [foldName(a), foldName(b)] as const);
  const nodesOf = new Map<GoldEntity, typeof nodes>();
  for (const n of nodes) if (n.hit) nodesOf.set(n.hit, [...(nodesOf.get(n.hit) ?? []), n]);

  let duplicates = 0;
  const duplicateList: string[] = [];
  for (const [e, ns] of nodesOf) {
    if (ns.length < 2 || e.optional) continue;
    const allowed = (n: (typeof nodes)[number], m: (typeof nodes)[number]) => separateOk.some(([x, y]) =>
      (n.forms.has(x) && m.forms.has(y)) || (n.forms.has(y) && m.forms.has(x)));
    const extra = ns.filter((n, i) => i > 0 && !ns.slice(0, i).some((m) => allowed(n, m))).length;
    if (extra) { duplicates += extra; duplicateList.push(`${e.name}: ${ns.map((n) => n.label).join(' | ')}`); }
  }
  const required = gold.entities.filter((e) => !e.optional);
  const optionalHits = nodes.filter((n) => n.hit?.optional).length;
  const typeErrors: string[] = [];
  let typed = 0, typeRight = 0;
  for (const n of nodes) {
    if (!n.hit || n.hit.type == null) continue;
    typed++;
    if (n.type === n.hit.type) typeRight++; else typeErrors.push(`${n.label}: ${n.type} (gold ${n.hit.type})`);
  }

  const pair = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  const hitOf = new Map(nodes.map((n) => [n.key, n.hit]));
  const edgePairs = new Set<string>(), requiredPairs = new Set<string>();
  for (const ed of graph.edges) {
    const a = hitOf.get(String(ed.source)), b = hitOf.get(String(ed.target));
    if (!a || !b || a === b) continue;
    edgePairs.add(pair(a.name, b.name));
    if (!a.optional && !b.optional) requiredPairs.add(pair(a.name, b.name));
  }
  const firm = gold.relations.filter((r) => !r.borderline);
  const goldPairs = new Set(firm.map((r) => pair(r.a, r.b)));
  const borderline = new Set(gold.relations.filter((r) => r.borderline).map((r) => pair(r.a, r.b)).filter((k) => !goldPairs.has(k)));
  const foundPairs = firm.filter((r) => edgePairs.has(pair(r.a, r.b)));

  // typed relations: a gold triple is found by an edge from a node of a to a node of b with its property
  const triple = (a: string, b: string, p: string) => `${a}\u0000${b}\u0000${p}`;
  const goldTriples = new Set(firm.filter((r) => r.wikidata).map((r) => triple(r.a, r.b, r.wikidata!)));
  const edgeTriples = new Set<string>();
  for (const ed of graph.edges) {
    const a = hitOf.get(String(ed.source)), b = hitOf.get(String(ed.target)), p = ed.attributes?.relation;
    if (a && b && a !== b && !a.optional && !b.optional && typeof p === 'string' && /^P\d+$/.test(p)) edgeTriples.add(triple(a.name, b.name, p));
  }

  // predicate labels: short, not a bare preposition, sharing a stem with an acceptable predicate, the gold's way
  const stem = (w: string) => w.toLowerCase().replace(/[^a-z]/g, '').slice(0, 5);
  const predicateOf = new Map(firm.filter((r) => r.predicates?.length).map((r) => [pair(r.a, r.b), r]));
  let labelled = 0, labelRight = 0;
  for (const ed of graph.edges) {
    const a = hitOf.get(String(ed.source)), b = hitOf.get(String(ed.target));
    const r = a && b && a !== b ? predicateOf.get(pair(a.name, b.name)) : undefined;
    if (!r) continue;
    labelled++;
    const label = String(ed.attributes?.label ?? '').trim().toLowerCase();
    const words = label.split(/\s+/).filter(Boolean);
    const stems = new Set(words.map(stem).filter((x) => x.length >= 3));
    const wordOk = words.length > 0 && words.length <= 3 && !BARE_LABELS.has(label)
      && r.predicates!.some((p) => p.toLowerCase().split(/\s+/).some((w) => stem(w).length >= 3 && stems.has(stem(w))));
    const dirOk = !r.direction || r.direction === 'none' || (r.direction === 'a->b') === (a!.name === r.a);
    if (wordOk && dirOk) labelRight++;
  }

  const plainArticle = article === undefined ? undefined : [foldSpace(article), foldSpace(withoutMarkup(article))];
  const inArticle = (t: string) => !plainArticle || plainArticle.some((a) => a.includes(foldSpace(t)));
  const grounded = graph.edges.filter((ed) => {
    const ev = ed.attributes?.evidence ?? [];
    return ev.length > 0 && ev.every((x) => typeof x.text === 'string' && x.text.trim() !== '' && inArticle(x.text));
  }).length;

  return {
    counts: {
      nodes: nodes.length, counted: nodes.length - optionalHits,
      correct: nodes.filter((n) => n.hit && !n.hit.optional).length - duplicates,
      required: required.length, hitRequired: required.filter((e) => nodesOf.has(e)).length, duplicates,
      typed, typeRight, goldPairs: firm.length, foundPairs: foundPairs.length,
      relPredicted: [...requiredPairs].filter((k) => !borderline.has(k)).length, relCorrect: [...requiredPairs].filter((k) => goldPairs.has(k)).length,
      edges: graph.edges.length, grounded, labelled, labelRight,
      goldTriples: goldTriples.size, typedPredicted: edgeTriples.size, typedFound: [...goldTriples].filter((k) => edgeTriples.has(k)).length,
    },
    missed: required.filter((e) => !nodesOf.has(e)).map((e) => e.name),
    spurious: nodes.filter((n) => !n.hit).map((n) => n.label),
    duplicateList, typeErrors,
    missedPairs: firm.filter((r) => !edgePairs.has(pair(r.a, r.b))).map((r) => `${r.a} -- ${r.b}`),
  };
}

export interface Figures {
  documents: number; entity: { precision: number; recall: number; f1: number }; duplicates: number;
  typeAccuracy: number; relationRecall: number; relationPrecision: number; labelAccuracy: number;
  typedRelationRecall: number; typedRelationPrecision: number; grounded: number; nodes: number; edges: number;
}

/** Micro-averaged figures over many scores. */
export function summarize(scores: Score[]): Figures {
  const sum = (k: keyof Counts) => scores.reduce((acc, s) => acc + s.counts[k], 0);
  const div = (a: number, b: number) => (b ? +(a / b).toFixed(3) : 0);
  const precision = div(sum('correct'), sum('counted')), recall = div(sum('hitRequired'), sum('required'));
  return {
    documents: scores.length,
    entity: { precision, recall, f1: precision + recall ? +((2 * precision * recall) / (precision + recall)).toFixed(3) : 0 },
    duplicates: sum('duplicates'), typeAccuracy: div(sum('typeRight'), sum('typed')),
    relationRecall: div(sum('foundPairs'), sum('goldPairs')), relationPrecision: div(sum('relCorrect'), sum('relPredicted')),
    labelAccuracy: div(sum('labelRight'), sum('labelled')),
    typedRelationRecall: div(sum('typedFound'), sum('goldTriples')), typedRelationPrecision: div(sum('typedFound'), sum('typedPredicted')),
    grounded: div(sum('grounded'), sum('edges')), nodes: sum('nodes'), edges: sum('edges'),
  };
}
