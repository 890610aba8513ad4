import { api, ApiError } from '../../api/client';

export interface Snapshot {
  data: Record<string, unknown>;
  currentPage: number;
}

export type SaveState =
  | { kind: 'saved'; savedAt: string | null }
  /** The last attempt failed; another is scheduled (backoff). */
  | { kind: 'failed'; savedAt: string | null; retryInMs: number }
  /** The server refused the answers themselves (400/422): retrying would not help. */
  | { kind: 'rejected'; savedAt: string | null; detail: string };

export interface AutosaverOptions {
  token: string;
  snapshot: () => Snapshot;
  onState: (state: SaveState) => void;
  /** 409: the survey was answered elsewhere or closed meanwhile. */
  onConflict: () => void;
  debounceMs?: number;
  savedAt?: string | null;
}

const MAX_RETRY_MS = 30_000;

/**
 * Saves the answers so far: after a pause in typing (debounce), at once on a page change, and
 * again with a growing pause after a failure. One request at a time; changes made while one is
 * under way are sent right after it.
 */
export class Autosaver {
  private dirty = false;
  private inFlight = false;
  private stopped = false;
  private paused = false;
  private failures = 0;
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private savedAt: string | null;

  constructor(private readonly options: AutosaverOptions) {
    this.savedAt = options.savedAt ?? null;
  }

  /** An answer changed: save after a short pause. */
  changed(): void {
    this.dirty = true;
    if (this.stopped) return;
    clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => void this.saveNow(), this.options.debounceMs ?? 2000);
  }

  /** The respondent moved to another page: save at once. */
  pageChanged(): void {
    this.dirty = true;
    void this.saveNow();
  }

  get hasUnsaved(): boolean {
    return this.dirty || this.inFlight;
  }

  async saveNow(): Promise<void> {
    clearTimeout(this.debounceTimer);
    clearTimeout(this.retryTimer);
    if (this.stopped || this.paused || this.inFlight || !this.dirty) return;
    this.inFlight = true;
    this.dirty = false;
    try {
      const { savedAt } = await api.saveDraft(this.options.token, this.options.snapshot());
      this.failures = 0;
      this.savedAt = savedAt;
      if (!this.stopped) this.options.onState({ kind: 'saved', savedAt });
    } catch (err) {
      this.dirty = true;
      if (this.stopped) return;
      if (err instanceof ApiError && err.status === 409) {
        this.stop();
        this.options.onConflict();
      } else if (err instanceof ApiError && (err.status === 400 || err.status === 422)) {
        this.options.onState({ kind: 'rejected', savedAt: this.savedAt, detail: err.message });
      } else {
        // Network failure, 5xx, 429: try again, waiting 2, 4, 8, 16, 30, 30… seconds.
        this.failures += 1;
        const retryInMs = Math.min(MAX_RETRY_MS, 2000 * 2 ** (this.failures - 1));
        this.options.onState({ kind: 'failed', savedAt: this.savedAt, retryInMs });
        this.retryTimer = setTimeout(() => void this.saveNow(), retryInMs);
      }
      return;
    } finally {
      this.inFlight = false;
    }
    // Changes made while the request was under way.
    if (this.dirty) void this.saveNow();
  }

  /** While a submission is under way: it carries the answers itself. */
  pause(): void {
    this.paused = true;
    clearTimeout(this.debounceTimer);
  }

  resume(): void {
    this.paused = false;
    if (this.dirty) this.changed();
  }

  /** The page is being hidden or closed: a last save that outlives the page (keepalive). */
  flush(): void {
    if (this.stopped || this.paused || !this.dirty) return;
    clearTimeout(this.debounceTimer);
    try {
      void fetch(`/api/respond/${encodeURIComponent(this.options.token)}/draft`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(this.options.snapshot()),
        credentials: 'same-origin',
        keepalive: true,
      }).catch(() => undefined);
    } catch {
      // keepalive bodies are limited to 64 kB; the regular save covers the rest
    }
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.debounceTimer);
    clearTimeout(this.retryTimer);
  }
}
