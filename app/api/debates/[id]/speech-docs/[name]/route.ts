import { SpeechName } from "@/lib/domain/speech-doc-schemas";
import { route } from "@/lib/server/http";
import { parseParam } from "@/lib/server/speech-docs/speech-name-param";
import { deleteSpeechDoc } from "@/lib/server/speech-docs/delete-speech-doc";
import { getSpeechDoc } from "@/lib/server/speech-docs/get-speech-doc";

type P = { id: string; name: string };
export const GET = route<P>(async ({ user, params }) =>
  getSpeechDoc({ user, debateId: params.id, name: parseParam(SpeechName, params.name) }),
);
export const DELETE = route<P>(async ({ user, params }) =>
  deleteSpeechDoc({ user, debateId: params.id, name: parseParam(SpeechName, params.name) }),
);
