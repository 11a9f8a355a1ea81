import { readFileSync } from 'node:fs';
import { processEnvironment } from '@rtop/config';
import { Projection } from '@rtop/read-model';
import { regionMapFromEnv } from '../figures/regions';
import { CaseDirectoryProjection } from './case-directory.projection';
import { TimelineProjection } from './timeline.projection';

/**
 * The accountability context's read models, for its module to keep up and for the command line to
 * rebuild. The case directory places cases by the deployment's region map (RTOP_ACCOUNTABILITY_REGIONS).
 */
export const ACCOUNTABILITY_PROJECTIONS: readonly Projection[] = [
  new TimelineProjection(),
  new CaseDirectoryProjection(() =>
    regionMapFromEnv({ RTOP_ACCOUNTABILITY_REGIONS: processEnvironment().RTOP_ACCOUNTABILITY_REGIONS }, (path) =>
      readFileSync(path, 'utf8'),
    ),
  ),
];
