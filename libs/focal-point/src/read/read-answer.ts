/** What a query answers: the view, and the stored revision it was read at (the GET's ETag). */
export interface ReadAnswer<View> {
  readonly view: View;
  readonly revision: bigint;
}
