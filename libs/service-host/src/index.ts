export { configurePlatform, createRtopApp, platformModules } from './create-rtop-app';
export type { RtopAppConfig } from './create-rtop-app';
export { runFromEnv } from './run-from-env';
export type { ProcessSpec } from './run-from-env';
