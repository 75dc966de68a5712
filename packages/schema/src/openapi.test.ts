import { createConfig, lintFromString } from "@redocly/openapi-core";
import { describe, expect, it } from "vitest";
import { createOpenApiDocument, READ_OPERATIONS } from "./openapi.ts";

describe("createOpenApiDocument", async () => {
  const document = await createOpenApiDocument();

  it("describes every route of the API", () => {
    expect(Object.keys(document.paths ?? {}).sort()).toEqual([
      "/articles",
      "/articles/{id}",
      "/articles/{id}/text",
      "/films",
      "/films/{id}",
      "/films/{id}/articles",
      "/films/{id}/facts",
      "/films/{id}/releases",
      "/people",
      "/people/{id}",
      "/people/{id}/films",
      "/releases",
    ]);
    // Every answer POST /articles can give (functions/ingest/test/ingest.int.test.ts gives each).
    expect(Object.keys(document.paths?.["/articles"]?.post?.responses ?? {}).sort()).toEqual([
      "202",
      "400",
      "403",
      "413",
      "415",
      "500",
    ]);
    expect(document.components?.schemas).toHaveProperty("Film");
    expect(document.components?.schemas).toHaveProperty("Problem");
  });

  it("describes every parameter, and gives every operation a request and response example", () => {
    type Op = {
      parameters?: { name: string; description?: string }[];
      requestBody?: { content: Record<string, { example?: unknown }> };
      responses: Record<string, { content?: Record<string, { example?: unknown }> }>;
    };
    for (const [path, item] of Object.entries(document.paths ?? {})) {
      for (const [method, op] of Object.entries(item as Record<string, Op>)) {
        const where = `${method.toUpperCase()} ${path}`;
        for (const p of op.parameters ?? []) expect(p.description, `${where} ${p.name}`).toBeTruthy();
        const ok = Object.values(op.responses["200"]?.content ?? op.responses["202"]?.content ?? {});
        expect(ok[0]?.example, where).toBeDefined();
        for (const [type, body] of Object.entries(op.requestBody?.content ?? {}))
          expect(body.example, `${where} ${type}`).toBeDefined();
      }
    }
  });

  it("gives examples that satisfy the schemas they illustrate", () => {
    for (const op of READ_OPERATIONS) {
      const ok = op.ok();
      const parsed = ok.schema.safeParse(ok.example);
      expect(parsed.error?.issues ?? [], op.operationId).toEqual([]);
    }
  });

  it("passes the Redocly recommended ruleset with no errors or warnings", async () => {
    const config = await createConfig({ extends: ["recommended"], rules: { "info-contact": "off" } });
    const problems = await lintFromString({ source: JSON.stringify(document), config });
    expect(problems.map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`)).toEqual([]);
  });
});
