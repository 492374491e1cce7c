/**
 * The action's inputs (action.yml), parsed and checked in one pass so every mistake is reported at once
 * (STYLE §2.3, §2.6). parseInputs is pure: a getter and the two roots in, inputs or messages naming each bad input
 * out. checkInputFiles is its I/O half.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { OutputFormat } from '../../core/index.js';
import { checkOutputDirectory, checkOutputTarget, OutputError, sameFileAs } from '../../io/output-file.js';
import { documentPath, outputGuard } from '../document.js';
import type { PipelineSpec } from './manifest.js';
import { displayPath, realPathStaysInside, resolveWithin } from './paths.js';
import { parseNetworkInputs, type NetworkInputs } from './network.js';
import { isAwsRegionName } from '../../core/aws-region.js';

/** A file input: as written, absolute, and as shown in problems and annotations (workspace-relative). */
export interface FileInput {
  input: string;
  absolute: string;
  display: string;
}

/** Where the `pipelines` input comes from: YAML written in the workflow, or a manifest file in the workspace. */
export type ManifestSource = { kind: 'inline'; text: string } | { kind: 'file'; file: FileInput };

export interface ActionInputs extends NetworkInputs {
  /** One pipeline: `dag` and `config` (and `template`) are set exactly when `manifest` is not. */
  dag?: FileInput;
  config?: FileInput;
  template?: FileInput;
  /** Many pipelines: the `pipelines` input. */
  manifest?: ManifestSource;
  /** Absolute path of the document to write; for many pipelines, of the directory the documents go to. */
  output: string;
  /** Where outputs may go, symlinks resolved: the workspace and RUNNER_TEMP. */
  outputRoots: string[];
  format: OutputFormat;
  lenient: boolean;
  uploadArtifact: boolean;
  artifactName: string;
  retentionDays?: number;
  /** When to write the PR comment (see {@link CommentMode}). */
  comment: CommentMode;
  commentKey: string;
  githubToken: string;
  /** Deployed pipeline to cross-check (issue #5): a name, `auto` (the config's pipeline_name), or absent. */
  sagemakerPipeline?: string;
  /** Region of that pipeline; absent = the config's derived aws_region. */
  awsRegion?: string;
}

/**
 * The `comment` input: `always` keeps one comment up to date; `on-change` creates it only when a document or a DAG
 * changes or generation fails (and always updates an existing one); `never` writes none.
 */
export type CommentMode = 'always' | 'on-change' | 'never';

const COMMENT_MODES: Readonly<Record<string, CommentMode>> = {
  always: 'always',
  'on-change': 'on-change',
  never: 'never',
  true: 'always',
  false: 'never',
};

export interface Roots {
  workspace: string;
  runnerTemp: string;
}

export type InputGetter = (name: string) => string;

const FORMATS: readonly OutputFormat[] = ['json', 'yaml'];
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** Characters the artifact service refuses in a name (@actions/artifact path-and-artifact-name-validation). */
const ARTIFACT_NAME_FORBIDDEN = /[":<>|*?\r\n\\/]/;
const MAX_RETENTION_DAYS = 90;

export const DEFAULT_ARTIFACT_NAME = 'execution-document';
/** The default output directory (under RUNNER_TEMP) with many pipelines. */
export const DEFAULT_OUTPUT_DIR = 'execution-documents';

/**
 * The `pipelines` input is YAML when it looks like a list or a mapping or spans lines; otherwise it is the path of a
 * manifest file.
 */
export function isInlineManifest(value: string): boolean {
  return /^[-[{]/.test(value) || value.includes('\n');
}

export function formatFromPath(file: string): OutputFormat | undefined {
  const ext = path.extname(file).toLowerCase();
  return ext === '.json' ? 'json' : ext === '.yaml' || ext === '.yml' ? 'yaml' : undefined;
}

/** The file inputs that parsed, checked on disk by checkInputFiles even when other inputs are wrong. */
export type FileInputs = Partial<Record<'dag' | 'config' | 'template' | 'pipelines', FileInput>>;

export interface ParsedInputs {
  /** Present exactly when `errors` is empty. */
  inputs?: ActionInputs;
  files: FileInputs;
  errors: string[];
}

/** Parses and checks all inputs, collecting one message per bad input. */
export function parseInputs(get: InputGetter, roots: Roots): ParsedInputs {
  const errors: string[] = [];

  const bool = (name: string, fallback: boolean): boolean => {
    const v = get(name);
    if (v === '') return fallback;
    if (TRUE.includes(v)) return true;
    if (FALSE.includes(v)) return false;
    errors.push(`Input '${name}' must be true or false; got '${v}'.`);
    return fallback;
  };

  const file = (name: string, required: boolean): FileInput | undefined => {
    const v = get(name);
    if (v === '') {
      if (required)
        errors.push(`Input '${name}' is required: the path of the ${name} file, relative to the workspace.`);
      return undefined;
    }
    const absolute = resolveWithin(roots.workspace, v);
    if (!absolute) {
      errors.push(
        `Input '${name}': '${v}' is outside the workspace (${roots.workspace}); paths are relative to GITHUB_WORKSPACE.`,
      );
      return undefined;
    }
    return { input: v, absolute, display: displayPath(roots.workspace, absolute) };
  };

  // Read all four first: which of them are set decides between one pipeline and many.
  const given = { dag: get('dag'), config: get('config'), template: get('template') };
  const pipelinesInput = get('pipelines');
  const many = pipelinesInput !== '';
  const alsoGiven = Object.entries(given)
    .filter(([, v]) => v !== '')
    .map(([k]) => `'${k}'`);
  if (many && alsoGiven.length > 0) {
    errors.push(
      `Input 'pipelines' cannot be combined with ${alsoGiven.join(', ')}: give either 'pipelines' ` +
        `(many pipelines) or 'dag' and 'config' (one pipeline).`,
    );
  }
  const single = !many && (given.dag !== '' || given.config !== '');
  if (!many && !single) {
    errors.push(
      `Give either 'dag' and 'config' (the pipeline's DAG and saved config, relative to the workspace) or ` +
        `'pipelines' (a list of {name, dag, config, template?}, or the path of a manifest file with that list).`,
    );
  }
  const dag = single ? file('dag', true) : undefined;
  const config = single ? file('config', true) : undefined;
  const template = single ? file('template', false) : undefined;
  let manifest: ManifestSource | undefined;
  if (many) {
    if (isInlineManifest(pipelinesInput)) {
      manifest = { kind: 'inline', text: pipelinesInput };
    } else {
      const f = file('pipelines', true);
      if (f) manifest = { kind: 'file', file: f };
    }
  }

  const formatInput = get('format');
  let format: OutputFormat | undefined;
  if (formatInput !== '') {
    format = FORMATS.find((f) => f === formatInput.toLowerCase());
    if (!format) errors.push(`Input 'format' must be one of ${FORMATS.join(', ')}; got '${formatInput}'.`);
  }

  const outputInput = get('output');
  let output: string | undefined;
  if (outputInput === '') {
    output = many
      ? path.join(roots.runnerTemp, DEFAULT_OUTPUT_DIR)
      : path.join(roots.runnerTemp, `execution-document.${format ?? 'json'}`);
  } else {
    output = resolveWithin(roots.workspace, outputInput, [roots.workspace, roots.runnerTemp]);
    if (!output) {
      errors.push(`Input 'output': '${outputInput}' is outside the workspace and RUNNER_TEMP.`);
    } else if (!many && (outputInput.endsWith('/') || outputInput.endsWith(path.sep))) {
      errors.push(`Input 'output': '${outputInput}' names a directory; give a file path.`);
    } else if (many && output === path.resolve(roots.workspace)) {
      errors.push(
        `Input 'output': with 'pipelines' it is a directory for the documents; give one below the workspace.`,
      );
    }
  }
  const overwritten = [dag, config, template, manifest?.kind === 'file' ? manifest.file : undefined].find(
    (f) => f && f.absolute === output,
  );
  if (overwritten)
    errors.push(`Input 'output': '${outputInput}' is also an input file (${overwritten.input}).`);
  format ??= (!many && output && formatFromPath(output)) || 'json';

  const lenient = bool('lenient', false);
  const uploadArtifact = bool('upload-artifact', true);
  const commentInput = get('comment');
  const comment = commentInput === '' ? 'always' : COMMENT_MODES[commentInput.toLowerCase()];
  if (!comment)
    errors.push(`Input 'comment' must be always, on-change or never (or true/false); got '${commentInput}'.`);

  const artifactName = get('artifact-name') || DEFAULT_ARTIFACT_NAME;
  if (ARTIFACT_NAME_FORBIDDEN.test(artifactName)) {
    errors.push(
      `Input 'artifact-name': '${artifactName}' contains a character the artifact service refuses (" : < > | * ? \\ / or a line break).`,
    );
  }

  const retentionInput = get('retention-days');
  let retentionDays: number | undefined;
  if (retentionInput !== '') {
    const n = /^\d+$/.test(retentionInput) ? Number(retentionInput) : NaN;
    if (!Number.isInteger(n) || n < 1 || n > MAX_RETENTION_DAYS) {
      errors.push(
        `Input 'retention-days' must be a whole number of days from 1 to ${MAX_RETENTION_DAYS}; got '${retentionInput}'.`,
      );
    } else {
      retentionDays = n;
    }
  }

  const sagemakerPipeline = get('sagemaker-pipeline') || undefined;
  if (many && sagemakerPipeline !== undefined && sagemakerPipeline !== 'auto') {
    errors.push(
      `Input 'sagemaker-pipeline': with 'pipelines' only 'auto' is accepted (each pipeline is checked against its ` +
        `config's pipeline_name); got '${sagemakerPipeline}'.`,
    );
  }
  const awsRegion = get('aws-region') || undefined;
  if (awsRegion !== undefined && !isAwsRegionName(awsRegion)) {
    errors.push(`Input 'aws-region' must be an AWS region such as us-east-1; got '${awsRegion}'.`);
  }
  if (awsRegion !== undefined && sagemakerPipeline === undefined) {
    errors.push(
      `Input 'aws-region' is only used with 'sagemaker-pipeline'; set that too, or remove 'aws-region'.`,
    );
  }

  const manifestKey = manifest?.kind === 'file' ? manifest.file.display : 'pipelines';
  const commentKey = get('comment-key') || (many ? manifestKey : dag?.display) || '';
  const githubToken = get('github-token');
  const network = parseNetworkInputs(get, errors);

  const files: FileInputs = {
    dag,
    config,
    template,
    pipelines: manifest?.kind === 'file' ? manifest.file : undefined,
  };
  if (errors.length > 0 || !output || (many ? !manifest : !dag || !config)) return { files, errors };
  return {
    files,
    inputs: {
      dag,
      config,
      template,
      manifest,
      output,
      outputRoots: [roots.workspace, roots.runnerTemp],
      format,
      lenient,
      uploadArtifact,
      artifactName,
      retentionDays,
      comment: comment ?? 'always',
      commentKey,
      githubToken,
      sagemakerPipeline,
      awsRegion,
      ...network,
    },
    errors,
  };
}

/**
 * Checks one input file on disk: it must exist, be a file, and (following symlinks) stay inside the workspace.
 * Returns the problem, worded after `label` (e.g. `Input 'dag'`), or undefined.
 */
export async function checkInputFile(
  label: string,
  f: FileInput,
  workspace: string,
): Promise<string | undefined> {
  let isFile: boolean;
  try {
    isFile = (await fs.stat(f.absolute)).isFile();
  } catch {
    return `${label}: file not found: '${f.input}' (looked for ${f.absolute}).`;
  }
  if (!isFile) return `${label}: '${f.input}' is not a file.`;
  if (!(await realPathStaysInside(workspace, f.absolute))) {
    return `${label}: '${f.input}' is a symlink that leads outside the workspace.`;
  }
  return undefined;
}

/** A file input that cannot be read: which input, the file, and what is wrong with it. */
export interface FileInputProblem {
  name: keyof FileInputs;
  file: FileInput;
  message: string;
}

/** The I/O half of input checking: checkInputFile for each file input. Returns one problem per bad input. */
export async function checkInputFiles(files: FileInputs, workspace: string): Promise<FileInputProblem[]> {
  const results = await Promise.all(
    (Object.entries(files) as [keyof FileInputs, FileInput | undefined][]).map(async ([name, f]) => {
      const message = f ? await checkInputFile(`Input '${name}'`, f, workspace) : undefined;
      return f && message !== undefined ? { name, file: f, message } : undefined;
    }),
  );
  return results.filter((m): m is FileInputProblem => m !== undefined);
}

/**
 * The I/O check of the `output` input, before anything is generated: once symlinks are resolved it stays inside the
 * workspace or RUNNER_TEMP; no document would replace an input or the manifest (whatever path leads to it); with one
 * pipeline the document is not a directory, device, FIFO or symlink. (With many, such a document fails its own
 * pipeline when it is written, without hiding the others.) Returns one message per problem.
 */
export async function checkOutputs(inputs: ActionInputs, specs: readonly PipelineSpec[]): Promise<string[]> {
  const guard = outputGuard(inputs, specs);
  const message = (e: unknown): string => {
    if (e instanceof OutputError) return `${e.message}.`;
    throw e;
  };
  if (!inputs.manifest) {
    try {
      await checkOutputTarget(inputs.output, { ...guard, label: "Input 'output'" });
      return [];
    } catch (e) {
      return [message(e)];
    }
  }
  try {
    await checkOutputDirectory(inputs.output, { ...guard, label: "Input 'output'" });
  } catch (e) {
    return [message(e)];
  }
  const errors: string[] = [];
  for (const spec of specs) {
    const doc = documentPath(inputs.output, spec.name, inputs.format);
    const input = await sameFileAs(doc, guard.inputs ?? []);
    if (input) {
      errors.push(
        `Pipeline '${spec.name}': its document ${doc} is the input file ${input.label}; rename the pipeline or set ` +
          `'output' to another directory.`,
      );
    }
  }
  return errors;
}
