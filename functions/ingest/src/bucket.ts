import { GetObjectCommand, paginateListObjectsV2, type S3Client } from "@aws-sdk/client-s3";
import type { Article } from "@filmkb/schema";
import type { FilmStore, TextLoader } from "@filmkb/store";
import { formatOf } from "./decode.ts";
import type { ObjectRef } from "./events.ts";
import { identify } from "./ingest.ts";

async function readObject(s3: S3Client, ref: ObjectRef) {
  const response = await s3.send(new GetObjectCommand({ Bucket: ref.bucket, Key: ref.key }));
  const bytes = (await response.Body?.transformToByteArray()) ?? new Uint8Array();
  return { bytes, format: formatOf(ref.key, response.ContentType, response.Metadata?.format) };
}

/**
 * Objects in the bucket whose article has no record at all: uploads whose ingest never began
 * (the local stack died with them in its in-memory queue). Reads every object: for the local
 * stack's rescan at start, never on a request path.
 */
export async function unrecordedObjects(
  deps: { s3: S3Client; store: FilmStore; maxArticleBytes: number },
  bucket: string,
): Promise<ObjectRef[]> {
  const found: ObjectRef[] = [];
  for await (const page of paginateListObjectsV2({ client: deps.s3 }, { Bucket: bucket })) {
    for (const object of page.Contents ?? []) {
      if (!object.Key) continue;
      const ref = { bucket, key: object.Key };
      const { bytes } = await readObject(deps.s3, ref);
      const { id: articleId } = identify(bytes, deps.maxArticleBytes);
      if (!(await deps.store.getArticle(articleId))) found.push(ref);
    }
  }
  return found;
}

/** Reads an article's text from its object in the bucket: for reprocessing an article whose text the table lacks. */
export function bucketTextLoader(s3: S3Client, maxArticleBytes: number): TextLoader {
  return async (article: Article) => {
    for (const source of article.sources) {
      if (source.kind !== "s3") continue;
      try {
        const { bytes, format } = await readObject(s3, source);
        const { text } = identify(bytes, maxArticleBytes);
        if (text !== null) return { format, text };
      } catch (error) {
        if ((error as Error).name !== "NoSuchKey") throw error;
      }
    }
    return null;
  };
}
