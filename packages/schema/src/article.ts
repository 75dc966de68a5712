import * as z from "zod";
import { Timestamp } from "./dates.ts";
import { ArticleId, type ArticleIdentity } from "./ids.ts";
import { lazily } from "./lazy.ts";

export const ArticleFormat = lazily(() => z.enum(["text", "html", "markdown"]).meta({ id: "ArticleFormat" }));
export type ArticleFormat = z.infer<typeof ArticleFormat>;

/** Where an article came from. One article (one content hash) may arrive by several routes. */
export const ArticleSource = lazily(() =>
  z
    .discriminatedUnion("kind", [
      z.object({
        kind: z.literal("s3"),
        bucket: z.string().min(3).max(63),
        key: z.string().min(1).max(1024),
      }),
      z.object({ kind: z.literal("api"), sourceUrl: z.url().nullable().default(null) }),
      z.object({ kind: z.literal("cli"), path: z.string().min(1).max(4096) }),
      z.object({ kind: z.literal("url"), url: z.url() }),
    ])
    .meta({ id: "ArticleSource" }),
);
export type ArticleSource = z.infer<typeof ArticleSource>;

export const ArticleStatus = lazily(() =>
  z
    .discriminatedUnion("state", [
      z.object({ state: z.literal("pending") }),
      z.object({ state: z.literal("ingested"), films: z.int().min(1), facts: z.int().min(0) }),
      z.object({ state: z.literal("no-films") }),
      z.object({ state: z.literal("failed"), reason: z.string().min(1).max(2000) }),
    ])
    .meta({ id: "ArticleStatus" }),
);
export type ArticleStatus = z.infer<typeof ArticleStatus>;

export const Article = lazily(() =>
  z
    .object({
      id: ArticleId,
      sources: z.array(ArticleSource).min(1),
      format: ArticleFormat,
      headline: z.string().max(1000).nullable(),
      publishedAt: Timestamp.nullable(),
      receivedAt: z.iso.datetime({ offset: true }),
      contentHash: z.string().regex(/^[0-9a-f]{64}$/),
      byteLength: z.int().min(0),
      status: ArticleStatus,
      extractorVersion: z.string().min(1).nullable(),
    })
    .meta({ id: "Article" }),
);
export type Article = z.infer<typeof Article>;

/** What an article record says besides its identity; what is not known yet is null. */
export type ArticleFields = Pick<Article, "format" | "sources" | "receivedAt" | "status"> &
  Partial<Pick<Article, "headline" | "publishedAt" | "extractorVersion">>;

/** An article record: its identity, and what is known of it so far. */
export function articleRecord(identity: ArticleIdentity, fields: ArticleFields): Article {
  return {
    id: identity.id,
    contentHash: identity.contentHash,
    byteLength: identity.byteLength,
    headline: null,
    publishedAt: null,
    extractorVersion: null,
    ...fields,
  };
}
