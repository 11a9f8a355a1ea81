/**
 * What specs send to open and work on a case: Kenya after the disputed election of 2007, one
 * report from a protected source, and an assessment of the risk on that report.
 */

export const KENYA = {
  situation: 'Kenya, post-election violence',
  crimes: [{ crime: 'crimes-against-humanity', incitement: true }, { crime: 'ethnic-cleansing' }],
  summary: 'Violence after the disputed presidential election of 27 December 2007',
};

/** A report from a protected source: the name never leaves the request that gave it. */
export const PROTECTED_REPORT = {
  source: { name: 'Jane Witness', protected: true },
  channel: 'un-field-presence',
  credibility: 2,
  observedAt: '2008-01-01T12:00:00Z',
  location: 'Eldoret, Rift Valley',
  riskFactors: [8, 11],
  summary: 'Church sheltering displaced families set on fire',
};

export const assessmentOn = (reportId: string) => ({
  risks: [
    {
      crime: 'crimes-against-humanity',
      level: 'high',
      findings: [
        { indicator: '8.7', finding: 'Incitement against one community', reportIds: [reportId] },
        { indicator: '11.1', finding: 'Attacks on civilians of one community', reportIds: [reportId] },
      ],
      rationale: 'Organised attacks',
    },
  ],
  summary: 'High risk of crimes against humanity in the Rift Valley',
});
