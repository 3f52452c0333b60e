// The export formats: what each is called, its media type and file name, and how it is written.
import type Graph from 'graphology';
import { gexfChunks } from './gexf';
import { graphmlChunks } from './graphml';
import { neo4jZip } from './csv';

export const EXPORT_FORMATS = ['gexf', 'gexf-1.2', 'graphml', 'json', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportSpec { contentType: string; extension: string; write: (graph: Graph) => Iterable<string | Uint8Array> }

export const EXPORTS: Record<ExportFormat, ExportSpec> = {
  gexf: { contentType: 'application/gexf+xml; charset=utf-8', extension: 'gexf', write: (g) => gexfChunks(g, '1.3') },
  'gexf-1.2': { contentType: 'application/gexf+xml; charset=utf-8', extension: 'gexf', write: (g) => gexfChunks(g, '1.2draft') },
  graphml: { contentType: 'application/graphml+xml; charset=utf-8', extension: 'graphml', write: graphmlChunks },
  json: { contentType: 'application/json; charset=utf-8', extension: 'json', write: (g) => [JSON.stringify(g.export())] },
  csv: { contentType: 'application/zip', extension: 'zip', write: (g) => [neo4jZip(g)] },
};

/** A file name for an export: "ariadne-nikita-khrushchev-depth-2.gexf". */
export function exportFileName(format: ExportFormat, parts: string[]): string {
  const base = ['ariadne', ...parts].join('-').replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 120);
  return `${base}${format === 'gexf-1.2' ? '-1.2' : ''}.${EXPORTS[format].extension}`;
}
