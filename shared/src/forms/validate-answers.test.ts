import { SURVEY, oneSection, options } from './fixtures';
import { validateAnswers, validateSection } from './validate-answers';

describe('validating a whole form', () => {
  it('When the answer to "do you lead a network" is no, then the follow-up section is hidden and its answers are dropped', () => {
    const check = validateAnswers(SURVEY, { role: 'teacher', leads: 'no', members: 'ไม่ใช่ตัวเลข', meets: 'maybe', comment: ' ดี ' });
    expect(check).toEqual({ ok: true, answers: { role: 'teacher', leads: 'no', comment: 'ดี' } });
  });

  it('When the respondent leads a network but leaves its questions empty, then each required one is named in Thai', () => {
    const check = validateAnswers(SURVEY, { role: 'teacher', leads: 'yes' });
    expect(check).toEqual({ ok: false, fields: { members: 'กรุณากรอกข้อมูลช่องนี้', meets: 'กรุณาเลือกคำตอบ' } });
  });

  it('When a follow-up depends on a hidden question, then it is hidden too and its answer is dropped', () => {
    const check = validateAnswers(SURVEY, { role: 'teacher', leads: 'no', meets: 'yes', 'meeting-count': 'x' });
    expect(check).toEqual({ ok: true, answers: { role: 'teacher', leads: 'no' } });
  });

  it('When answers name questions the form does not have, then they are dropped, never an error', () => {
    expect(validateAnswers(SURVEY, { role: 'director', leads: 'no', stray: 'x' })).toEqual({
      ok: true,
      answers: { role: 'director', leads: 'no' },
    });
  });

  it('When a draft is saved, then empty required questions are no error but a wrong value still is', () => {
    expect(validateAnswers(SURVEY, { leads: 'yes' }, { partial: true })).toEqual({ ok: true, answers: { leads: 'yes' } });
    expect(validateAnswers(SURVEY, { leads: 'yes', members: 0 }, { partial: true })).toEqual({
      ok: false,
      fields: { members: 'กรุณากรอกตัวเลขตั้งแต่ 1 ถึง 500' },
    });
  });

  it('When the answers are not an object, then one message says so', () => {
    for (const raw of [null, 'x', [1], 3]) expect(validateAnswers(SURVEY, raw)).toEqual({ ok: false, fields: { _: expect.any(String) } });
  });

  it('When a number the section depends on is typed as text, then the normalised number opens the follow-up', () => {
    const check = validateAnswers(SURVEY, { role: 'teacher', leads: ' yes ', members: '1,2', meets: 'no' });
    expect(check).toEqual({ ok: false, fields: { members: 'กรุณากรอกเป็นตัวเลข' } });
    expect(validateAnswers(SURVEY, { role: 'teacher', leads: ' yes ', members: ' 12 ', meets: 'no' })).toEqual({
      ok: true,
      answers: { role: 'teacher', leads: 'yes', members: 12, meets: 'no' },
    });
  });
});

describe('a question shown on two conditions, checked by the server', () => {
  const form = (list: 'all' | 'any') =>
    oneSection(
      { id: 'level', kind: 'single-choice', label: 'ระดับ', required: true, options: options('school', 'agency') },
      { id: 'held', kind: 'date', label: 'วันที่จัด', minDate: '2027-06-01', maxDate: '2028-03-31' },
      {
        id: 'why',
        kind: 'long-text',
        label: 'ผลที่เกิดขึ้น',
        required: true,
        showIf: {
          [list]: [
            { question: 'level', op: 'equals', value: 'school' },
            { question: 'held', op: 'answered' },
          ],
        },
      },
    );

  it('When "all" holds for only one of the two, then the follow-up is hidden and an answer to it is dropped', () => {
    expect(validateAnswers(form('all'), { level: 'school', why: 'ดี' })).toEqual({ ok: true, answers: { level: 'school' } });
    expect(validateAnswers(form('all'), { level: 'school', held: '2027-07-01' })).toEqual({
      ok: false,
      fields: { why: 'กรุณากรอกข้อมูลช่องนี้' },
    });
  });

  it('When "any" holds for one of the two, then the follow-up is required and kept', () => {
    expect(validateAnswers(form('any'), { level: 'agency', held: '2027-07-01' })).toEqual({
      ok: false,
      fields: { why: 'กรุณากรอกข้อมูลช่องนี้' },
    });
    expect(validateAnswers(form('any'), { level: 'agency', held: '2027-07-01', why: ' ดี ' })).toEqual({
      ok: true,
      answers: { level: 'agency', held: '2027-07-01', why: 'ดี' },
    });
    expect(validateAnswers(form('any'), { level: 'agency', why: 'ดี' })).toEqual({ ok: true, answers: { level: 'agency' } });
  });

  it('When the date that opens the follow-up is out of bounds, then it is refused in Thai and opens nothing', () => {
    expect(validateAnswers(form('any'), { level: 'agency', held: '2027-05-31' })).toEqual({
      ok: false,
      fields: { held: 'กรุณาเลือกวันที่ตั้งแต่ 1 มิถุนายน 2570 เป็นต้นไป' },
    });
  });
});

describe('validating one screen at a time', () => {
  it('When a section is checked, then only its questions are reported and returned', () => {
    expect(validateSection(SURVEY, 'about', { leads: 'yes', members: -1 })).toEqual({ ok: false, fields: { role: 'กรุณาเลือกคำตอบ' } });
    expect(validateSection(SURVEY, 'network', { role: 'x', leads: 'yes', members: 4, meets: 'no' })).toEqual({
      ok: true,
      answers: { members: 4, meets: 'no' },
    });
  });

  it('When a section is hidden by the earlier answers, then it has nothing to check', () => {
    expect(validateSection(SURVEY, 'network', { leads: 'no' })).toEqual({ ok: true, answers: {} });
  });

  it('When the section id is not in the form, then it is refused', () => {
    expect(validateSection(SURVEY, 'nowhere', {})).toEqual({ ok: false, fields: { _: 'ไม่พบส่วนนี้ในแบบฟอร์ม' } });
  });
});
