/** The job summary: the same markdown as the PR comment, without the marker or the size cut. */
import * as core from './runner.js';

export async function writeJobSummary(markdown: string, summaryPath: string | undefined): Promise<void> {
  if (!summaryPath) {
    core.debug('GITHUB_STEP_SUMMARY is not set; no job summary written.');
    return;
  }
  try {
    await core.appendSummary(summaryPath, markdown);
  } catch (e) {
    core.warning(`Could not write the job summary: ${e instanceof Error ? e.message : String(e)}`);
  }
}
