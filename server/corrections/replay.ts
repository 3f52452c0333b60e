// Replaying the log: after every extraction the corrections are applied again, in order, to the
// graph the extractions make. Which of them still apply is the replay's finding (shown to people as
// `applies`); a graph that already has them (an article merged into the corrected graph) gets them
// again, and a correction counts as applying if it did before or does now.
import { createHash } from 'node:crypto';
import type { KnowledgeGraph } from '../graph/build';
import { EntityFinder, applyCorrection, type DocumentText } from './apply';
import type { LoggedCorrection } from './log';

/** Which corrections applied, by id. */
export type Applies = Map<string, boolean>;

/** Applies the log to a graph built from the extractions; says which entries applied. */
export function replayLog(graph: KnowledgeGraph, entries: readonly LoggedCorrection[], textOf: DocumentText): Applies {
  const finder = new EntityFinder(graph);
  const applies: Applies = new Map();
  for (const e of entries) applies.set(e.id, applyCorrection(graph, e.correction, finder, textOf) !== false);
  markReplayed(graph, entries, applies);
  return applies;
}

/** Applies the log again to a graph that has it already and has just taken in more. */
export function replayAgain(graph: KnowledgeGraph, entries: readonly LoggedCorrection[], applies: Applies, textOf: DocumentText): void {
  const finder = new EntityFinder(graph);
  for (const e of entries) if (applyCorrection(graph, e.correction, finder, textOf) !== false) applies.set(e.id, true);
  markReplayed(graph, entries, applies);
}

/** A log's identity: which entries, in which order. graph.json built with another log is stale. */
export function logFingerprint(entries: readonly LoggedCorrection[]): string {
  return createHash('sha256').update(entries.map((e) => e.id).join('\n')).digest('hex').slice(0, 16);
}

/** The graph records which log it carries and what of it did not apply: a cached graph.json says so. */
export function markReplayed(graph: KnowledgeGraph, entries: readonly LoggedCorrection[], applies: Applies): void {
  graph.setAttribute('corrections', { log: logFingerprint(entries), notApplied: entries.filter((e) => !applies.get(e.id)).map((e) => e.id) });
}

/** What a graph read from graph.json says of the log it carries; undefined if another log. */
export function appliesRecorded(graph: KnowledgeGraph, entries: readonly LoggedCorrection[]): Applies | undefined {
  const recorded = graph.getAttribute('corrections');
  if (!entries.length && !recorded) return new Map();
  if (!recorded || recorded.log !== logFingerprint(entries)) return undefined;
  const notApplied = new Set(recorded.notApplied);
  return new Map(entries.map((e) => [e.id, !notApplied.has(e.id)]));
}
