/** The read policies of the accountability context's reads, as docs/read-policy.md states them. */
export const CASE_READ_POLICY = {
  list:
    'Any authenticated body: the cases it may see (it may read one of their events; auditors all). Crimes and highest risk only to readers ' +
    'privy to the assessment (Joint Office; Secretary-General and standing group once an assessment reached them; transmission recipients; auditors); ' +
    'the crime and risk filters match those rows only.',
  agenda: 'Any authenticated body: its own agenda only.',
  timeline:
    'Any authenticated body: the events of the case it may read (owned by it, addressed to it, or published; auditors all). 404 when it may read none.',
  page: 'As the timeline: the events of the case the reader may read, and the figures over them. 404 when it may read none.',
  signIn: 'Anyone, without a token: the sign-in form of the auditors’ page, or whom this browser’s own page session names. No case data.',
  perCase: 'Any authenticated body: computed over the events of the case it may read (auditors all). 404 when it may read none.',
  acrossCases: 'Any authenticated body: computed over the cases it may see, and within them the events it may read (auditors all).',
} as const;
