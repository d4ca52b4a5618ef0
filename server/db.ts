// The one choke point for Neo4j: every statement runs here, with the database named, sessions
// closed in finally, driver errors mapped to ours and driver types turned into plain values.
import neo4j, { type Driver, type QueryResult, type RecordShape } from 'neo4j-driver';
import { cypher } from './cypher.ts';
import { DatabaseQueryError, DatabaseUnavailableError } from './errors.ts';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface QueryTiming {
  rows: Row[];
  serverMs: number; // resultAvailableAfter + resultConsumedAfter
}

const unavailableCodes = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

/** Driver values (Integer, Date, Point, Node, …) to plain JSON-friendly values. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isPoint(value)) {
    const p = value as unknown as { x: number; y: number; srid: number };
    return { longitude: p.x, latitude: p.y, srid: Number(p.srid) };
  }
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) || neo4j.isDuration(value)) {
    return (value as { toString(): string }).toString();
  }
  if (neo4j.isNode(value)) return toPlain(value.properties);
  if (neo4j.isRelationship(value)) return { type: value.type, ...(toPlain(value.properties) as Row) };
  const out: Row = {};
  for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
  return out;
}

function mapError(name: string, err: unknown): Error {
  const code = (err as { code?: string }).code ?? 'unknown';
  if (unavailableCodes.has(code)) return new DatabaseUnavailableError(err);
  return new DatabaseQueryError(name, code, err);
}

function plainRows(result: QueryResult<RecordShape>): Row[] {
  return result.records.map((r) => toPlain(r.toObject()) as Row);
}

export class Database {
  private constructor(
    readonly driver: Driver,
    readonly database: string,
  ) {}

  static connect(uri: string, user: string, password: string, database: string): Database {
    const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
      disableLosslessIntegers: true,
      // The driver's defaults (30 s retries, 60 s acquisition) would hang API requests.
      maxTransactionRetryTime: 5_000,
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      userAgent: 'cluster-explorer/0.1',
    });
    return new Database(driver, database);
  }

  /** Runs the named read statement (cypher/<name>.cypher) in an auto-routed read transaction. */
  async read(name: string, params: Params = {}): Promise<Row[]> {
    return (await this.readTimed(name, params)).rows;
  }

  async readTimed(name: string, params: Params = {}): Promise<QueryTiming> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((tx) => tx.run(cypher(name), params));
      const s = result.summary;
      return { rows: plainRows(result), serverMs: Number(s.resultAvailableAfter) + Number(s.resultConsumedAfter) };
    } catch (err) {
      throw mapError(name, err);
    } finally {
      await session.close();
    }
  }

  /** Runs the named write statement; retried on transient errors, so statements must be idempotent. */
  async write(name: string, params: Params = {}): Promise<Row[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return plainRows(await session.executeWrite((tx) => tx.run(cypher(name), params)));
    } catch (err) {
      throw mapError(name, err);
    } finally {
      await session.close();
    }
  }

  /** Several named writes in one transaction: all land or none (imports, seed batches). */
  async writeAll(steps: { name: string; params: Params }[]): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    let current = '';
    try {
      await session.executeWrite(async (tx) => {
        for (const step of steps) {
          current = step.name;
          await tx.run(cypher(step.name), step.params);
        }
      });
    } catch (err) {
      throw mapError(current, err);
    } finally {
      await session.close();
    }
  }

  /** Schema statements and `CALL … IN TRANSACTIONS` need an auto-commit transaction. */
  async autoCommit(name: string, params: Params = {}): Promise<void> {
    const session = this.driver.session({ database: this.database });
    try {
      await session.run(cypher(name), params);
    } catch (err) {
      throw mapError(name, err);
    } finally {
      await session.close();
    }
  }

  async ping(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.database });
    } catch (err) {
      throw mapError('ping', err);
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
