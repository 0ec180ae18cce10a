import type { QuestionInput } from './definition';
import { SURVEY, form, oneSection, options } from './fixtures';
import { cloneDefinition, needsNewVersion, prefillFromPrevious, prefillFromProfile, reviseDefinition, sameQuestion } from './versioning';

const question = (q: Partial<QuestionInput> & Pick<QuestionInput, 'kind'>) =>
  oneSection({ id: 'q', label: 'คำถาม', ...q }).sections[0]!.questions[0]!;

describe('editing a form', () => {
  const retitled = { title: 'แบบสำรวจฉบับปรับปรุง' };

  it('When nobody has answered the form, then an edit keeps its version', () => {
    const revision = reviseDefinition(SURVEY, retitled, { hasResponses: false });
    expect(revision).toMatchObject({ ok: true, changed: true, newVersion: false, definition: { version: 1, title: 'แบบสำรวจฉบับปรับปรุง' } });
  });

  it('When the form has responses, then an edit makes the next version and the old one stays as it was', () => {
    const revision = reviseDefinition(SURVEY, retitled, { hasResponses: true });
    expect(revision).toMatchObject({ ok: true, newVersion: true, definition: { id: SURVEY.id, version: 2 } });
    expect(SURVEY.version).toBe(1);
    expect(needsNewVersion(true)).toBe(true);
    expect(needsNewVersion(false)).toBe(false);
  });

  it('When the edits change nothing, then no new version is made even with responses', () => {
    expect(reviseDefinition(SURVEY, { title: SURVEY.title, sections: SURVEY.sections }, { hasResponses: true })).toMatchObject({
      ok: true,
      changed: false,
      newVersion: false,
      definition: { version: 1 },
    });
  });

  it('When an edit moves a follow-up above the question it depends on, then it is refused with a Thai message by path', () => {
    const [about, network, end] = SURVEY.sections;
    const revision = reviseDefinition(SURVEY, { sections: [network!, about!, end!] }, { hasResponses: false });
    expect(revision.ok).toBe(false);
    if (!revision.ok) expect(revision.fields['sections.0.showIf.all.0.question']).toMatch(/^เงื่อนไขต้องอ้างถึงคำถามที่อยู่ก่อนหน้า/);
  });

  it('When a supervisor clones a template, then the copy is a new form at version 1', () => {
    const copy = cloneDefinition({ ...SURVEY, version: 4 }, 'my-survey', 'แบบสำรวจของเขต');
    expect(copy).toMatchObject({ id: 'my-survey', version: 1, title: 'แบบสำรวจของเขต' });
    expect(copy.sections).toEqual(SURVEY.sections);
  });
});

describe('the same question across cycles', () => {
  it('When id and kind match and choices overlap, then it is the same question even with reworded labels', () => {
    const before = question({ kind: 'single-choice', options: options('a', 'b') });
    expect(sameQuestion(before, question({ kind: 'single-choice', label: 'ถามใหม่', options: options('b', 'c') }))).toBe(true);
    expect(sameQuestion(before, question({ kind: 'single-choice', options: options('x') }))).toBe(false);
    expect(sameQuestion(before, question({ kind: 'multi-choice', options: options('a', 'b') }))).toBe(false);
    expect(sameQuestion(before, { ...before, id: 'other-id' })).toBe(false);
  });

  it('When a rating changes its scale, or a picker changes between one and several, then it is not the same question', () => {
    expect(sameQuestion(question({ kind: 'rating' }), question({ kind: 'rating', scale: { min: 1, max: 4 } }))).toBe(false);
    expect(sameQuestion(question({ kind: 'school' }), question({ kind: 'school', multiple: true }))).toBe(false);
    expect(sameQuestion(question({ kind: 'number' }), question({ kind: 'number', max: 3 }))).toBe(true);
  });
});

describe('prefilling', () => {
  const last = form([
    {
      id: 's',
      title: 'ส่วน',
      questions: [
        { id: 'role', kind: 'single-choice', label: 'ตำแหน่ง', options: options('teacher', 'director'), prefill: 'previous' },
        { id: 'topics', kind: 'multi-choice', label: 'หัวข้อ', options: options('a', 'b', 'c'), prefill: 'previous' },
        { id: 'count', kind: 'number', label: 'จำนวน', prefill: 'previous' },
        { id: 'opinion', kind: 'rating', label: 'ความเห็น' },
      ],
    },
  ]);
  const now = form([
    {
      id: 's',
      title: 'ส่วน',
      questions: [
        { id: 'role', kind: 'single-choice', label: 'ตำแหน่ง', options: options('teacher'), prefill: 'previous' },
        { id: 'topics', kind: 'multi-choice', label: 'หัวข้อ', options: options('a', 'c', 'd'), prefill: 'previous' },
        { id: 'count', kind: 'number', label: 'จำนวน', max: 10, prefill: 'previous' },
        { id: 'opinion', kind: 'rating', label: 'ความเห็น' },
      ],
    },
  ]);

  it('When last cycle answered the same questions, then answers still valid carry over and removed choices are left out', () => {
    expect(prefillFromPrevious(now, last, { role: 'teacher', topics: ['a', 'b', 'c'], count: 4, opinion: 5 })).toEqual({
      role: 'teacher',
      topics: ['a', 'c'],
      count: 4,
    });
  });

  it('When an old answer is no longer valid, then it is not carried over', () => {
    expect(prefillFromPrevious(now, last, { role: 'director', topics: ['b'], count: 40 })).toEqual({});
  });

  it('When every same question is asked for, then judgements carry over too', () => {
    expect(prefillFromPrevious(now, last, { opinion: 5 }, { all: true })).toEqual({ opinion: 5 });
  });

  it('When the profile knows the school, levels and position, then the questions marked for them are filled', () => {
    const def = oneSection(
      { id: 'school', kind: 'school', label: 'โรงเรียน', prefill: 'profile.schoolCode' },
      { id: 'levels', kind: 'multi-choice', label: 'ระดับ', options: options('primary', 'early-childhood'), prefill: 'profile.levels' },
      { id: 'position', kind: 'single-choice', label: 'ตำแหน่ง', options: options('teacher'), prefill: 'profile.position' },
    );
    expect(prefillFromProfile(def, { schoolCode: '1084000001', levels: ['primary', 'early-childhood'], position: 'teacher' })).toEqual({
      school: '1084000001',
      levels: ['primary', 'early-childhood'],
      position: 'teacher',
    });
    expect(prefillFromProfile(def, { schoolCode: null, position: 'director' })).toEqual({});
  });
});
