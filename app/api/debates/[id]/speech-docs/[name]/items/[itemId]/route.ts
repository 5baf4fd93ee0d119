import { SpeechName, UpdateSpeechItemInput } from "@/lib/domain/speech-doc-schemas";
import { route } from "@/lib/server/http";
import { parseParam } from "@/lib/server/speech-docs/speech-name-param";
import { removeSpeechItem } from "@/lib/server/speech-docs/remove-speech-item";
import { updateSpeechItem } from "@/lib/server/speech-docs/update-speech-item";

type P = { id: string; name: string; itemId: string };
export const PATCH = route<P>(async ({ user, params, body }) =>
  updateSpeechItem({
    user,
    debateId: params.id,
    name: parseParam(SpeechName, params.name),
    itemId: params.itemId,
    input: await body(UpdateSpeechItemInput),
  }),
);
export const DELETE = route<P>(async ({ user, params }) =>
  removeSpeechItem({ user, debateId: params.id, name: parseParam(SpeechName, params.name), itemId: params.itemId }),
);
