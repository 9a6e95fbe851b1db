/**
 * The names of the collections, the folders of `content/`. Written out, not taken from
 * `keyof typeof COLLECTIONS`, because the schemas themselves name collections (`reference('pillars')`):
 * the type cannot come from the object the schemas are part of. `COLLECTIONS` is checked against it.
 */
export type CollectionName = 'pillars' | 'initiatives' | 'indicators' | 'benchmarks' | 'updates' | 'units';
