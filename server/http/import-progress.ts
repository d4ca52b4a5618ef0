// How far each upload's import has got, so the dialog can say "12.500 Zeilen geprüft" while it
// waits for the answer (checking 100,000 rows takes minutes). In memory: an import runs in the
// process it was uploaded to. The browser names its upload with a random token; only the user who
// uploaded may ask for it. Kept a few minutes after the end, so a last look finds the final count.
export interface Progress {
  pass: 'check' | 'apply';
  rows: number;
  done: boolean;
}

/** A token the browser makes (crypto.randomUUID): long and random, never shown to others. */
export const progressToken = /^[A-Za-z0-9-]{16,64}$/;

const KEEP_MS = 5 * 60_000;
/** Uploads tracked at once: a client that makes up tokens cannot grow the map without end. */
const MAX_TRACKED = 500;

export class ImportProgress {
  private readonly uploads = new Map<string, { userId: string; progress: Progress; at: number }>();

  /** Starts tracking an upload; the function returned records each step of the import. */
  track(token: string, userId: string): (p: { pass: Progress['pass']; rows: number }) => void {
    this.prune();
    const entry: { userId: string; progress: Progress; at: number } = {
      userId,
      progress: { pass: 'check', rows: 0, done: false },
      at: Date.now(),
    };
    this.uploads.set(token, entry);
    return (p) => {
      entry.progress = { ...p, done: false };
      entry.at = Date.now();
    };
  }

  finish(token: string): void {
    const entry = this.uploads.get(token);
    if (entry) entry.progress = { ...entry.progress, done: true };
  }

  /** The upload's progress, for the user who uploaded it only. */
  of(token: string, userId: string): Progress | null {
    const entry = this.uploads.get(token);
    return entry && entry.userId === userId ? entry.progress : null;
  }

  private prune(): void {
    const now = Date.now();
    for (const [token, e] of this.uploads) if (e.progress.done && now - e.at > KEEP_MS) this.uploads.delete(token);
    // Oldest first (a Map keeps insertion order).
    for (const token of this.uploads.keys()) {
      if (this.uploads.size < MAX_TRACKED) break;
      this.uploads.delete(token);
    }
  }
}
