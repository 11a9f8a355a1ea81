import { entitledBodies } from './entitlement';

describe('which liaison offices are entitled to an event', () => {
  it('gives a transmission to the regional bodies it names, not to the UN organs or others', () => {
    const event = {
      context: 'secretary-general',
      type: 'assessment-transmitted',
      data: { recipients: ['un-security-council', 'au-psc', 'igad'] },
    };
    expect(entitledBodies(event)).toEqual(['au-psc', 'igad']);
  });

  it('gives a Council authorisation to the bodies it authorises', () => {
    const event = { context: 'security-council', type: 'council-decision-adopted', data: { authorisedBodies: ['au-psc'] } };
    expect(entitledBodies(event)).toEqual(['au-psc']);
  });

  it('gives a regional decision to its own body only', () => {
    expect(entitledBodies({ context: 'regional-bodies', type: 'regional-decision-adopted', data: { body: 'osce' } })).toEqual(['osce']);
  });

  it('gives nobody an assessment the Joint Office issued, or a transmission to UN organs only', () => {
    expect(entitledBodies({ context: 'focal-point', type: 'assessment-issued', data: { recipients: ['au-psc'] } })).toEqual([]);
    expect(
      entitledBodies({ context: 'secretary-general', type: 'assessment-transmitted', data: { recipients: ['un-general-assembly'] } }),
    ).toEqual([]);
  });
});
