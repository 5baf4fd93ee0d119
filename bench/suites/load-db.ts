// Child process: store the generated debates in the server's database through the app's own
// import use case (Clash JSON with positions, owned by the demo account the seed creates).
// Prints `RESULT {"<n>": "<debate id>", …}`. DATABASE_URL names the (already prepared) database.
import { readFileSync } from "node:fs";
import { DEMO_USER } from "@/prisma/seed-lib";
import { dataFile } from "../generate";
import { SIZES } from "../lib/stats";

const { importDebate } = await import("@/lib/server/imports/import-debate");
const user = { id: DEMO_USER.id, name: DEMO_USER.name, email: DEMO_USER.email };
const ids: Record<number, string> = {};
for (const n of SIZES) {
  const t = performance.now();
  const r = await importDebate({
    user,
    format: "json",
    text: readFileSync(dataFile(n, "clash.json")),
    fileName: `bench-${n}.clash.json`,
  });
  ids[n] = r.debate.id;
  console.log(
    `stored ${r.report.counts.nodes} arguments, ${r.report.counts.edges} connections in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
}
console.log(`RESULT ${JSON.stringify(ids)}`);
process.exit(0);
