import { slugify } from "@filmkb/schema";
import { buildExtraction } from "@filmkb/schema/testing";
import type { FilmStore } from "@filmkb/store";

/** Strings that run script if a page ever writes them as markup instead of text. */
export const XSS = {
  title: `<script>window.__xss="title"</script>Night "Owl" & 'Co'`,
  person: `Ann <img src=x onerror="window.__xss='person'"> Lee`,
  character: `"><svg onload=window.__xss='character'>`,
  company: `</title><script>window.__xss="company"</script> Pictures`,
  platform: `<iframe src="javascript:window.__xss='platform'">`,
  headline: `<script>window.__xss="headline"</script> Breaking`,
};

const TEXT = `${XSS.headline}

${XSS.title} is directed by ${XSS.person}. It stars Bo Ek as ${XSS.character}. ${XSS.company} will release it in the UK on 2 October 2026, and it streams on ${XSS.platform} later.`;

/** Stores an article whose every stored string is hostile; returns the ids pages are found by. */
export async function storeHostileArticle(store: FilmStore) {
  const result = buildExtraction(
    TEXT,
    [
      { film: XSS.title, predicate: "director", value: XSS.person, quote: `directed by ${XSS.person}` },
      {
        film: XSS.title,
        predicate: "cast",
        value: { name: "Bo Ek", character: XSS.character },
        quote: `Bo Ek as ${XSS.character}`,
      },
      {
        film: XSS.title,
        predicate: "company",
        value: { name: XSS.company, role: "distributor" },
        quote: XSS.company,
      },
      {
        film: XSS.title,
        predicate: "release",
        value: { date: "2026-10-02", region: "GB", medium: "theatrical", platform: XSS.platform },
        quote: "in the UK on 2 October 2026",
        rule: `release.x"><script>`.replace(/[^a-z.]/g, ""),
      },
    ],
    { headline: XSS.headline, publishedAt: "2026-09-01" },
  );
  const { article, filmIds } = await store.saveExtraction({
    result,
    raw: { format: "text", text: TEXT },
    sources: [{ kind: "url", url: "javascript:window.__xss='source'" }],
  });
  return { articleId: article.id, filmId: filmIds[0] ?? "", personId: slugify(XSS.person) };
}
