// Form 2 of the manual (§7.2): monitoring and evaluation of a network (step 5), its indicators following the manual's seven steps.
import { formDefinitionSchema, type FormDefinition } from '../definition';
import { networkLevelOptions, yesNoOptions } from './options';

export const FORM2_MONITORING_EVALUATION: FormDefinition = formDefinitionSchema.parse({
  id: 'form2-monitoring-evaluation',
  version: 1,
  kind: 'evaluation',
  title: 'แบบติดตามและประเมินผลการพัฒนาเครือข่ายการนิเทศทั้งระดับเขตพื้นที่การศึกษา สถานศึกษา หน่วยงานที่เกี่ยวข้องและชุมชน',
  description:
    'เพื่อประเมินผลและสรุปผลการพัฒนาเครือข่ายการนิเทศ และนำผลการประเมินไปกำหนดแนวทางการพัฒนาเครือข่ายการนิเทศต่อไป มาตรฐานคุณภาพงาน: ข้อมูลสารสนเทศที่ถูกต้อง ครบถ้วนและเป็นปัจจุบัน',
  sections: [
    {
      id: 'network',
      title: 'ตอนที่ 1 ข้อมูลเครือข่ายที่ประเมิน',
      questions: [
        { id: 'network-level', kind: 'single-choice', label: 'ระดับของเครือข่าย', required: true, options: networkLevelOptions },
        { id: 'network', kind: 'network', label: 'เครือข่ายที่ประเมิน', required: true, prefill: 'previous' },
        {
          id: 'evaluator-role',
          kind: 'single-choice',
          label: 'ผู้ประเมิน',
          required: true,
          prefill: 'previous',
          options: [
            { value: 'coordinator', label: 'ผู้ประสานงานเครือข่าย' },
            { value: 'member', label: 'สมาชิกเครือข่าย' },
            { value: 'director', label: 'ผู้บริหารสถานศึกษา' },
            { value: 'supervisor', label: 'ศึกษานิเทศก์' },
            { value: 'partner', label: 'ภาคีเครือข่ายจากหน่วยงานที่เกี่ยวข้องหรือชุมชน' },
          ],
        },
        {
          id: 'school',
          kind: 'school',
          label: 'สถานศึกษาของผู้ประเมิน',
          prefill: 'profile.schoolCode',
          showIf: { all: [{ question: 'network-level', op: 'equals', value: 'school' }] },
        },
        { id: 'member-count', kind: 'number', label: 'จำนวนสมาชิกของเครือข่ายในปัจจุบัน (คน)', integer: true, min: 0, max: 10000 },
        { id: 'activity-count', kind: 'number', label: 'จำนวนครั้งที่เครือข่ายจัดกิจกรรมในรอบปี', integer: true, min: 0, max: 365 },
      ],
    },
    {
      id: 'indicators',
      title: 'ตอนที่ 2 ผลการดำเนินงานตามขั้นตอนการพัฒนาเครือข่ายการนิเทศ',
      description: 'โปรดประเมินระดับการปฏิบัติ 5 = มากที่สุด 4 = มาก 3 = ปานกลาง 2 = น้อย 1 = น้อยที่สุด',
      questions: [
        {
          id: 'process',
          kind: 'rating-grid',
          label: 'การดำเนินงานของเครือข่าย',
          required: true,
          items: [
            { id: 'information', label: 'เครือข่ายมีระบบข้อมูลสารสนเทศที่ถูกต้อง ครบถ้วนและเป็นปัจจุบัน' },
            { id: 'needs', label: 'มีการศึกษาสภาพปัญหาและความต้องการของสมาชิกเครือข่าย' },
            { id: 'plan', label: 'มีแผนส่งเสริมและสนับสนุนเครือข่ายที่คำนึงถึงสภาพปัญหาและความต้องการของเครือข่าย' },
            { id: 'meetings', label: 'มีการประชุม/สัมมนาเครือข่ายเพื่อสร้างความรู้ความเข้าใจและกำหนดแนวทางการพัฒนา' },
            { id: 'activities', label: 'ดำเนินการส่งเสริมและสนับสนุนการพัฒนาเครือข่ายตามรูปแบบของเครือข่าย' },
            { id: 'knowledge-sharing', label: 'สมาชิกมีการแลกเปลี่ยนเรียนรู้และช่วยเหลือซึ่งกันและกัน' },
            { id: 'evaluation', label: 'มีการติดตาม ประเมินผล และสรุปผลการพัฒนาเครือข่าย' },
            { id: 'use-of-results', label: 'นำผลการประเมินไปกำหนดแนวทางการพัฒนาเครือข่ายต่อไป' },
            { id: 'reporting', label: 'สรุปผลการดำเนินงาน รายงานผลต่อหน่วยงานต้นสังกัด/สถานศึกษา และเผยแพร่ประชาสัมพันธ์' },
          ],
        },
        {
          id: 'outcomes',
          kind: 'rating-grid',
          label: 'ผลการพัฒนาเครือข่าย',
          required: true,
          items: [
            { id: 'collaboration', label: 'การปฏิบัติงานร่วมกันของเครือข่ายเกิดประสิทธิภาพและประสิทธิผล' },
            { id: 'policy-goals', label: 'การดำเนินงานของเครือข่ายบรรลุเป้าหมายตามนโยบาย' },
            { id: 'teaching', label: 'ครูนำความรู้จากเครือข่ายไปพัฒนาการจัดการเรียนการสอน' },
            { id: 'learning-resource', label: 'ห้องเรียนหรือสถานศึกษาได้รับการพัฒนาให้เป็นแหล่งเรียนรู้' },
            { id: 'participation', label: 'หน่วยงานที่เกี่ยวข้องและชุมชนมีส่วนร่วมในการพัฒนาคุณภาพการศึกษา' },
          ],
        },
        {
          id: 'overall',
          kind: 'rating',
          label: 'ความพึงพอใจต่อการส่งเสริมและสนับสนุนเครือข่ายการนิเทศโดยรวม',
          required: true,
        },
      ],
    },
    {
      id: 'reflection',
      title: 'ตอนที่ 3 จุดเด่น สิ่งที่ควรพัฒนา และข้อเสนอแนะ',
      questions: [
        { id: 'strengths', kind: 'long-text', label: 'จุดเด่นของเครือข่าย', required: true },
        { id: 'improvements', kind: 'long-text', label: 'สิ่งที่ควรพัฒนา', required: true },
        { id: 'good-practice', kind: 'single-choice', label: 'เครือข่ายมีแนวปฏิบัติที่ดีที่พร้อมเผยแพร่หรือไม่', options: yesNoOptions },
        {
          id: 'good-practice-detail',
          kind: 'long-text',
          label: 'โปรดระบุแนวปฏิบัติที่ดีของเครือข่าย',
          required: true,
          showIf: { all: [{ question: 'good-practice', op: 'equals', value: 'yes' }] },
        },
        { id: 'recommendations', kind: 'long-text', label: 'ข้อเสนอแนะเพื่อกำหนดแนวทางการพัฒนาเครือข่ายการนิเทศต่อไป' },
      ],
    },
  ],
});
