import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Initiative } from '../../../shared/model/initiatives.ts';
import { t } from '../../i18n/language.ts';
import type { ContentBlock, ContentTable } from './application-content.ts';

const cell = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });

function tableOf(table: ContentTable): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: table.headers.map((h) => cell(h, true)) }),
      ...table.rows.map((row) => new TableRow({ children: row.map((text) => cell(text)) })),
      ...table.totals.map((row) => new TableRow({ children: row.map((text) => cell(text, true)) })),
    ],
  });
}

function blockOf(block: ContentBlock): (Paragraph | Table)[] {
  const body = block.paragraphs.map((text) => new Paragraph({ text }));
  const empty = body.length === 0 && !block.table;
  return [
    new Paragraph({ text: block.heading, heading: HeadingLevel.HEADING_2 }),
    ...(empty ? [new Paragraph({ text: `(${t('initiatives.notFilled')})` })] : body),
    ...(block.table && block.table.rows.length > 0 ? [tableOf(block.table)] : []),
  ];
}

/** The application as a .docx (Word) file, to paste or upload on the grant portal. */
export function initiativeDocx(initiative: Initiative, blocks: ContentBlock[]): Promise<Blob> {
  const document = new Document({
    creator: 'Сопка',
    title: initiative.title,
    sections: [
      {
        children: [
          new Paragraph({ text: t('initiatives.applicationOf') }),
          new Paragraph({ text: initiative.title, heading: HeadingLevel.TITLE }),
          ...blocks.flatMap(blockOf),
        ],
      },
    ],
  });
  return Packer.toBlob(document);
}
