/** The ledger's global order is this one stream's, in the accountability store: its revision is each entry's index. */
export const LEDGER_STREAM = 'accountability-ledger';
/** The one event type of the ledger stream: its data is the LedgerEntry. */
export const LEDGER_ENTRY_APPENDED = 'ledger-entry-appended';
