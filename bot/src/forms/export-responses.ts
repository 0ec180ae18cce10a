// A round's responses as a table (XLSX or CSV with a BOM), streamed: one row per response, one column per question
// (one per item for grids), read from the store a page at a time in its own order and written as they come, so a
// round of 100,000 answers never sits in memory. Names and LINE ids only when asked for and the round is named (PDPA).
import type { Writable } from 'node:stream';
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
  type Repositories,
} from '@nithet/shared';
import { attachmentDisposition } from '../directory/write-table';
import { openTableStream } from '../directory/write-table-stream';
import { formatAnswer } from './form-messages';

/** Responses read (and members looked up) per page. */
export const EXPORT_PAGE = 500;

export interface ExportInput {
  repos: Repositories;
  round: FormRound;
  definition: FormDefinition;
  schoolNames: ReadonlyMap<string, string>;
  format: DirectoryFileFormat;
  /** Names and LINE ids were asked for (ignored for an anonymous round). */
  identify: boolean;
  pageSize?: number;
}

interface Column {
  key: string;
  header: string;
}

/** The download's content type and file name. */
export function exportFile(round: FormRound, format: DirectoryFileFormat): { contentType: string; disposition: string } {
  const title = round.title.replace(/[\\/:*?"<>|]/g, ' ').slice(0, 60);
  return {
    contentType: format === 'csv' ? `${DIRECTORY_MIME.csv}; charset=utf-8` : DIRECTORY_MIME.xlsx,
    disposition: attachmentDisposition(`responses-${round.id}.${format}`, `คำตอบ-${title}.${format}`),
  };
}

function columnsOf(definition: FormDefinition, identify: boolean): Column[] {
  return [
    { key: 'no', header: 'ลำดับ' },
    ...(identify
      ? [
          { key: 'name', header: 'ชื่อ-สกุล' },
          { key: 'lineUserId', header: 'LINE user id' },
        ]
      : []),
    { key: 'school', header: 'โรงเรียน/หน่วยงาน' },
    { key: 'submittedAt', header: 'ตอบเมื่อ' },
    ...allQuestions(definition).flatMap((q) =>
      q.kind === 'rating-grid' && q.items
        ? q.items.map((i) => ({ key: `${q.id}.${i.id}`, header: `${q.label} — ${i.label}` }))
        : [{ key: q.id, header: q.label }],
    ),
  ];
}

function rowOf(input: ExportInput, identify: boolean, r: FormResponse, no: number, m: Member | undefined): Record<string, string> {
  const row: Record<string, string> = {
    no: String(no),
    // An anonymous round's school would single people out in a small school: left out unless named.
    school: identify || !input.round.anonymous ? (input.schoolNames.get(r.groups.schoolCode ?? '') ?? '') : '',
    submittedAt: formatThaiShort(r.updatedAt),
    ...(identify ? { name: m ? memberDisplayName(m) : '', lineUserId: m?.lineUserId ?? '' } : {}),
  };
  for (const q of allQuestions(input.definition)) {
    const v = r.answers[q.id];
    if (v === undefined) continue;
    if (q.kind === 'rating-grid' && typeof v === 'object' && !Array.isArray(v)) {
      for (const [item, rating] of Object.entries(v)) row[`${q.id}.${item}`] = String(rating);
    } else row[q.id] = formatAnswer(q, v);
  }
  return row;
}

/** Writes the whole table to `out` and ends it; returns the number of responses written. */
export async function streamResponses(input: ExportInput, out: Writable): Promise<number> {
  const { repos, round, format } = input;
  const identify = input.identify && !round.anonymous;
  const table = await openTableStream(format, 'คำตอบ', columnsOf(input.definition, identify), out);
  let written = 0;
  let after: string | undefined;
  do {
    const page = await repos.formResponses.list({
      where: [{ field: 'roundId', op: '==', value: round.id }],
      limit: input.pageSize ?? EXPORT_PAGE,
      ...(after ? { after } : {}),
    });
    const ids = identify ? page.items.flatMap((r) => (r.memberId ? [r.memberId] : [])) : [];
    const members = new Map((ids.length ? await repos.members.getMany(ids) : []).flatMap((m) => (m ? [[m.id, m] as const] : [])));
    await table.addRows(page.items.map((r) => rowOf(input, identify, r, (written += 1), r.memberId ? members.get(r.memberId) : undefined)));
    after = page.nextCursor;
  } while (after);
  await table.end();
  return written;
}
