// The columns of the two directory files: Thai headers people see, English aliases accepted on import.
export const directoryKinds = ['schools', 'members'] as const;
export type DirectoryKind = (typeof directoryKinds)[number];

export interface ColumnDef<K extends string = string> {
  key: K;
  /** The header written on export and shown in error messages. */
  header: string;
  /** Other headers accepted on import (compared without case, spaces, dots, dashes or underscores). */
  aliases: readonly string[];
  required: boolean;
  /** Written as text in XLSX so Excel keeps leading zeros (codes, phone numbers). */
  text?: boolean;
}

export const schoolColumns = [
  { key: 'code', header: 'รหัสโรงเรียน', aliases: ['school code', 'code', 'รหัส', 'รหัสสถานศึกษา'], required: true, text: true },
  { key: 'name', header: 'ชื่อโรงเรียน', aliases: ['school name', 'name', 'ชื่อสถานศึกษา'], required: true },
  { key: 'district', header: 'อำเภอ', aliases: ['district', 'amphoe'], required: false },
  { key: 'cluster', header: 'กลุ่มโรงเรียน', aliases: ['cluster', 'school cluster', 'เครือข่ายโรงเรียน'], required: false },
  { key: 'levels', header: 'ระดับที่เปิดสอน', aliases: ['levels', 'education levels', 'ระดับการศึกษา'], required: false },
] as const satisfies readonly ColumnDef[];

export const memberColumns = [
  { key: 'title', header: 'คำนำหน้า', aliases: ['title', 'prefix', 'คำนำหน้าชื่อ'], required: true },
  { key: 'firstName', header: 'ชื่อ', aliases: ['first name', 'firstname', 'given name', 'name'], required: true },
  { key: 'lastName', header: 'นามสกุล', aliases: ['last name', 'lastname', 'surname', 'family name'], required: true },
  { key: 'schoolCode', header: 'รหัสโรงเรียน', aliases: ['school code', 'school', 'รหัสสถานศึกษา'], required: true, text: true },
  { key: 'position', header: 'ตำแหน่ง', aliases: ['position', 'role'], required: true },
  { key: 'subjects', header: 'วิชาที่สอน', aliases: ['subjects', 'subject', 'กลุ่มสาระ'], required: false },
  { key: 'levels', header: 'ระดับชั้นที่สอน', aliases: ['levels', 'education levels', 'ระดับที่สอน'], required: false },
  { key: 'phone', header: 'เบอร์โทรศัพท์', aliases: ['phone', 'telephone', 'mobile', 'โทรศัพท์', 'เบอร์โทร'], required: false, text: true },
  { key: 'lineUserId', header: 'LINE user id', aliases: ['line id', 'lineuserid', 'line user', 'userid'], required: false, text: true },
] as const satisfies readonly ColumnDef[];

export type SchoolColumnKey = (typeof schoolColumns)[number]['key'];
export type MemberColumnKey = (typeof memberColumns)[number]['key'];

export const columnsOf = (kind: DirectoryKind): readonly ColumnDef[] => (kind === 'schools' ? schoolColumns : memberColumns);

const normaliseHeader = (s: string): string =>
  s
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[\s._\-*()]+/g, '');

export interface HeaderMatch {
  /** Column key → index of the file's column. */
  indexOf: Record<string, number>;
  missing: string[];
  /** File headers no column claims: ignored on import, named in the preview. */
  ignored: string[];
  duplicated: string[];
}

/** Finds each column in a file's header row by its Thai header or an alias. */
export function matchHeaders(kind: DirectoryKind, fileHeaders: readonly string[]): HeaderMatch {
  const columns = columnsOf(kind);
  const lookup = new Map<string, string>();
  for (const c of columns)
    for (const h of [c.header, c.key, ...c.aliases]) if (!lookup.has(normaliseHeader(h))) lookup.set(normaliseHeader(h), c.key);
  const indexOf: Record<string, number> = {};
  const ignored: string[] = [];
  const duplicated: string[] = [];
  fileHeaders.forEach((raw, i) => {
    const key = lookup.get(normaliseHeader(raw));
    if (key === undefined) {
      if (raw.trim() !== '') ignored.push(raw.trim());
    } else if (indexOf[key] !== undefined) duplicated.push(raw.trim());
    else indexOf[key] = i;
  });
  const missing = columns.filter((c) => c.required && indexOf[c.key] === undefined).map((c) => c.header);
  return { indexOf, missing, ignored, duplicated };
}

export const headerOf = (kind: DirectoryKind, key: string): string => columnsOf(kind).find((c) => c.key === key)?.header ?? key;
