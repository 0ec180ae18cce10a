// Types for the plain-JS Firestore index check shared by jest's globalTeardown and TS tests.

export interface QueryShape {
  collection: string;
  kind: 'query' | 'count';
  where?: Array<{ field: string; op: string }>;
  orderBy?: Array<{ field: string; direction?: 'asc' | 'desc' }>;
}
export type IndexField = { fieldPath: string; order: 'ASCENDING' | 'DESCENDING' } | { fieldPath: string; arrayConfig: 'CONTAINS' };
export interface FileIndex {
  collectionGroup: string;
  queryScope?: string;
  fields: Array<{ fieldPath: string; order?: string; arrayConfig?: string }>;
}
export interface RequiredIndex {
  collectionGroup: string;
  queryScope: 'COLLECTION';
  fields: IndexField[];
  filters: IndexField[];
  order: IndexField[];
}
export function requiredIndex(shape: QueryShape): RequiredIndex | null;
export function indexServes(index: FileIndex, required: RequiredIndex): boolean;
export function readShapes(dir: string): QueryShape[];
export function checkShapes(
  shapes: QueryShape[],
  indexesJson: { indexes?: FileIndex[] },
): {
  needed: Array<{ required: RequiredIndex; shapes: QueryShape[]; present: boolean }>;
  missing: Array<{ required: RequiredIndex; shapes: QueryShape[]; present: boolean }>;
};
export function formatMissing(missing: Array<{ required: RequiredIndex; shapes: QueryShape[] }>): string;
export function describeShape(shape: QueryShape): string;
export function publicIndex(required: RequiredIndex): { collectionGroup: string; queryScope: string; fields: IndexField[] };
