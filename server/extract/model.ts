// The shapes that flow between the extraction stages and out of extract().

export const ENTITY_TYPES = ['person', 'organization', 'place', 'event', 'work', 'other'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** One occurrence of a name in the text. */
export interface Mention {
  start: number;
  end: number;
  /** the name as written, without a leading "the" or a possessive */
  text: string;
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
  /** followed by a possessive 's: "Moscow's Palace of Congresses" */
  possessive: boolean;
  /** the name stood in quotation marks */
  quoted: boolean;
  /** a title or role written before the name ("President", "First Secretary of") */
  role?: string;
  /** the type the surrounding words point to, before gazetteers and heads are consulted */
  cue?: EntityType;
  /** the kind the words beside the name give it: a class noun before it ("the airline X", "leader X"), a title of the person named next ("X chief executive Y"), an apposition ("X, the carmaker,") */
  introducedAs?: EntityType;
  /** introduced by a dateline ("SANTIAGO (Reuters) —"): where the story was filed, surer than a class noun */
  dateline?: boolean;
  /** a bare head noun after "the" ("the Congress"): a reference back, not a name */
  anaphor?: boolean;
  /** in the article's title, a heading or a headline: a short form there may come before the full name */
  inTitle?: boolean;
  /** weak evidence: a capitalised word at sentence start or in a headline */
  weak?: boolean;
  /** a pronoun standing for the entity ("he", "its"): read by the relation stages only */
  pronoun?: boolean;
  /** …a description rather than a pronoun ("the council" for the Council of X, set with `pronoun`): surer of its entity */
  description?: boolean;
}

export interface Span { document: string; start: number; end: number; sentence: number }

export interface Entity {
  id: string;
  label: string;
  type: EntityType;
  aliases: string[];
  mentions: Span[];
  /** how sure the entity typer is of the type, in [0, 1] (calibrated on held-out documents) */
  confidence?: number;
}

export interface Evidence {
  document: string;
  sentence: number;
  start: number;
  end: number;
  /** exactly the words of the sentence */
  text: string;
  /** the predicate this sentence supports */
  predicate: string;
  /** the years the sentence mentions */
  years: number[];
  /** the Wikidata property the relation typer read in this sentence ("P131"), if any */
  relation?: string;
  /** how likely the document's relation is to be true, as the relation scorer put it */
  confidence?: number;
}

export interface Relation {
  source: string;
  target: string;
  label: string;
  evidence: Evidence[];
  /** how likely the relation is to be true, in [0, 1] (calibrated on held-out documents) */
  confidence?: number;
}

export interface SentenceRecord { index: number; start: number; end: number }

export interface Extraction {
  document: { id: string; format: string; title?: string; author?: string; date?: string; url?: string; text: string; sentences: SentenceRecord[] };
  entities: Entity[];
  relations: Relation[];
}
