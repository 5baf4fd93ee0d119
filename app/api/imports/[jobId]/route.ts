import { requireSignedIn } from "@/lib/server/auth-guard";
import { route } from "@/lib/server/http";
import { cancelImportJob, getImportJob } from "@/lib/server/imports/import-jobs";

/** Where one of your imports is: bytes received, parsing, writing N of M, then its result or error. */
export const GET = route<{ jobId: string }>(async ({ user, params }) =>
  getImportJob(requireSignedIn(user).id, params.jobId),
);

/** Cancel one of your imports; answers once it has stopped ("cancelled": nothing was written). */
export const DELETE = route<{ jobId: string }>(async ({ user, params }) =>
  cancelImportJob(requireSignedIn(user).id, params.jobId),
);
