// The round card and the answers summary: within LINE's limits, Thai dates in พ.ศ., labels instead of codes.
import { formDefinitionSchema, type FormRound } from '@nithet/shared';
import { validateMessages } from '../line/limits';
import { answersSummaryText, roundCard } from './form-messages';

const round: FormRound = {
  id: 'rnd-1',
  areaId: 'demo-esa',
  title: 'ก'.repeat(200),
  templateId: 't',
  templateVersion: 1,
  audience: { networkIds: [], levels: [], schoolCodes: [], seminarId: null },
  opensAt: '2027-01-05T02:00:00.000Z',
  closesAt: '2027-01-31T10:00:00.000Z',
  anonymous: true,
  status: 'open',
  openedAt: null,
  responseCount: 0,
  createdBy: 'x',
  createdAt: '2027-01-01T00:00:00.000Z',
  updatedAt: '2027-01-01T00:00:00.000Z',
};

const def = formDefinitionSchema.parse({
  id: 't',
  version: 1,
  kind: 'custom',
  title: 'แบบทดสอบ',
  sections: [
    {
      id: 's',
      title: 'ส่วนที่ 1',
      questions: [
        { id: 'pick', kind: 'single-choice', label: 'เลือก', options: [{ value: 'a', label: 'ตัวเลือก ก' }] },
        { id: 'when', kind: 'date', label: 'วันที่สะดวก' },
        { id: 'long', kind: 'long-text', label: 'ข้อเสนอแนะ', maxLength: 3000 },
        { id: 'more', kind: 'long-text', label: 'เพิ่มเติม', maxLength: 3000 },
      ],
    },
  ],
});

describe('Form messages', () => {
  it('When a round opens, then its card fits LINE, shows the closing date in พ.ศ. and says it is anonymous', () => {
    const card = roundCard(round, 'https://liff.line.me/1234567890-AbcdEfgh');
    expect(validateMessages([card])).toEqual([]);
    const json = JSON.stringify(card);
    expect(json).toContain('2570');
    expect(json).toContain('ไม่ระบุชื่อผู้ตอบ');
    expect(json).toContain('/forms/rnd-1');
  });

  it('When the answers are long, then the summary stays within 5,000 characters and keeps the closing line', () => {
    const text = answersSummaryText(round, def, { pick: 'a', when: '2027-02-14', long: 'ข'.repeat(3000), more: 'ค'.repeat(3000) }, false);
    expect(text.length).toBeLessThanOrEqual(5000);
    expect(text).toContain('ตัวเลือก ก');
    expect(text).toContain('2570');
    expect(text).toMatch(/แก้ไขคำตอบได้จนถึง .*2570/);
    expect(validateMessages([{ type: 'text', text }])).toEqual([]);
  });
});
