import { seminarEvaluationInputSchema } from '../../domain/seminar-evaluation';
import { allQuestions, formDefinitionSchema } from '../definition';
import { validateAnswers } from '../validate-answers';
import { visibleSections } from '../visibility';
import { FORM_TEMPLATES, FORM1_NEEDS_SURVEY, FORM2_MONITORING_EVALUATION, SEMINAR_EVALUATION_FORM } from './index';
import { answersToSeminarEvaluation, seminarEvaluationToAnswers } from './seminar-evaluation-form';

const THAI = /[\u0E00-\u0E7F]/;

describe('the ready templates', () => {
  it.each(FORM_TEMPLATES.map((t) => [t.id, t] as const))('When %s is read by the form schema, then it passes unchanged', (_, template) => {
    expect(formDefinitionSchema.parse(template)).toEqual(template);
  });

  it('When the templates are shown, then every title, section, question, choice and row reads in Thai', () => {
    for (const template of FORM_TEMPLATES) {
      const texts = [
        template.title,
        ...template.sections.map((s) => s.title),
        ...allQuestions(template).flatMap((q) => [
          q.label,
          ...(q.options ?? []).map((o) => o.label),
          ...(q.items ?? []).map((i) => i.label),
        ]),
      ];
      expect(texts.filter((t) => !THAI.test(t))).toEqual([]);
    }
  });

  it("When Form 1 and Form 2 are named, then they carry the manual's titles", () => {
    expect(FORM1_NEEDS_SURVEY.title).toBe('แบบสำรวจความต้องการการพัฒนาเครือข่ายการนิเทศ');
    expect(FORM2_MONITORING_EVALUATION.title).toBe(
      'แบบติดตามและประเมินผลการพัฒนาเครือข่ายการนิเทศทั้งระดับเขตพื้นที่การศึกษา สถานศึกษา หน่วยงานที่เกี่ยวข้องและชุมชน',
    );
  });
});

describe('Form 1: the needs survey', () => {
  const complete = {
    position: 'teacher',
    'work-level': 'school',
    school: '1084000001',
    'network-role': 'member',
    'network-kinds': ['individual', 'school-partnership'],
    topics: ['active-learning', 'other:การสอนแบบโครงงาน'],
    'topic-needs': Object.fromEntries(
      allQuestions(FORM1_NEEDS_SURVEY)
        .find((q) => q.id === 'topic-needs')!
        .items!.map((i) => [i.id, 4]),
    ),
    formats: ['workshop', 'coaching'],
    months: ['january', 'march'],
    'current-problems': 'นักเรียนอ่านไม่คล่อง',
  };

  it('When a member who leads no network answers, then the network section stays hidden and the answers pass', () => {
    expect(visibleSections(FORM1_NEEDS_SURVEY, complete).map((s) => s.id)).toEqual(['respondent', 'needs', 'problems']);
    expect(validateAnswers(FORM1_NEEDS_SURVEY, complete, { schools: ['1084000001'] }).ok).toBe(true);
  });

  it('When the respondent says they lead a network, then the section about that network opens and asks for its name', () => {
    const leader = { ...complete, 'network-role': 'leader' };
    expect(visibleSections(FORM1_NEEDS_SURVEY, leader).map((s) => s.id)).toContain('led-network');
    expect(validateAnswers(FORM1_NEEDS_SURVEY, leader)).toEqual({
      ok: false,
      fields: { 'led-name': 'กรุณากรอกข้อมูลช่องนี้', 'led-kind': 'กรุณาเลือกคำตอบ', 'led-level': 'กรุณาเลือกคำตอบ' },
    });
  });

  it("When the respondent works for an agency, then the school question gives way to the organisation's name", () => {
    const agency = { ...complete, 'work-level': 'agency', organisation: 'โรงพยาบาลส่งเสริมสุขภาพตำบล' };
    const check = validateAnswers(FORM1_NEEDS_SURVEY, agency);
    expect(check.ok && check.answers).toMatchObject({ organisation: 'โรงพยาบาลส่งเสริมสุขภาพตำบล' });
    expect(check.ok && 'school' in check.answers).toBe(false);
  });

  it('When more than three formats are chosen, then the survey asks for three at most', () => {
    const check = validateAnswers(FORM1_NEEDS_SURVEY, { ...complete, formats: ['workshop', 'coaching', 'plc', 'online'] });
    expect(check).toEqual({ ok: false, fields: { formats: 'เลือกได้ไม่เกิน 3 ข้อ' } });
  });
});

describe('Form 2: monitoring and evaluation', () => {
  const grid = (id: string, rating: number) =>
    Object.fromEntries(
      allQuestions(FORM2_MONITORING_EVALUATION)
        .find((q) => q.id === id)!
        .items!.map((i) => [i.id, rating]),
    );
  const answers = {
    'network-level': 'office',
    network: 'net-1',
    'evaluator-role': 'coordinator',
    process: grid('process', 4),
    outcomes: grid('outcomes', 5),
    overall: 5,
    strengths: 'สมาชิกร่วมมือดี',
    improvements: 'ควรบันทึกข้อมูลให้เป็นปัจจุบัน',
    'good-practice': 'yes',
  };

  it('When the network has a good practice, then its description is required; when not, it is dropped', () => {
    expect(validateAnswers(FORM2_MONITORING_EVALUATION, answers, { networks: ['net-1'] })).toEqual({
      ok: false,
      fields: { 'good-practice-detail': 'กรุณากรอกข้อมูลช่องนี้' },
    });
    const none = validateAnswers(FORM2_MONITORING_EVALUATION, { ...answers, 'good-practice': 'no', 'good-practice-detail': 'x' });
    expect(none.ok && 'good-practice-detail' in none.answers).toBe(false);
  });

  it('When an indicator is left unrated, then that row is named', () => {
    const { information: _, ...rest } = grid('process', 3);
    const check = validateAnswers(FORM2_MONITORING_EVALUATION, { ...answers, 'good-practice': 'no', process: rest });
    expect(check).toEqual({ ok: false, fields: { 'process.information': 'กรุณาเลือกระดับความคิดเห็นของข้อนี้' } });
  });
});

describe('the seminar evaluation as a form', () => {
  const ratings = { content: 5, speakers: 4, classroom: 4, arrangements: 3, overall: 5 };

  it('When an evaluation passes the seminar schema, then its answers pass the form and come back the same', () => {
    const input = { ratings, comment: ' ดีมาก ' };
    expect(seminarEvaluationInputSchema.safeParse(input).success).toBe(true);
    const check = validateAnswers(SEMINAR_EVALUATION_FORM, seminarEvaluationToAnswers(input));
    expect(check.ok).toBe(true);
    if (check.ok) expect(answersToSeminarEvaluation(check.answers)).toEqual(seminarEvaluationInputSchema.parse(input));
  });

  it('When an item is missing or outside 1–5, then both the seminar schema and the form refuse it', () => {
    for (const bad of [
      { ...ratings, overall: 6 },
      { ...ratings, content: undefined },
    ]) {
      expect(seminarEvaluationInputSchema.safeParse({ ratings: bad }).success).toBe(false);
      expect(validateAnswers(SEMINAR_EVALUATION_FORM, { ratings: bad }).ok).toBe(false);
    }
  });

  it('When the comment passes 1,000 characters, then both refuse it', () => {
    const comment = 'ก'.repeat(1001);
    expect(seminarEvaluationInputSchema.safeParse({ ratings, comment }).success).toBe(false);
    expect(validateAnswers(SEMINAR_EVALUATION_FORM, { ratings, comment }).ok).toBe(false);
  });
});
