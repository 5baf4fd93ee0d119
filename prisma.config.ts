import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

// Offline guards (Prisma 6.19): if the schema cannot be read, the CLI silently falls back to the
// "library" engine and tries to download it from binaries.prisma.sh. Pointing these at any
// existing file disables that download and surfaces the real error instead.
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= path.resolve("package.json");
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("package.json");
// .env is NOT loaded when a prisma.config.ts exists; give env("DATABASE_URL") a default.
process.env.DATABASE_URL ??= "file:./data/clash.db";
const url = process.env.DATABASE_URL;
const isPg = /^postgres(ql)?:\/\//.test(url);

// Work-around (Prisma 6.19 JS schema engine + better-sqlite3): the shadow DB used by
// `migrate dev` / `migrate diff --from-migrations` receives whole migration.sql files via
// executeRaw, which better-sqlite3 rejects ("more than one statement").
type RawQuery = { sql: string; args: unknown[] };
type ScriptingAdapter = { executeRaw(q: RawQuery): Promise<number>; executeScript(script: string): Promise<void> };
const errorText = (e: unknown): string =>
  e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e);

function multiStatementSafe<T extends ScriptingAdapter>(adapter: T): T {
  const view: ScriptingAdapter = adapter;
  const raw = view.executeRaw.bind(adapter);
  view.executeRaw = async (q) => {
    try {
      return await raw(q);
    } catch (e: unknown) {
      if (q.args.length === 0 && /more than one statement/.test(errorText(e))) {
        await view.executeScript(q.sql);
        return 0;
      }
      throw e;
    }
  };
  return adapter;
}

// Work-around (Prisma 6.19 JS schema engine + @prisma/adapter-pg, prisma/orm#27403): catalog
// queries return columns of PG types `name` (oid 19) and `"char"` (oid 18), which the adapter
// rejects ("Column type 'name'/'char' could not be deserialized"). Report them as text (oid 25).
// performIO is private in the adapter's class, hence the structural view.
type IoResult = { fields?: { dataTypeID: number }[] };
type IoAdapter = { performIO(q: unknown): Promise<IoResult> };
function nameAsText<T extends object>(adapter: T): T {
  const view = adapter as unknown as IoAdapter;
  const io = view.performIO.bind(adapter);
  view.performIO = async (q) => {
    const res = await io(q);
    for (const f of res.fields ?? []) {
      if (f.dataTypeID === 19 || f.dataTypeID === 18)
        f.dataTypeID = 25; // name, "char" -> text
      else if (f.dataTypeID === 1003 || f.dataTypeID === 1002) f.dataTypeID = 1009; // arrays of them -> text[]
    }
    return res;
  };
  return adapter;
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: isPg ? path.join("prisma", "postgresql", "schema.prisma") : path.join("prisma", "schema.prisma"),
  // Not async: it builds the adapter synchronously, and Prisma awaits whatever it returns.
  adapter() {
    if (isPg) {
      // Pass discrete fields, not connectionString (a connectionString would also win inside
      // the adapter's own shadow-DB pool and point the "shadow" at the real database).
      const u = new URL(url);
      const cfg = {
        host: u.hostname,
        port: Number(u.port || 5432),
        user: decodeURIComponent(u.username),
        password: decodeURIComponent(u.password),
        database: u.pathname.slice(1),
      };
      const f = new PrismaPg(cfg);
      const connect = f.connect.bind(f);
      f.connect = async () => nameAsText(await connect());
      // Replacement shadow DB: the stock one drops the DB before closing its pool
      // ("database ... is being accessed by other users").
      f.connectToShadowDb = async () => {
        const admin = await f.connect();
        const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
        await admin.executeScript(`CREATE DATABASE "${database}"`);
        const shadow = nameAsText(await new PrismaPg({ ...cfg, database }).connect());
        const dispose = shadow.dispose.bind(shadow);
        shadow.dispose = async () => {
          await dispose(); // ends the shadow pool first
          await admin.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
          await admin.dispose();
        };
        return shadow;
      };
      return Promise.resolve(f);
    }
    const f = new PrismaBetterSQLite3({ url });
    const connectShadow = f.connectToShadowDb.bind(f);
    f.connectToShadowDb = async () => multiStatementSafe(await connectShadow());
    return Promise.resolve(f);
  },
});
