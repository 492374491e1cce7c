export const id = 373;
export const ids = [373];
export const modules = {

/***/ 54373:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  generateWithSageMakerCheck: () => (/* binding */ generateWithSageMakerCheck)
});

// EXTERNAL MODULE: ./build/core/index.js + 31 modules
var core = __webpack_require__(88079);
// EXTERNAL MODULE: ./build/core/config/unwrap.js
var unwrap = __webpack_require__(93890);
// EXTERNAL MODULE: ./build/core/source.js + 2 modules
var source = __webpack_require__(40846);
// EXTERNAL MODULE: ./build/core/json.js
var core_json = __webpack_require__(28314);
// EXTERNAL MODULE: ./build/core/config/derived.js
var derived = __webpack_require__(20956);
;// CONCATENATED MODULE: ./build/core/config/identity.js



/**
 * The deployed pipeline a config describes (FORMAT §a.4): its derived `pipeline_name`
 * (`{author}-{service_name}-{model_class}-{region}`) and `aws_region`, from the shared base fields.
 */
function pipelineIdentity(config) {
    const parsed = (0,source/* parseSource */.PJ)(config);
    if (!parsed.source)
        return { problems: parsed.problems };
    const root = parsed.source.value;
    const configuration = (0,core_json/* isObject */.Gv)(root) ? (0,core_json/* getOwn */.Ng)(root, 'configuration') : undefined;
    const shared = (0,core_json/* isObject */.Gv)(configuration) ? (0,core_json/* getOwn */.Ng)(configuration, 'shared') : undefined;
    const specific = (0,core_json/* isObject */.Gv)(configuration) ? (0,core_json/* getOwn */.Ng)(configuration, 'specific') : undefined;
    // Base fields are shared; a file with one config may keep them in its only specific block.
    const blocks = [shared, ...((0,core_json/* isObject */.Gv)(specific) ? Object.values(specific) : [])].filter(core_json/* isObject */.Gv);
    const base = blocks.find((b) => ['author', 'service_name', 'region'].every((k) => typeof (0,core_json/* getOwn */.Ng)(b, k) === 'string'));
    if (!base) {
        const { line, column } = parsed.source.locate('/configuration/shared');
        return {
            problems: [
                {
                    severity: 'error',
                    code: 'sagemaker/no-pipeline-name',
                    message: 'cannot derive the pipeline name: the config has no author, service_name and region; pass the pipeline name instead of "auto"',
                    file: config.name,
                    jsonPath: '/configuration/shared',
                    line,
                    column,
                },
            ],
        };
    }
    return { pipelineName: (0,derived/* pipelineName */.am)(base), awsRegion: (0,derived/* awsRegion */.Ue)((0,core_json/* getOwn */.Ng)(base, 'region')), problems: [] };
}

// EXTERNAL MODULE: ./build/core/nearest.js
var nearest = __webpack_require__(42732);
;// CONCATENATED MODULE: ./build/core/crosscheck.js
/**
 * Cross-check of an execution document against the deployed SageMaker pipeline's definition
 * (issue #5). Pure: the adapter (`src/adapters/sagemaker.ts`) fetches the definition text, this
 * module only reads it and compares step names.
 */


/**
 * Reads a SageMaker `PipelineDefinition` (the JSON string `DescribePipeline` returns:
 * `{"Version", "Metadata", "Parameters", "Steps": [{"Name", "Type", "Arguments", "DependsOn"?}]}`)
 * and lists its steps in definition order. Steps nested in a `Condition` step's
 * `Arguments.IfSteps` / `Arguments.ElseSteps` are listed right after it, depth first: they run as
 * steps of the pipeline and can take an execution config like any other.
 *
 * Returns `{ error }` for text that is not JSON, has no `Steps` array, or has a step without a
 * string `Name` — a definition we cannot read is never treated as an empty pipeline.
 */
function parsePipelineDefinition(json) {
    let value;
    try {
        value = JSON.parse(json);
    }
    catch (e) {
        return {
            error: `the pipeline definition is not valid JSON (${e instanceof Error ? e.message : String(e)})`,
        };
    }
    if (!(0,core_json/* isObject */.Gv)(value))
        return { error: 'the pipeline definition is not a JSON object' };
    const top = (0,core_json/* getOwn */.Ng)(value, 'Steps');
    if (!Array.isArray(top))
        return { error: 'the pipeline definition has no "Steps" array' };
    const steps = [];
    const seen = new Set();
    const walk = (list, where) => {
        for (const [i, raw] of list.entries()) {
            const at = `${where}[${i}]`;
            if (!(0,core_json/* isObject */.Gv)(raw))
                return `${at} is not an object`;
            const name = (0,core_json/* getOwn */.Ng)(raw, 'Name');
            if (typeof name !== 'string' || name === '')
                return `${at} has no "Name" string`;
            const type = (0,core_json/* getOwn */.Ng)(raw, 'Type');
            if (type !== undefined && typeof type !== 'string')
                return `step '${name}' has a "Type" that is not a string`;
            // SageMaker rejects duplicate step names at creation; keep the first if a hand-made one has them.
            if (!seen.has(name)) {
                seen.add(name);
                steps.push(type === undefined ? { name } : { name, type });
            }
            const args = (0,core_json/* getOwn */.Ng)(raw, 'Arguments');
            if (type !== 'Condition' || !(0,core_json/* isObject */.Gv)(args))
                continue;
            for (const branch of ['IfSteps', 'ElseSteps']) {
                const nested = (0,core_json/* getOwn */.Ng)(args, branch);
                if (nested === undefined)
                    continue;
                if (!Array.isArray(nested))
                    return `step '${name}' has Arguments.${branch} that is not an array`;
                const error = walk(nested, `${at}.Arguments.${branch}`);
                if (error)
                    return error;
            }
        }
        return undefined;
    };
    const error = walk(top, 'Steps');
    if (error)
        return { error: `the pipeline definition cannot be read: ${error}` };
    return { steps };
}
/**
 * Compares the document with the deployed pipeline. Step names match exactly (SageMaker matches
 * execution-document keys to step names as written); suggestions ignore case.
 *
 * - `sagemaker/step-not-in-pipeline`: a filled step the pipeline does not have — its config would be
 *   ignored at run time. Suggests the closest definition steps.
 * - `sagemaker/step-not-filled`: a definition step the DAG says needs a payload but the document
 *   does not fill — the run would start without it. Suggests the closest filled steps that are
 *   not in the pipeline (the likely misnamed entry).
 *
 * Payload steps the pipeline does not have and that were not filled are not reported here: the
 * generator already reports the steps it skipped.
 */
function crossCheck(input) {
    const { pipelineName, region, file } = input;
    const definition = new Set(input.definitionSteps);
    const filled = new Set(input.documentSteps);
    const where = `pipeline '${pipelineName}' (${region})`;
    const problems = [];
    const unknown = [...filled].filter((s) => !definition.has(s));
    for (const step of unknown) {
        const hint = didYouMean((0,nearest/* closestNames */.g9)(step, [...definition]));
        problems.push({
            severity: 'error',
            code: 'sagemaker/step-not-in-pipeline',
            message: `${step} not in ${where}${hint}`,
            file,
            step,
        });
    }
    for (const step of new Set(input.payloadSteps)) {
        if (!definition.has(step) || filled.has(step))
            continue;
        const hint = didYouMean((0,nearest/* closestNames */.g9)(step, unknown));
        problems.push({
            severity: 'error',
            code: 'sagemaker/step-not-filled',
            message: `${step} of ${where} needs a payload but the document does not fill it${hint}`,
            file,
            step,
        });
    }
    return problems;
}
function didYouMean(names) {
    if (names.length === 0)
        return '';
    const last = names[names.length - 1];
    const list = names.length === 1 ? last : `${names.slice(0, -1).join(', ')} or ${last}`;
    return `; did you mean ${list}?`;
}
/**
 * The MODS `STEP_TYPE` a template entry gets for a definition step, as real MODS templates spell it
 * (FORMAT §d). Name rules come first, because the builders give these steps generic SageMaker types:
 *
 * | definition step                        | `STEP_TYPE`                                                                                           |
 * |----------------------------------------|-------------------------------------------------------------------------------------------------------|
 * | name starts with `CradleDataLoading`   | `["WORKFLOW_INPUT", "CradleDataLoadingStep"]`                                                         |
 * | name starts with `RedshiftDataLoading` | `["WORKFLOW_INPUT", "RedshiftDataLoadingStep"]`                                                       |
 * | name starts with `Registration`        | `["PROCESSING_STEP", "MimsModelRegistrationProcessingStep"]`                                          |
 * | `Type: "Processing"`                   | `["PROCESSING_STEP"]`                                                                                 |
 * | `Type: "Training"`                     | `"TRAINING_STEP"` (a plain string, as in real templates)                                              |
 * | any other `Type`                       | `[<TYPE upper-cased>_STEP]`: `Lambda` → `["LAMBDA_STEP"]`, `RegisterModel` → `["REGISTERMODEL_STEP"]` |
 * | no `Type`                              | `[]` (as cursus's auto-generated templates, FORMAT §d)                                                |
 *
 * Name prefixes are case-sensitive, like the step names the builders produce.
 */
function modsStepType(step) {
    if (step.name.startsWith('CradleDataLoading'))
        return ['WORKFLOW_INPUT', 'CradleDataLoadingStep'];
    if (step.name.startsWith('RedshiftDataLoading'))
        return ['WORKFLOW_INPUT', 'RedshiftDataLoadingStep'];
    if (step.name.startsWith('Registration'))
        return ['PROCESSING_STEP', 'MimsModelRegistrationProcessingStep'];
    if (step.type === undefined)
        return [];
    if (step.type === 'Processing')
        return ['PROCESSING_STEP'];
    if (step.type === 'Training')
        return 'TRAINING_STEP';
    return [`${step.type.toUpperCase()}_STEP`];
}
/**
 * A template for runs without one: every definition step, in definition order, as
 * `{"STEP_CONFIG": {}, "STEP_TYPE": <see {@link modsStepType}>}` (the key order of MODS templates),
 * plus an empty `PIPELINE_ADDITIONAL_PARAMS`. Keyed by the deployed step names, so the Cradle
 * (`…-Training`) and registration (`…-NA`) targets exist — unlike templates built from DAG node
 * names (FORMAT §d).
 */
function templateFromDefinition(steps) {
    const configs = (0,core_json/* objectFrom */._X)(steps.map((step) => [
        step.name,
        (0,core_json/* objectFrom */._X)([
            ['STEP_CONFIG', {}],
            ['STEP_TYPE', modsStepType(step)],
        ]),
    ]));
    return (0,core_json/* objectFrom */._X)([
        ['PIPELINE_STEP_CONFIGS', configs],
        ['PIPELINE_ADDITIONAL_PARAMS', {}],
    ]);
}

;// CONCATENATED MODULE: ./build/adapters/sagemaker.js
/** Attempts (first try + retries) when `AWS_MAX_ATTEMPTS` is unset; the SDK's own default is 3. */
const DEFAULT_MAX_ATTEMPTS = 4;
/** The whole DescribePipeline call, retries included, ends by then: a silent endpoint never hangs the gate. */
const DEFAULT_TIMEOUT_MS = 60_000;
const CONNECTION_TIMEOUT_MS = 5_000;
const REQUEST_TIMEOUT_MS = 20_000;
/** Error codes that mean "you are sending too fast" (the SDK retries them with a longer backoff). */
const THROTTLING_CODES = new Set([
    'ThrottlingException',
    'Throttling',
    'ThrottledException',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'RequestThrottled',
    'RequestThrottledException',
    'LimitExceededException',
    'SlowDown',
]);
/** Error codes with which AWS rejects the credentials themselves, rather than what they may do. */
const REJECTED_CREDENTIAL_CODES = new Set([
    'UnrecognizedClientException',
    'InvalidClientTokenId',
    'InvalidSignatureException',
    'SignatureDoesNotMatch',
    'IncompleteSignature',
    'MissingAuthenticationToken',
    'ExpiredToken',
    'ExpiredTokenException',
]);
/** Node's socket errors and the SDK's timeout: the endpoint could not be reached or did not answer. */
const NETWORK_CODES = new Set([
    'ECONNREFUSED',
    'ECONNRESET',
    'ENOTFOUND',
    'EAI_AGAIN',
    'ETIMEDOUT',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'EPIPE',
    'ECONNABORTED',
]);
const HOW_TO_CONFIGURE = 'In GitHub Actions, run aws-actions/configure-aws-credentials (with role-to-assume; the job needs `permissions: id-token: write` for OIDC) before this step. ' +
    'For the CLI, set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (plus AWS_SESSION_TOKEN for temporary keys), or AWS_PROFILE.';
/** `AWS_MAX_ATTEMPTS` as the SDK accepts it (a positive integer), or the default. */
function maxAttemptsFromEnv() {
    const raw = process.env.AWS_MAX_ATTEMPTS;
    if (raw === undefined || raw.trim() === '')
        return DEFAULT_MAX_ATTEMPTS;
    const n = /^\s*\d+\s*$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isSafeInteger(n) || n < 1)
        return { error: `AWS_MAX_ATTEMPTS must be a positive integer, got '${raw}'` };
    return n;
}
/** Which variable set a custom endpoint, for messages; the SDK applies it. */
function endpointSource() {
    if (process.env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS === 'true')
        return undefined;
    if (process.env.AWS_ENDPOINT_URL_SAGEMAKER)
        return 'AWS_ENDPOINT_URL_SAGEMAKER';
    if (process.env.AWS_ENDPOINT_URL)
        return 'AWS_ENDPOINT_URL';
    return undefined;
}
/**
 * Fetches the definition of a deployed pipeline. Never throws for AWS, credential or network
 * failures: each becomes one `error` Problem with a `sagemaker/...` code saying what to do —
 * `no-credentials`, `credentials-rejected`, `access-denied`, `pipeline-not-found`, `throttled`,
 * `network`, `timeout`, `invalid-input`, `invalid-response` or `service-error`.
 *
 * Throttling and network errors are retried by the SDK (standard mode, {@link DEFAULT_MAX_ATTEMPTS}
 * attempts or `AWS_MAX_ATTEMPTS`) before the problem is reported.
 */
async function describePipeline(input) {
    const { pipelineName, region, file } = input;
    const fail = (code, message) => ({
        ok: false,
        problem: { severity: 'error', code: `sagemaker/${code}`, message, file },
    });
    if (pipelineName.trim() === '')
        return fail('invalid-input', 'the SageMaker pipeline name is empty');
    if (!/^[a-z0-9-]+$/.test(region)) {
        return fail('invalid-input', `'${region}' is not an AWS region; give one such as us-east-1 (or set AWS_REGION)`);
    }
    const maxAttempts = maxAttemptsFromEnv();
    if (typeof maxAttempts !== 'number')
        return fail('invalid-input', maxAttempts.error);
    const where = `pipeline '${pipelineName}' (${region})`;
    const timeoutMs = input.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const deadline = AbortSignal.timeout(timeoutMs);
    const late = new Promise((_, reject) => deadline.addEventListener('abort', () => reject(deadline.reason), { once: true }));
    late.catch(() => undefined);
    // The SDK warns on Node < 22 that *later* SDK releases will need Node 22; the bundled SDK is pinned and works on
    // every Node the CLI supports, so the warning would only bury the real message (unless the user asked for it).
    process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
    const sdk = await __webpack_require__.e(/* import() */ 459).then(__webpack_require__.t.bind(__webpack_require__, 94459, 19));
    const client = new sdk.SageMakerClient({
        region,
        maxAttempts,
        customUserAgent: 'exec-doc',
        requestHandler: {
            connectionTimeout: Math.min(CONNECTION_TIMEOUT_MS, timeoutMs),
            requestTimeout: Math.min(REQUEST_TIMEOUT_MS, timeoutMs),
        },
    });
    const endpoint = recordEndpoint(client);
    const timedOut = (step) => {
        const source = endpointSource();
        const at = endpoint.url ?? (source ? `the endpoint set by ${source}` : `the SageMaker endpoint for ${region}`);
        return fail('timeout', `${step} for ${where} did not finish within ${Math.round(timeoutMs / 100) / 10} s (${at}); check the network ` +
            `and the endpoint, or give it longer (the action's 'sagemaker-timeout-seconds' input)`);
    };
    try {
        try {
            // Resolved on its own so that a failing provider chain (missing keys, a rejected web
            // identity token) is never mistaken for SageMaker's answer. The SDK memoizes the result.
            await Promise.race([client.config.credentials(), late]);
        }
        catch (e) {
            if (deadline.aborted)
                return timedOut('Resolving the AWS credentials');
            return fail('no-credentials', `no usable AWS credentials to read ${where}: ${errorText(e)}. ${HOW_TO_CONFIGURE}`);
        }
        let out;
        try {
            out = await Promise.race([
                client.send(new sdk.DescribePipelineCommand({ PipelineName: pipelineName }), {
                    abortSignal: deadline,
                }),
                late,
            ]);
        }
        catch (e) {
            if (deadline.aborted)
                return timedOut('DescribePipeline');
            const { code, message } = problemFor(errorInfo(e), { pipelineName, region, maxAttempts, endpoint });
            return fail(code, message);
        }
        if (typeof out.PipelineDefinition !== 'string' || out.PipelineDefinition === '') {
            return fail('invalid-response', `SageMaker returned no PipelineDefinition for ${where}`);
        }
        return out.PipelineArn === undefined
            ? { ok: true, definition: out.PipelineDefinition }
            : { ok: true, definition: out.PipelineDefinition, arn: out.PipelineArn };
    }
    finally {
        client.destroy();
    }
}
/** Code (after `sagemaker/`) and message for a failed `DescribePipeline` call. */
function problemFor(info, ctx) {
    const { pipelineName, region } = ctx;
    const where = `pipeline '${pipelineName}' (${region})`;
    const attempts = info.attempts ? ` after ${info.attempts} attempt${info.attempts === 1 ? '' : 's'}` : '';
    if (info.code === 'AccessDeniedException' || info.code === 'AccessDenied') {
        // SageMaker names the exact resource ARN in its message; fall back to the pattern.
        const resource = /on resource: (\S+)/.exec(info.message)?.[1]?.replace(/[.,;]+$/, '') ??
            pipelineArnPattern(pipelineName, region);
        return {
            code: 'access-denied',
            message: `not allowed to read ${where}: the credentials need IAM permission sagemaker:DescribePipeline on ${resource}. AWS said: ${info.message}`,
        };
    }
    if (info.code === 'ResourceNotFound' || info.code === 'ResourceNotFoundException') {
        return {
            code: 'pipeline-not-found',
            message: `pipeline '${pipelineName}' does not exist in region ${region} for the account of these credentials; check the pipeline name, the region and the account. AWS said: ${info.message}`,
        };
    }
    if (THROTTLING_CODES.has(info.code) || info.status === 429) {
        return {
            code: 'throttled',
            message: `SageMaker kept throttling DescribePipeline for ${where}${attempts} (${info.code}); try again later, or raise AWS_MAX_ATTEMPTS (now ${ctx.maxAttempts})`,
        };
    }
    if (REJECTED_CREDENTIAL_CODES.has(info.code)) {
        return {
            code: 'credentials-rejected',
            message: `AWS rejected the credentials used to read ${where} (${info.code}: ${info.message}). ${HOW_TO_CONFIGURE}`,
        };
    }
    if (info.status === undefined && (NETWORK_CODES.has(info.code) || info.code === 'TimeoutError')) {
        const source = endpointSource();
        const recorded = ctx.endpoint.url;
        const url = recorded ?? (source ? `the endpoint set by ${source}` : `the SageMaker endpoint for ${region}`);
        const from = source && recorded ? ` (from ${source})` : '';
        const detail = info.message.includes(info.code) ? info.message : `${info.code}: ${info.message}`;
        return { code: 'network', message: `could not reach SageMaker at ${url}${from}${attempts}: ${detail}` };
    }
    const status = info.status ? `HTTP ${info.status}, ` : '';
    return {
        code: 'service-error',
        message: `DescribePipeline failed for ${where}${attempts} (${status}${info.code}): ${info.message}`,
    };
}
/** `arn:<partition>:sagemaker:<region>:<account-id>:pipeline/<name>`; SageMaker lower-cases names in ARNs. */
function pipelineArnPattern(pipelineName, region) {
    if (pipelineName.startsWith('arn:'))
        return pipelineName;
    const partition = region.startsWith('cn-') ? 'aws-cn' : region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws';
    return `arn:${partition}:sagemaker:${region}:<account-id>:pipeline/${pipelineName.toLowerCase()}`;
}
/** Remembers the URL of the last request sent, so a network problem can name the endpoint. */
function recordEndpoint(client) {
    const seen = {};
    client.middlewareStack.add((next) => async (args) => {
        const req = args.request;
        if (typeof req === 'object' && req !== null) {
            const { protocol, hostname, port, path } = req;
            if (hostname)
                seen.url = `${protocol ?? 'https:'}//${hostname}${port ? `:${port}` : ''}${path ?? '/'}`;
        }
        return await next(args);
    }, { step: 'finalizeRequest', name: 'execDocRecordEndpoint', priority: 'low' });
    return seen;
}
function errorInfo(e) {
    if (!(e instanceof Error))
        return { code: 'Error', message: String(e) };
    const x = e;
    const nodeCode = typeof x.code === 'string' ? x.code : undefined;
    const code = nodeCode && NETWORK_CODES.has(nodeCode) ? nodeCode : x.name || nodeCode || 'Error';
    // Node reports a failed dual-stack connect as an AggregateError with an empty message.
    const inner = x instanceof AggregateError ? x.errors.find((i) => i instanceof Error) : undefined;
    const message = x.message || (inner instanceof Error ? inner.message : '') || code;
    const info = { code, message: oneLine(message) };
    if (typeof x.$metadata?.httpStatusCode === 'number')
        info.status = x.$metadata.httpStatusCode;
    if (typeof x.$metadata?.attempts === 'number')
        info.attempts = x.$metadata.attempts;
    return info;
}
function errorText(e) {
    return oneLine(e instanceof Error ? e.message : String(e));
}
function oneLine(s) {
    return s.replace(/\s+/g, ' ').trim();
}

;// CONCATENATED MODULE: ./build/adapters/sagemaker-check.js
/**
 * Generation with the SageMaker cross-check (issue #5), shared by the action and the CLI: read the
 * deployed pipeline's definition, use its step names as the template when none is given, generate,
 * then check that filled steps exist in the pipeline and payload steps of the pipeline are filled.
 */





function failed(problems) {
    return {
        report: { ok: false, steps: [], problems, totalSteps: 0, filledSteps: 0, nodes: [], edges: [] },
    };
}
/** A mismatch on a step of the user's template points at that step's line in the template. */
function atTemplateStep(p, input) {
    if (!input.template || !p.step)
        return p;
    const parsed = (0,core.parseSource)(input.template);
    if (!parsed.source)
        return p;
    const jsonPath = `/PIPELINE_STEP_CONFIGS/${(0,unwrap/* escapeSegment */.pv)(p.step)}`;
    const at = parsed.source.locate(jsonPath);
    return at.line > 1 ? { ...p, file: input.template.name, jsonPath, line: at.line, column: at.column } : p;
}
async function generateWithSageMakerCheck(input, options) {
    const identity = pipelineIdentity(input.config);
    const pipelineName = options.pipeline === 'auto' ? identity.pipelineName : options.pipeline;
    const region = options.region ?? identity.awsRegion;
    if (!pipelineName || !region)
        return failed(identity.problems);
    const described = await describePipeline({
        pipelineName,
        region,
        file: input.config.name,
        ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    });
    if (!described.ok)
        return failed([described.problem]);
    const definition = parsePipelineDefinition(described.definition);
    if ('error' in definition) {
        return failed([
            {
                severity: 'error',
                code: 'sagemaker/invalid-definition',
                message: `the definition of pipeline '${pipelineName}' (${region}) cannot be read: ${definition.error}`,
                file: input.config.name,
            },
        ]);
    }
    const template = input.template ?? {
        name: `pipeline ${pipelineName} (${region})`,
        text: JSON.stringify(templateFromDefinition(definition.steps), null, 2),
    };
    const result = (0,core/* generate */.cM)({ ...input, template });
    const problems = crossCheck({
        documentSteps: result.report.steps.filter((s) => s.status === 'filled').map((s) => s.step),
        payloadSteps: result.report.steps.filter((s) => s.family !== undefined).map((s) => s.step),
        definitionSteps: definition.steps.map((s) => s.name),
        pipelineName,
        region,
        file: input.config.name,
    });
    if (problems.length === 0)
        return { ...result, pipelineName, region };
    const report = {
        ...result.report,
        problems: [...result.report.problems, ...problems.map((p) => atTemplateStep(p, input))],
    };
    report.ok = !report.problems.some((p) => p.severity === 'error');
    return {
        report,
        ...(report.ok && result.document ? { document: result.document } : {}),
        pipelineName,
        region,
    };
}


/***/ })

};
