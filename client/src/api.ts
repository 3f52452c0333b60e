// The explorer's only way to the data: the service's HTTP API. The request and response types are
// the contract's (server/api/contract.ts, type-only imports: nothing of the server runs here, and
// nothing else of it is read by the explorer's type check).
import type {
  AddRelationBody, AddResult, CorrectionEntry, EntityType, CorrectionResult, CorrectionsResponse, EditEntityBody, ExportViewBody, GraphsResponse, LayoutBody, LayoutResult,
  DocumentsResponse, DocumentSummary, DocumentView, MergeSuggestion, MergeSuggestionsResponse, NodeDetail, PathResponse, RemoveResult, SearchHit, ServedGraph,
  SplitBody, Vocabulary,
} from '../../server/api/contract';

export type { AddResult, CorrectionEntry, EntityType, CorrectionResult, DocumentSummary, DocumentView, MergeSuggestion, NodeDetail, SearchHit };
export type PathResult = PathResponse;

export class ApiFailure extends Error {
  constructor(readonly status: number, message: string) { super(message); }
}

/** One request's answer when it succeeded, or an ApiFailure with the service's own message. */
async function answer(path: string, init: RequestInit = {}): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers: { accept: 'application/json', ...init.headers } });
  } catch {
    throw new ApiFailure(0, 'The graph service cannot be reached.');
  }
  if (!res.ok) {
    const body = await res.json().catch(() => null) as { error?: { message?: string } } | null;
    throw new ApiFailure(res.status, body?.error?.message ?? `The service answered ${res.status}.`);
  }
  return res;
}

/** One request: JSON back, or an ApiFailure. */
const request = async <T>(path: string, init: RequestInit = {}): Promise<T> => (await answer(path, init)).json() as Promise<T>;

const get = <T>(path: string) => request<T>(path);

const TOKEN_KEY = 'ariadne:token';

/** Asks for the service's API token (after a 401) and keeps it for this tab; false if none was given. */
export function askForToken(purpose: string): boolean {
  const token = prompt(`This service needs its API token to ${purpose}:`);
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  return !!token;
}

/** A change (POST, PUT, PATCH or DELETE), with the API token if the user gave one. */
function send<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: { contentType: string; data: string }): Promise<T> {
  const token = sessionStorage.getItem(TOKEN_KEY);
  return request<T>(path, { method, body: body?.data, headers: { ...(body ? { 'content-type': body.contentType } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) } });
}

const json = (data: unknown) => ({ contentType: 'application/json', data: JSON.stringify(data) });

/** The graph the page shows: an imported one (its id), or the corpus (undefined). Set once at start. */
let graph: string | undefined;
export function useGraph(id: string | undefined): void { graph = id; }
export const currentGraph = (): string | undefined => graph;

/** A query string; every read of a graph names the graph the page shows. */
const q = (params: Record<string, string | number | undefined>) => new URLSearchParams(Object.entries({ graph, ...params }).filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => [k, String(v)])).toString();

export const api = {
  graph: () => get<ServedGraph>(`/api/graph?${q({})}`),
  graphs: () => get<GraphsResponse>('/api/graphs'),
  vocabulary: () => get<Vocabulary>('/api/vocabulary'),
  search: (text: string, limit = 8) => get<{ results: SearchHit[] }>(`/api/search?${q({ q: text, limit })}`),
  node: (id: string) => get<NodeDetail>(`/api/nodes/${encodeURIComponent(id)}?${q({})}`),
  path: (from: string, to: string) => get<PathResult>(`/api/path?${q({ from, to })}`),
  documents: () => get<DocumentsResponse>('/api/documents'),
  document: (id: string) => get<DocumentView>(`/api/documents/${encodeURIComponent(id)}`),
  addArticle: (article: { text: string; title?: string; format?: 'txt' | 'md' | 'html' }) => send<AddResult>('POST', '/api/documents', { contentType: 'application/json', data: JSON.stringify(article) }),
  saveLayout: (positions: LayoutBody['positions']) => send<LayoutResult>('PUT', '/api/layout', { contentType: 'application/json', data: JSON.stringify({ graph, positions }) }),
  removeArticle: (id: string) => send<RemoveResult>('DELETE', `/api/documents/${encodeURIComponent(id)}`),
  editEntity: (id: string, change: EditEntityBody) => send<CorrectionResult>('PATCH', `/api/nodes/${encodeURIComponent(id)}`, json(change)),
  mergeEntity: (id: string, into: string) => send<CorrectionResult>('POST', `/api/nodes/${encodeURIComponent(id)}/merge`, json({ into })),
  splitEntity: (id: string, split: SplitBody) => send<CorrectionResult>('POST', `/api/nodes/${encodeURIComponent(id)}/split`, json(split)),
  deleteEntity: (id: string) => send<CorrectionResult>('DELETE', `/api/nodes/${encodeURIComponent(id)}`),
  addRelation: (relation: AddRelationBody) => send<CorrectionResult>('POST', '/api/relations', json(relation)),
  deleteRelation: (key: string) => send<CorrectionResult>('DELETE', `/api/relations/${encodeURIComponent(key)}`),
  corrections: () => get<CorrectionsResponse>('/api/corrections'),
  undoCorrection: (id: string) => send<{ undone: string }>('DELETE', `/api/corrections/${encodeURIComponent(id)}`),
  mergeSuggestions: (limit = 30) => get<MergeSuggestionsResponse>(`/api/suggestions/merges?limit=${limit}`),
  exportUrl: (params: Record<string, string | number | undefined>) => `/api/export?${q(params)}`,
  /** The view on screen as a file: its bytes and the name the service gives it. */
  exportView: async (view: ExportViewBody): Promise<{ blob: Blob; fileName: string }> => {
    const res = await answer('/api/export', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ graph, ...view }) });
    const fileName = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `ariadne-view.${view.format}`;
    return { blob: await res.blob(), fileName };
  },
};
