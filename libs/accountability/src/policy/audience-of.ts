import { Actor, Audience, UN_DEPARTMENTS } from '@rtop/kernel';
import { TimelineEntry } from '../timeline/timeline-entry';

/**
 * Who may read one timeline entry, per the table in docs/read-policy.md. The audience is derived
 * from the entry alone (its context, type, data and actor), so the timeline table can keep it
 * beside the entry and every read can filter on it in SQL.
 */

const JOINT_OFFICE = 'un-joint-office';
const SECRETARY_GENERAL = 'un-secretary-general';
const SECURITY_COUNCIL = 'un-security-council';
const GENERAL_ASSEMBLY = 'un-general-assembly';

/** Public acts: an adopted resolution or decision, a veto, a published report. */
const PUBLISHED: Readonly<Partial<Record<string, readonly string[]>>> = {
  'secretary-general': ['article-99-notification-sent'],
  'security-council': [
    'council-decision-adopted',
    'draft-vetoed',
    'draft-failed',
    'vote-closed',
    'pledge-breached',
    'emergency-special-session-requested',
  ],
  'general-assembly': ['resolution-adopted', 'resolution-rejected', 'veto-debate-held'],
  'regional-bodies': ['regional-decision-adopted', 'regional-decision-rejected'],
  'member-states': ['posture-declared'],
  'other-organs': ['human-rights-report-published', 'ecosoc-recommendation-made'],
};

/** The other organs' records, by the organ whose work each event is; a lesson is its contributor's. */
const OTHER_ORGAN_OF_TYPE: Readonly<Record<string, string>> = {
  'human-rights-report-published': 'un-human-rights-council',
  'review-conducted': 'un-human-rights-council',
  'relapse-prevention-engaged': 'un-peacebuilding-commission',
  'relapse-prevention-concluded': 'un-peacebuilding-commission',
  'ecosoc-recommendation-made': 'un-ecosoc',
};

const dataOf = (entry: TimelineEntry): Record<string, unknown> =>
  entry.data && typeof entry.data === 'object' ? (entry.data as Record<string, unknown>) : {};

const texts = (value: unknown): string[] => {
  if (typeof value === 'string' && value) return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v !== '') : [];
};

/** The member states' context names a state by its ISO alpha-3 code; readers are `member-state:<code>`. */
const stateBody = (state: unknown): string[] => texts(state).map((s) => (s.startsWith('member-state:') ? s : `member-state:${s}`));

/**
 * `case-noted` is each context's internal copy of the Joint Office's `case-opened`: that a case
 * exists is the Joint Office's to tell. Owned by the context's bodies it would show every opened
 * case to every organ (a case is visible to whoever may read one of its events), before anything
 * was placed before them; so it is read, like `case-opened`, by its acting body, the Joint Office.
 */
const NOTED_CASE = 'case-noted';

function ownersOf(entry: TimelineEntry): string[] {
  const data = dataOf(entry);
  if (entry.type === NOTED_CASE && entry.context !== 'focal-point') return [];
  switch (entry.context) {
    case 'focal-point':
      return [JOINT_OFFICE];
    case 'secretary-general':
      return [SECRETARY_GENERAL, ...UN_DEPARTMENTS];
    case 'security-council':
      return [SECURITY_COUNCIL];
    case 'general-assembly':
      return [GENERAL_ASSEMBLY];
    case 'regional-bodies':
      return [...texts(data.body), ...texts(data.bodies)];
    case 'member-states':
      return stateBody(data.state);
    case 'other-organs':
      return entry.type === 'lesson-recorded' ? texts(data.contributor) : texts(OTHER_ORGAN_OF_TYPE[entry.type]);
    default:
      return [];
  }
}

/** The bodies an act of the Secretary-General names: the parties to good offices, a recommendation's recipient, ... */
function namedBySecretaryGeneral(entry: TimelineEntry, data: Record<string, unknown>): string[] {
  switch (entry.type) {
    case 'assessment-transmitted':
      return texts(data.recipients);
    case 'article-99-notification-sent':
      return [SECURITY_COUNCIL];
    case 'good-offices-offered':
      return [...texts(data.parties)];
    case 'recommendation-made':
      return texts(data.recipient);
    case 'council-decision-noted':
      return texts(data.authorisedBodies);
    case 'regional-decision-noted':
      return texts(data.body);
    case 'state-consent-noted':
      return stateBody(data.state);
    case 'measure-registered':
      return texts(data.implementingBody);
    default:
      return [];
  }
}

function addressedToOf(entry: TimelineEntry): string[] {
  const data = dataOf(entry);
  switch (`${entry.context}/${entry.type}`) {
    case 'focal-point/assessment-issued':
      return [SECRETARY_GENERAL];
    case 'focal-point/early-warning-report-noted':
      return texts(data.submittedBy);
    case 'focal-point/lesson-learned-noted':
      return texts(data.contributor);
    case 'security-council/council-decision-adopted':
      return texts(data.authorisedBodies);
    case 'regional-bodies/regional-decision-adopted':
      return [SECURITY_COUNCIL];
    case 'regional-bodies/early-warning-report-submitted':
      return [JOINT_OFFICE];
    case 'member-states/assistance-requested':
    case 'member-states/assistance-consented':
    case 'member-states/assistance-consent-withdrawn':
      return [SECRETARY_GENERAL];
    case 'other-organs/lesson-recorded':
      return [JOINT_OFFICE];
    default:
      return entry.context === 'secretary-general' ? namedBySecretaryGeneral(entry, data) : [];
  }
}

const distinct = (bodies: readonly string[]) => [...new Set(bodies)];

/** The entry's owners (its record's body and the acting body), whom it is addressed to, and whether it is public. */
export function audienceOf(entry: TimelineEntry): Audience {
  // Another context's event may come without the actor its type promises: it then names no acting owner.
  const owners = distinct([...ownersOf(entry), ...texts((entry.actor as Actor | undefined)?.body)]);
  return {
    owners: owners as Audience['owners'],
    addressedTo: distinct(addressedToOf(entry)) as Audience['addressedTo'],
    published: PUBLISHED[entry.context]?.includes(entry.type) ?? false,
  };
}
