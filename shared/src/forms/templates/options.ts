// Choice lists the templates share with the registry, so answers line up with networks, levels and positions.
import { educationLevels } from '../../domain/school';
import { networkKinds, networkLevels } from '../../domain/network';
import { positions } from '../../domain/member';
import { educationLevelLabels, networkLevelLabels, positionLabels } from '../../i18n/labels-th';
import type { ChoiceOption } from '../definition';

/** The manual's network kinds (§3, step 4.1–4.5) with its own examples, for people choosing among them. */
const networkKindExamples: Record<(typeof networkKinds)[number], string> = {
  individual: 'เครือข่ายบุคคล เช่น ครูแกนนำ ครูต้นแบบ ครูแห่งชาติ',
  'teacher-community': 'เครือข่ายในรูปชุมชน (ชุมชนครู/PLC) เช่น ชุมชนครูปฐมวัย ครูวิทยาศาสตร์',
  'education-level': 'เครือข่ายระดับการศึกษา เช่น ปฐมวัย ประถมศึกษา มัธยมศึกษา',
  community: 'เครือข่ายชุมชน เช่น สุขภาพ ภูมิปัญญาท้องถิ่น',
  'classroom-school': 'เครือข่ายห้องเรียน/สถานศึกษา เช่น ห้องเรียนวิทยาศาสตร์ โรงเรียนผู้นำการเปลี่ยนแปลง ห้องเรียนโรงเรียนในฝัน',
  'school-partnership': 'โรงเรียนคู่พัฒนา/โรงเรียนพี่โรงเรียนน้อง',
  'school-cluster': 'กลุ่มโรงเรียน',
};

export const networkKindOptions: ChoiceOption[] = networkKinds.map((value) => ({ value, label: networkKindExamples[value] }));
export const networkLevelOptions: ChoiceOption[] = networkLevels.map((value) => ({ value, label: networkLevelLabels[value] }));
export const educationLevelOptions: ChoiceOption[] = educationLevels.map((value) => ({ value, label: educationLevelLabels[value] }));
/** Positions from the profile; "อื่น ๆ" comes from allowOther so the person can name it. */
export const positionOptions: ChoiceOption[] = positions
  .filter((p) => p !== 'other')
  .map((value) => ({ value, label: positionLabels[value] }));

export const yesNoOptions: ChoiceOption[] = [
  { value: 'yes', label: 'มี' },
  { value: 'no', label: 'ไม่มี' },
];
