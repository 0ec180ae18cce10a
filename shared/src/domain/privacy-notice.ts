// The versioned PDPA privacy notice shown before registration; bump the version when the text changes.
export const PRIVACY_NOTICE_VERSION = '2026-11';

export const privacyNoticeTh = {
  version: PRIVACY_NOTICE_VERSION,
  /** How people see the version: Thai month and Buddhist Era year. */
  versionLabel: 'ฉบับเดือนพฤศจิกายน 2569',
  short:
    'สำนักงานเขตพื้นที่การศึกษาเก็บชื่อ โรงเรียน ตำแหน่ง และวิชาที่สอนของท่าน เพื่อบริหารเครือข่ายการนิเทศ ' +
    'ส่งข่าวการประชุม/สัมมนา และสรุปผลการพัฒนาเครือข่าย ตาม พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 ' +
    'ท่านขอดู ส่งออก หรือลบข้อมูลของท่านได้ทุกเมื่อ',
} as const;
