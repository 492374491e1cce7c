/** The job summary: the same report as the PR comment, without the marker, written with @actions/core's summary. */
import * as core from '@actions/core';
import * as log from '../log.js';

export async function writeJobSummary(markdown: string): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) {
    log.debug('GITHUB_STEP_SUMMARY is not set; no job summary written.');
    return;
  }
  try {
    await core.summary.addRaw(markdown, true).write();
  } catch (e) {
    log.warning(`Could not write the job summary: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    core.summary.emptyBuffer();
  }
}
