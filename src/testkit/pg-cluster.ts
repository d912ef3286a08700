/** Test support: the private PostgreSQL cluster (shipped for the benchmarks in src/bench/pg-cluster.ts). */
export { postgresAvailable, startPgCluster } from '../bench/pg-cluster.js';
export type { PgCluster } from '../bench/pg-cluster.js';
