// Unit tests never query a database, but a few import server modules (the OpenAPI document walks
// the route contracts, which reach lib/server/db), and the Prisma client sets its SQLite pragmas as
// soon as it is created: give it a folder to open its file in, so a fresh clone does not fail.
import { mkdirSync } from "node:fs";
import path from "node:path";

export default function setup(): void {
  mkdirSync(path.resolve(import.meta.dirname, "..", "data"), { recursive: true });
}
