// What the backup and restore commands tell people: Thai first, English after, numbers with thousands separators.
const n = (x: number) => x.toLocaleString('th-TH');

export const BACKUP_TEXT = {
  usageBackup:
    'วิธีใช้ (usage): npm run backup -- --area <รหัสสำนักงาน> --out <ไฟล์.jsonl.gz> [--files] [--store sqlite|firestore] [--data-dir <โฟลเดอร์>] [--project <Firebase project id>] [--files-dir <โฟลเดอร์ไฟล์>] [--bucket <Cloud Storage bucket>]',
  usageRestore:
    'วิธีใช้ (usage): npm run restore -- --in <ไฟล์.jsonl.gz> [--force] [--area <รหัสสำนักงาน>] [--store sqlite|firestore] [--data-dir <โฟลเดอร์>] [--project <Firebase project id>] [--files-dir <โฟลเดอร์ไฟล์>] [--bucket <Cloud Storage bucket>]',
  backedUp: (area: string, docs: number, collections: number, file: string) =>
    `สำรองข้อมูลสำนักงาน ${area} แล้ว: ${n(docs)} รายการ จาก ${n(collections)} คอลเลกชัน → ${file}\n(Backed up office ${area}: ${docs} documents in ${collections} collections.)`,
  restored: (area: string, docs: number, collections: number) =>
    `กู้คืนข้อมูลสำนักงาน ${area} แล้ว: ${n(docs)} รายการ จาก ${n(collections)} คอลเลกชัน\n(Restored office ${area}: ${docs} documents in ${collections} collections.)`,
  notEmpty: (area: string, present: string[]) =>
    `ฐานข้อมูลปลายทางมีข้อมูลของสำนักงาน ${area} อยู่แล้ว (${present.join(', ')}) จึงไม่กู้คืนทับ ` +
    `ใช้ฐานข้อมูลว่าง หรือเพิ่ม --force เพื่อเขียนทับเอกสารที่รหัสซ้ำ\n(The target already holds data of office ${area}; use an empty store or --force.)`,
  files: (files: number, bytes: number) =>
    `ไฟล์ที่อัปโหลด ${n(files)} ไฟล์ (${(bytes / 1048576).toLocaleString('th-TH', { maximumFractionDigits: 1 })} MB)\n(Uploaded files: ${files}, ${bytes} bytes.)`,
  missingFiles: (keys: string[]) =>
    `คำเตือน: ไม่พบไฟล์ ${n(keys.length)} ไฟล์ที่ข้อมูลอ้างถึงในที่เก็บไฟล์ (ไฟล์เหล่านี้หายไปก่อนสำรองแล้ว): ${keys.slice(0, 5).join(', ')}${keys.length > 5 ? ' …' : ''}\n` +
    `(Warning: ${keys.length} files named by records are missing from the file store.)`,
  noFiles: 'ไม่ได้รวมไฟล์ที่อัปโหลด (รูปหลักฐาน เอกสาร รายงาน) ใช้ --files เพื่อรวมไว้ในไฟล์สำรองเดียวกัน\n(Uploaded files not included: add --files.)',
  failed: (what: string) => `ทำรายการไม่สำเร็จ (failed): ${what}`,
};
