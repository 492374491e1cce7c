/** The shape of an AWS region name (`us-east-1`, `eu-central-2`, `us-gov-west-1`), as inputs and options check it. */
const AWS_REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

export function isAwsRegionName(s: string): boolean {
  return AWS_REGION.test(s);
}
