/**
 * The adapter's way to the pool: every query waits for the migrations first (the store
 * is opened synchronously, like the SQLite one), and `transaction` runs a function on one
 * connection between BEGIN and COMMIT (ROLLBACK when it throws).
 * @typedef {{ query: (text: string, values?: unknown[]) => Promise<import('pg').QueryResult<any>> }} Queryable
 * @typedef {Queryable & { transaction: <T>(work: (client: Queryable) => Promise<T>) => Promise<T>, pool: import('pg').Pool }} Db
 */

/**
 * @param {import('pg').Pool} pool
 * @param {Promise<void>} ready  the migrations
 * @returns {Db}
 */
export function database(pool, ready) {
  return {
    pool,
    async query(text, values) {
      await ready;
      return pool.query(text, values);
    },
    async transaction(work) {
      await ready;
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
  };
}
