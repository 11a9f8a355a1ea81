export { SecretaryGeneralModule } from './secretary-general.module';
export { SECRETARY_GENERAL, secretaryGeneralStreamId } from './application/secretary-general-command.handler';
