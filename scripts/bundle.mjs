#!/usr/bin/env node
// Bundles a Lambda entry the way CDK's NodejsFunction does (esbuild, ESM, minified, AWS SDK
// inside, module-first main fields), so tests and benchmarks measure what is deployed.
//   node scripts/bundle.mjs ENTRY OUTFILE
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { build } from "esbuild";

export const LAMBDA_BUILD = {
  bundle: true,
  platform: "node",
  target: "node22",
  format: "esm",
  minify: true,
  mainFields: ["module", "main"],
  legalComments: "none",
  // CommonJS dependencies inside an ESM bundle still call require().
  banner: {
    js: "import { createRequire as __filmkbRequire } from 'node:module'; const require = __filmkbRequire(import.meta.url);",
  },
  logLevel: "warning",
};

export async function bundle(entry, outfile) {
  mkdirSync(dirname(outfile), { recursive: true });
  const result = await build({ ...LAMBDA_BUILD, entryPoints: [entry], outfile, metafile: true });
  writeFileSync(`${outfile}.meta.json`, JSON.stringify(result.metafile));
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [entry, outfile] = process.argv.slice(2);
  if (!entry || !outfile) {
    console.error("usage: bundle.mjs ENTRY OUTFILE");
    process.exit(2);
  }
  await bundle(entry, outfile);
}
