import * as z from "zod";

/** An S3 event notification record (the parts ingest reads). */
const S3Record = z.object({
  eventName: z.string(),
  s3: z.object({
    bucket: z.object({ name: z.string().min(3) }),
    object: z.object({ key: z.string().min(1), size: z.number().optional() }),
  }),
});

/** What S3 sends to a queue: records, or a one-off test event when the notification is set up. */
export const S3Notification = z.union([
  z.object({ Records: z.array(S3Record) }),
  z.object({ Event: z.literal("s3:TestEvent") }).transform(() => ({ Records: [] })),
]);

export const SqsRecord = z.object({
  messageId: z.string(),
  body: z.string(),
  attributes: z
    .object({ ApproximateReceiveCount: z.coerce.number().int().min(1) })
    .partial()
    .default({}),
});

/** S3 URL-encodes keys in notifications, with "+" for spaces. */
export const decodeS3Key = (key: string) => decodeURIComponent(key.replace(/\+/g, " "));

export interface ObjectRef {
  bucket: string;
  key: string;
}

/** The objects a queue message announces; throws (a poison message) when it is not an S3 notification. */
export function objectsIn(record: z.infer<typeof SqsRecord>): ObjectRef[] {
  let body: unknown;
  try {
    body = JSON.parse(record.body);
  } catch {
    throw new Error(`message ${record.messageId} is not JSON`);
  }
  const notification = S3Notification.safeParse(body);
  if (!notification.success) throw new Error(`message ${record.messageId} is not an S3 event notification`);
  return notification.data.Records.filter((r) => r.eventName.startsWith("ObjectCreated:")).map((r) => ({
    bucket: r.s3.bucket.name,
    key: decodeS3Key(r.s3.object.key),
  }));
}

/** The notification S3 sends for created objects (keys URL-encoded, spaces as "+"). */
export function s3Notification(refs: ObjectRef[]) {
  return {
    Records: refs.map((ref) => ({
      eventName: "ObjectCreated:Put",
      s3: {
        bucket: { name: ref.bucket },
        object: { key: encodeURIComponent(ref.key).replace(/%20/g, "+").replace(/%2F/g, "/") },
      },
    })),
  };
}
