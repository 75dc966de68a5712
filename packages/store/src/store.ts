import { randomBytes } from "node:crypto";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { Article, ArticleListQuery, FactQuery, PageQuery, ReleaseCalendarQuery } from "@filmkb/schema";
import { type StoreContext, type StoreHooks, scanAll } from "./context.ts";
import { Cursors } from "./cursor.ts";
import type { CorruptItemError } from "./errors.ts";
import { articleIdOf } from "./keys.ts";
import { markRedriven, pendingArticles } from "./pending.ts";
import { recomputeView } from "./project.ts";
import * as read from "./read.ts";
import { articleIdsParams } from "./read-params.ts";
import {
  discardArticleFacts,
  type Extractor,
  mergeFilms,
  putArticle,
  putArticleIfAbsent,
  readArticle,
  reprocessArticle,
  type SaveInput,
  saveExtraction,
  saveExtractions,
  type TextLoader,
} from "./save.ts";

export interface FilmStoreOptions {
  /** Any SDK v3 DynamoDB client: AWS, or a local engine in tests. */
  client: DynamoDBClient;
  tableName: string;
  /**
   * Signs pagination cursors; at least 16 characters, kept secret, the same for every instance
   * that serves one API. Without it, cursors are signed with a random per-process key.
   */
  cursorSecret?: string;
  now?: () => Date;
  /** Told about stored items that fail their schema (they are left out of results). */
  onCorruptItem?: (error: CorruptItemError) => void;
  /** Tests only: step in between reads and writes (to force races). */
  hooks?: StoreHooks;
}

/**
 * The film knowledge base. Facts are the source of truth; film views, name search, credits
 * and the release calendar are projections recomputed from them after every change.
 */
export class FilmStore {
  private readonly ctx: StoreContext;

  constructor(options: FilmStoreOptions) {
    this.ctx = {
      doc: DynamoDBDocumentClient.from(options.client, { marshallOptions: { removeUndefinedValues: true } }),
      table: options.tableName,
      cursors: new Cursors(options.cursorSecret ?? randomBytes(32).toString("base64url")),
      now: options.now ?? (() => new Date()),
      report:
        options.onCorruptItem ??
        ((error) => console.warn(JSON.stringify({ level: "WARN", message: error.message }))),
      hooks: options.hooks ?? {},
    };
  }

  /** Records an article before extraction (status `pending`) or after a failure (`failed`). */
  putArticle(article: Article) {
    return putArticle(this.ctx, article);
  }
  /** Records an article only if it is not known yet (a re-upload never sets it back to pending). */
  putArticleIfAbsent(article: Article) {
    return putArticleIfAbsent(this.ctx, article);
  }
  /** Removes what a failed save wrote for an article, so no fact is half-written. */
  discardArticleFacts(articleId: string) {
    return discardArticleFacts(this.ctx, articleId);
  }
  getArticle(articleId: string) {
    return readArticle(this.ctx, articleId);
  }
  saveExtraction(input: SaveInput) {
    return saveExtraction(this.ctx, input);
  }
  /** Saves several articles at once: full batches, each film read and written once for all. */
  saveExtractions(inputs: SaveInput[]) {
    return saveExtractions(this.ctx, inputs);
  }
  /** Re-extracts an article; its text comes from the table, else from `loadText` (the bucket). */
  reprocess(articleId: string, extract: Extractor, loadText?: TextLoader) {
    return reprocessArticle(this.ctx, articleId, extract, loadText);
  }
  /** Articles pending since before `before`, oldest first, for the sweeper. */
  pendingArticles(before: Date, limit = 100) {
    return pendingArticles(this.ctx, before, limit);
  }
  /** Records a re-drive of a pending article; false when it is no longer pending. */
  markRedriven(articleId: string) {
    return markRedriven(this.ctx, articleId);
  }
  mergeFilms(into: string, from: string, reason: string) {
    return mergeFilms(this.ctx, into, from, reason, null);
  }
  recomputeView(filmId: string) {
    return recomputeView(this.ctx, filmId);
  }

  /** Every stored article's id: a full-table Scan, for maintenance (reprocessing), never for requests. */
  async listArticleIds(): Promise<string[]> {
    const items = await scanAll(this.ctx, articleIdsParams(this.ctx.table));
    return items.map((item) => articleIdOf(String(item.pk))).sort();
  }

  getFilm(filmId: string) {
    return read.getFilm(this.ctx, filmId);
  }
  /** The film as it stood at `asOf` (a day: its end; or an instant): facts reported later left out. */
  getFilmAsOf(filmId: string, asOf: string) {
    return read.getFilmAsOf(this.ctx, filmId, asOf);
  }
  searchFilms(q: string, page: PageQuery) {
    return read.searchFilms(this.ctx, q, page);
  }
  filmFacts(filmId: string, query: FactQuery) {
    return read.filmFacts(this.ctx, filmId, query);
  }
  filmArticles(filmId: string, page: PageQuery) {
    return read.filmArticles(this.ctx, filmId, page);
  }
  /** An article and a page of its facts (`limit` 1–100, `cursor` from the previous page). */
  getArticleWithFacts(articleId: string, page: PageQuery = { limit: 100 }) {
    return read.getArticleWithFacts(this.ctx, articleId, page);
  }
  getPerson(personId: string) {
    return read.getPerson(this.ctx, personId);
  }
  searchPeople(q: string, page: PageQuery) {
    return read.searchPeople(this.ctx, q, page);
  }
  filmsByPerson(personId: string, page: PageQuery) {
    return read.filmsByPerson(this.ctx, personId, page);
  }
  releaseCalendar(query: ReleaseCalendarQuery) {
    return read.releaseCalendar(this.ctx, query);
  }
  /** Films, most recently updated first. */
  recentFilms(page: PageQuery) {
    return read.recentFilms(this.ctx, page);
  }
  /** Articles, newest first, optionally of one status. */
  listArticles(query: ArticleListQuery) {
    return read.listArticles(this.ctx, query);
  }
  /** The normalised text an article's evidence offsets refer to, or null when none is stored. */
  articleText(articleId: string) {
    return read.articleText(this.ctx, articleId);
  }
  /** Every fact about a film (up to `max`), for pages that show it whole. */
  allFilmFacts(filmId: string, max?: number) {
    return read.allFilmFacts(this.ctx, filmId, max);
  }
}
