import type { BuildOptions, Metafile } from "esbuild";

/** The esbuild options of every Lambda bundle (see bundle.mjs). */
export declare const LAMBDA_BUILD: BuildOptions;
/** NODE_OPTIONS of every Lambda function. */
export declare const LAMBDA_NODE_OPTIONS: string;
export declare function bundle(entry: string, outdir: string): Promise<Metafile>;
export declare function bundleSync(entry: string, outdir: string): Metafile;
