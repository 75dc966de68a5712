import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, Validations } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { AwsSolutionsChecks } from "cdk-nag";
import { FilmkbStack } from "../lib/filmkb-stack.ts";
import { acknowledgeNagFindings } from "../lib/nag.ts";
import { STAGES } from "../lib/stage.ts";

/** Synthesises the stack for a stage into a temporary cloud assembly. */
export function synth(stageName: "dev" | "prod", options: { alarmEmail?: string } = {}) {
  const outdir = mkdtempSync(join(tmpdir(), "filmkb-cdk-"));
  const app = new App({ outdir, context: { "cli-telemetry": false } });
  const stack = new FilmkbStack(app, `filmkb-${stageName}`, {
    stage: STAGES[stageName],
    ...options,
    env: { account: "123456789012", region: "eu-west-1" },
  });
  acknowledgeNagFindings(stack);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  const assembly = app.synth();
  return { app, stack, template: Template.fromStack(stack), outdir: assembly.directory };
}
