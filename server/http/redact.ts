/**
 * Personal links carry a token that opens someone's answers: the server log must never hold one.
 * Paths that carry a token: the respondent's page /s/<token> and the API /api/respond/<token>/…,
 * the clinic's comment page /c/<token> with its API /api/comments/<token>/…, and its document
 * upload page /d/<token> with its API /api/documents/<token>.
 * (Password-reset and first-admin tokens travel in the URL fragment or the body, never logged.)
 */
const TOKEN_IN_PATH = /^((?:\/api)?\/(?:respond|s|comments|c|documents|d)\/)[^/?#]+/;

export function redactUrl(url: string): string {
  return url.replace(TOKEN_IN_PATH, '$1[token]');
}

interface LoggedRequest {
  method: string;
  url: string;
  hostname?: string;
  ip?: string;
  socket?: { remotePort?: number };
}

/** Fastify's default request serializer, with the URL's token taken out. */
export function requestSerializer(request: LoggedRequest) {
  return {
    method: request.method,
    url: redactUrl(request.url),
    host: request.hostname,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}
