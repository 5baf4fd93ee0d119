// Derive prisma/postgresql/schema.prisma from the canonical SQLite schema (single source of truth).
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
const src = readFileSync("prisma/schema.prisma", "utf8");
let out = src
  .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
  .replace(/output\s*=\s*"\.\.\/generated\/prisma"/, 'output       = "../../generated/prisma-pg"');
if (out === src || !out.includes("prisma-pg")) throw new Error("gen-pg-schema: patterns did not match");
mkdirSync("prisma/postgresql", { recursive: true });
writeFileSync(
  "prisma/postgresql/schema.prisma",
  "// GENERATED from prisma/schema.prisma by scripts/gen-pg-schema.mjs - do not edit\n" + out,
);
console.log("wrote prisma/postgresql/schema.prisma");
