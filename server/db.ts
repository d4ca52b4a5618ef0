// The one choke point for Neo4j: every statement runs here, with the database named, sessions
// closed in finally, driver errors mapped to ours and driver types turned into plain values.
import neo4j, { Neo4jError, type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import { cypher } from './cypher.ts';
import { mapError } from './db-errors.ts';
import { DatabaseUnavailableError, RowShapeError } from './errors.ts';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** Turns one plain row of a statement into its type, or throws; a zod schema is one. */
export interface RowParser<T> {
  parse(row: unknown): T;
}

/** Named statements inside one write transaction (Database.transaction). */
export interface Tx {
  run<T>(name: string, params: Params, parser: RowParser<T>): Promise<T[]>;
  run(name: string, params?: Params): Promise<Row[]>;
}

/** Errors the caller threw inside a transaction (validation, conflicts): rolled back and passed on as they are. */
const isDriverError = (err: unknown): boolean => err instanceof Neo4jError;

export interface QueryTiming {
  rows: Row[];
  serverMs: number; // resultAvailableAfter + resultConsumedAfter
}

// How long the probe waits: a Neo4j that takes longer to answer RETURN 1 is as good as down.
const probeTimeoutMs = 1_000;

/** Driver values (Integer, Date, Point, Node, …) to plain JSON-friendly values. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isPoint(value)) return { longitude: value.x, latitude: value.y, srid: Number(value.srid) };
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) || neo4j.isDuration(value)) {
    return (value as { toString(): string }).toString();
  }
  if (neo4j.isNode(value)) return plainEntries(value.properties);
  if (neo4j.isRelationship(value)) return { type: value.type, ...plainEntries(value.properties) };
  return plainEntries(value);
}

/** A record's fields or an entity's properties, each value made plain. */
function plainEntries(value: object): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
  return out;
}

function parseRows<T>(name: string, rows: Row[], parser: RowParser<T>): T[] {
  return rows.map((row, index) => {
    try {
      return parser.parse(row);
    } catch (err) {
      throw new RowShapeError(name, index, err);
    }
  });
}

function plainRows(result: QueryResult<RecordShape>): Row[] {
  return result.records.map((r) => plainEntries(r.toObject()));
}

export class Database {
  private constructor(
    readonly driver: Driver,
    readonly database: string,
    // A driver of one connection for the health probe, so a hung probe never waits behind queries.
    private readonly probeDriver: Driver,
    /** The transaction timeout of every statement; null: the server's (jobs: seed, metrics). */
    readonly timeoutMs: number | null,
  ) {}

  static connect(uri: string, user: string, password: string, database: string): Database {
    const auth = neo4j.auth.basic(user, password);
    const driver = neo4j.driver(uri, auth, {
      disableLosslessIntegers: true,
      // The driver's defaults (30 s retries, 60 s acquisition) would hang API requests: a Neo4j
      // that is gone must reach clients as DATABASE_UNAVAILABLE within about 3 s.
      maxTransactionRetryTime: 2_000,
      connectionAcquisitionTimeout: 3_000,
      connectionTimeout: 2_000,
      userAgent: 'cluster-explorer/0.1',
    });
    const probeDriver = neo4j.driver(uri, auth, {
      maxConnectionPoolSize: 1,
      maxTransactionRetryTime: 0,
      connectionAcquisitionTimeout: probeTimeoutMs,
      connectionTimeout: probeTimeoutMs,
      userAgent: 'cluster-explorer/0.1 probe',
    });
    return new Database(driver, database, probeDriver, null);
  }

  /** The same database (same drivers) with a transaction timeout on every statement: the API's view. */
  withTimeout(timeoutMs: number): Database {
    return new Database(this.driver, this.database, this.probeDriver, timeoutMs);
  }

  private get txConfig(): { timeout: number } | undefined {
    return this.timeoutMs === null ? undefined : { timeout: this.timeoutMs };
  }

  /**
   * Runs the named read statement (cypher/<name>.cypher) in an auto-routed read transaction. With a
   * parser every row is parsed into its type where it comes in; a row of another shape is a
   * RowShapeError naming the statement, the row and the field (a bug, never the user's fault).
   */
  async read<T>(name: string, params: Params, parser: RowParser<T>): Promise<T[]>;
  async read(name: string, params?: Params): Promise<Row[]>;
  async read<T>(name: string, params: Params = {}, parser?: RowParser<T>): Promise<(T | Row)[]> {
    const { rows } = await this.readTimed(name, params);
    return parser ? parseRows(name, rows, parser) : rows;
  }

  async readTimed(name: string, params: Params = {}): Promise<QueryTiming> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((tx) => tx.run(cypher(name), params), this.txConfig);
      const s = result.summary;
      return { rows: plainRows(result), serverMs: Number(s.resultAvailableAfter) + Number(s.resultConsumedAfter) };
    } catch (err) {
      throw mapError(name, err, this.timeoutMs);
    } finally {
      await session.close();
    }
  }

  /**
   * Streams the rows of the named read statement, each parsed where it comes in, for answers too
   * large to hold (the network export). The driver pulls the next batch only as the caller asks for
   * rows (its record watermarks), so a slow reader slows Neo4j instead of filling memory. Leaving
   * the loop early (break, an error, the caller's abort) cancels the statement and closes the
   * session. Auto-commit, never retried: rows already handed on cannot be taken back.
   */
  async *stream<T>(name: string, params: Params, parser: RowParser<T>): AsyncGenerator<T, void, undefined> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    let index = 0;
    try {
      for await (const record of session.run(cypher(name), params, this.txConfig)) {
        let row: T;
        try {
          row = parser.parse(plainEntries(record.toObject()));
        } catch (err) {
          throw new RowShapeError(name, index, err);
        }
        index += 1;
        yield row;
      }
    } catch (err) {
      throw err instanceof RowShapeError ? err : mapError(name, err, this.timeoutMs);
    } finally {
      await session.close();
    }
  }

  /**
   * The database's last committed transaction (the driver's bookmark after an empty read): it
   * changes with every write, whoever made it (the API, a seed, Neo4j Browser), so an answer
   * kept under it is still true while it is the same (answer-cache.ts).
   */
  async lastCommit(): Promise<string> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      await session.executeRead((tx) => tx.run('RETURN 1'), this.txConfig);
      return session.lastBookmarks().join(' ');
    } catch (err) {
      throw mapError('lastCommit', err, this.timeoutMs);
    } finally {
      await session.close();
    }
  }

  /**
   * Runs the named write statement; retried on transient errors, so statements must be idempotent.
   * A parser parses the rows it returns, as for read.
   */
  async write<T>(name: string, params: Params, parser: RowParser<T>): Promise<T[]>;
  async write(name: string, params?: Params): Promise<Row[]>;
  async write<T>(name: string, params: Params = {}, parser?: RowParser<T>): Promise<(T | Row)[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    let rows: Row[];
    try {
      rows = plainRows(await session.executeWrite((tx) => tx.run(cypher(name), params), this.txConfig));
    } catch (err) {
      throw mapError(name, err, this.timeoutMs);
    } finally {
      await session.close();
    }
    return parser ? parseRows(name, rows, parser) : rows;
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
      }, this.txConfig);
    } catch (err) {
      throw mapError(current, err, this.timeoutMs);
    } finally {
      await session.close();
    }
  }

  /**
   * Runs `work` in one write transaction: every statement it runs lands, or none (an edit and its
   * audit record, an import batch). What `work` throws rolls everything back and reaches the caller
   * unchanged. The driver retries transient failures (deadlocks), so `work` may run more than once:
   * it must not change anything outside the transaction.
   */
  async transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    let current = '';
    const wrap = (t: ManagedTransaction): Tx => ({
      async run<R>(name: string, params: Params = {}, parser?: RowParser<R>): Promise<(R | Row)[]> {
        current = name;
        const rows = plainRows(await t.run(cypher(name), params));
        return parser ? parseRows(name, rows, parser) : rows;
      },
    });
    try {
      return await session.executeWrite((t) => work(wrap(t)), this.txConfig);
    } catch (err) {
      throw isDriverError(err) ? mapError(current, err, this.timeoutMs) : err;
    } finally {
      await session.close();
    }
  }

  /** Schema statements and `CALL … IN TRANSACTIONS` need an auto-commit transaction. */
  async autoCommit(name: string, params: Params = {}): Promise<void> {
    const session = this.driver.session({ database: this.database });
    try {
      await session.run(cypher(name), params, this.txConfig);
    } catch (err) {
      throw mapError(name, err, this.timeoutMs);
    } finally {
      await session.close();
    }
  }

  async ping(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.database });
    } catch (err) {
      throw mapError('ping', err, this.timeoutMs);
    }
  }

  /**
   * Asks Neo4j for RETURN 1 on its own connection and gives up after a second. Unlike ping, it
   * notices a Neo4j that accepts connections but does not answer (frozen, or swapping).
   */
  async probe(): Promise<void> {
    const session = this.probeDriver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        session.run('RETURN 1'),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new DatabaseUnavailableError(new Error(`no answer within ${probeTimeoutMs} ms`))),
            probeTimeoutMs,
          );
        }),
      ]);
    } catch (err) {
      throw err instanceof DatabaseUnavailableError ? err : mapError('probe', err, probeTimeoutMs);
    } finally {
      clearTimeout(timer);
      // A session whose statement hangs would hang its close too: let it finish in its own time.
      void session.close().catch(() => {});
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.driver.close(), this.probeDriver.close()]);
  }
}
