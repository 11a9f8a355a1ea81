import { ACCOUNTABILITY_PROJECTIONS, LEDGER_PROJECTIONS } from '@rtop/accountability';
import { FOCAL_POINT_PROJECTIONS } from '@rtop/focal-point';
import { GENERAL_ASSEMBLY_PROJECTIONS } from '@rtop/general-assembly';
import { MEMBER_STATES_PROJECTIONS } from '@rtop/member-states';
import { OTHER_ORGANS_PROJECTIONS } from '@rtop/other-organs';
import { Projection } from '@rtop/read-model';
import { REGIONAL_BODIES_PROJECTIONS } from '@rtop/regional-bodies';
import { SECRETARY_GENERAL_PROJECTIONS } from '@rtop/secretary-general';
import { SECURITY_COUNCIL_PROJECTIONS } from '@rtop/security-council';

/** Every read model of every context, for `rtop projections rebuild`. */
export const READ_MODELS: readonly Projection[] = [
  ...FOCAL_POINT_PROJECTIONS,
  ...SECRETARY_GENERAL_PROJECTIONS,
  ...SECURITY_COUNCIL_PROJECTIONS,
  ...GENERAL_ASSEMBLY_PROJECTIONS,
  ...REGIONAL_BODIES_PROJECTIONS,
  ...MEMBER_STATES_PROJECTIONS,
  ...OTHER_ORGANS_PROJECTIONS,
  ...ACCOUNTABILITY_PROJECTIONS,
  ...LEDGER_PROJECTIONS,
];
