// What can go wrong with what a user gives, by kind: each error that reaches a user carries its
// kind, and the API answers each kind with one HTTP status (api/errors.ts), never by reading messages.

export type ErrorKind =
  | 'invalid_article' // empty, white space only, not UTF-8
  | 'unsupported_media_type' // binary, or a type the route does not read
  | 'invalid_graph' // a GEXF or GraphML file that cannot be read
  | 'article_too_costly' // past the time or memory an article may take
  | 'graph_too_costly' // past the time or memory an imported graph may take
  | 'quota_exceeded'; // past what the service keeps

export class KindedError extends Error {
  constructor(readonly kind: ErrorKind, message: string) {
    super(message);
    this.name = new.target.name;
  }
}
