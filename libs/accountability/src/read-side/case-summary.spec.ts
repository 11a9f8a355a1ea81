import { UN_DEPARTMENTS } from '@rtop/kernel';
import { day, entry, rakhine, riftValley, vanni } from '../replay/timeline.fixtures';
import { TimelineEntry } from '../timeline/timeline-entry';
import { agendaItemsOf } from './agenda-items';
import { NEW_CASE, foldCaseSummary, placedBeforeOf } from './case-summary';

const fold = (entries: readonly TimelineEntry[]) => entries.reduce(foldCaseSummary, NEW_CASE);

describe('a case’s summary, folded from its timeline', () => {
  it('takes the situation from the opening, the status from the Joint Office’s last word, the activity from the last recording', () => {
    const closed = fold(vanni);
    expect(closed).toMatchObject({ situation: 'Sri Lanka, the Vanni', status: 'closed', lastActivityAt: vanni.at(-1)!.recordedAt });
    expect(fold(rakhine).status).toBe('open');
  });

  it('gives the highest risk of the latest assessment by when it was issued, whatever order entries arrive in', () => {
    const later = entry('focal-point', 'assessment-issued', day(20), { content: { risks: [{ crime: 'genocide', level: 'moderate' }] } });
    const earlier = entry('focal-point', 'assessment-issued', day(3), { content: { risks: [{ crime: 'genocide', level: 'very-high' }] } });
    expect(fold([later, earlier]).risk).toEqual({ issuedAt: day(20), peak: 'moderate' });
  });

  it('lists the bodies the case was placed before, and which of them decided after it was placed', () => {
    expect(placedBeforeOf(fold(riftValley))).toEqual([
      { body: 'au-psc', placedAt: day(6), decided: true, decidedAt: day(16) },
      { body: 'un-security-council', placedAt: day(6), decided: true, decidedAt: day(21) },
      { body: 'un-general-assembly', placedAt: day(8), decided: false, decidedAt: null },
    ]);
  });

  it('keeps whom the case may be read by, and who is privy to its assessment', () => {
    const summary = fold(rakhine);
    expect(summary.readers).toEqual(
      expect.arrayContaining(['un-joint-office', 'member-state:MMR', 'un-security-council', ...UN_DEPARTMENTS]),
    );
    expect(summary.privy).toEqual(expect.arrayContaining(['un-joint-office', 'un-secretary-general', 'un-security-council']));
    expect(summary.privy).not.toContain('member-state:MMR');
    expect(summary.published).toBe(true);
  });
});

describe('the agenda a case puts on each body', () => {
  it('has each body placed before await its decision until it takes one, and the Assembly its veto debate', () => {
    const items = agendaItemsOf(fold(riftValley));
    expect(items).toEqual(
      expect.arrayContaining([
        // Awaited since the Assembly put the assessment before itself, its latest placement.
        { body: 'un-general-assembly', kind: 'awaiting-decision', ref: 'T2', since: day(8, 1), dueBy: null },
        { body: 'un-general-assembly', kind: 'overdue', ref: 'D1', since: day(10), dueBy: day(24) },
      ]),
    );
    expect(items.filter((i) => i.body === 'au-psc' || i.body === 'un-security-council')).toEqual([]);
  });

  it('clears the veto debate once it is held', () => {
    const held = entry('general-assembly', 'veto-debate-held', day(20), { draftId: 'D1', heldAt: day(20) });
    expect(agendaItemsOf(fold([...riftValley, held])).filter((i) => i.ref === 'D1')).toEqual([]);
  });

  it('has the Secretary-General await its own decision once an assessment reached it, until it transmits', () => {
    const received = entry('secretary-general', 'assessment-received', day(4), { assessmentId: 'B9' });
    expect(agendaItemsOf(fold([received]))).toEqual([
      { body: 'un-secretary-general', kind: 'awaiting-decision', ref: 'B9', since: day(4), dueBy: null },
    ]);
    const sent = entry('secretary-general', 'assessment-transmitted', day(5), {
      transmissionId: 'T9',
      assessmentId: 'B9',
      recipients: ['au-psc'],
    });
    expect(agendaItemsOf(fold([received, sent]))).toEqual([
      { body: 'au-psc', kind: 'awaiting-decision', ref: 'T9', since: day(5), dueBy: null },
    ]);
  });

  it('puts a missed standing-group meeting on the Secretary-General’s and every department’s agenda until the group meets', () => {
    const missed = entry('secretary-general', 'standing-group-meeting-overdue', day(8), {
      dueBy: day(7),
      lastMetAt: day(0),
      meetingCadenceDays: 7,
    });
    const items = agendaItemsOf(fold([missed]));
    expect(items.map((i) => i.body)).toEqual(['un-secretary-general', ...UN_DEPARTMENTS]);
    expect(items[0]).toEqual({
      body: 'un-secretary-general',
      kind: 'overdue',
      ref: 'standing-group-meeting',
      since: day(7),
      dueBy: day(7),
    });
    const met = entry('secretary-general', 'standing-group-meeting-held', day(9), { meetingId: 'M', heldAt: day(9) });
    expect(agendaItemsOf(fold([missed, met]))).toEqual([]);
  });

  it('still awaits a decision of an organ whose draft was vetoed: a veto is not a decision taken', () => {
    expect(agendaItemsOf(fold(rakhine))).toEqual([
      { body: 'un-security-council', kind: 'awaiting-decision', ref: 'T3', since: day(4), dueBy: null },
    ]);
  });
});
