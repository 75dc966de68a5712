/**
 * Load for the stack benchmark, in a process of its own so that it takes no CPU from the server
 * it measures. One load tool (autocannon) for every row, so rows differ only in what serves them.
 * Prints one JSON line: requests per second, latency percentiles (ms), requests and errors.
 *   tsx bench/load.ts http URL CONNECTIONS SECONDS
 *   tsx bench/load.ts replay ENDPOINT TABLE PK SK CONNECTIONS SECONDS
 * `replay` signs one GetItem with the SDK client and has autocannon send that same request over
 * and over straight to dynalite: the engine's own ceiling, with no client work at all.
 */
import { GetItemCommand } from "@aws-sdk/client-dynamodb";
import { localDynamoClient } from "@filmkb/local";
import autocannon from "autocannon";

/** What a load run measured: requests per second, latency percentiles (ms), requests and errors. */
export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
}

type Request = { method: "GET" | "POST"; headers?: Record<string, string>; body?: string };

async function load(
  url: string,
  request: Request,
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const r = await autocannon({ url, ...request, connections, duration: seconds, pipelining: 1 });
  return {
    rps: r.requests.total / seconds,
    p50: r.latency.p50,
    p99: r.latency.p99,
    requests: r.requests.total,
    errors: r.errors + r.non2xx,
  };
}

/** The HTTP request the SDK client sends for one GetItem, signed, as it leaves the client. */
async function signedGetItem(endpoint: string, table: string, pk: string, sk: string): Promise<Request> {
  const client = localDynamoClient(endpoint);
  let captured: Request | undefined;
  client.middlewareStack.add(
    (next) => async (args) => {
      const http = args.request as { headers: Record<string, string>; body: string | Uint8Array };
      const { host: _host, "content-length": _length, ...headers } = http.headers;
      const body = http.body;
      const text =
        typeof body === "string"
          ? body
          : Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8");
      captured = { method: "POST", headers, body: text };
      return next(args);
    },
    { step: "finalizeRequest", priority: "low", name: "captureSignedRequest" },
  );
  const out = await client.send(
    new GetItemCommand({ TableName: table, Key: { pk: { S: pk }, sk: { S: sk } } }),
  );
  client.destroy();
  if (!out.Item || !captured) throw new Error(`no item ${pk} / ${sk} to load-test with`);
  return captured;
}

const [mode, ...args] = process.argv.slice(2);
const [url = "", table = "", pk = "", sk = ""] = args;
const result =
  mode === "http"
    ? await load(url, { method: "GET" }, Number(args[1]), Number(args[2]))
    : await load(url, await signedGetItem(url, table, pk, sk), Number(args[4]), Number(args[5]));
console.log(JSON.stringify(result));
