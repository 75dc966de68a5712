#!/usr/bin/env node
// Fails on any regular expression in the project's source whose worst case is super-linear
// (polynomial or exponential backtracking), so untrusted text can never make one run away.
//   node scripts/regex-safety.mjs          (run by `npm run lint`)
//
// The analysis is scslre's (the engine of eslint-plugin-regexp's no-super-linear-backtracking
// and no-super-linear-move rules): deterministic, offline, about a second for the whole
// repository. recheck was measured too: 30–60 s here, with results that depend on its
// timeout (machine speed), so it cannot gate a test run.
//
// scslre looks for attack strings that repeat a single character, and a run of one character
// has no word boundary inside it: `\b(?:\p{Lu}\p{L}*\s)*…:` looks safe to it although "Aa Aa Aa…"
// makes it quadratic. So each pattern is also analysed with its word-boundary and lookaround
// assertions removed. Removing an assertion only lets the pattern match more, so this may
// report more than there is, never less.
//
// Patterns come from regex literals and from `new RegExp(…)` calls whose arguments are string
// literals, or templates and `+` of constants declared in the same file. Patterns built at
// run time (from a function's result) are checked where they are built, by the extractor's
// test that records every RegExp its code constructs.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { RegExpParser, visitRegExpAST } from "@eslint-community/regexpp";
import { analyse } from "scslre";
import ts from "typescript";

const REPORTS = { Move: true, Self: true, Trade: true };
const RELAXED = new Set(["word", "lookahead", "lookbehind"]);

/** The same pattern without its word-boundary and lookaround assertions. */
function relaxed(source, flags) {
  const ast = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, {
    unicode: flags.includes("u"),
    unicodeSets: flags.includes("v"),
  });
  const cuts = [];
  visitRegExpAST(ast, {
    onAssertionEnter(node) {
      if (RELAXED.has(node.kind)) cuts.push([node.start, node.end]);
    },
  });
  // Outermost first; an assertion inside a removed one goes with it.
  cuts.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let out = "";
  let at = 0;
  for (const [start, end] of cuts) {
    if (start < at) continue;
    out += source.slice(at, start);
    at = end;
  }
  return out + source.slice(at);
}

/**
 * Why a pattern is super-linear: scslre's report types ("Move", "Self", "Trade"), empty when
 * it is linear. Throws on a pattern that does not parse.
 */
export function superLinear(source, flags = "") {
  const types = new Set();
  for (const variant of new Set([source, relaxed(source, flags)])) {
    const { pattern, flags: parsedFlags } = new RegExpParser({ ecmaVersion: 2025 }).parseLiteral(
      `/${variant}/${flags}`,
    );
    for (const report of analyse({ pattern, flags: parsedFlags }, { reportTypes: REPORTS }).reports)
      types.add(report.type);
  }
  return [...types].sort();
}

const SOURCE_FILE = /\.(?:ts|mts|cts|js|mjs|cjs)$/;
const SKIPPED = new Set(["node_modules", "dist", "cdk.out", ".turbo", ".reports"]);

function filesUnder(dir) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    if (SKIPPED.has(name)) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return SOURCE_FILE.test(name) ? [path] : [];
  });
}

/** Every source file the check covers: each package's and function's src, infra and scripts. */
export function projectSources(root) {
  const children = (dir) => {
    try {
      return readdirSync(join(root, dir)).map((name) => join(root, dir, name, "src"));
    } catch {
      return [];
    }
  };
  return [
    ...children("packages"),
    ...children("functions"),
    join(root, "infra", "bin"),
    join(root, "infra", "lib"),
    join(root, "infra", "test"),
    join(root, "scripts"),
  ].flatMap(filesUnder);
}

/** The value of a string-valued expression, when it is known without running the code. */
function staticString(node, constants, depth = 0) {
  if (depth > 20) return undefined;
  if (ts.isStringLiteralLike(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return staticString(node.expression, constants, depth + 1);
  if (ts.isTemplateExpression(node)) {
    let out = node.head.text;
    for (const span of node.templateSpans) {
      const value = staticString(span.expression, constants, depth + 1);
      if (value === undefined) return undefined;
      out += value + span.literal.text;
    }
    return out;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = staticString(node.left, constants, depth + 1);
    const right = staticString(node.right, constants, depth + 1);
    return left === undefined || right === undefined ? undefined : left + right;
  }
  if (ts.isIdentifier(node)) {
    const init = constants.get(node.text);
    return init ? staticString(init, constants, depth + 1) : undefined;
  }
  return undefined;
}

/** The regular expressions written in one file: literals, and RegExp calls with known arguments. */
export function patternsIn(file, text = readFileSync(file, "utf8")) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const constants = new Map();
  const found = [];
  const line = (node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const collect = (node) => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      ts.getCombinedNodeFlags(node) & ts.NodeFlags.Const
    )
      constants.set(node.name.text, node.initializer);
    ts.forEachChild(node, collect);
  };
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(source);
      const slash = literal.lastIndexOf("/");
      found.push({ line: line(node), source: literal.slice(1, slash), flags: literal.slice(slash + 1) });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === "RegExp" &&
      node.arguments?.length
    ) {
      const [patternArg, flagsArg] = node.arguments;
      const pattern = staticString(patternArg, constants);
      const flags = flagsArg ? staticString(flagsArg, constants) : "";
      if (pattern !== undefined && flags !== undefined)
        found.push({ line: line(node), source: pattern, flags });
    }
    ts.forEachChild(node, visit);
  };
  collect(source);
  visit(source);
  return found;
}

/** Every super-linear pattern under `root`, with where it is written. */
export function findSuperLinear(root) {
  const offenders = [];
  for (const file of projectSources(root)) {
    for (const pattern of patternsIn(file)) {
      let types;
      try {
        types = superLinear(pattern.source, pattern.flags);
      } catch (error) {
        types = [`unparsable: ${error.message}`];
      }
      if (types.length) offenders.push({ file: relative(root, file), ...pattern, types });
    }
  }
  return offenders;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(fileURLToPath(import.meta.url), "..", "..");
  const offenders = findSuperLinear(root);
  for (const o of offenders)
    console.error(`${o.file}:${o.line}  /${o.source}/${o.flags}  super-linear (${o.types.join(", ")})`);
  if (offenders.length) {
    console.error(
      `\n${offenders.length} regular expression(s) can take super-linear time on crafted input: rewrite them without overlapping quantifiers (see scripts/regex-safety.mjs).`,
    );
    process.exit(1);
  }
  console.log("regex-safety: every regular expression in the source is linear");
}
