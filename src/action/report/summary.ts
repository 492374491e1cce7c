/** The job summary: the same report as the PR comment, without the marker, written with @actions/core's summary. */
import * as core from '@actions/core';

export async function writeJobSummary(markdown: string): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) {
    core.debug('GITHUB_STEP_SUMMARY is not set; no job summary written.');
    return;
  }
  try {
    await core.summary.addRaw(markdown, true).write();
  } catch (e) {
    core.warning(`Could not write the job summary: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    core.summary.emptyBuffer();
  }
}
