/**
 * Numeric version comparison for dotted release versions (`2.6`, `1.13.1`), with PEP 440's rule that
 * missing trailing parts count as zero (`1.13` == `1.13.0`). The generator checks that every pytorch and
 * tensorflow version string in the table has this form. Pure: no I/O.
 */
export function compareReleaseVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  const n = Math.max(pa.length, pb.length);
  for (let i = 0; i < n; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}
