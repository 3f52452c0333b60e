// The command line's corrections: `kg corrections`, `kg merge`, `kg rename`, `kg retype`,
// `kg delete`, `kg split`, `kg relate`, `kg unrelate`, `kg undo`. Through the corpus store, as the
// API's: the same checks, the same log.
import { CorpusStore, type CorrectionStatus } from '../store/corpus-store';
import type { Correction } from './apply';
import { summarize } from './summary';
import type { KnowledgeGraph } from '../graph/build';
import { CorrectionError, addRelation, deleteEntity, deleteRelation, editEntity, mergeEntities, splitEntity } from './requests';
import { parseArgs } from 'node:util';
import { ENTITY_TYPES, type EntityType } from '../extract/model';

export const CORRECTIONS_USAGE = `  kg corrections [--json]               the corrections made to the corpus, each with whether it still applies
  kg merge ID INTO                      merge entity ID into entity INTO
  kg rename ID LABEL                    give an entity a new label (the old one becomes an alias)
  kg retype ID TYPE                     give an entity another type (${ENTITY_TYPES.join(', ')})
  kg delete ID                          delete an entity and its relations
  kg split ID ALIAS... [--label L] [--type T]   move some names of an entity (with their mentions and relations) to a new one
  kg relate SOURCE TARGET LABEL [--note TEXT]   add a relation by hand (marked curated)
  kg unrelate RELATION-KEY              delete a relation ("source->target", as the graph names it)
  kg undo CORRECTION-ID                 undo a correction`;

type Log = (line: string) => void;

export async function correctionsCommand(command: string, args: string[], dataDir: string): Promise<number> {
  const log: Log = (l) => console.error(`kg ${command}: ${l}`);
  const need = (n: number, what: string): boolean => {
    if (args.length === n) return true;
    console.error(`kg ${command}: give ${what}\n${CORRECTIONS_USAGE}`);
    return false;
  };
  switch (command) {
    case 'corrections': {
      const store = await CorpusStore.open(dataDir, { log });
      const list = store.correctionsList();
      if (args.includes('--json')) console.log(JSON.stringify(list, null, 2));
      else if (!list.length) console.log('no corrections');
      else for (const c of list) console.log(describe(c));
      return 0;
    }
    case 'merge': return need(2, 'the entity to merge and the one to merge it into') ? make(dataDir, log, (g) => [mergeEntities(g, args[0]!, args[1]!)]) : 2;
    case 'rename': return need(2, 'an entity id and its new label') ? make(dataDir, log, (g) => editEntity(g, args[0]!, { label: args[1]! })) : 2;
    case 'retype': {
      if (!need(2, 'an entity id and a type')) return 2;
      const type = args[1]!;
      if (!(ENTITY_TYPES as readonly string[]).includes(type)) { log(`"${type}" is not a type: ${ENTITY_TYPES.join(', ')}`); return 2; }
      return make(dataDir, log, (g) => editEntity(g, args[0]!, { type: type as EntityType }));
    }
    case 'delete': return need(1, 'an entity id') ? make(dataDir, log, (g) => [deleteEntity(g, args[0]!)]) : 2;
    case 'split': {
      const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { label: { type: 'string' }, type: { type: 'string' } } });
      if (positionals.length < 2) { log(`give an entity id and the names to move\n${CORRECTIONS_USAGE}`); return 2; }
      if (values.type !== undefined && !(ENTITY_TYPES as readonly string[]).includes(values.type)) { log(`"${values.type}" is not a type: ${ENTITY_TYPES.join(', ')}`); return 2; }
      const [id, ...aliases] = positionals as [string, ...string[]];
      return make(dataDir, log, (g) => [splitEntity(g, id, { aliases, label: values.label, type: values.type as EntityType | undefined })]);
    }
    case 'relate': {
      const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { note: { type: 'string' } } });
      if (positionals.length !== 3) { log(`give the source, the target and a label\n${CORRECTIONS_USAGE}`); return 2; }
      const [source, target, label] = positionals as [string, string, string];
      if (!label.trim() || label.length > 100) { log('the label must be 1 to 100 characters'); return 2; }
      return make(dataDir, log, (g) => [addRelation(g, new Map(), { source, target, label, note: values.note })]);
    }
    case 'unrelate': return need(1, 'a relation key ("source->target")') ? make(dataDir, log, (g) => [deleteRelation(g, args[0]!)]) : 2;
    case 'undo': {
      if (!need(1, 'the id of a correction (kg corrections lists them)')) return 2;
      const store = await CorpusStore.open(dataDir, { log });
      const done = await store.undoCorrection(args[0]!);
      await store.flush();
      if (!done) { log(`no correction with id "${args[0]}"`); return 1; }
      console.log(`undone ${args[0]}`);
      return 0;
    }
    default: return 2;
  }
}

export const CORRECTION_COMMANDS = new Set(['corrections', 'merge', 'rename', 'retype', 'delete', 'split', 'relate', 'unrelate', 'undo']);

async function make(dataDir: string, log: Log, request: (graph: KnowledgeGraph) => Correction[]): Promise<number> {
  const store = await CorpusStore.open(dataDir, { log });
  try {
    const { corrections, entity } = await store.correct(request);
    await store.flush();
    if (!corrections.length) console.log('nothing to change');
    for (const c of corrections) console.log(describe(c));
    if (entity) console.log(`entity: ${entity}`);
    return 0;
  } catch (err) {
    if (!(err instanceof CorrectionError)) throw err;
    log(err.message);
    return 1;
  }
}

/** One line per correction: its id, when, what, and whether it still applies. */
export function describe(c: CorrectionStatus): string {
  return `${c.id}  ${c.at}  ${summarize(c.correction)}${c.applies ? '' : '  [no longer applies]'}`;
}
