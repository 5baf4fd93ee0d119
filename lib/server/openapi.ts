import "server-only";
import { z } from "zod";
import { ApiErrorBody } from "@/lib/domain/api-error-schemas";
import * as S from "@/lib/domain/schemas";
import { HistoryEntryDto } from "@/lib/domain/changes";
import { EvaluationDto } from "@/lib/domain/evaluation-schemas";
import { SeminarDto } from "@/lib/domain/seminar-schemas";
import { ROUTE_CONTRACTS, type ResponseSpec, type RouteContract } from "./api-contracts";
import { ImportReportDto, ImportResultDto } from "./imports/import-result-dto";

/** Schemas named once under components and referenced wherever a contract uses them. */
const components: Record<string, z.ZodType> = {
  Error: ApiErrorBody,
  Node: S.NodeDto,
  Edge: S.EdgeDto,
  SourceSummary: S.SourceSummaryDto,
  Source: S.SourceDto,
  DebateSummary: S.DebateSummaryDto,
  Debate: S.DebateDto,
  Member: S.MemberDto,
  CreateDebate: S.CreateDebateInput,
  UpdateDebate: S.UpdateDebateInput,
  CreateNode: S.CreateNodeInput,
  UpdateNode: S.UpdateNodeInput,
  CreateEdge: S.CreateEdgeInput,
  UpdateEdge: S.UpdateEdgeInput,
  Ops: S.OpsInput,
  SetMember: S.SetMemberInput,
  CreateSource: S.CreateSourceInput,
  UpdateSource: S.UpdateSourceInput,
  CutCard: S.CutCardInput,
  SearchHit: S.SearchHitDto,
  CreateComment: S.CreateCommentInput,
  UpdateComment: S.UpdateCommentInput,
  Comment: S.CommentDto,
  HistoryEntry: HistoryEntryDto,
  Restore: S.RestoreInput,
  CreateLink: S.CreateLinkInput,
  ShareLink: S.ShareLinkDto,
  Evaluation: EvaluationDto,
  ImportReport: ImportReportDto,
  ImportResult: ImportResultDto,
  Seminar: SeminarDto,
};
const componentName = new Map<z.ZodType, string>(Object.entries(components).map(([name, schema]) => [schema, name]));

type Json = Record<string, unknown>;
type Operation = { summary: string; parameters?: Json[]; requestBody?: Json; responses: Record<string, ResponseSpec> };
type PathItem = { parameters?: Json[] } & Partial<Record<RouteContract["method"], Operation>>;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ content: { "application/json": { schema } } });
const toJson = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
/** A zod schema as a reference when it is a named component, inline otherwise; JSON Schema as it is. */
const schemaOf = (schema: z.ZodType | Json) =>
  schema instanceof z.ZodType ? (componentName.has(schema) ? ref(componentName.get(schema)!) : toJson(schema)) : schema;

const ERRORS: Record<string, string> = {
  "400": "malformed JSON",
  "401": "not signed in",
  "403": "not allowed (or cross-origin)",
  "404": "unknown id",
  "409": "stale version or duplicate; body carries `details.current`",
  "413": "body over the limit",
  "415": "not application/json",
  "422": "invalid fields; `details` has field errors",
};

function responsesOf(contract: RouteContract): Record<string, ResponseSpec> {
  const out: Record<string, ResponseSpec> = Object.fromEntries(
    Object.entries(ERRORS).map(([code, description]) => [code, { description, ...json(ref("Error")) }]),
  );
  if (contract.response)
    out[String(contract.status ?? 200)] = {
      description: contract.status === 201 ? "Created" : "OK",
      ...json(schemaOf(contract.response)),
    };
  for (const [code, response] of Object.entries(contract.responses ?? {})) {
    out[code] = Number(code) >= 400 && !response.content ? { ...response, ...json(ref("Error")) } : response;
  }
  return out;
}

function queryParameters(query: RouteContract["query"]): Json[] {
  if (!query) return [];
  return Object.entries(query.shape).map(([name, prop]) => {
    const schema = prop as z.ZodType;
    return { name, in: "query", required: !schema.safeParse(undefined).success, schema: toJson(schema) };
  });
}

function operationOf(contract: RouteContract): Operation {
  const parameters = [...queryParameters(contract.query), ...(contract.parameters ?? [])];
  const requestBody =
    contract.requestBody ?? (contract.body ? { required: true, ...json(schemaOf(contract.body)) } : undefined);
  return {
    summary: contract.summary,
    ...(parameters.length ? { parameters } : {}),
    ...(requestBody ? { requestBody } : {}),
    responses: responsesOf(contract),
  };
}

/** The OpenAPI paths object: one entry per path, its path parameters once, one operation per contract. */
export function pathsOf(contracts: readonly RouteContract[]): Record<string, PathItem> {
  const paths: Record<string, PathItem> = {};
  for (const contract of contracts) {
    const names = [...contract.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    paths[contract.path] ??= names.length
      ? { parameters: names.map((name) => ({ name, in: "path", required: true, schema: { type: "string" } })) }
      : {};
    if (paths[contract.path]![contract.method])
      throw new Error(`two contracts for ${contract.method.toUpperCase()} ${contract.path}`);
    paths[contract.path]![contract.method] = operationOf(contract);
  }
  return paths;
}

/** The OpenAPI 3.1 description of the API, generated from the route contracts (lib/server/api-contracts.ts). */
export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Clash API",
      version: "1.0.0",
      description: "Map policy debates: claims, rebuttals and evidence. Errors always have the shape of `Error`.",
    },
    paths: pathsOf(ROUTE_CONTRACTS),
    components: {
      schemas: Object.fromEntries(Object.entries(components).map(([name, schema]) => [name, toJson(schema)])),
    },
  };
}
