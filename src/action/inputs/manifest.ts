/**
 * The `pipelines` input: a list of `{name, dag, config, template?}` written inline in the workflow, or the path of a
 * manifest file (YAML or JSON) holding that list. validateManifest is pure and collects every mistake, each naming the
 * entry (`pipelines[2].config`) and, for a manifest file, annotated at its line; loadManifest is the I/O half.
 */
import { loadYaml, parseSource, type ParsedSource, type OutputFormat } from '../../core/index.js';
import { readSourceFile } from '../../io/files.js';
import { documentPath } from '../document.js';
import type { MessageLocation, UserMessage } from '../errors.js';
import type { Problem } from '../../core/index.js';
import { checkInputFile, type FileInput, type ManifestSource, type Roots } from './inputs.js';
import { displayPath, resolveWithin } from './paths.js';

/** One pipeline to generate. With `dag`/`config` inputs there is one, named after its DAG path. */
export interface PipelineSpec {
  name: string;
  dag: FileInput;
  config: FileInput;
  template?: FileInput;
  /**
   * Why this pipeline cannot be read (a file of its entry is missing or leads outside the workspace), located at
   * its entry of the manifest: the pipeline fails with these, and the others are still generated.
   */
  unreadable?: Problem[];
}

const FIELDS = ['name', 'dag', 'config', 'template'] as const;
type Field = (typeof FIELDS)[number];

/**
 * Names become file names (`<name>.json` in the output directory and the artifact) and prefixes of outputs
 * (`<name>/<step>`): letters, digits, `.`, `_` and `-`, starting with a letter or digit.
 */
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const MAX_NAME = 100;

export interface ManifestOptions extends Roots {
  /** The directory the documents are written to, and their format: no document may overwrite an input. */
  outputDir: string;
  format: OutputFormat;
  /** The manifest file, when there is one: no document may overwrite it either. */
  manifestFile?: FileInput;
}

/** Where a pointer into the manifest lies, for the message: a file position, or a line of the inline input. */
export type Locator = (pointer: string) => MessageLocation | { inputLine: number } | undefined;

function located(message: string, where: ReturnType<Locator>): UserMessage {
  if (!where) return message;
  if ('inputLine' in where) {
    const at = `(line ${where.inputLine} of the 'pipelines' input)`;
    return message.endsWith('.') ? `${message.slice(0, -1)} ${at}.` : `${message} ${at}`;
  }
  return { message, ...where };
}

/** Checks the parsed manifest: a non-empty list of entries with unique names and paths inside the workspace. */
export function validateManifest(
  value: unknown,
  locate: Locator,
  options: ManifestOptions,
): { pipelines?: PipelineSpec[]; errors: UserMessage[] } {
  const errors: UserMessage[] = [];
  const err = (pointer: string, message: string): void => {
    errors.push(located(message, locate(pointer)));
  };
  if (!Array.isArray(value)) {
    const got = value === null ? 'null' : typeof value === 'object' ? 'a mapping' : `a ${typeof value}`;
    err('', `Input 'pipelines': expected a list of pipelines ({name, dag, config, template?}); got ${got}.`);
    return { errors };
  }
  if (value.length === 0) {
    err('', `Input 'pipelines': the list is empty; give at least one {name, dag, config, template?}.`);
    return { errors };
  }

  const pipelines: PipelineSpec[] = [];
  const indexes: number[] = [];
  const byName = new Map<string, { index: number; name: string }>();
  value.forEach((entry: unknown, i) => {
    const at = `pipelines[${i}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      err(`/${i}`, `${at}: expected a mapping {name, dag, config, template?}; got ${JSON.stringify(entry)}.`);
      return;
    }
    const record = entry as Record<string, unknown>;
    let ok = true;
    for (const key of Object.keys(record)) {
      if (!(FIELDS as readonly string[]).includes(key)) {
        err(`/${i}/${key}`, `${at}: unknown field '${key}'; the fields are ${FIELDS.join(', ')}.`);
        ok = false;
      }
    }
    const text = (field: Field, required: boolean): string | undefined => {
      const v = record[field];
      if (v === undefined || v === null || v === '') {
        if (required) {
          err(`/${i}`, `${at}.${field} is missing: ${describe(field)}.`);
          ok = false;
        }
        return undefined;
      }
      if (typeof v !== 'string') {
        err(
          `/${i}/${field}`,
          `${at}.${field} must be a string (${describe(field)}); got ${JSON.stringify(v)}.`,
        );
        ok = false;
        return undefined;
      }
      return v;
    };
    const file = (field: Exclude<Field, 'name'>, required: boolean): FileInput | undefined => {
      const v = text(field, required);
      if (v === undefined) return undefined;
      const absolute = resolveWithin(options.workspace, v);
      if (!absolute) {
        err(
          `/${i}/${field}`,
          `${at}.${field}: '${v}' is outside the workspace (${options.workspace}); paths are relative to GITHUB_WORKSPACE.`,
        );
        ok = false;
        return undefined;
      }
      return { input: v, absolute, display: displayPath(options.workspace, absolute) };
    };

    const name = text('name', true);
    if (name !== undefined) {
      if (!NAME.test(name) || name.length > MAX_NAME) {
        err(
          `/${i}/name`,
          `${at}.name '${name}' is not a valid name: use letters, digits, '.', '_' and '-', starting with a letter ` +
            `or digit, at most ${MAX_NAME} characters (it names the document file and prefixes the outputs).`,
        );
        ok = false;
      } else {
        const key = name.toLowerCase();
        const first = byName.get(key);
        if (first) {
          err(
            `/${i}/name`,
            `${at}.name '${name}' is already the name of pipelines[${first.index}] ('${first.name}'); names must be ` +
              `unique, ignoring case (they name the document files).`,
          );
          ok = false;
        } else byName.set(key, { index: i, name });
      }
    }
    const dag = file('dag', true);
    const config = file('config', true);
    const template = file('template', false);
    if (!ok || !name || !dag || !config) return;

    const output = documentPath(options.outputDir, name, options.format);
    const overwritten = [dag, config, template].find((f) => f?.absolute === output);
    if (overwritten) {
      err(
        `/${i}/name`,
        `${at}: its document (${output}) would overwrite its input file ${overwritten.display}; rename the ` +
          `pipeline or set 'output' to another directory.`,
      );
      return;
    }
    if (options.manifestFile?.absolute === output) {
      err(
        `/${i}/name`,
        `${at}: its document (${output}) would overwrite the manifest ${options.manifestFile.display}; rename the ` +
          `pipeline or set 'output' to another directory.`,
      );
      return;
    }
    pipelines.push(template ? { name, dag, config, template } : { name, dag, config });
    indexes.push(i);
  });

  // A document of one pipeline must not overwrite an input of another.
  const outputs = new Map(
    pipelines.map((p) => [documentPath(options.outputDir, p.name, options.format), p.name] as const),
  );
  pipelines.forEach((p, k) => {
    for (const f of [p.dag, p.config, p.template]) {
      const other = f && outputs.get(f.absolute);
      if (other) {
        const i = indexes[k]!;
        err(
          `/${i}`,
          `pipelines[${i}]: its input ${f.display} would be overwritten by the document of pipeline '${other}'; ` +
            `set 'output' to another directory.`,
        );
      }
    }
  });
  return errors.length > 0 ? { errors } : { pipelines, errors };
}

function describe(field: Field): string {
  switch (field) {
    case 'name':
      return 'the pipeline name, which names its document';
    case 'dag':
      return 'the path of the pipeline DAG (JSON or YAML), relative to the workspace';
    case 'config':
      return 'the path of the saved cursus config (JSON), relative to the workspace';
    case 'template':
      return 'the path of the execution-document template, relative to the workspace';
  }
}

/** A parsed manifest's locator: file positions for a manifest file, input lines for inline YAML. */
function locator(source: ParsedSource, inline: boolean): Locator {
  return (pointer) => {
    const { line, column } = source.locate(pointer);
    return inline ? { inputLine: line } : { file: source.name, line, column };
  };
}

/**
 * Reads (for a file) and parses the manifest, validates it, then checks every file it names on disk (each file once,
 * however many pipelines share it). Returns the pipelines, or every mistake found.
 */
export async function loadManifest(
  source: ManifestSource,
  options: ManifestOptions,
): Promise<{ pipelines?: PipelineSpec[]; errors: UserMessage[] }> {
  let text: string;
  let name: string;
  if (source.kind === 'inline') {
    text = source.text;
    name = "the 'pipelines' input";
  } else {
    const read = await readSourceFile(source.file.absolute, source.file.display);
    if (!read.source) {
      const p = read.problem;
      return {
        errors: [`Input 'pipelines': cannot read the manifest '${source.file.input}': ${p?.message ?? ''}`],
      };
    }
    ({ text, name } = read.source);
  }
  const format = source.kind === 'file' && /\.json$/i.test(source.file.absolute) ? 'json' : 'yaml';
  if (format === 'yaml') await loadYaml();
  const parsed = parseSource({ name, text, format });
  if (!parsed.source) {
    return {
      errors: parsed.problems.map((p) =>
        source.kind === 'inline'
          ? `Input 'pipelines': ${p.message} (line ${p.line ?? 1} of the input)`
          : { message: `Input 'pipelines': ${p.message}`, file: p.file, line: p.line, column: p.column },
      ),
    };
  }
  const locate = locator(parsed.source, source.kind === 'inline');
  const { pipelines, errors } = validateManifest(parsed.source.value, locate, {
    ...options,
    ...(source.kind === 'file' ? { manifestFile: source.file } : {}),
  });
  if (!pipelines) return { errors };

  // Each distinct file is checked once; every entry that names a missing one fails with it, located at that entry.
  const problems = new Map<string, Promise<string | undefined>>();
  const check = (f: FileInput, label: string): Promise<string | undefined> => {
    let p = problems.get(f.absolute);
    if (!p) problems.set(f.absolute, (p = checkInputFile(label, f, options.workspace)));
    return p;
  };
  // (validateManifest returned pipelines, so every entry is valid: list index i is the manifest index.)
  const specs = await Promise.all(
    pipelines.map(async (p, i): Promise<PipelineSpec> => {
      const unreadable: Problem[] = [];
      for (const field of ['dag', 'config', 'template'] as const) {
        const f = p[field];
        if (!f) continue;
        const problem = await check(f, `pipelines[${i}].${field}`);
        if (problem === undefined) continue;
        const where = located(
          problem.replace(/^pipelines\[\d+\]/, `pipelines[${i}]`),
          locate(`/${i}/${field}`),
        );
        unreadable.push(
          typeof where === 'string'
            ? { severity: 'error', code: 'input/read', message: where, file: f.display }
            : { severity: 'error', code: 'input/read', ...where },
        );
      }
      return unreadable.length > 0 ? { ...p, unreadable } : p;
    }),
  );
  return { pipelines: specs, errors: [] };
}
