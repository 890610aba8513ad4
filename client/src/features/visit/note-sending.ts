import { ApiError } from '../../api/client';
import { problemMessage } from '../../i18n/problems';
import { visitApi } from './api';
import type { KeyValueStorage, NoteChange, QueueEntry, SendOutcome } from './note-queue';

/** localStorage, or a stand-in when the browser refuses it (the queue then lives as long as the page). */
export function browserStorage(): KeyValueStorage {
  try {
    const storage = window.localStorage;
    storage.getItem('');
    return storage;
  } catch {
    const memory = new Map<string, string>();
    return { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v), removeItem: (k) => void memory.delete(k) };
  }
}

type Sent = SendOutcome & { stored?: NoteChange; loggedOut?: boolean };

/** One queued change to the server; `stored` is what the server then holds for the note. */
export async function send(reviewId: string, entry: QueueEntry): Promise<Sent> {
  try {
    if (entry.deleted) {
      await visitApi.deleteNote(reviewId, entry.id);
      return { kind: 'stored', stored: entry };
    }
    // The answer is what is stored: newer than this change when another tablet saved meanwhile.
    const note = await visitApi.saveNote(reviewId, entry.id, { group: entry.group, areas: entry.areas, body: entry.body, savedAt: entry.savedAt });
    return { kind: 'stored', stored: { ...note, deleted: false } };
  } catch (error) {
    if (!(error instanceof ApiError)) return { kind: 'retry', detail: String(error) };
    // 410: the note was deleted (here or on another tablet); a deletion is final, so this change is done with.
    if (error.status === 410) return { kind: 'stored', stored: { ...entry, deleted: true } };
    const { code, params, detail: message } = error.problem;
    const detail = problemMessage({ code, params, message }, 'problem.badRequest');
    // No network, the server down or busy, a session to renew: the same change will do later.
    if (error.status === 401) return { kind: 'retry', detail, loggedOut: true };
    if (error.status === 0 || error.status >= 500 || [408, 429].includes(error.status)) return { kind: 'retry', detail };
    return { kind: 'rejected', detail };
  }
}
