// `npm run db:seed`: seed the demo debate into DATABASE_URL (SQLite by default). Idempotent.
import { createClient, prepareClient } from "@/lib/db/create-client";
import { DEMO_USER, seedDemo } from "./seed-lib";

const url = process.env.DATABASE_URL ?? "file:./data/clash.db";
const db = createClient(url);
await prepareClient(db, url);
try {
  const r = await seedDemo(db);
  console.log(r.created ? `seeded the Tajikistan debate: ${r.nodes} arguments, ${r.edges} connections` : "demo debate already present; nothing to do");
  console.log(`demo owner: ${DEMO_USER.email} / ${DEMO_USER.password}`);
} finally {
  await db.$disconnect();
}
