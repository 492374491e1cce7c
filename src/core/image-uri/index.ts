/** Offline SageMaker framework image-URI lookup (inference images). Pure: no I/O. */
export {
  retrieveImageUri,
  SUPPORTED_FRAMEWORKS,
  type ImageUriRequest,
  type ImageUriField,
  type ImageUriResult,
} from './retrieve.js';
export {
  instanceFamily,
  isGravitonFamily,
  processorForInstanceType,
  GRAVITON_INSTANCE_FAMILIES,
  GRAVITON_FRAMEWORKS,
} from './instance.js';
export { ecrHostname, partitionDnsSuffix } from './partition.js';
