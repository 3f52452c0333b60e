// Reading GEXF and GraphML as a stream of XML events (saxes): no document tree is built, so memory
// grows with the graph, not with the file's markup, and a deeply nested or huge file costs no more
// than its elements. What the reader makes of attributes follows graphology-gexf and
// graphology-graphml (declared types cast, defaults applied, viz colour, size and position read),
// so files that Gephi, networkx or yEd wrote read as they did with those parsers.
import { SaxesParser, type SaxesTagPlain } from 'saxes';

export type GraphFormat = 'gexf' | 'graphml';

export type Attributes = Record<string, unknown>;

/** What a graph file holds, element by element: nodes in file order, then the edges. */
export interface GraphFileReader {
  node(id: string, attributes: Attributes): void;
  edge(source: string, target: string, attributes: Attributes): void;
}

export class GraphFileError extends Error {}

interface Declared { name: string; type: string; fallback?: string }

/** An element's own name, without its namespace prefix ("viz:position" → "position"). */
const local = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * Reads a GEXF or GraphML document, calling the reader for each node (in order) and then each edge.
 * Throws GraphFileError for malformed XML or a root that is neither format.
 */
export function readXmlGraph(source: string, reader: GraphFileReader): GraphFormat {
  const parser = new SaxesParser();
  let format: GraphFormat | undefined;
  const open: string[] = [];
  let problem: string | undefined;
  parser.on('error', (err) => { problem ??= err.message; });

  // the declarations ("attributes" in GEXF, "key" in GraphML), by class and id
  const declared: Record<string, Map<string, Declared>> = { node: new Map(), edge: new Map(), graph: new Map(), all: new Map() };
  let declaring: { cls: string; id: string; decl: Declared } | undefined;
  let gexfClass = 'node';
  // the element being read: a node or an edge, its attributes so far
  let current: { kind: 'node' | 'edge'; id: string; source: string; target: string; attributes: Attributes } | undefined;
  let dataKey: string | undefined;
  let text = '';
  // edges wait for the end: GraphML may name a node after an edge that ends at it
  const edges: { source: string; target: string; attributes: Attributes }[] = [];

  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = local(tag.name);
    const a = tag.attributes as Record<string, string>;
    if (open.length === 0) {
      if (name !== 'gexf' && name !== 'graphml') throw new GraphFileError(`not a GEXF or GraphML file (its root element is <${tag.name}>)`);
      format = name;
    }
    open.push(name);
    text = '';
    if (format === 'gexf') {
      if (name === 'attributes') gexfClass = a.class === 'edge' ? 'edge' : 'node';
      else if (name === 'attribute' && !current) {
        const id = a.id ?? a.for ?? '';
        // as graphology-gexf: a numeric id is named by its title, any other by itself
        const title = Number.isNaN(Number(id)) ? id : (a.title || id);
        declaring = { cls: gexfClass, id, decl: { name: title, type: a.type || 'string' } };
      } else if (name === 'node' || name === 'edge') {
        current = { kind: name, id: a.id ?? '', source: a.source ?? '', target: a.target ?? '', attributes: {} };
        if (a.label) current.attributes.label = a.label;
        if (a.weight) current.attributes.weight = Number(a.weight);
        if (a.kind) current.attributes.kind = a.kind;
      } else if (current && name === 'attvalue') {
        const id = a.for ?? a.id ?? '';
        const decl = declared[current.kind]!.get(id);
        current.attributes[decl?.name ?? id] = gexfValue(decl?.type ?? 'string', a.value ?? '');
      } else if (current && open.length >= 2) {
        readViz(name, a, current.attributes);
      }
    } else if (format === 'graphml') {
      if (name === 'key') {
        declaring = { cls: a.for || 'node', id: a.id ?? '', decl: { name: a['attr.name'] || a.id || '', type: a['attr.type'] || 'string' } };
      } else if (name === 'node' || name === 'edge') {
        current = { kind: name, id: a.id ?? '', source: a.source ?? '', target: a.target ?? '', attributes: {} };
      } else if (name === 'data' && current) {
        dataKey = a.key ?? '';
      }
    }
  });

  parser.on('text', (t) => { if (declaring || dataKey !== undefined) text += t; });

  parser.on('closetag', (tag: SaxesTagPlain) => {
    const name = local(tag.name);
    open.pop();
    if (name === 'default' && declaring) declaring.decl.fallback = text;
    else if ((name === 'attribute' || name === 'key') && declaring) {
      declared[declaring.cls]?.set(declaring.id, declaring.decl);
      declaring = undefined;
    } else if (name === 'data' && current && dataKey !== undefined) {
      const decl = declared[current.kind]!.get(dataKey) ?? declared.all!.get(dataKey);
      current.attributes[decl?.name ?? dataKey] = decl ? graphmlValue(decl.type, text) : text;
      dataKey = undefined;
    } else if ((name === 'node' || name === 'edge') && current && current.kind === name) {
      const attributes = withDefaults(current.attributes, declared[name]!, format === 'gexf' ? gexfValue : graphmlValue);
      if (format === 'graphml') rgbToColor(attributes);
      if (name === 'node') reader.node(current.id, attributes);
      else edges.push({ source: current.source, target: current.target, attributes });
      current = undefined;
    }
  });

  // in pieces, so that a malformed file stops early (saxes reports XML faults to the handler above;
  // what the reader's callbacks throw goes through as it is)
  for (let at = 0; at < source.length && !problem; at += 1 << 16) parser.write(source.slice(at, at + (1 << 16)));
  if (!problem) parser.close();
  if (problem) throw new GraphFileError(`malformed XML (${problem})`);
  if (!format) throw new GraphFileError('malformed XML (no root element)');
  for (const e of edges) reader.edge(e.source, e.target, e.attributes);
  return format;
}

function withDefaults(attributes: Attributes, declared: Map<string, Declared>, cast: (type: string, value: string) => unknown): Attributes {
  for (const d of declared.values()) {
    if (d.fallback !== undefined && !(d.name in attributes)) attributes[d.name] = cast(d.type, d.fallback);
  }
  return attributes;
}

/** GEXF's viz elements: colour, size, position, shape, thickness. */
function readViz(name: string, a: Record<string, string>, out: Attributes): void {
  if (name === 'color') out.color = a.hex || (a.a ? `rgba(${a.r},${a.g},${a.b},${a.a})` : `rgb(${a.r},${a.g},${a.b})`);
  else if (name === 'size') out.size = Number(a.value);
  else if (name === 'position') {
    if (a.x) out.x = Number(a.x);
    if (a.y) out.y = Number(a.y);
    if (a.z) out.z = Number(a.z);
  } else if (name === 'shape') out.shape = a.value;
  else if (name === 'thickness') out.thickness = Number(a.value);
}

/** A GEXF attribute value of its declared type (lists as "[a, b]" or "a|b"). */
export function gexfValue(type: string, value: string): unknown {
  if (type.startsWith('list')) {
    const inner = value.startsWith('[') && value.endsWith(']') ? value.slice(1, -1).split(',') : value.split('|');
    const items = inner.map((s) => s.trim().replace(/^(["'])(.*)\1$/, '$2')).filter((s) => s !== '');
    return items.map((s) => gexfValue(type.slice(4), s));
  }
  switch (type) {
    case 'integer': case 'long': case 'short': case 'byte': return parseInt(value, 10);
    case 'float': case 'double': return parseFloat(value);
    case 'boolean': return value === 'true';
    default: return value;
  }
}

/** A GraphML data value of its key's type. */
function graphmlValue(type: string, value: string): unknown {
  switch (type) {
    case 'boolean': return value.toLowerCase() === 'true';
    case 'int': case 'long': case 'float': case 'double': return Number(value);
    default: return value;
  }
}

/** GraphML's r, g, b attributes as one colour, as graphology-graphml does. */
function rgbToColor(attributes: Attributes): void {
  const { r, g, b } = attributes;
  if (typeof r !== 'number' || typeof g !== 'number' || typeof b !== 'number') return;
  const hex = (v: number) => (v | 0).toString(16).padStart(2, '0').slice(-2);
  attributes.color = `#${hex(r)}${hex(g)}${hex(b)}`;
  delete attributes.r; delete attributes.g; delete attributes.b;
}
