// The public verification page of a certificate: plain, accessible Thai HTML with no script.
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface VerifyView {
  officeName: string;
  number: string;
  recipientName: string;
  seminarTitle: string;
  seminarDate: string;
  issuedDate: string;
  pdfUrl: string;
}

const STYLE = `body{font-family:'Sarabun','TH Sarabun New','Loma',sans-serif;margin:0;padding:1rem;line-height:1.6;color:#1a1a1a;background:#f6f7f9}
main{max-width:36rem;margin:0 auto;background:#fff;border-radius:.75rem;padding:1.25rem;border:1px solid #d0d5dd}
h1{font-size:1.4rem;margin:.25rem 0 1rem}dl{margin:0}dt{font-weight:700;margin-top:.75rem}dd{margin:0}
.ok{color:#05603a;font-weight:700}.bad{color:#b42318;font-weight:700}a{color:#0b4db3}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

/** The page for a certificate, or the "not found" page when the link matches none. */
export function verifyPage(v: VerifyView | null): string {
  if (!v) {
    return page(
      'ไม่พบเกียรติบัตร',
      `<h1>ตรวจสอบเกียรติบัตร</h1><p class="bad">ไม่พบเกียรติบัตรตามลิงก์นี้</p><p>กรุณาตรวจสอบลิงก์หรือสแกนคิวอาร์โค้ดบนเกียรติบัตรอีกครั้ง</p>`,
    );
  }
  const rows: Array<[string, string]> = [
    ['เลขที่', v.number],
    ['มอบให้', v.recipientName],
    ['เข้าร่วม', v.seminarTitle],
    ['วันที่จัด', v.seminarDate],
    ['ออกให้เมื่อ', v.issuedDate],
    ['ออกโดย', v.officeName],
  ];
  return page(
    `เกียรติบัตร ${v.number}`,
    `<h1>ตรวจสอบเกียรติบัตร</h1><p class="ok">เกียรติบัตรนี้ออกโดยระบบของสำนักงานจริง</p><dl>${rows
      .map(([k, val]) => `<dt>${escape(k)}</dt><dd>${escape(val)}</dd>`)
      .join('')}</dl><p><a href="${escape(v.pdfUrl)}">เปิดเกียรติบัตร (PDF)</a></p>`,
  );
}
