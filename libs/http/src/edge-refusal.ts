/** A refusal at the HTTP edge (the body, its media type, its encoding) before any handler runs. */
export class EdgeRefusal extends Error {
  constructor(
    readonly status: number,
    readonly rule: string,
    detail: string,
  ) {
    super(detail);
  }
}
