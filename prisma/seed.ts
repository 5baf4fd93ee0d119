// `npm run db:seed`: seed the demo debate into DATABASE_URL (SQLite by default). Idempotent and
// versioned: an older demo nobody edited is replaced; an edited one is kept, and this says so.
import { createClient, prepareClient } from "@/lib/db/create-client";
import { DEMO_DEBATE_ID, DEMO_SEED_VERSION, DEMO_USER, seedDemo } from "./seed-lib";

const url = process.env.DATABASE_URL ?? "file:./data/clash.db";
const db = createClient(url);
await prepareClient(db, url);
try {
  const r = await seedDemo(db);
  if (r.keptEdited) {
    console.log(
      `the demo debate (seed version ${r.version}) has been edited by a user, so it was left as it is; version ${DEMO_SEED_VERSION} was not installed (delete the debate "${DEMO_DEBATE_ID}" to get it)`,
    );
  } else if (r.created) {
    console.log(
      `${r.upgraded ? "replaced the unedited demo with" : "seeded"} the Tajikistan debate (version ${r.version}): ${r.nodes} arguments, ${r.edges} connections`,
    );
  } else console.log(`demo debate version ${r.version} already present; nothing to do`);
  console.log(`demo owner: ${DEMO_USER.email} / ${DEMO_USER.password}`);
} finally {
  await db.$disconnect();
}
