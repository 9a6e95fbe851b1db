/**
 * The codes of an initiative's status. A module of its own so that utils/status.ts (which labels
 * the codes) and the initiative schema (whose field text uses the labels) can import each other:
 * the schema loads this first, so the codes exist whichever of the two is loaded first.
 */

/** Every status an initiative can have; labels and definitions live in `utils/status.ts`. */
export const INITIATIVE_STATUSES = ['not_started', 'on_track', 'at_risk', 'delayed', 'ongoing', 'completed', 'completed_modified', 'discontinued'] as const;

/** One of INITIATIVE_STATUSES. */
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

/** Statuses that must say why: readers are owed an explanation for bad news and changes. */
export const STATUSES_NEEDING_REASON: readonly InitiativeStatus[] = ['at_risk', 'delayed', 'completed_modified', 'discontinued'];
