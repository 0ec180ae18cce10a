// Form 1 of the manual (§7.1): the needs survey behind step 1 (ศึกษาความต้องการ) and the plan of step 2.
import { formDefinitionSchema, type ChoiceOption, type FormDefinition } from '../definition';
import { educationLevelOptions, networkKindOptions, networkLevelOptions, positionOptions } from './options';

/** Topics to develop; the rating grid of need levels uses the same ids. */
const topics: ChoiceOption[] = [
  { value: 'curriculum', label: 'หลักสูตรและการนำหลักสูตรแกนกลางการศึกษาขั้นพื้นฐาน พุทธศักราช 2551 ไปใช้' },
  { value: 'active-learning', label: 'การจัดการเรียนรู้เชิงรุก (Active Learning)' },
  { value: 'assessment', label: 'การวัดและประเมินผลการเรียนรู้' },
  { value: 'classroom-research', label: 'การวิจัยในชั้นเรียน' },
  { value: 'media-technology', label: 'สื่อ นวัตกรรม และเทคโนโลยีเพื่อการเรียนรู้' },
  { value: 'reading-writing', label: 'การพัฒนาทักษะการอ่านและการเขียน' },
  { value: 'early-childhood', label: 'การจัดประสบการณ์การเรียนรู้ระดับปฐมวัย' },
  { value: 'internal-supervision', label: 'การนิเทศภายในสถานศึกษา' },
  { value: 'learning-resource', label: 'การพัฒนาห้องเรียนให้เป็นแหล่งเรียนรู้' },
  { value: 'community-wisdom', label: 'การมีส่วนร่วมของชุมชนและภูมิปัญญาท้องถิ่น' },
];

export const FORM1_NEEDS_SURVEY: FormDefinition = formDefinitionSchema.parse({
  id: 'form1-needs-survey',
  version: 1,
  kind: 'needs-survey',
  title: 'แบบสำรวจความต้องการการพัฒนาเครือข่ายการนิเทศ',
  description:
    'เพื่อจัดระบบข้อมูลสารสนเทศและศึกษาความต้องการการส่งเสริมสนับสนุนเครือข่ายการนิเทศทั้งระดับเขตพื้นที่การศึกษา สถานศึกษา หน่วยงานที่เกี่ยวข้องและชุมชน สำหรับจัดทำแผนส่งเสริมและสนับสนุนเครือข่ายการนิเทศทุกระดับ โดยคำนึงถึงสภาพปัญหาและความต้องการของแต่ละเครือข่าย',
  sections: [
    {
      id: 'respondent',
      title: 'ตอนที่ 1 ข้อมูลทั่วไปของผู้ตอบแบบสำรวจ',
      questions: [
        {
          id: 'position',
          kind: 'single-choice',
          label: 'ตำแหน่ง',
          required: true,
          options: positionOptions,
          allowOther: true,
          prefill: 'profile.position',
        },
        {
          id: 'work-level',
          kind: 'single-choice',
          label: 'ท่านปฏิบัติงานในระดับใด',
          required: true,
          options: networkLevelOptions,
          prefill: 'previous',
        },
        {
          id: 'school',
          kind: 'school',
          label: 'สถานศึกษา',
          required: true,
          prefill: 'profile.schoolCode',
          showIf: { all: [{ question: 'work-level', op: 'equals', value: 'school' }] },
        },
        {
          id: 'organisation',
          kind: 'short-text',
          label: 'ชื่อหน่วยงานหรือชุมชน',
          required: true,
          maxLength: 200,
          prefill: 'previous',
          showIf: { all: [{ question: 'work-level', op: 'in', value: ['agency', 'community'] }] },
        },
        {
          id: 'levels',
          kind: 'multi-choice',
          label: 'ระดับการศึกษาที่ท่านรับผิดชอบ (ตอบได้มากกว่า 1 ข้อ)',
          options: educationLevelOptions,
          prefill: 'profile.levels',
        },
        {
          id: 'network-role',
          kind: 'single-choice',
          label: 'บทบาทของท่านในเครือข่ายการนิเทศ',
          required: true,
          prefill: 'previous',
          options: [
            { value: 'leader', label: 'ผู้ประสานงานหรือแกนนำเครือข่าย' },
            { value: 'member', label: 'สมาชิกเครือข่าย' },
            { value: 'none', label: 'ยังไม่ได้เป็นสมาชิกเครือข่ายใด' },
          ],
        },
      ],
    },
    {
      id: 'led-network',
      title: 'ตอนที่ 2 ข้อมูลเครือข่ายที่ท่านเป็นผู้ประสานงานหรือแกนนำ',
      description: 'ตอบเฉพาะผู้ประสานงานหรือแกนนำเครือข่าย',
      showIf: { all: [{ question: 'network-role', op: 'equals', value: 'leader' }] },
      questions: [
        { id: 'led-name', kind: 'short-text', label: 'ชื่อเครือข่าย', required: true, maxLength: 200, prefill: 'previous' },
        {
          id: 'led-kind',
          kind: 'single-choice',
          label: 'รูปแบบของเครือข่าย',
          required: true,
          options: networkKindOptions,
          prefill: 'previous',
        },
        {
          id: 'led-level',
          kind: 'single-choice',
          label: 'ระดับของเครือข่าย',
          required: true,
          options: networkLevelOptions,
          prefill: 'previous',
        },
        { id: 'led-members', kind: 'number', label: 'จำนวนสมาชิกโดยประมาณ (คน)', integer: true, min: 1, max: 10000 },
        {
          id: 'led-activities',
          kind: 'multi-choice',
          label: 'กิจกรรมที่เครือข่ายดำเนินการในปีที่ผ่านมา (ตอบได้มากกว่า 1 ข้อ)',
          allowOther: true,
          options: [
            { value: 'meetings', label: 'ประชุม/สัมมนาเครือข่าย' },
            { value: 'knowledge-sharing', label: 'แลกเปลี่ยนเรียนรู้ระหว่างสมาชิก' },
            { value: 'peer-supervision', label: 'นิเทศ ติดตาม และช่วยเหลือซึ่งกันและกัน' },
            { value: 'learning-resource', label: 'พัฒนาห้องเรียนให้เป็นแหล่งเรียนรู้' },
            { value: 'good-practice', label: 'เผยแพร่แนวปฏิบัติที่ดี' },
            { value: 'none', label: 'ยังไม่ได้ดำเนินกิจกรรม' },
          ],
        },
        { id: 'led-support', kind: 'long-text', label: 'การส่งเสริมสนับสนุนที่เครือข่ายของท่านต้องการ' },
      ],
    },
    {
      id: 'needs',
      title: 'ตอนที่ 3 ความต้องการการพัฒนาเครือข่ายการนิเทศ',
      questions: [
        {
          id: 'network-kinds',
          kind: 'multi-choice',
          label: 'รูปแบบเครือข่ายการนิเทศที่ท่านสนใจเข้าร่วมหรือต้องการให้ส่งเสริม (ตอบได้มากกว่า 1 ข้อ)',
          required: true,
          options: networkKindOptions,
        },
        {
          id: 'topics',
          kind: 'multi-choice',
          label: 'เรื่องที่ท่านต้องการพัฒนา (ตอบได้มากกว่า 1 ข้อ)',
          required: true,
          options: topics,
          allowOther: true,
        },
        {
          id: 'topic-needs',
          kind: 'rating-grid',
          label: 'ระดับความต้องการการพัฒนาในแต่ละเรื่อง',
          help: '5 = ต้องการมากที่สุด 4 = มาก 3 = ปานกลาง 2 = น้อย 1 = น้อยที่สุด',
          required: true,
          items: topics.map((t) => ({ id: t.value, label: t.label })),
        },
        {
          id: 'formats',
          kind: 'multi-choice',
          label: 'รูปแบบการพัฒนาที่ท่านต้องการ (เลือกได้ไม่เกิน 3 ข้อ)',
          required: true,
          max: 3,
          options: [
            { value: 'workshop', label: 'การประชุมเชิงปฏิบัติการ (Workshop)' },
            { value: 'seminar', label: 'การประชุม/สัมมนาเครือข่าย' },
            { value: 'coaching', label: 'การนิเทศแบบชี้แนะ (Coaching) และการเป็นพี่เลี้ยง (Mentoring)' },
            { value: 'plc', label: 'ชุมชนการเรียนรู้ทางวิชาชีพ (PLC)' },
            { value: 'study-visit', label: 'การศึกษาดูงานและแลกเปลี่ยนเรียนรู้' },
            { value: 'online', label: 'การอบรมหรือประชุมออนไลน์' },
          ],
        },
        {
          id: 'months',
          kind: 'multi-choice',
          label: 'ช่วงเวลาที่ท่านสะดวกเข้าร่วมกิจกรรม (ระหว่างเดือนมกราคม–เมษายน)',
          required: true,
          options: [
            { value: 'january', label: 'มกราคม' },
            { value: 'february', label: 'กุมภาพันธ์' },
            { value: 'march', label: 'มีนาคม' },
            { value: 'april', label: 'เมษายน' },
          ],
        },
        {
          id: 'days',
          kind: 'single-choice',
          label: 'วันที่ท่านสะดวก',
          options: [
            { value: 'weekdays', label: 'วันทำการ (จันทร์–ศุกร์)' },
            { value: 'weekends', label: 'วันหยุดราชการ (เสาร์–อาทิตย์)' },
            { value: 'either', label: 'ได้ทั้งสองแบบ' },
          ],
        },
      ],
    },
    {
      id: 'problems',
      title: 'ตอนที่ 4 สภาพปัญหาและข้อเสนอแนะ',
      questions: [
        { id: 'current-problems', kind: 'long-text', label: 'สภาพปัญหาในการจัดการเรียนการสอนและการนิเทศที่พบในปัจจุบัน', required: true },
        { id: 'support-from-office', kind: 'long-text', label: 'การส่งเสริมสนับสนุนที่ต้องการจากสำนักงานเขตพื้นที่การศึกษา' },
        { id: 'suggestions', kind: 'long-text', label: 'ข้อเสนอแนะอื่น ๆ' },
      ],
    },
  ],
});
