// A round's responses as a table (XLSX or CSV with a BOM): one row per response, one column per question (one per
// item for grids). Names, schools and LINE ids only when asked for and the round is named (PDPA).
import {
  DIRECTORY_MIME,
  allQuestions,
  formatThaiShort,
  memberDisplayName,
  type DirectoryFileFormat,
  type FormDefinition,
  type FormResponse,
  type FormRound,
  type Member,
} from '@nithet/shared';
import { attachmentDisposition, writeTable } from '../directory/write-table';
import { formatAnswer } from './form-messages';

export interface ResponsesExport {
  bytes: Buffer;
  contentType: string;
  disposition: string;
}

interface Column {
  key: string;
  header: string;
}

export async function exportResponses(input: {
  round: FormRound;
  definition: FormDefinition;
  responses: readonly FormResponse[];
  members: ReadonlyMap<string, Member>;
  schoolNames: ReadonlyMap<string, string>;
  format: DirectoryFileFormat;
  identify: boolean;
}): Promise<ResponsesExport> {
  const { round, definition, responses, format } = input;
  const identify = input.identify && !round.anonymous;
  const questions = allQuestions(definition);
  const columns: Column[] = [
    { key: 'no', header: 'ลำดับ' },
    ...(identify
      ? [
          { key: 'name', header: 'ชื่อ-สกุล' },
          { key: 'lineUserId', header: 'LINE user id' },
        ]
      : []),
    { key: 'school', header: 'โรงเรียน/หน่วยงาน' },
    { key: 'submittedAt', header: 'ตอบเมื่อ' },
    ...questions.flatMap((q) =>
      q.kind === 'rating-grid' && q.items
        ? q.items.map((i) => ({ key: `${q.id}.${i.id}`, header: `${q.label} — ${i.label}` }))
        : [{ key: q.id, header: q.label }],
    ),
  ];
  const rows = responses.map((r, i) => {
    const m = r.memberId ? input.members.get(r.memberId) : undefined;
    const row: Record<string, string> = {
      no: String(i + 1),
      // An anonymous round's school would single people out in a small school: left out unless named.
      school: identify || !round.anonymous ? (input.schoolNames.get(r.groups.schoolCode ?? '') ?? '') : '',
      submittedAt: formatThaiShort(r.updatedAt),
      ...(identify ? { name: m ? memberDisplayName(m) : '', lineUserId: m?.lineUserId ?? '' } : {}),
    };
    for (const q of questions) {
      const v = r.answers[q.id];
      if (v === undefined) continue;
      if (q.kind === 'rating-grid' && typeof v === 'object' && !Array.isArray(v)) {
        for (const [item, rating] of Object.entries(v)) row[`${q.id}.${item}`] = String(rating);
      } else row[q.id] = formatAnswer(q, v);
    }
    return row;
  });
  const bytes = await writeTable(format, 'คำตอบ', columns, rows);
  const title = round.title.replace(/[\\/:*?"<>|]/g, ' ').slice(0, 60);
  return {
    bytes,
    contentType: format === 'csv' ? `${DIRECTORY_MIME.csv}; charset=utf-8` : DIRECTORY_MIME.xlsx,
    disposition: attachmentDisposition(`responses-${round.id}.${format}`, `คำตอบ-${title}.${format}`),
  };
}
