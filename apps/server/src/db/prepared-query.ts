import type { Compilable, CompiledQuery } from 'kysely';
import type { Executor } from './executor';

/** Stands where an argument goes while the query is compiled the first time. */
class Slot {
  constructor(readonly index: number) {}
}

interface Prepared {
  compiled: CompiledQuery;
  /** For each compiled parameter: the argument that fills it, or undefined for a constant. */
  slots: (number | undefined)[];
}

/**
 * Kysely builds and compiles a query afresh on every call, which on the hottest read paths costs
 * more than the database takes to run it. A prepared query is built once per dialect, with
 * slots where its arguments go; afterwards only the parameters change. Arguments must be plain
 * values used in comparisons (not arrays, not query builders), so they compile to one parameter each.
 */
export function preparedQuery<Args extends readonly string[], Row>(
  build: (db: Executor, ...args: Args) => Compilable<Row>,
): (db: Executor, ...args: Args) => Promise<Row[]> {
  const byAdapter = new WeakMap<object, Prepared>();
  const prepare = (db: Executor, arity: number): Prepared => {
    const slots = Array.from({ length: arity }, (_, index) => new Slot(index));
    const compiled = build(db, ...(slots as unknown as Args)).compile();
    return {
      compiled,
      slots: compiled.parameters.map((p) => (p instanceof Slot ? p.index : undefined)),
    };
  };
  return async (db, ...args) => {
    const adapter = db.getExecutor().adapter;
    let prepared = byAdapter.get(adapter);
    if (!prepared) {
      prepared = prepare(db, args.length);
      byAdapter.set(adapter, prepared);
    }
    const { compiled, slots } = prepared;
    const parameters = compiled.parameters.map((constant, i) => {
      const slot = slots[i];
      return slot === undefined ? constant : args[slot];
    });
    const result = await db.executeQuery<Row>({ ...compiled, parameters });
    return result.rows;
  };
}
