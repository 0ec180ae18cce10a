// The public page of a published report: plain, accessible Thai HTML with no script, made from the same document as
// the files (summary, sections, tables, bars) minus the memo and sign-off, so it names nobody.
import type { Block, ReportDocument, TableBlock } from './report-document';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Headers for the page: nothing but its own inline style may load, and no one may frame it. */
export const PUBLIC_PAGE_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-cache',
};

const STYLE = `body{font-family:'Sarabun','TH Sarabun New','Loma',sans-serif;margin:0;padding:1rem;line-height:1.6;color:#1a1a1a;background:#f6f7f9}
main{max-width:48rem;margin:0 auto;background:#fff;border-radius:.75rem;padding:1.25rem;border:1px solid #d0d5dd}
h1{font-size:1.4rem;margin:.25rem 0 .5rem}h2{font-size:1.15rem;margin:1.5rem 0 .5rem}h3{font-size:1rem;margin:1rem 0 .25rem}
p{margin:.5rem 0}.meta{color:#475467}.pdf{display:inline-block;margin:.75rem 0;padding:.6rem 1rem;background:#06803c;color:#fff;border-radius:.5rem;text-decoration:none;font-weight:700}
.wrap{overflow-x:auto}table{border-collapse:collapse;width:100%;margin:.25rem 0 1rem}caption{text-align:left;font-weight:700;padding:.25rem 0}
th,td{border:1px solid #98a2b3;padding:.3rem .5rem;vertical-align:top}th{background:#eef1f6}td.r{text-align:right;white-space:nowrap}td.c{text-align:center}
tfoot td{font-weight:700}figure{margin:.5rem 0 1rem}figcaption{font-weight:700}ul.bars{list-style:none;padding:0;margin:.25rem 0}
ul.bars li{display:flex;flex-wrap:wrap;align-items:center;gap:.25rem .5rem;margin:.3rem 0}.bl{flex:1 1 12rem}.bt{flex:2 1 10rem;display:flex;align-items:center;gap:.4rem}
.bar{display:inline-block;height:.9rem;background:#1f3a68;min-width:2px}.unit{color:#475467;font-size:.9rem}a{color:#0b4db3}`;

function table(t: TableBlock): string {
  const cls = (i: number) => (t.align[i] === 'right' ? ' class="r"' : t.align[i] === 'center' ? ' class="c"' : '');
  const row = (cells: string[]) => `<tr>${cells.map((c, i) => `<td${cls(i)}>${escape(c)}</td>`).join('')}</tr>`;
  return `<div class="wrap" tabindex="0" role="region" aria-label="${escape(t.caption)}"><table><caption>${escape(t.caption)}</caption><thead><tr>${t.header
    .map((h) => `<th scope="col">${escape(h)}</th>`)
    .join('')}</tr></thead><tbody>${t.rows.map(row).join('')}</tbody>${t.total ? `<tfoot>${row(t.total)}</tfoot>` : ''}</table></div>`;
}

function block(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${escape(b.text)}</p>`;
    case 'subheading':
      return `<h3>${escape(b.text)}</h3>`;
    case 'bullets':
      return `<ul>${b.items.map((i) => `<li>${escape(i)}</li>`).join('')}</ul>`;
    case 'table':
      return table(b);
    case 'chart': {
      const max = b.max ?? Math.max(1, ...b.bars.map((x) => x.value));
      const bars = b.bars
        .map((x) => {
          const pct = Math.max(0, Math.min(100, (x.value / max) * 100)).toFixed(1);
          return `<li><span class="bl">${escape(x.label)}</span><span class="bt"><span class="bar" style="width:${pct}%"></span><span>${escape(x.display)}</span></span></li>`;
        })
        .join('');
      return `<figure><figcaption>${escape(b.caption)}</figcaption><ul class="bars">${bars}</ul><p class="unit">${escape(b.unit)}</p></figure>`;
    }
  }
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

export interface PublicReportView {
  doc: ReportDocument;
  publishedDate: string;
  pdfUrl: string;
}

/** The page of a published report, or the "not found" page (drafts, unknown links). */
export function publicReportPage(v: PublicReportView | null): string {
  if (!v) {
    return page('ไม่พบรายงาน', '<h1>ไม่พบรายงาน</h1><p>ไม่พบรายงานที่เผยแพร่ตามลิงก์นี้ กรุณาตรวจสอบลิงก์จากสำนักงานอีกครั้ง</p>');
  }
  const d = v.doc;
  return page(
    d.fileTitle,
    `<h1>${escape(d.title)}</h1>${d.subtitle.map((s) => `<p class="meta">${escape(s)}</p>`).join('')}<p class="meta">เผยแพร่เมื่อ ${escape(v.publishedDate)}</p>
<p><a class="pdf" href="${escape(v.pdfUrl)}">เปิดรายงานฉบับเต็ม (PDF)</a></p>${table(d.summary)}${d.sections
      .map((s) => `<section><h2>${escape(`${s.number}. ${s.title}`)}</h2>${s.blocks.map(block).join('')}</section>`)
      .join('')}<p class="meta">${escape(d.sourceNote.replace(/ ตารางข้อมูลประกอบ.*$/, ''))}</p>`,
  );
}
