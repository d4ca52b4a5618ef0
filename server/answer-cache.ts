// Answers kept while the database is unchanged. Every visitor's explorer asks the same start
// question (the whole network, 1.5 MB at the demo's size), and every visitor who opens a district
// of a large graph asks for the same part: Neo4j need not answer again until something was
// written. Whether it was is one round trip (Database.lastCommit), whoever wrote (the API, a
// seed, Neo4j Browser), so a kept answer is never stale.
import type { Database } from './db.ts';

export interface AnswerCache {
  /** The answer kept for `key` at the database's last commit, or `compute`'s (kept when `keep` says so). */
  get<T>(key: string, compute: () => Promise<T>, keep: (answer: T) => boolean): Promise<T>;
}

interface Kept {
  commit: string;
  answer: Promise<unknown>;
}

/** At most `entries` answers, the least recently asked dropped first. */
export function answerCache(db: Database, entries: number): AnswerCache {
  const kept = new Map<string, Kept>();
  return {
    async get<T>(key: string, compute: () => Promise<T>, keep: (answer: T) => boolean): Promise<T> {
      const commit = await db.lastCommit();
      const hit = kept.get(key);
      if (hit?.commit === commit) {
        // Most recently asked last: Map keeps insertion order.
        kept.delete(key);
        kept.set(key, hit);
        return hit.answer as Promise<T>;
      }
      // Asked while being computed: the same questions at once share one computation. Whatever is
      // written meanwhile has a later commit, so the next question computes again.
      const answer = compute();
      kept.set(key, { commit, answer });
      for (const oldest of kept.keys()) {
        if (kept.size <= entries) break;
        kept.delete(oldest);
      }
      const forget = () => {
        if (kept.get(key)?.answer === answer) kept.delete(key);
      };
      answer.then((a) => keep(a) || forget(), forget);
      return answer;
    },
  };
}

// One cache per database view: the API's view lives as long as its app, and tests start apps on
// other databases in the same process.
const caches = new WeakMap<Database, AnswerCache>();

/** The cache of the answers asked through `db` (the API's view holds one per app). */
export function answersOf(db: Database): AnswerCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = answerCache(db, 16);
    caches.set(db, cache);
  }
  return cache;
}
