import * as z from "zod";
import type { QueryConfig } from "./config.ts";

/** What the AWS Parameters and Secrets Lambda extension answers for a secret. */
const ExtensionAnswer = z.object({
  SecretString: z.string().min(16, { error: "the cursor secret must be at least 16 characters" }),
});

/**
 * The key that signs pagination cursors. Deployed, it is read once at cold start from Secrets
 * Manager through the Parameters and Secrets extension (on localhost, authenticated with the
 * function's session token), so the value never sits in the function's configuration, where
 * anyone allowed to read that could see it. Locally and in tests, CURSOR_SECRET gives it.
 */
export async function resolveCursorSecret(
  config: QueryConfig,
  env: Record<string, string | undefined>,
): Promise<string> {
  if (config.cursorSecret) return config.cursorSecret;
  const port = env.PARAMETERS_SECRETS_EXTENSION_HTTP_PORT ?? "2773";
  const url = `http://localhost:${port}/secretsmanager/get?secretId=${encodeURIComponent(config.cursorSecretArn ?? "")}`;
  const response = await fetch(url, {
    headers: { "X-Aws-Parameters-Secrets-Token": env.AWS_SESSION_TOKEN ?? "" },
  });
  if (!response.ok) throw new Error(`cursor secret: the secrets extension answered ${response.status}`);
  const answer = ExtensionAnswer.safeParse(await response.json());
  if (!answer.success) throw new Error(`cursor secret: ${z.prettifyError(answer.error)}`);
  return answer.data.SecretString;
}
