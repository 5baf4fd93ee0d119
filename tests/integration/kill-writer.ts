// A writer for the kill -9 rounds (kill-rounds.slow.test.ts): four concurrent loops of edits
// through the real use case, each acknowledged on stdout only after its transaction committed,
// until the test kills this process with SIGKILL.
import { OpsInput } from "@/lib/domain/schemas";
import { applyOps } from "@/lib/server/debates/apply-ops";

const [debateId, id, name, email, round] = process.argv.slice(2) as [string, string, string, string, string];
const user = { id, name, email };
let n = 0;

async function writer(w: number): Promise<never> {
  for (;;) {
    const nodeId = `k${round}-${w}-${n++}`;
    await applyOps({
      user,
      debateId,
      input: OpsInput.parse({
        ops: [{ op: "createNode", node: { id: nodeId, kind: "claim", side: "aff", title: `ack ${nodeId}` } }],
      }),
    });
    process.stdout.write(`ack ${nodeId}\n`);
  }
}

void Promise.all([0, 1, 2, 3].map(writer)).catch((err: unknown) => {
  process.stderr.write(`writer failed: ${String(err)}\n`);
  process.exit(1);
});
