import { started } from './global-setup';

/** Stops the containers the setup started; the machine's own services are left running. */
export default async function globalTeardown(): Promise<void> {
  await Promise.all(started.splice(0).map((container) => container.stop()));
}
