// drizzle-kit: generates drizzle/ (one migration folder for PGlite and PostgreSQL) from the schema.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/server/store/schema.ts',
  out: './drizzle',
});
