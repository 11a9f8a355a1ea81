import { Type } from '@nestjs/common';
import { ApiBody } from '@nestjs/swagger';

/**
 * What the API document's request examples refer to that an earlier step created, by the name of
 * the field an answer gives it in (`caseId`, `contentDigest`…). In an example each stands for the
 * latest of its kind: the contract test (test/standalone/request-examples.e2e.spec.ts) plays every
 * example in the order of a case's workflow and puts in place of each value here the one the app
 * last answered under that name, in bodies and in path parameters of that name alike.
 */
export const EXAMPLE_REFS = {
  caseId: 'cd6cd0b5-af1b-4f69-b45e-34f7f2c2e571',
  reportId: '968439d2-54ea-4829-b597-e81d87d3e910',
  assessmentId: '685fd631-cad6-4d7c-864e-627f9c9ac48f',
  contentDigest: 'sha256:21c7a5d3e0b94f6a8c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7',
  findingId: 'c577ce17-4abc-4f6f-820b-340d4cb90255',
  meetingId: 'c91739e1-53d3-46fa-b927-ddceb4c078c2',
  optionId: '323a52ba-04b0-4e51-9fad-8df6b9086240',
  offerId: '61c46db8-6f8a-4fb6-9bff-88a1417fe6cf',
  consentId: '1672bf3e-effd-4b4d-ad20-041241cd18b7',
} as const;

/** Documents a write's request body with one worked example, checked against the DTO it is for. */
export const ApiRequestExample = <T>(type: Type<T>, summary: string, value: NoInfer<T>) =>
  ApiBody({ type, examples: { [type.name]: { summary, value } } });
