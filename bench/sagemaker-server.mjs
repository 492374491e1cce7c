// A minimal SageMaker DescribePipeline endpoint for the benchmark (runs in its own process so the
// benchmark can time child processes synchronously). Prints its URL, then serves until killed.
import { createServer } from 'node:http';

const steps = [
  'CradleDataLoading-Training',
  'CradleDataLoading-Calibration',
  'XGBoostTraining',
  'Registration-NA',
].map((Name) => ({
  Name,
  Type: Name.startsWith('XGB') ? 'Training' : 'Processing',
  Arguments: {},
}));
const definition = JSON.stringify({ Version: '2020-12-01', Metadata: {}, Parameters: [], Steps: steps });

const server = createServer((req, res) => {
  let body = '';
  req.on('data', (d) => (body += d));
  req.on('end', () => {
    const name = JSON.parse(body || '{}').PipelineName ?? 'p';
    res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
    res.end(
      JSON.stringify({
        PipelineArn: `arn:aws:sagemaker:us-east-1:123456789012:pipeline/${name}`,
        PipelineName: name,
        PipelineDefinition: definition,
        PipelineStatus: 'Active',
      }),
    );
  });
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  process.stdout.write(`http://127.0.0.1:${port}\n`);
});
