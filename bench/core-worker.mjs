// Runs in its own process so peak memory belongs to one size only.
// argv: <core bundle> <nodes> <iterations>
import { syntheticPipeline } from './synthetic.mjs';

const [corePath, nStr, itStr] = process.argv.slice(2);
const { generate, serializeDocument } = await import(corePath);
const n = Number(nStr);
const iterations = Number(itStr);
const inputs = syntheticPipeline(n);
const src = {
  dag: { name: 'dag.json', text: inputs.dag },
  config: { name: 'config.json', text: inputs.config },
  template: { name: 'template.json', text: inputs.template },
};

function baseline() {
  const values = [JSON.parse(inputs.dag), JSON.parse(inputs.config), JSON.parse(inputs.template)];
  return values.map((v) => JSON.stringify(v, null, 2)).join('').length;
}
function ours() {
  const { document, report } = generate(src);
  if (!document) throw new Error(report.problems.map((p) => p.message).join('\n'));
  return serializeDocument(document).length;
}

function median(fn) {
  fn();
  const times = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

// Interleave so that machine noise hits both sides alike.
const b1 = median(baseline);
const o1 = median(ours);
const b2 = median(baseline);
const o2 = median(ours);
const bytes = inputs.dag.length + inputs.config.length + inputs.template.length;
process.stdout.write(
  JSON.stringify({
    n,
    bytes,
    oursMs: Math.min(o1, o2),
    baselineMs: Math.min(b1, b2),
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  }),
);
