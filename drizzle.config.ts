import { defineConfig } from 'drizzle-kit';

// Only `generate` is used: encrypted files are migrated by the app itself (src-main/core/db/migrate.ts).
export default defineConfig({
  dialect: 'sqlite',
  schema: './src-main/core/db/schema/index.ts',
  out: './drizzle',
});
