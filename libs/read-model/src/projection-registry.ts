import { Injectable } from '@nestjs/common';
import { ProjectionRunner, ProjectionStatus } from './projection-runner';

/** Every read model this process keeps, for their lag and for tests that wait on them. */
@Injectable()
export class ProjectionRegistry {
  private readonly runners = new Map<string, ProjectionRunner>();

  register(runner: ProjectionRunner): void {
    if (this.runners.has(runner.name)) throw new Error(`two projections are named ${runner.name}`);
    this.runners.set(runner.name, runner);
  }

  unregister(runner: ProjectionRunner): void {
    if (this.runners.get(runner.name) === runner) this.runners.delete(runner.name);
  }

  get all(): readonly ProjectionRunner[] {
    return [...this.runners.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  statuses(): Promise<ProjectionStatus[]> {
    return Promise.all(this.all.map((runner) => runner.status()));
  }

  /** Resolves once every model holds every event recorded before the call. */
  async caughtUp(timeoutMs?: number): Promise<void> {
    await Promise.all(this.all.map((runner) => runner.caughtUp(timeoutMs)));
  }
}
