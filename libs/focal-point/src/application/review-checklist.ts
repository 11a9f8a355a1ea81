/** The review checklist drafts are made under (injection token), provided by FocalPointModule.forRoot; DEFAULT_REVIEW_CHECKLIST without it. */
export const REVIEW_CHECKLIST = Symbol('ReviewChecklist');

export interface FocalPointConfig {
  /** The steps an assessment passes before it is issued; default DEFAULT_REVIEW_CHECKLIST. */
  readonly reviewChecklist?: readonly string[];
}
