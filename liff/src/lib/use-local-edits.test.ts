import { mergeLocalEdits } from './use-local-edits';

const a = { id: 'a', name: 'ก' };
const b = { id: 'b', name: 'ข' };

describe('mergeLocalEdits', () => {
  it('When an item was made on the page, then it comes first until the fetched list holds it', () => {
    const made = { id: 'n', name: 'ใหม่' };
    expect(mergeLocalEdits([a, b], new Map(), [made]).map((x) => x.id)).toEqual(['n', 'a', 'b']);
    expect(mergeLocalEdits([made, a], new Map(), [made]).map((x) => x.id)).toEqual(['n', 'a']);
  });

  it('When an item was edited on the page, then the edit replaces the fetched copy in place', () => {
    expect(mergeLocalEdits([a, b], new Map([['b', { id: 'b', name: 'ข (แก้ไข)' }]]), [])).toEqual([a, { id: 'b', name: 'ข (แก้ไข)' }]);
  });
});
