import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  retrieveImageUri,
  SUPPORTED_FRAMEWORKS,
  instanceFamily,
  processorForInstanceType,
  partitionDnsSuffix,
  ecrHostname,
  type ImageUriRequest,
  type ImageUriResult,
} from '../../src/core/image-uri/index.js';
import { FRAMEWORKS, REGISTRIES } from '../../src/generated/image-uris.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = join(ROOT, 'scripts', 'data', 'sagemaker-image-uris');
const GENERATED = join(ROOT, 'src', 'generated', 'image-uris.ts');
const INSTANCE_TYPES_URL = 'https://aws.amazon.com/sagemaker/pricing/instance-types';

function uri(req: ImageUriRequest): string {
  const r = retrieveImageUri(req);
  if (!r.ok) throw new Error(`expected a URI, got ${r.field}: ${r.message}`);
  return r.uri;
}

function failure(req: ImageUriRequest): Extract<ImageUriResult, { ok: false }> {
  const r = retrieveImageUri(req);
  if (r.ok) throw new Error(`expected an error, got ${r.uri}`);
  return r;
}

describe('worked examples (README, produced by the SDK itself)', () => {
  // [#, framework, region, version, pyVersion, instanceType, baseFrameworkVersion, expected]
  const rows: [number, string, string, string, string | null, string, string | null, string][] = [
    [
      1,
      'xgboost',
      'us-east-1',
      '1.7-1',
      'py3',
      'ml.m5.large',
      null,
      '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1',
    ],
    [
      2,
      'xgboost',
      'eu-west-1',
      '1.7-1',
      'py3',
      'ml.m5.xlarge',
      null,
      '141502667606.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-xgboost:1.7-1',
    ],
    [
      3,
      'xgboost',
      'cn-north-1',
      '1.7-1',
      'py3',
      'ml.m5.large',
      null,
      '450853457545.dkr.ecr.cn-north-1.amazonaws.com.cn/sagemaker-xgboost:1.7-1',
    ],
    [
      4,
      'xgboost',
      'us-east-1',
      '1.0-1',
      'py3',
      'ml.m5.large',
      null,
      '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.0-1-cpu-py3',
    ],
    [
      5,
      'xgboost',
      'us-west-2',
      '1.5-1',
      'py3',
      'ml.m6g.large',
      null,
      '246618743249.dkr.ecr.us-west-2.amazonaws.com/sagemaker-xgboost:1.5-1-arm64',
    ],
    [
      6,
      'sklearn',
      'us-east-1',
      '1.2-1',
      'py3',
      'ml.m5.large',
      null,
      '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3',
    ],
    [
      7,
      'sklearn',
      'eu-west-1',
      '1.2-1',
      'py3',
      'ml.c5.xlarge',
      null,
      '141502667606.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3',
    ],
    [
      8,
      'sklearn',
      'cn-north-1',
      '1.2-1',
      'py3',
      'ml.m5.large',
      null,
      '450853457545.dkr.ecr.cn-north-1.amazonaws.com.cn/sagemaker-scikit-learn:1.2-1-cpu-py3',
    ],
    [
      9,
      'pytorch',
      'us-east-1',
      '2.6.0',
      'py312',
      'ml.m5.large',
      null,
      '763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:2.6.0-cpu-py312',
    ],
    [
      10,
      'pytorch',
      'us-west-2',
      '2.6',
      'py312',
      'ml.g5.xlarge',
      null,
      '763104351884.dkr.ecr.us-west-2.amazonaws.com/pytorch-inference:2.6-gpu-py312',
    ],
    [
      11,
      'pytorch',
      'eu-west-1',
      '2.1',
      'py310',
      'ml.p3.2xlarge',
      null,
      '763104351884.dkr.ecr.eu-west-1.amazonaws.com/pytorch-inference:2.1-gpu-py310',
    ],
    [
      12,
      'pytorch',
      'cn-north-1',
      '1.13',
      'py39',
      'ml.c5.xlarge',
      null,
      '727897471807.dkr.ecr.cn-north-1.amazonaws.com.cn/pytorch-inference:1.13-cpu-py39',
    ],
    [
      13,
      'pytorch',
      'us-east-1',
      '2.4',
      'py311',
      'ml.m6g.xlarge',
      null,
      '763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference-graviton:2.4-cpu-py311-ubuntu22.04-sagemaker',
    ],
    [
      14,
      'tensorflow',
      'us-east-1',
      '2.18',
      'py310',
      'ml.m5.large',
      null,
      '763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.18-cpu',
    ],
    [
      15,
      'tensorflow',
      'eu-west-1',
      '2.16',
      'py310',
      'ml.g5.xlarge',
      null,
      '763104351884.dkr.ecr.eu-west-1.amazonaws.com/tensorflow-inference:2.16-gpu',
    ],
    [
      16,
      'tensorflow',
      'cn-north-1',
      '2.14',
      null,
      'ml.m5.large',
      null,
      '727897471807.dkr.ecr.cn-north-1.amazonaws.com.cn/tensorflow-inference:2.14-cpu',
    ],
    [
      17,
      'huggingface',
      'us-east-1',
      '4.49',
      'py312',
      'ml.g5.xlarge',
      'pytorch2.6',
      '763104351884.dkr.ecr.us-east-1.amazonaws.com/huggingface-pytorch-inference:2.6-transformers4.49-gpu-py312-cu124-ubuntu22.04',
    ],
    [
      18,
      'huggingface',
      'us-west-2',
      '4.49.0',
      'py312',
      'ml.m5.large',
      'pytorch2.6.0',
      '763104351884.dkr.ecr.us-west-2.amazonaws.com/huggingface-pytorch-inference:2.6.0-transformers4.49.0-cpu-py312-ubuntu22.04',
    ],
    [
      19,
      'huggingface',
      'eu-west-1',
      '4.26',
      'py39',
      'ml.g4dn.xlarge',
      'tensorflow2.11',
      '763104351884.dkr.ecr.eu-west-1.amazonaws.com/huggingface-tensorflow-inference:2.11-transformers4.26-gpu-py39-cu112-ubuntu20.04',
    ],
    [
      20,
      'mxnet',
      'us-east-1',
      '1.9',
      'py38',
      'ml.m5.large',
      null,
      '763104351884.dkr.ecr.us-east-1.amazonaws.com/mxnet-inference:1.9-cpu-py38',
    ],
    [
      21,
      'xgboost',
      'us-iso-east-1',
      '1.7-1',
      'py3',
      'ml.m5.large',
      null,
      '833128469047.dkr.ecr.us-iso-east-1.c2s.ic.gov/sagemaker-xgboost:1.7-1',
    ],
    [
      22,
      'xgboost',
      'us-isob-east-1',
      '1.7-1',
      'py3',
      'ml.m5.large',
      null,
      '281123927165.dkr.ecr.us-isob-east-1.sc2s.sgov.gov/sagemaker-xgboost:1.7-1',
    ],
    [
      23,
      'xgboost',
      'us-isof-south-1',
      '1.7-1',
      'py3',
      'ml.m5.large',
      null,
      '124985052026.dkr.ecr.us-isof-south-1.csp.hci.ic.gov/sagemaker-xgboost:1.7-1',
    ],
    [
      24,
      'xgboost',
      'us-gov-west-1',
      '1.7-1',
      'py3',
      'ml.m5.large',
      null,
      '414596584902.dkr.ecr.us-gov-west-1.amazonaws.com/sagemaker-xgboost:1.7-1',
    ],
  ];

  it.each(rows)(
    '#%i %s %s %s',
    (_n, framework, region, version, pyVersion, instanceType, baseFrameworkVersion, expected) => {
      expect(
        retrieveImageUri({ framework, region, version, pyVersion, instanceType, baseFrameworkVersion }),
      ).toEqual({
        ok: true,
        uri: expected,
      });
    },
  );
});

describe('expected errors E1-E7', () => {
  it('E1 bad version lists versions then aliases, in file order', () => {
    const r = failure({
      framework: 'xgboost',
      region: 'us-east-1',
      version: '9.9-9',
      pyVersion: 'py3',
      instanceType: 'ml.m5.large',
    });
    expect(r.field).toBe('version');
    expect(r.message).toBe(
      'Unsupported xgboost version: 9.9-9. Supported xgboost version(s): 1, 0.90-1, 0.90-2, 1.0-1, 1.2-1, 1.2-2, 1.3-1, 1.5-1, 1.7-1, 3.0-5, 3.2-0, latest.',
    );
    expect(r.supported).toEqual([
      '1',
      '0.90-1',
      '0.90-2',
      '1.0-1',
      '1.2-1',
      '1.2-2',
      '1.3-1',
      '1.5-1',
      '1.7-1',
      '3.0-5',
      '3.2-0',
      'latest',
    ]);
  });

  it("E2 bad region lists that entry's 37 registry regions in file order", () => {
    const source = JSON.parse(readFileSync(join(DATA, 'image_uri_config', 'xgboost.json'), 'utf8')) as {
      inference: { versions: Record<string, { registries: Record<string, string> }> };
    };
    const regions = Object.keys(source.inference.versions['1.7-1']?.registries ?? {});
    expect(regions).toHaveLength(37);
    for (const region of ['xx-moon-1', 'ap-east-2']) {
      const r = failure({
        framework: 'xgboost',
        region,
        version: '1.7-1',
        pyVersion: 'py3',
        instanceType: 'ml.m5.large',
      });
      expect(r.field).toBe('region');
      expect(r.supported).toEqual(regions);
      expect(r.message).toBe(`Unsupported region: ${region}. Supported region(s): ${regions.join(', ')}.`);
      expect(
        r.message.startsWith(`Unsupported region: ${region}. Supported region(s): af-south-1, ap-east-1, `),
      ).toBe(true);
    }
  });

  it('E3 bad py_version (pytorch 2.6 allows only py312)', () => {
    const r = failure({
      framework: 'pytorch',
      region: 'us-east-1',
      version: '2.6',
      pyVersion: 'py39',
      instanceType: 'ml.m5.large',
    });
    expect(r).toEqual({
      ok: false,
      field: 'pyVersion',
      message: 'Unsupported Python version: py39. Supported Python version(s): py312.',
      supported: ['py312'],
    });
  });

  it('E4 bad py_version (sklearn allows only py3)', () => {
    const r = failure({
      framework: 'sklearn',
      region: 'us-east-1',
      version: '1.2-1',
      pyVersion: 'py2',
      instanceType: 'ml.m5.large',
    });
    expect(r.field).toBe('pyVersion');
    expect(r.message).toBe('Unsupported Python version: py2. Supported Python version(s): py3.');
  });

  it('E5 GPU instance for a CPU-only image', () => {
    const r = failure({
      framework: 'sklearn',
      region: 'us-west-2',
      version: '1.2-1',
      pyVersion: 'py3',
      instanceType: 'ml.g4dn.xlarge',
    });
    expect(r).toEqual({
      ok: false,
      field: 'instanceType',
      message: 'Unsupported processor: gpu. Supported processor(s): cpu.',
      supported: ['cpu'],
    });
  });

  it('E6 unknown framework is an ordinary error listing the frameworks', () => {
    expect(
      retrieveImageUri({
        framework: 'nosuchfw',
        region: 'us-east-1',
        version: '1.0',
        instanceType: 'ml.m5.large',
      }),
    ).toEqual({
      ok: false,
      field: 'framework',
      message:
        'Unsupported framework: nosuchfw. Supported framework(s): huggingface, mxnet, pytorch, sklearn, tensorflow, xgboost.',
      supported: ['huggingface', 'mxnet', 'pytorch', 'sklearn', 'tensorflow', 'xgboost'],
    });
  });

  it('E7 malformed instance type', () => {
    expect(
      retrieveImageUri({
        framework: 'pytorch',
        region: 'us-east-1',
        version: '2.6',
        pyVersion: 'py312',
        instanceType: 'm5.large',
      }),
    ).toEqual({
      ok: false,
      field: 'instanceType',
      message: `Invalid SageMaker instance type: m5.large. For options, see: ${INSTANCE_TYPES_URL}`,
      supported: [],
    });
  });
});

describe('other checked behaviour (README)', () => {
  it('pytorch 2.6 without py_version uses the only allowed value', () => {
    expect(
      uri({ framework: 'pytorch', region: 'us-east-1', version: '2.6', instanceType: 'ml.m5.large' }),
    ).toBe('763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:2.6-cpu-py312');
  });

  it('pytorch 1.2 without py_version fails, reporting None', () => {
    const r = failure({
      framework: 'pytorch',
      region: 'us-east-1',
      version: '1.2',
      instanceType: 'ml.m5.large',
    });
    expect(r.field).toBe('pyVersion');
    expect(r.message).toBe('Unsupported Python version: None. Supported Python version(s): py2, py3.');
  });

  it('xgboost 1.7-1 on ml.m7g.large gives the x86 image (m7g is not in the Graviton list)', () => {
    expect(
      uri({
        framework: 'xgboost',
        region: 'us-east-1',
        version: '1.7-1',
        pyVersion: 'py3',
        instanceType: 'ml.m7g.large',
      }),
    ).toBe('683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1');
  });

  it('xgboost 1.7-1 on ml.m6g.large fails against the Graviton versions', () => {
    const r = failure({
      framework: 'xgboost',
      region: 'us-east-1',
      version: '1.7-1',
      pyVersion: 'py3',
      instanceType: 'ml.m6g.large',
    });
    expect(r.field).toBe('version');
    expect(r.message).toBe('Unsupported xgboost version: 1.7-1. Supported xgboost version(s): 1.3-1, 1.5-1.');
  });

  it('sklearn 1.2-1 on ml.m6g.large silently gives the fixed 1.0-1 arm64 tag', () => {
    expect(
      uri({
        framework: 'sklearn',
        region: 'us-east-1',
        version: '1.2-1',
        pyVersion: 'py3',
        instanceType: 'ml.m6g.large',
      }),
    ).toBe('683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.0-1-arm64-cpu-py3');
  });

  it('xgboost without a version uses the `latest` alias target, the built-in algorithm image', () => {
    expect(uri({ framework: 'xgboost', region: 'us-east-1' })).toBe(
      '811284229777.dkr.ecr.us-east-1.amazonaws.com/xgboost:1',
    );
  });

  it('pytorch on trn1 reads the neuron table: a training image with a different version', () => {
    expect(
      uri({
        framework: 'pytorch',
        region: 'us-east-1',
        version: '1.13',
        pyVersion: 'py38',
        instanceType: 'ml.trn1.2xlarge',
      }),
    ).toBe(
      '763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-training-neuron:1.11.0-neuron-py38-sdk2.4.0-ubuntu20.04',
    );
  });

  it('pytorch on ml.inf1.* fails: the neuron table only has trn', () => {
    const r = failure({
      framework: 'pytorch',
      region: 'us-east-1',
      version: '1.13',
      pyVersion: 'py38',
      instanceType: 'ml.inf1.xlarge',
    });
    expect(r).toEqual({
      ok: false,
      field: 'instanceType',
      message: 'Unsupported processor: inf. Supported processor(s): trn.',
      supported: ['trn'],
    });
  });
});

describe('surprises worth a test each (README)', () => {
  it('1. the tag echoes the caller’s version string (also huggingface transformers/base versions)', () => {
    const base = {
      framework: 'pytorch',
      region: 'us-east-1',
      pyVersion: 'py312',
      instanceType: 'ml.m5.large',
    };
    expect(uri({ ...base, version: '2.6' })).toMatch(/:2\.6-cpu-py312$/);
    expect(uri({ ...base, version: '2.6.0' })).toMatch(/:2\.6\.0-cpu-py312$/);
    expect(uri({ framework: 'xgboost', region: 'us-east-1', version: 'latest' })).toBe(
      '811284229777.dkr.ecr.us-east-1.amazonaws.com/xgboost:latest',
    );
    const hf = {
      framework: 'huggingface',
      region: 'us-east-1',
      pyVersion: 'py312',
      instanceType: 'ml.m5.large',
    };
    expect(uri({ ...hf, version: '4.49', baseFrameworkVersion: 'pytorch2.6.0' })).toMatch(
      /:2\.6\.0-transformers4\.49-cpu-py312-ubuntu22\.04$/,
    );
    expect(uri({ ...hf, version: '4.49.0', baseFrameworkVersion: 'pytorch2.6' })).toMatch(
      /:2\.6-transformers4\.49\.0-cpu-py312-ubuntu22\.04$/,
    );
  });

  it('2. tensorflow inference (>= 1.11) has no Python part; a given py_version is dropped', () => {
    const base = {
      framework: 'tensorflow',
      region: 'us-east-1',
      version: '2.18',
      instanceType: 'ml.m5.large',
    };
    const expected = '763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.18-cpu';
    expect(uri({ ...base, pyVersion: 'py310' })).toBe(expected);
    expect(uri({ ...base, pyVersion: 'py2' })).toBe(expected);
    expect(uri({ ...base, pyVersion: 'nonsense' })).toBe(expected);
    expect(uri({ ...base })).toBe(expected);
    expect(uri({ ...base, version: '1.11', pyVersion: 'py2' })).toBe(
      '520713654638.dkr.ecr.us-east-1.amazonaws.com/sagemaker-tensorflow-serving:1.11-cpu',
    );
    // Before 1.11 the Python part is there.
    expect(uri({ ...base, version: '1.10', pyVersion: 'py2' })).toBe(
      '520713654638.dkr.ecr.us-east-1.amazonaws.com/sagemaker-tensorflow:1.10-cpu-py2',
    );
  });

  it('3. xgboost >= 1.2-1 never looks at the instance type', () => {
    const expected = '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1';
    for (const instanceType of [
      'ml.m5.large',
      'ml.p3.2xlarge',
      'm5.large',
      'ml.M5.large',
      '',
      null,
      'local_gpu',
    ]) {
      expect(uri({ framework: 'xgboost', region: 'us-east-1', version: '1.7-1', instanceType })).toBe(
        expected,
      );
    }
    // 1.0-1 does check it.
    expect(
      failure({ framework: 'xgboost', region: 'us-east-1', version: '1.0-1', instanceType: 'ml.p3.2xlarge' })
        .message,
    ).toBe('Unsupported processor: gpu. Supported processor(s): cpu.');
  });

  it('4. Graviton is a fixed family list that overrides the scope; a single-version scope ignores the version', () => {
    const pt = { framework: 'pytorch', region: 'us-east-1', version: '2.4', pyVersion: 'py311' };
    for (const family of ['m6g', 'm6gd', 'c6g', 'c6gd', 'c6gn', 'c7g', 'r6g', 'r6gd']) {
      expect(uri({ ...pt, instanceType: `ml.${family}.xlarge` })).toBe(
        '763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference-graviton:2.4-cpu-py311-ubuntu22.04-sagemaker',
      );
    }
    for (const family of ['m7g', 'r7g', 'c7gn']) {
      expect(uri({ ...pt, instanceType: `ml.${family}.xlarge` })).toBe(
        '763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:2.4-cpu-py311',
      );
    }
    // 2.6 exists for x86 but not for Graviton.
    expect(failure({ ...pt, version: '2.6', pyVersion: 'py312', instanceType: 'ml.c7g.large' }).message).toBe(
      'Unsupported pytorch version: 2.6. Supported pytorch version(s): 1.12.1, 2.0.0, 2.0.1, 2.1.0, 2.2.1, 2.3.0, 2.4.0, 1.12, 2.0, 2.1, 2.2, 2.3, 2.4.',
    );
    expect(
      uri({ framework: 'tensorflow', region: 'us-east-1', version: '2.16', instanceType: 'ml.r6g.large' }),
    ).toBe(
      '763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-graviton:2.16-cpu-py310-ubuntu20.04-sagemaker',
    );
    // sklearn's Graviton scope has a single version: any requested version (even a made-up one) gives it.
    for (const version of ['1.2-1', '0.20.0', '9.9', null]) {
      expect(uri({ framework: 'sklearn', region: 'us-east-1', version, instanceType: 'ml.c6g.large' })).toBe(
        '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.0-1-arm64-cpu-py3',
      );
    }
    expect(
      uri({ framework: 'xgboost', region: 'us-east-1', version: '1.3-1', instanceType: 'ml.m6g.large' }),
    ).toBe('683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.3-1-arm64');
  });

  it('5. an unknown framework is reported as field "framework", never thrown', () => {
    for (const framework of [
      'nosuchfw',
      'XGBoost',
      'pytorch-neuron',
      'huggingface-neuron',
      '',
      '__proto__',
      'constructor',
    ]) {
      const r = failure({ framework, region: 'us-east-1', version: '1.0' });
      expect(r.field).toBe('framework');
      expect(r.message).toBe(
        `Unsupported framework: ${framework}. Supported framework(s): huggingface, mxnet, pytorch, sklearn, tensorflow, xgboost.`,
      );
    }
  });

  it('6. the botocore partition domain agrees with the SDK’s ALTERNATE_DOMAINS for every region in the table', () => {
    const alternate = (region: string): string => {
      if (region === 'cn-north-1' || region === 'cn-northwest-1') return 'amazonaws.com.cn';
      if (region.startsWith('us-isob-')) return 'sc2s.sgov.gov';
      if (region.startsWith('us-isof-')) return 'csp.hci.ic.gov';
      if (region.startsWith('us-iso-')) return 'c2s.ic.gov';
      if (region === 'eu-isoe-west-1') return 'cloud.adc-e.uk';
      if (region === 'eusc-de-east-1') return 'amazonaws.eu';
      return 'amazonaws.com';
    };
    const regions = new Set(REGISTRIES.flatMap((m) => Object.keys(m)));
    expect(regions.size).toBeGreaterThanOrEqual(42);
    for (const region of regions) {
      expect(partitionDnsSuffix(region), region).toBe(alternate(region));
      expect(ecrHostname(region)).toBe(`ecr.${region}.${alternate(region)}`);
    }
    expect(partitionDnsSuffix('us-gov-east-1')).toBe('amazonaws.com');
    expect(partitionDnsSuffix('eu-isoe-west-1')).toBe('cloud.adc-e.uk');
    expect(partitionDnsSuffix('eusc-de-east-1')).toBe('amazonaws.eu');
    expect(partitionDnsSuffix('aws-global')).toBe('amazonaws.com');
    expect(partitionDnsSuffix('xx-moon-1')).toBeNull();
    expect(ecrHostname('xx-moon-1')).toBe('ecr.xx-moon-1.amazonaws.com');
  });

  it('7. huggingface aliases lack 4.48; tensorflow has 2.19; sklearn 1.4-2 is training-only', () => {
    const hf = {
      framework: 'huggingface',
      region: 'us-east-1',
      pyVersion: 'py311',
      instanceType: 'ml.g5.xlarge',
      baseFrameworkVersion: 'pytorch2.3',
    };
    expect(failure({ ...hf, version: '4.48' }).field).toBe('version');
    expect(uri({ ...hf, version: '4.48.0' })).toBe(
      '763104351884.dkr.ecr.us-east-1.amazonaws.com/huggingface-pytorch-inference:2.3-transformers4.48.0-gpu-py311-cu121-ubuntu22.04',
    );
    expect(
      uri({ framework: 'tensorflow', region: 'us-east-1', version: '2.19', instanceType: 'ml.m5.large' }),
    ).toBe('763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.19-cpu');
    const sk = { framework: 'sklearn', region: 'us-east-1', pyVersion: 'py3', instanceType: 'ml.m5.large' };
    expect(failure({ ...sk, version: '1.4-2' }).message).toBe(
      'Unsupported sklearn version: 1.4-2. Supported sklearn version(s): 0.20.0, 0.23-1, 1.0-1, 1.2-1, 1.4-2-py312.',
    );
    expect(uri({ ...sk, version: '1.4-2-py312' })).toBe(
      '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.4-2-py312-cpu-py3',
    );
  });
});

describe('rule details', () => {
  it('Trainium: any instance type containing "trn" needs pytorch (checked before the framework)', () => {
    for (const framework of ['xgboost', 'huggingface', 'nosuchfw']) {
      expect(
        failure({ framework, region: 'us-east-1', version: '1.7-1', instanceType: 'ml.trn1.2xlarge' }),
      ).toEqual({
        ok: false,
        field: 'framework',
        message: `Unsupported framework: ${framework}. Supported framework(s) for Trainium instances: pytorch.`,
        supported: ['pytorch'],
      });
    }
    expect(
      failure({ framework: 'xgboost', region: 'us-east-1', version: '1.7-1', instanceType: 'local_trn' })
        .field,
    ).toBe('framework');
  });

  it('Graviton: a Graviton family needs one of the four Graviton frameworks', () => {
    for (const framework of ['mxnet', 'huggingface', 'nosuchfw']) {
      const r = failure({
        framework,
        region: 'us-east-1',
        version: '1.9',
        pyVersion: 'py38',
        instanceType: 'ml.c6g.xlarge',
      });
      expect(r.field).toBe('framework');
      expect(r.message).toBe(
        `Unsupported framework: ${framework}. Supported framework(s) for Graviton instances: pytorch, sklearn, tensorflow, xgboost.`,
      );
      expect(r.supported).toEqual(['pytorch', 'sklearn', 'tensorflow', 'xgboost']);
    }
  });

  it('huggingface on inf* reads the neuron table; the tag uses the resolved versions and the neuron tool', () => {
    const expected =
      '763104351884.dkr.ecr.us-east-1.amazonaws.com/huggingface-pytorch-inference-neuron:1.9.1-transformers4.12.3-neuron-py37-sdk1.17.1-ubuntu18.04';
    const base = { framework: 'huggingface', region: 'us-east-1', instanceType: 'ml.inf1.xlarge' };
    expect(uri({ ...base, version: '4.12', baseFrameworkVersion: 'pytorch1.9' })).toBe(expected);
    expect(uri({ ...base, version: '4.12.3', baseFrameworkVersion: 'pytorch1.9.1', pyVersion: 'py37' })).toBe(
      expected,
    );
    expect(
      failure({ ...base, version: '4.12', baseFrameworkVersion: 'pytorch1.9', pyVersion: 'py38' }).field,
    ).toBe('pyVersion');
  });

  it('huggingface: base framework is checked against the version’s entries (aliases resolve)', () => {
    const base = {
      framework: 'huggingface',
      region: 'us-east-1',
      version: '4.26',
      pyVersion: 'py39',
      instanceType: 'ml.m5.large',
    };
    expect(uri({ ...base, baseFrameworkVersion: 'pytorch1.13' })).toBe(
      '763104351884.dkr.ecr.us-east-1.amazonaws.com/huggingface-pytorch-inference:1.13-transformers4.26-cpu-py39-ubuntu20.04',
    );
    for (const bfv of ['pytorch2.6', 'version_aliases', 'PyTorch1.13', null]) {
      const r = failure({ ...base, baseFrameworkVersion: bfv });
      expect(r.field).toBe('baseFrameworkVersion');
      expect(r.supported).toEqual(['pytorch1.13.1', 'tensorflow2.11.0']);
      expect(r.message).toBe(
        `Unsupported base framework: ${bfv ?? 'None'}. Supported base framework(s): pytorch1.13.1, tensorflow2.11.0.`,
      );
    }
  });

  it('no version: defaults (latest alias, else the larger of first/last); none for huggingface and sklearn', () => {
    expect(uri({ framework: 'pytorch', region: 'us-east-1', instanceType: 'ml.m5.large' })).toBe(
      '763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:2.6.0-cpu-py312',
    );
    expect(uri({ framework: 'tensorflow', region: 'us-east-1', instanceType: 'ml.m5.large' })).toBe(
      '763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.19.0-cpu',
    );
    expect(
      uri({ framework: 'mxnet', region: 'us-east-1', pyVersion: 'py38', instanceType: 'ml.m5.large' }),
    ).toBe('763104351884.dkr.ecr.us-east-1.amazonaws.com/mxnet-inference:1.9.0-cpu-py38');
    expect(uri({ framework: 'xgboost', region: 'us-east-1', instanceType: 'ml.m6g.large' })).toBe(
      '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.5-1-arm64',
    );
    const sk = failure({ framework: 'sklearn', region: 'us-east-1', instanceType: 'ml.m5.large' });
    expect(sk.field).toBe('version');
    expect(sk.message).toBe(
      'Unsupported sklearn version: None. Supported sklearn version(s): 0.20.0, 0.23-1, 1.0-1, 1.2-1, 1.4-2-py312.',
    );
    for (const instanceType of ['ml.m5.large', 'ml.inf1.xlarge']) {
      const hf = failure({
        framework: 'huggingface',
        region: 'us-east-1',
        instanceType,
        baseFrameworkVersion: 'pytorch1.9',
      });
      expect(hf.field).toBe('version');
      expect(hf.message).toMatch(
        /^Unsupported huggingface version: None\. Supported huggingface version\(s\): /,
      );
    }
  });

  it('Python-keyed entries (mxnet 1.4.1): the sub-entry decides repository and account', () => {
    const base = { framework: 'mxnet', region: 'us-east-1', version: '1.4.1', instanceType: 'ml.m5.large' };
    expect(uri({ ...base, pyVersion: 'py2' })).toBe(
      '520713654638.dkr.ecr.us-east-1.amazonaws.com/sagemaker-mxnet-serving:1.4.1-cpu-py2',
    );
    expect(uri({ ...base, pyVersion: 'py3' })).toBe(
      '763104351884.dkr.ecr.us-east-1.amazonaws.com/mxnet-inference:1.4.1-cpu-py3',
    );
    expect(failure({ ...base }).message).toBe(
      'Unsupported Python version: None. Supported Python version(s): py2, py3.',
    );
    expect(failure({ ...base, pyVersion: 'PY3' }).field).toBe('pyVersion');
    expect(failure({ ...base, pyVersion: ' py3' }).field).toBe('pyVersion');
  });

  it('processor: empty, local, local_gpu, neuron, single-processor default', () => {
    const pt = { framework: 'pytorch', region: 'us-east-1', version: '2.6', pyVersion: 'py312' };
    for (const instanceType of [null, '']) {
      expect(failure({ ...pt, instanceType })).toEqual({
        ok: false,
        field: 'instanceType',
        message: `Empty SageMaker instance type. For options, see: ${INSTANCE_TYPES_URL}`,
        supported: [],
      });
    }
    expect(uri({ ...pt, instanceType: 'local' })).toMatch(/:2\.6-cpu-py312$/);
    expect(uri({ ...pt, instanceType: 'local_gpu' })).toMatch(/:2\.6-gpu-py312$/);
    expect(failure({ ...pt, instanceType: 'neuron_whatever' }).message).toBe(
      'Unsupported processor: neuron. Supported processor(s): cpu, gpu.',
    );
    expect(failure({ ...pt, instanceType: 'ml.M5.large' }).message).toBe(
      `Invalid SageMaker instance type: ml.M5.large. For options, see: ${INSTANCE_TYPES_URL}`,
    );
    expect(uri({ framework: 'sklearn', region: 'us-east-1', version: '1.2-1' })).toBe(
      '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3',
    );
  });

  it('p4d CUDA suffixes for old GPU tags; tensorflow inference never matches', () => {
    const p4d = { region: 'us-east-1', instanceType: 'ml.p4d.24xlarge' };
    expect(uri({ ...p4d, framework: 'pytorch', version: '1.6.0', pyVersion: 'py3' })).toBe(
      '763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:1.6.0-gpu-py3-cu110-ubuntu18.04',
    );
    expect(uri({ ...p4d, framework: 'pytorch', version: '1.6', pyVersion: 'py36' })).toBe(
      '763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:1.6-gpu-py36-cu110-ubuntu18.04-v3',
    );
    expect(uri({ ...p4d, framework: 'mxnet', version: '1.8', pyVersion: 'py37' })).toBe(
      '763104351884.dkr.ecr.us-east-1.amazonaws.com/mxnet-inference:1.8-gpu-py37-cu110-ubuntu16.04-v1',
    );
    expect(uri({ ...p4d, framework: 'tensorflow', version: '2.3', pyVersion: 'py37' })).toBe(
      '763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.3-gpu',
    );
    // Other GPU families get no suffix.
    expect(
      uri({
        ...p4d,
        instanceType: 'ml.p3.2xlarge',
        framework: 'pytorch',
        version: '1.6.0',
        pyVersion: 'py3',
      }),
    ).toBe('763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:1.6.0-gpu-py3');
  });

  it('P2 is refused for pytorch >= 1.13 and tensorflow >= 2.12, after the processor check', () => {
    const p2 = { region: 'us-east-1', instanceType: 'ml.p2.xlarge' };
    for (const req of [
      { ...p2, framework: 'pytorch', version: '1.13', pyVersion: 'py39' },
      { ...p2, framework: 'pytorch', version: '2.6.0' },
      { ...p2, framework: 'tensorflow', version: '2.12' },
      { ...p2, framework: 'tensorflow', version: '2.12.1' },
    ]) {
      const r = failure(req);
      expect(r.field).toBe('instanceType');
      expect(r.message).toMatch(
        /^P2 instances have been deprecated for sagemaker jobs starting PyTorch 1\.13 and TensorFlow 2\.12\./,
      );
    }
    expect(uri({ ...p2, framework: 'pytorch', version: '1.12', pyVersion: 'py38' })).toBe(
      '763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:1.12-gpu-py38',
    );
    expect(uri({ ...p2, framework: 'tensorflow', version: '2.11' })).toBe(
      '763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.11-gpu',
    );
    // A bad region is reported before P2.
    expect(failure({ ...p2, framework: 'pytorch', version: '2.6', region: 'xx-moon-1' }).field).toBe(
      'region',
    );
  });

  it('errors come in the SDK order (version before region, Python before region)', () => {
    expect(failure({ framework: 'xgboost', region: 'xx-moon-1', version: '9.9-9' }).field).toBe('version');
    expect(
      failure({
        framework: 'pytorch',
        region: 'xx-moon-1',
        version: '2.6',
        pyVersion: 'py2',
        instanceType: 'bad',
      }).field,
    ).toBe('pyVersion');
    expect(
      failure({ framework: 'pytorch', region: 'xx-moon-1', version: '2.6', instanceType: 'bad' }).field,
    ).toBe('region');
    expect(
      failure({ framework: 'pytorch', region: 'us-east-1', version: '2.6', instanceType: 'bad' }).field,
    ).toBe('instanceType');
  });

  it('region matching is exact', () => {
    for (const region of ['US-EAST-1', ' us-east-1', 'us-east-1 ', 'toString', '__proto__', '']) {
      expect(failure({ framework: 'xgboost', region, version: '1.7-1' }).field).toBe('region');
    }
  });

  it('never throws for odd input', () => {
    const odd: unknown[] = [
      null,
      undefined,
      {},
      { framework: 'pytorch' },
      { framework: 'pytorch', region: 'us-east-1', version: 2.6 },
      { framework: 42, region: 'us-east-1' },
      { framework: 'xgboost', region: 'us-east-1', version: 'constructor' },
      { framework: 'xgboost', region: 'us-east-1', version: '__proto__' },
      {
        framework: 'mxnet',
        region: 'us-east-1',
        version: '1.4.1',
        pyVersion: 'hasOwnProperty',
        instanceType: 'ml.m5.large',
      },
      { framework: 'huggingface', region: 'us-east-1', version: '4.49', baseFrameworkVersion: 'toString' },
      { framework: 'pytorch', region: 'us-east-1', version: '2.6', instanceType: 'ml.toString.large' },
    ];
    for (const req of odd) {
      const r = retrieveImageUri(req as ImageUriRequest);
      expect(r.ok).toBe(false);
    }
    expect(failure({ framework: 'pytorch', region: 'us-east-1', version: 2.6 as unknown as string })).toEqual(
      {
        ok: false,
        field: 'version',
        message: 'Invalid version: expected a string, got number.',
        supported: [],
      },
    );
  });

  it('huggingface on inf*: the single-version neuron scope ignores the version, but the tag echoes it (as the SDK does)', () => {
    expect(
      uri({
        framework: 'huggingface',
        region: 'us-east-1',
        version: '9.9',
        baseFrameworkVersion: 'pytorch1.9.1',
        instanceType: 'ml.inf1.xlarge',
      }),
    ).toBe(
      '763104351884.dkr.ecr.us-east-1.amazonaws.com/huggingface-pytorch-inference-neuron:1.9.1-transformers9.9-neuron-py37-sdk1.17.1-ubuntu18.04',
    );
  });

  it('every (version, base, Python version, region) of the source data gives its account and repository', () => {
    type Leaf = {
      repository: string;
      registries: Record<string, string>;
      py_versions?: string[];
      processors?: string[];
    };
    type Scope = { processors?: string[]; versions: Record<string, Record<string, unknown>> };
    let checked = 0;
    for (const framework of SUPPORTED_FRAMEWORKS) {
      const file = JSON.parse(readFileSync(join(DATA, 'image_uri_config', `${framework}.json`), 'utf8')) as {
        inference: Scope;
      };
      const scope = file.inference;
      for (const [version, raw] of Object.entries(scope.versions)) {
        const cases: { leaf: Leaf; pyVersion: string | null; base: string | null }[] = [];
        const addEntry = (e: Record<string, unknown>, base: string | null): void => {
          if ('repository' in e) {
            const leaf = e as unknown as Leaf;
            cases.push({ leaf, pyVersion: leaf.py_versions?.[0] ?? null, base });
          } else {
            for (const [py, sub] of Object.entries(e)) cases.push({ leaf: sub as Leaf, pyVersion: py, base });
          }
        };
        if (framework === 'huggingface') {
          for (const [base, e] of Object.entries(raw)) {
            if (base !== 'version_aliases') addEntry(e as Record<string, unknown>, base);
          }
        } else {
          addEntry(raw, null);
        }
        for (const { leaf, pyVersion, base } of cases) {
          const processors = scope.processors ?? leaf.processors ?? [];
          const instanceType = processors.includes('cpu')
            ? 'ml.m5.large'
            : processors.length > 0
              ? 'ml.g5.xlarge'
              : null;
          for (const [region, account] of Object.entries(leaf.registries)) {
            const got = uri({
              framework,
              region,
              version,
              pyVersion,
              instanceType,
              baseFrameworkVersion: base,
            });
            expect(got.startsWith(`${account}.dkr.ecr.${region}.`), got).toBe(true);
            expect(got).toContain(
              `/${leaf.repository}:${base ? base.replace(/^(pytorch|tensorflow)/, '') + '-transformers' : ''}${version}`,
            );
            checked++;
          }
        }
      }
    }
    expect(checked).toBe(4607); // README: 4,607 (entry, region) pairs in the inference scopes
  });

  it('every URI the table can produce is well formed (no None/undefined parts)', () => {
    const instanceTypes = [
      'ml.m5.large',
      'ml.g5.xlarge',
      'ml.m6g.large',
      'ml.inf1.xlarge',
      'ml.trn1.2xlarge',
      'ml.p4d.24xlarge',
      null,
    ];
    let count = 0;
    for (const framework of SUPPORTED_FRAMEWORKS) {
      for (const instanceType of instanceTypes) {
        const scopes = Object.values(FRAMEWORKS[framework]?.scopes ?? {});
        const versions = new Set(
          scopes.flatMap((s) => [...s.versions.map(([v]) => v), ...Object.keys(s.aliases ?? {})]),
        );
        for (const version of [...versions, null]) {
          for (const pyVersion of [
            null,
            'py2',
            'py3',
            'py36',
            'py37',
            'py38',
            'py39',
            'py310',
            'py311',
            'py312',
          ]) {
            for (const baseFrameworkVersion of framework === 'huggingface'
              ? ['pytorch2.6', 'pytorch1.9', 'tensorflow2.11.0']
              : [null]) {
              for (const region of ['us-east-1', 'cn-north-1', 'us-gov-west-1']) {
                const r = retrieveImageUri({
                  framework,
                  region,
                  version,
                  pyVersion,
                  instanceType,
                  baseFrameworkVersion,
                });
                if (r.ok) {
                  count++;
                  expect(r.uri).toMatch(
                    /^\d{12}\.dkr\.ecr\.[a-z0-9-]+\.[a-z0-9.-]+\/[a-z0-9-]+:[A-Za-z0-9._-]+$/,
                  );
                  expect(r.uri).not.toMatch(/None|undefined|null|--|-$/);
                } else {
                  expect(r.message.length).toBeGreaterThan(0);
                }
              }
            }
          }
        }
      }
    }
    expect(count).toBeGreaterThan(500);
  });
});

describe('instance helpers', () => {
  it.each([
    ['ml.m5.large', 'm5'],
    ['ml_m5', 'm5'],
    ['ml.m5', 'm5'],
    ['ml.p4d.24xlarge', 'p4d'],
    ['ml.trn1n.32xlarge', 'trn1n'],
    ['ml.g4dn-x.xlarge', 'g4dn-x'],
    ['ml.m5.large\n', 'm5'],
    ['ml.m\u0665.large', 'm\u0665'], // Python's \\d also matches non-ASCII decimal digits
    ['ml.m5.large.x', ''],
    ['m5.large', ''],
    ['ml.M5.large', ''],
    ['ML.m5.large', ''],
    ['', ''],
  ])('instanceFamily(%j) = %j', (type, family) => {
    expect(instanceFamily(type)).toBe(family);
  });

  it('instanceFamily of nothing is empty', () => {
    expect(instanceFamily(null)).toBe('');
    expect(instanceFamily(undefined)).toBe('');
  });

  it('processorForInstanceType', () => {
    expect(processorForInstanceType('ml.c5.xlarge', ['c5', 'gpu'])).toBe('c5');
    expect(processorForInstanceType('ml.inf2.xlarge', ['cpu'])).toBe('inf');
    expect(processorForInstanceType('ml.trn1.2xlarge', ['cpu'])).toBe('trn');
    expect(processorForInstanceType('ml.g4dn.xlarge', ['cpu'])).toBe('gpu');
    expect(processorForInstanceType('ml.p3.2xlarge', ['cpu'])).toBe('gpu');
    expect(processorForInstanceType('ml.m5.large', ['gpu'])).toBe('cpu');
    expect(processorForInstanceType('local', [])).toBe('cpu');
    expect(processorForInstanceType('local_gpu', [])).toBe('gpu');
    expect(processorForInstanceType('neuron', [])).toBe('neuron');
    expect(processorForInstanceType('m5.large', ['cpu'])).toBeNull();
  });
});

describe('generated table', () => {
  const runGenerator = (out: string): Buffer => {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'gen-image-uris.mjs'), '--out', out], {
      stdio: 'pipe',
    });
    return readFileSync(out);
  };

  it('is up to date and deterministic', () => {
    const dir = mkdtempSync(join(tmpdir(), 'image-uris-'));
    try {
      const first = runGenerator(join(dir, 'a.ts'));
      const second = runGenerator(join(dir, 'b.ts'));
      expect(first.equals(second)).toBe(true);
      expect(first.equals(readFileSync(GENERATED))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('starts with the generated-by header and keeps the NOTICE attribution', () => {
    const text = readFileSync(GENERATED, 'utf8');
    const head = text.slice(0, text.indexOf('\n\n/**'));
    expect(head.startsWith('// GENERATED FILE')).toBe(true);
    expect(head).toContain('scripts/gen-image-uris.mjs');
    expect(head).toContain('SageMaker Python SDK');
    expect(head).toContain('botocore');
    expect(head).toContain('Apache License, Version 2.0');
    for (const line of readFileSync(join(DATA, 'NOTICE'), 'utf8').split('\n')) {
      if (line.trim() !== '') expect(head).toContain(line);
    }
    expect(Buffer.byteLength(text)).toBeLessThan(60_000);
  });

  it('keeps only the inference scopes (plus the single-scope neuron tables), with registries deduplicated', () => {
    for (const [name, table] of Object.entries(FRAMEWORKS)) {
      const kept = Object.keys(table.scopes);
      if (name.endsWith('-neuron')) expect(kept).toEqual(table.scopeNames);
      else for (const s of kept) expect(['inference', 'inference_graviton']).toContain(s);
    }
    const serialized = REGISTRIES.map((m) => JSON.stringify(Object.entries(m)));
    expect(new Set(serialized).size).toBe(REGISTRIES.length);
    expect(REGISTRIES.length).toBeLessThanOrEqual(12);
    expect([...SUPPORTED_FRAMEWORKS].sort()).toEqual([...SUPPORTED_FRAMEWORKS]);
    for (const fw of SUPPORTED_FRAMEWORKS) expect(FRAMEWORKS[fw]?.scopes['inference']).toBeDefined();
  });
});
