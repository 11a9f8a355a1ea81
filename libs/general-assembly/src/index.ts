export { GeneralAssemblyModule } from './general-assembly.module';
export { GENERAL_ASSEMBLY, generalAssemblyStreamId } from './application/general-assembly-case-stream';
export { GENERAL_ASSEMBLY_PROJECTIONS } from './read/general-assembly-read-models';
export type { GeneralAssemblyConfig } from './application/general-assembly.config';
export type { GeneralAssemblyEvent, EmergencySpecialSessionConvened, EmergencySpecialSessionClosed } from './case/general-assembly-events';
