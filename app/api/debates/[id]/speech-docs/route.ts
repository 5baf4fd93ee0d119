import { route } from "@/lib/server/http";
import { listSpeechDocs } from "@/lib/server/speech-docs/list-speech-docs";

/** The debate's speech documents (viewers too). */
export const GET = route<{ id: string }>(async ({ user, params }) => ({
  speechDocs: await listSpeechDocs({ user, debateId: params.id }),
}));
