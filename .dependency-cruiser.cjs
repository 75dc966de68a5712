/**
 * The package graph's rules, checked in `npm test` (see ARCHITECTURE.md, "Package graph").
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    { name: "no-circular", severity: "error", from: {}, to: { circular: true } },
    {
      name: "schema-is-the-leaf",
      comment: "@filmkb/schema depends on no other package of ours.",
      severity: "error",
      from: { path: "^packages/schema/" },
      to: { path: "^(packages/(?!schema/)|functions/|infra/)" },
    },
    {
      name: "extract-is-pure",
      comment: "The extractor does no I/O: no AWS SDK, no store, no network or file system.",
      severity: "error",
      from: { path: "^packages/extract/src/", pathNot: "\\.test\\.ts$" },
      to: {
        path: ["@aws-sdk", "^packages/(store|local)/", "^node:(fs|net|http|https|child_process)"],
        dependencyTypesNot: ["type-only"],
      },
    },
    {
      name: "only-public-entry-points",
      comment: "Another package is reached through its package name and exports, never a deep path.",
      severity: "error",
      from: { path: "^(packages|functions)/([^/]+)/" },
      to: {
        path: "^(packages|functions)/[^/]+/",
        pathNot: [
          "^$1/$2/",
          "^(packages|functions)/[^/]+/src/index\\.ts$",
          "^packages/[^/]+/src/testing/index\\.ts$",
        ],
      },
    },
    {
      name: "no-functions-from-packages",
      comment:
        "Packages never depend on a Lambda function or on the infrastructure; the CLI, an application that runs the local stack, may use the functions.",
      severity: "error",
      from: { path: "^packages/(?!cli/)" },
      to: { path: "^(functions|infra)/" },
    },
  ],
  options: {
    includeOnly: "^(packages|functions|infra)/",
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(node_modules|cdk\\.out|dist|\\.turbo)/" },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "default"],
      extensions: [".ts", ".tsx", ".js"],
    },
  },
};
