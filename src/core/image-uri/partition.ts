/**
 * Region -> ECR host name, from botocore's partitions (generated table). Pure: no I/O.
 */
import { PARTITIONS } from '../../generated/image-uris.js';

const COMPILED = PARTITIONS.map((p) => ({
  dnsSuffix: p.dnsSuffix,
  regex: new RegExp(p.regionRegex),
  regions: new Set(p.extraRegions),
}));

/** The DNS suffix of the partition holding `region` (listed by it or matched by its regex), or null. */
export function partitionDnsSuffix(region: string): string | null {
  for (const p of COMPILED) {
    if (p.regions.has(region) || p.regex.test(region)) return p.dnsSuffix;
  }
  return null;
}

/**
 * `ecr.<region>.<dnsSuffix>`: ECR has no entry of its own in botocore's endpoint data, so the partition's
 * default `{service}.{region}.{dnsSuffix}` applies. A region in no partition falls back to amazonaws.com
 * (the SDK does so for il-central-1 with an old botocore; every region in the table is in a partition).
 */
export function ecrHostname(region: string): string {
  return `ecr.${region}.${partitionDnsSuffix(region) ?? 'amazonaws.com'}`;
}
