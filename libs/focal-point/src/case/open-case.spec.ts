import { given } from '@rtop/testing';
import { caseDecider } from './case';
import { OpenCase } from './open-case';
import { at, caseId, caseOpened, jointOffice, securityCouncil } from './case.fixtures';

const open = (overrides: Partial<OpenCase> = {}): OpenCase => ({
  type: 'open-case',
  caseId,
  situation: caseOpened.data.situation,
  crimes: [{ crime: 'crimes-against-humanity', incitement: true }, { crime: 'ethnic-cleansing' }],
  summary: caseOpened.data.summary,
  actor: jointOffice,
  at,
  ...overrides,
});

describe('open a case', () => {
  it('opens a case for atrocity crimes, incitement recorded per crime', () => {
    given(caseDecider).when(open()).then([caseOpened]);
  });

  it('refuses a matter outside the four crimes, such as a natural disaster', () => {
    given(caseDecider)
      .when(open({ crimes: [{ crime: 'natural-disaster' }] }))
      .thenRefuses('invalid', 'scope-of-the-responsibility-to-protect', /natural-disaster.*outside the Responsibility to Protect/);
  });

  it('refuses a case with no crime at all', () => {
    given(caseDecider)
      .when(open({ crimes: [] }))
      .thenRefuses('invalid', 'scope-of-the-responsibility-to-protect');
  });

  it('refuses a crime listed twice', () => {
    given(caseDecider)
      .when(open({ crimes: [{ crime: 'genocide' }, { crime: 'genocide', incitement: true }] }))
      .thenRefuses('invalid', 'crimes-listed-once');
  });

  it('is the Joint Office’s to do: any other body acts outside its remit', () => {
    given(caseDecider)
      .when(open({ actor: securityCouncil }))
      .thenRefuses('forbidden', 'remit', /un-joint-office only/);
  });

  it('opens a case once', () => {
    given(caseDecider, [caseOpened]).when(open()).thenRefuses('conflict', 'case-opened-once');
  });
});
