import { isVisible, type Question } from '@nithet/shared';
import { conditionFor, conditionListOf, defaultCondition, describeShowIf, opsFor, showIfFrom, withNewCondition } from './show-if-view';

const single: Question = {
  id: 'q-1',
  kind: 'single-choice',
  label: 'เป็นแกนนำหรือไม่',
  required: true,
  allowOther: true,
  options: [
    { value: 'yes', label: 'ใช่' },
    { value: 'no', label: 'ไม่ใช่' },
  ],
};
const multi: Question = { ...single, id: 'q-2', kind: 'multi-choice', allowOther: false };
const rating: Question = { id: 'q-3', kind: 'rating', label: 'ความพึงพอใจ', required: false };
const text: Question = { id: 'q-4', kind: 'school', label: 'โรงเรียน', required: false };

describe('When a supervisor sets when a question shows', () => {
  it('then the operators suit the kind of the earlier question', () => {
    expect(opsFor(single)).toEqual(['equals', 'not-equals', 'in', 'answered']);
    expect(opsFor(multi)).toEqual(['includes', 'answered']);
    expect(opsFor(rating)).toContain('gte');
    expect(opsFor(text)).toEqual(['answered']);
  });
  it('then picking a question starts from its first choice, a rating from its top point', () => {
    expect(defaultCondition(single)).toEqual({ question: 'q-1', op: 'equals', value: 'yes' });
    expect(defaultCondition(multi)).toEqual({ question: 'q-2', op: 'includes', value: 'yes' });
    expect(defaultCondition(rating)).toEqual({ question: 'q-3', op: 'equals', value: 5 });
    expect(defaultCondition(text)).toEqual({ question: 'q-4', op: 'answered' });
  });
  it('then changing the operator keeps the chosen answer where it can', () => {
    expect(conditionFor(single, 'in', 'no')).toEqual({ question: 'q-1', op: 'in', value: ['no'] });
    expect(conditionFor(single, 'equals', ['no', 'yes'])).toEqual({ question: 'q-1', op: 'equals', value: 'no' });
    expect(conditionFor(single, 'equals', 'gone')).toEqual({ question: 'q-1', op: 'equals', value: 'yes' });
    expect(conditionFor(rating, 'lte', 2)).toEqual({ question: 'q-3', op: 'lte', value: 2 });
    expect(conditionFor(single, 'answered', 'no')).toEqual({ question: 'q-1', op: 'answered' });
  });
  it('then the condition it writes is the one the filler obeys', () => {
    const one = (c: ReturnType<typeof defaultCondition>) => showIfFrom({ match: 'all', conditions: [c] });
    expect(isVisible(one(defaultCondition(single)), { 'q-1': 'no' })).toBe(false);
    expect(isVisible(one(defaultCondition(single)), { 'q-1': 'yes' })).toBe(true);
    expect(isVisible(one(conditionFor(single, 'equals', 'other')), { 'q-1': 'other:อื่น' })).toBe(true);
  });
  it('then two conditions joined by และ need both answers, and joined by หรือ either of them', () => {
    const conditions = [conditionFor(single, 'equals', 'yes'), conditionFor(rating, 'gte', 4)];
    const all = showIfFrom({ match: 'all', conditions });
    const any = showIfFrom({ match: 'any', conditions });
    expect(all).toEqual({ all: conditions });
    expect(any).toEqual({ any: conditions });
    expect(isVisible(all, { 'q-1': 'yes', 'q-3': 4 })).toBe(true);
    expect(isVisible(all, { 'q-1': 'yes', 'q-3': 3 })).toBe(false);
    expect(isVisible(any, { 'q-1': 'no', 'q-3': 5 })).toBe(true);
    expect(isVisible(any, { 'q-1': 'no', 'q-3': 3 })).toBe(false);
  });
  it('then a new condition looks at the question just before, and none left means always shown', () => {
    const empty = conditionListOf(undefined)!;
    expect(empty).toEqual({ match: 'all', conditions: [] });
    expect(showIfFrom(empty)).toBeUndefined();
    const added = withNewCondition(empty, [single, rating]);
    expect(added.conditions).toEqual([{ question: 'q-3', op: 'equals', value: 5 }]);
    expect(withNewCondition(empty, [])).toBe(empty);
  });
  it('then a show-if is edited as one list, except one that mixes และ with หรือ', () => {
    expect(conditionListOf({ any: [{ question: 'q-1', op: 'answered' }] })).toEqual({
      match: 'any',
      conditions: [{ question: 'q-1', op: 'answered' }],
    });
    expect(conditionListOf({ all: [{ question: 'q-1', op: 'answered' }], any: [{ question: 'q-2', op: 'answered' }] })).toBeNull();
  });
});

describe('When a question card says when it shows', () => {
  const questions = [single, multi, rating];
  it('then it names the question by number and the answer by its label', () => {
    expect(describeShowIf({ all: [{ question: 'q-1', op: 'equals', value: 'yes' }] }, questions)).toBe('ข้อ 1 ตอบว่า “ใช่”');
    expect(describeShowIf({ all: [{ question: 'q-1', op: 'in', value: ['yes', 'other'] }] }, questions)).toBe(
      'ข้อ 1 ตอบข้อใดข้อหนึ่งใน “ใช่”, “อื่น ๆ (โปรดระบุ)”',
    );
    expect(describeShowIf({ all: [{ question: 'q-3', op: 'gte', value: 4 }] }, questions)).toBe('ข้อ 3 ตั้งแต่ 4');
  });
  it('then several conditions are joined with และ / หรือ, and a missing question is said to be missing', () => {
    expect(
      describeShowIf(
        {
          all: [{ question: 'q-2', op: 'answered' }],
          any: [
            { question: 'gone', op: 'answered' },
            { question: 'q-3', op: 'lte', value: 2 },
          ],
        },
        questions,
      ),
    ).toBe('ข้อ 2 ตอบแล้ว (คำตอบใดก็ได้) และ (คำถามที่ไม่พบ (gone) ตอบแล้ว (คำตอบใดก็ได้) หรือ ข้อ 3 ไม่เกิน 2)');
  });
});
