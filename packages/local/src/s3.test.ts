import { GetObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalS3, type S3Notification, startLocalS3 } from "./s3.ts";

describe("startLocalS3", () => {
  let s3: LocalS3;
  const events: S3Notification[] = [];
  beforeAll(async () => {
    s3 = await startLocalS3({ buckets: ["articles-bucket"] });
    s3.onObjectCreated((e) => events.push(e));
  });
  afterAll(async () => {
    await s3.close();
  });

  it("stores objects and announces each created one as an S3 notification", async () => {
    await s3.client.send(
      new PutObjectCommand({
        Bucket: "articles-bucket",
        Key: "a/b c.txt",
        Body: "hello",
        Metadata: { format: "text" },
      }),
    );
    const object = await s3.client.send(
      new GetObjectCommand({ Bucket: "articles-bucket", Key: "a/b c.txt" }),
    );
    expect(await object.Body?.transformToString()).toBe("hello");
    expect(object.Metadata).toEqual({ format: "text" });
    await new Promise((r) => setTimeout(r, 50));
    const record = events[0]?.Records[0] as {
      eventName: string;
      s3: { bucket: { name: string }; object: { key: string } };
    };
    expect(record.eventName).toMatch(/^ObjectCreated:/);
    expect(record.s3.bucket.name).toBe("articles-bucket");
    expect(decodeURIComponent(record.s3.object.key.replace(/\+/g, " "))).toBe("a/b c.txt");
  });
});
