#!/usr/bin/env node
// How a Lambda function is built, in one place: the CDK app deploys exactly this build (see
// infra/lib/filmkb-function.ts) and the benchmarks measure exactly this build.
//   node scripts/bundle.mjs ENTRY OUTDIR     → OUTDIR/index.mjs, OUTDIR/chunks/*, maps, OUTDIR.meta.json
import { writeFileSync } from "node:fs";
import { build, buildSync } from "esbuild";

export const LAMBDA_BUILD = {
  bundle: true,
  platform: "node",
  target: "node22",
  // esbuild counts \p{…} in a regex literal as unsupported on every Node (its compatibility
  // table wants Unicode 15.1 property names) and rewrites each literal as `new RegExp(…)`, built
  // again on every call: 11% of the extractor's time. The general categories we use (\p{L},
  // \p{Lu}, \p{N}, \p{M}) have been in Node since 10.
  supported: { "regexp-unicode-property-escapes": true },
  format: "esm",
  minify: true,
  mainFields: ["module", "main"],
  legalComments: "none",
  // Code that only some events need (the extractor) goes into chunks loaded by the first
  // dynamic import(), so a cold start that never needs it never reads it.
  splitting: true,
  entryNames: "[name]",
  chunkNames: "chunks/[name]-[hash]",
  outExtension: { ".js": ".mjs" },
  // Maps beside the code, for stack traces that name source files and lines. Without the
  // sources embedded: they tripled the map and Node reads the whole map at import.
  sourcemap: "linked",
  sourcesContent: false,
  // CommonJS dependencies inside an ESM bundle still call require().
  banner: {
    js: "import { createRequire as __filmkbRequire } from 'node:module'; const require = __filmkbRequire(import.meta.url);",
  },
  logLevel: "warning",
};

/** The Node options a function runs with: stack traces go through the source maps above. */
export const LAMBDA_NODE_OPTIONS = "--enable-source-maps";

const options = (entry, outdir) => ({
  ...LAMBDA_BUILD,
  entryPoints: { index: entry },
  outdir,
  metafile: true,
});

/** Builds `entry` into `outdir` (its handler module is `index.mjs`); returns esbuild's metafile. */
export async function bundle(entry, outdir) {
  return (await build(options(entry, outdir))).metafile;
}

/** The same build, synchronously: CDK's local bundling hook cannot wait for a promise. */
export function bundleSync(entry, outdir) {
  return buildSync(options(entry, outdir)).metafile;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [entry, outdir] = process.argv.slice(2);
  if (!entry || !outdir) {
    console.error("usage: bundle.mjs ENTRY OUTDIR");
    process.exit(2);
  }
  writeFileSync(`${outdir}.meta.json`, JSON.stringify(await bundle(entry, outdir)));
}
