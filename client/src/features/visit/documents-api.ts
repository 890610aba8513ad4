import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DocumentLinkView, DocumentRequestBody, ReviewDocument, ReviewDocuments } from '../../../../contract/documents.js';
import { request, uploadFile, type UploadOptions } from '../../api/client';

export type { DocumentLinkView, DocumentRequestBody, ReviewDocument, ReviewDocuments };

const base = (id: string) => `/api/reviews/${encodeURIComponent(id)}/documents`;
const described = (upload: { category: string; name: string }) => new URLSearchParams({ category: upload.category, name: upload.name });

export const documentsApi = {
  list: (id: string, signal?: AbortSignal) => request<ReviewDocuments>('GET', base(id), undefined, { signal }),
  ask: (id: string, body: DocumentRequestBody) => request<{ ok: true }>('PUT', `${base(id)}/request`, body),
  upload: (id: string, category: string, file: File, options?: UploadOptions) =>
    uploadFile<{ id: string }>(`${base(id)}?${described({ category, name: file.name })}`, file, 'application/octet-stream', options),
  setPoints: (id: string, documentId: string, points: string[]) =>
    request<{ ok: true }>('PUT', `${base(id)}/${encodeURIComponent(documentId)}/points`, { points }),
  remove: (id: string, documentId: string) => request<{ ok: true }>('DELETE', `${base(id)}/${encodeURIComponent(documentId)}`),
  downloadUrl: (id: string, documentId: string) => `${base(id)}/${encodeURIComponent(documentId)}`,

  openLink: (token: string, signal?: AbortSignal) => request<DocumentLinkView>('GET', `/api/documents/${encodeURIComponent(token)}`, undefined, { signal }),
  uploadThroughLink: (token: string, category: string, file: File, options?: UploadOptions) =>
    uploadFile<{ id: string }>(
      `/api/documents/${encodeURIComponent(token)}?${described({ category, name: file.name })}`,
      file,
      'application/octet-stream',
      options,
    ),
};

export const documentKeys = { list: (id: string) => ['reviews', id, 'documents'] as const };

export function useReviewDocuments(id: string) {
  return useQuery({ queryKey: documentKeys.list(id), queryFn: ({ signal }) => documentsApi.list(id, signal) });
}

/** Any change to the review's documents: the list is fetched afresh afterwards. */
export function useDocumentChange<A>(id: string, change: (args: A) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: change, onSettled: () => queryClient.invalidateQueries({ queryKey: documentKeys.list(id) }) });
}
