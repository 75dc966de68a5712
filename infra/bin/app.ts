import { App, Tags, Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";
import { FilmkbStack } from "../lib/filmkb-stack.ts";
import { acknowledgeNagFindings } from "../lib/nag.ts";
import { stageSettings } from "../lib/stage.ts";

const app = new App();
const stage = stageSettings(app.node.tryGetContext("stage"));
const alarmEmail = app.node.tryGetContext("alarmEmail") as string | undefined;
const stack = new FilmkbStack(app, `filmkb-${stage.name}`, {
  stage,
  alarmEmail,
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  description: `filmkb (${stage.name}): a film knowledge base built from news articles`,
});
Tags.of(app).add("project", "filmkb");
Tags.of(app).add("stage", stage.name);
acknowledgeNagFindings(stack);
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
app.synth();
