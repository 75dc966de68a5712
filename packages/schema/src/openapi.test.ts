import { createConfig, lintFromString } from "@redocly/openapi-core";
import { describe, expect, it } from "vitest";
import { createOpenApiDocument } from "./openapi.ts";

describe("createOpenApiDocument", () => {
  const document = createOpenApiDocument();

  it("describes every route of the API", () => {
    expect(Object.keys(document.paths ?? {}).sort()).toEqual([
      "/articles",
      "/articles/{id}",
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
    expect(document.components?.schemas).toHaveProperty("Film");
    expect(document.components?.schemas).toHaveProperty("Problem");
  });

  it("passes the Redocly recommended ruleset with no errors or warnings", async () => {
    const config = await createConfig({ extends: ["recommended"], rules: { "info-contact": "off" } });
    const problems = await lintFromString({ source: JSON.stringify(document), config });
    expect(problems.map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`)).toEqual([]);
  });
});
