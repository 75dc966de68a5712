import { buildExtraction } from "@filmkb/schema/testing";
import type { FilmStore } from "@filmkb/store";

/**
 * Three reports about one invented film, built directly as facts: announced for Britain,
 * moved, then dated in America. Two points on the British line, one on the American.
 */
export async function storeMovedFilm(store: FilmStore) {
  const reports = [
    ["Iron Orchard opens in Britain on 6 March.", "2026-01-10", "2026-03-06", "GB"],
    ["Iron Orchard now opens in Britain on 1 May.", "2026-02-14", "2026-05-01", "GB"],
    ["Iron Orchard opens in America on 12 June.", "2026-03-20", "2026-06-12", "US"],
  ] as const;
  for (const [text, publishedAt, date, region] of reports)
    await store.saveExtraction({
      result: buildExtraction(
        text,
        [
          {
            film: "Iron Orchard",
            predicate: "release",
            value: { date, region, medium: "theatrical", platform: null },
            quote: text.slice(text.indexOf("opens")),
          },
        ],
        { publishedAt },
      ),
      raw: { format: "text", text },
      sources: [{ kind: "cli", path: `${date}.txt` }],
    });
  return { filmId: "iron-orchard", reports: reports.length };
}
