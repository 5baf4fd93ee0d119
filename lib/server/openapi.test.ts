// The OpenAPI document against the route files on disk: every method a route file exports is
// documented, and every documented operation has its route, so neither can drift from the other.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ROUTE_CONTRACTS, UNDOCUMENTED_ROUTES } from "./api-contracts";
import { openApiDocument, pathsOf } from "./openapi";

const API_DIR = path.resolve(import.meta.dirname, "../../app/api");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Every route file under app/api as `METHOD /api/path` in OpenAPI's spelling (`[id]` → `{id}`). */
function routesOnDisk(): string[] {
  const files = readdirSync(API_DIR, { recursive: true, encoding: "utf8" }).filter(
    (f) => path.basename(f) === "route.ts",
  );
  return files.flatMap((file) => {
    const segments = path
      .dirname(file)
      .split(path.sep)
      .filter((s) => s !== ".");
    const apiPath = `/api/${segments.map((s) => s.replace(/^\[(.+)\]$/, "{$1}")).join("/")}`;
    if (apiPath in UNDOCUMENTED_ROUTES) return [];
    const source = readFileSync(path.join(API_DIR, file), "utf8");
    const exported = METHODS.filter((m) =>
      new RegExp(`export\\s+(const|async\\s+function|function)\\s+${m}\\b`).test(source),
    );
    expect(exported.length, `${file} exports no handler`).toBeGreaterThan(0);
    return exported.map((m) => `${m} ${apiPath}`);
  });
}

function documented(): string[] {
  const { paths } = openApiDocument();
  return Object.entries(paths).flatMap(([p, item]) =>
    METHODS.filter((m) => m.toLowerCase() in item).map((m) => `${m} ${p}`),
  );
}

describe("the OpenAPI document", () => {
  it("documents every method of every route file under app/api, and nothing else", () => {
    const onDisk = routesOnDisk().sort();
    expect(onDisk.length).toBeGreaterThan(40);
    expect(documented().sort()).toEqual(onDisk);
  });

  it("is generated from the contracts: request bodies and answers are the routes' zod schemas", () => {
    const { paths, components } = openApiDocument();
    const create = paths["/api/debates/{id}/nodes"]?.post;
    expect(create?.requestBody).toEqual({
      required: true,
      content: { "application/json": { schema: { $ref: "#/components/schemas/CreateNode" } } },
    });
    expect(create?.responses["201"]?.content?.["application/json"]?.schema).toEqual({
      $ref: "#/components/schemas/Node",
    });
    expect(paths["/api/debates/{id}/nodes"]?.parameters).toEqual([
      { name: "id", in: "path", required: true, schema: { type: "string" } },
    ]);
    expect(paths["/api/nodes/{id}"]?.delete?.parameters).toEqual([
      { name: "version", in: "query", required: false, schema: expect.objectContaining({}) },
    ]);
    expect(paths["/api/debates/{id}/search"]?.get?.parameters?.find((p) => p.name === "q")).toMatchObject({
      required: true,
    });
    expect(components.schemas.Node).toEqual(
      z.toJSONSchema(
        ROUTE_CONTRACTS.find((c) => c.path === "/api/nodes/{id}" && c.method === "patch")!.response as z.ZodType,
        { io: "input", unrepresentable: "any" },
      ),
    );
  });

  it("refuses two contracts for one method and path", () => {
    const twice = ROUTE_CONTRACTS.filter((c) => c.path === "/api/debates");
    expect(() => pathsOf([...twice, twice[0]!])).toThrow(/two contracts for GET \/api\/debates/);
  });
});
