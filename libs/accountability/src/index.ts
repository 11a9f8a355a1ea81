export { AccountabilityModule } from './accountability.module';
