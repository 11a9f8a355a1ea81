export { LOG_LEVELS, RtopEnvironment } from './rtop-environment';
export type { LogLevel } from './rtop-environment';
export { milliseconds, seconds } from './setting-kinds';
export { settingsOf } from './setting';
export type { Section, SettingDoc } from './setting';
export { processEnvironment, validateEnvironment } from './validate-environment';
export type { Environment } from './validate-environment';
export { RtopConfigModule } from './rtop-config.module';
export { settingsTable } from './settings-table';
