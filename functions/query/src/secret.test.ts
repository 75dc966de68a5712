import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "./config.ts";
import { resolveCursorSecret } from "./secret.ts";

const ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:cursor-AbCdEf";
const TOKEN = "session-token";

// A stand-in for the Parameters and Secrets extension's local HTTP endpoint, over real HTTP.
let server: Server;
let port: string;
let secret = "a-cursor-secret-of-48-characters-aaaaaaaaaaaaaa";
beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const authorised = req.headers["x-aws-parameters-secrets-token"] === TOKEN;
    if (url.pathname !== "/secretsmanager/get" || url.searchParams.get("secretId") !== ARN || !authorised) {
      res.writeHead(authorised ? 404 : 401).end();
      return;
    }
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ SecretString: secret }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = String((server.address() as AddressInfo).port);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const deployed = (token = TOKEN) => ({
  env: {
    TABLE_NAME: "films",
    CURSOR_SECRET_ARN: ARN,
    AWS_SESSION_TOKEN: token,
    PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: port,
  },
});

describe("the cursor secret", () => {
  it("comes from CURSOR_SECRET locally, without asking the extension", async () => {
    const env = {
      TABLE_NAME: "films",
      CURSOR_SECRET: "local-secret-of-16+",
      PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: "1",
    };
    expect(await resolveCursorSecret(loadConfig(env), env)).toBe("local-secret-of-16+");
  });

  it("is read from Secrets Manager through the extension when deployed", async () => {
    const { env } = deployed();
    expect(await resolveCursorSecret(loadConfig(env), env)).toBe(secret);
  });

  it("fails start-up with a clear message when the extension refuses or the secret is short", async () => {
    const refused = deployed("wrong-token").env;
    await expect(resolveCursorSecret(loadConfig(refused), refused)).rejects.toThrow(/answered 401/);
    secret = "too-short";
    const { env } = deployed();
    await expect(resolveCursorSecret(loadConfig(env), env)).rejects.toThrow(/at least 16 characters/);
  });

  it("is required one way or the other", () => {
    expect(() => loadConfig({ TABLE_NAME: "films" })).toThrow(/CURSOR_SECRET \(local\) or CURSOR_SECRET_ARN/);
  });
});
