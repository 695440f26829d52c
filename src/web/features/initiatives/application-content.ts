import { budgetSummary } from '../../../shared/domain/initiative-budget.ts';
import type { Initiative, InitiativeSection } from '../../../shared/model/initiatives.ts';
import { INITIATIVE_SECTIONS } from '../../../shared/model/initiatives.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { t } from '../../i18n/language.ts';
import type { MessageKey } from '../../i18n/ru.ts';
import { categoryLabel, formatRoubles, formatShare, sectionLabel } from './initiative-labels.ts';

export interface ContentTable {
  headers: string[];
  rows: string[][];
  /** Totals rows, shown bold. */
  totals: string[][];
}

export interface ContentBlock {
  heading: string;
  paragraphs: string[];
  table?: ContentTable;
}

const lines = (text: string | undefined): string[] =>
  (text ?? '').split('\n').filter((line) => line.trim() !== '');
const head = (keys: MessageKey[]) => keys.map((key) => t(key));
const dateOf = (value: string | undefined) => (value ? formatDate(value) : '—');

function budgetTable(initiative: Initiative): ContentTable {
  const summary = budgetSummary(initiative.budget);
  return {
    headers: head([
      'initiatives.column.category',
      'initiatives.column.item',
      'initiatives.column.quantity',
      'initiatives.column.unitPrice',
      'initiatives.column.total',
      'initiatives.column.cofinancing',
      'initiatives.column.requested',
    ]),
    rows: initiative.budget.map((l) => [
      t(categoryLabel(l.category)),
      l.item,
      String(l.quantity),
      formatRoubles(l.unitPrice),
      formatRoubles(l.total),
      formatRoubles(l.cofinancing),
      formatRoubles(l.total - l.cofinancing),
    ]),
    totals: [
      ...summary.categories.map((c) => [
        t(categoryLabel(c.category)),
        '',
        '',
        '',
        formatRoubles(c.total),
        formatRoubles(c.cofinancing),
        formatRoubles(c.requested),
      ]),
      [
        t('initiatives.budgetTotal'),
        '',
        '',
        '',
        formatRoubles(summary.total),
        formatRoubles(summary.cofinancing),
        formatRoubles(summary.requested),
      ],
    ],
  };
}

function sectionBlock(initiative: Initiative, section: InitiativeSection): ContentBlock {
  const heading = t(sectionLabel(section));
  switch (section) {
    case 'startDate':
      return {
        heading,
        paragraphs: [`${dateOf(initiative.startDate)} — ${dateOf(initiative.endDate)}`],
      };
    case 'tasks':
      return { heading, paragraphs: initiative.tasks.map((task, i) => `${i + 1}. ${task}`) };
    case 'calendarPlan':
      return {
        heading,
        paragraphs: [],
        table: {
          headers: head([
            'initiatives.column.task',
            'initiatives.column.event',
            'initiatives.column.from',
            'initiatives.column.to',
            'initiatives.column.result',
          ]),
          rows: initiative.calendarPlan.map((r) => [
            r.task,
            r.event,
            formatDate(r.from),
            formatDate(r.to),
            r.result ?? '',
          ]),
          totals: [],
        },
      };
    case 'quantitativeResults':
      return {
        heading,
        paragraphs: [],
        table: {
          headers: head(['initiatives.column.indicator', 'initiatives.column.value']),
          rows: initiative.quantitativeResults.map((r) => [r.indicator, String(r.value)]),
          totals: [],
        },
      };
    case 'team':
      return {
        heading,
        paragraphs: [],
        table: {
          headers: head([
            'initiatives.column.role',
            'initiatives.column.person',
            'initiatives.column.experience',
          ]),
          rows: initiative.team.map((r) => [r.role, r.person, r.experience ?? '']),
          totals: [],
        },
      };
    case 'budget': {
      const share = budgetSummary(initiative.budget).cofinancingShare;
      return {
        heading,
        paragraphs: [t('initiatives.cofinancingShare', { share: formatShare(share) })],
        table: budgetTable(initiative),
      };
    }
    default:
      return { heading, paragraphs: lines(initiative[section]) };
  }
}

// the title heads the document; every other section follows in the form's order
const SECTIONS = INITIATIVE_SECTIONS.filter((section) => section !== 'title');

/** The application as headed blocks: the print view and the .docx are both made from this. */
export function applicationContent(initiative: Initiative, applicant: string): ContentBlock[] {
  return [
    { heading: t('initiatives.applicant'), paragraphs: applicant ? [applicant] : [] },
    ...SECTIONS.map((section) => sectionBlock(initiative, section)),
  ];
}
