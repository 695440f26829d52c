import type { ComponentChildren } from 'preact';
import type { Initiative, InitiativeSection } from '../../../shared/model/initiatives.ts';
import { INITIATIVE_SECTIONS } from '../../../shared/model/initiatives.ts';
import { t } from '../../i18n/language.ts';
import { ApplicantField } from './applicant-field.tsx';
import { CompletenessPanel } from './completeness-panel.tsx';
import { DocxButton } from './docx-button.tsx';
import { notesOf, type InitiativeNotes } from './initiative-notes.ts';
import { sectionLabel } from './initiative-labels.ts';
import { SectionNotes } from './section-notes.tsx';
import { StatusActions } from './status-actions.tsx';
import {
  BudgetField,
  CalendarPlanField,
  QuantitativeResultsField,
  TeamField,
} from './table-sections.tsx';
import { TasksField } from './tasks-field.tsx';
import { TextField, type TextFieldName } from './text-field.tsx';
import { useInitiative, useInitiativeNotes } from './use-initiative.ts';
import { VersionsPanel } from './versions-panel.tsx';
import './initiatives.css';

const LINES: readonly InitiativeSection[] = ['title', 'direction'];

/** The section's own control(s); `labelledBy` is its heading. */
function sectionBody(initiative: Initiative, section: InitiativeSection, labelledBy: string) {
  switch (section) {
    case 'tasks':
      return <TasksField initiative={initiative} labelledBy={labelledBy} />;
    case 'calendarPlan':
      return <CalendarPlanField initiative={initiative} />;
    case 'quantitativeResults':
      return <QuantitativeResultsField initiative={initiative} />;
    case 'budget':
      return <BudgetField initiative={initiative} />;
    case 'team':
      return <TeamField initiative={initiative} />;
    case 'startDate':
      return (
        <div class="date-pair">
          {(['startDate', 'endDate'] as const).map((field) => (
            <div key={field}>
              <p id={`${field}-label`} class="field-label">
                {t(field === 'startDate' ? 'initiatives.startDate' : 'initiatives.endDate')}
              </p>
              <TextField
                initiative={initiative}
                field={field}
                kind="date"
                labelledBy={`${field}-label`}
              />
            </div>
          ))}
        </div>
      );
    default:
      return (
        <TextField
          initiative={initiative}
          field={section satisfies TextFieldName}
          kind={LINES.includes(section) ? 'line' : 'text'}
          labelledBy={labelledBy}
        />
      );
  }
}

function Section(props: {
  initiative: Initiative;
  section: InitiativeSection;
  notes: InitiativeNotes;
}) {
  const { initiative, section } = props;
  const heading = `section-${section}`;
  return (
    <section class="initiative-section" aria-labelledby={heading} data-section={section}>
      <h2 id={heading}>{t(sectionLabel(section))}</h2>
      <div class="section-body">
        {sectionBody(initiative, section, heading)}
        <SectionNotes
          initiative={initiative}
          section={section}
          notes={notesOf(props.notes, section)}
        />
      </div>
    </section>
  );
}

function Frame({ children }: { children: ComponentChildren }) {
  return <div class="initiative">{children}</div>;
}

/** The whole application, one autosaved section after another, with notes beside each. */
export default function InitiativeEditor({ id }: { id: string }) {
  const initiative = useInitiative(id);
  const notes = useInitiativeNotes(id);
  if (initiative === undefined) return <p>{t('initiatives.loading')}</p>;
  if (initiative === null)
    return (
      <Frame>
        <h1>{t('initiatives.title')}</h1>
        <p>{t('initiatives.notFound')}</p>
        <a href="/initiatives">{t('initiatives.backToList')}</a>
      </Frame>
    );
  return (
    <Frame>
      <p class="initiative-links">
        <a href="/initiatives">{t('initiatives.backToList')}</a>
        <a href={`/initiatives/${id}/print`}>{t('initiatives.print')}</a>
        <DocxButton initiative={initiative} />
      </p>
      <h1>{initiative.title}</h1>
      <StatusActions initiative={initiative} />
      <CompletenessPanel initiative={initiative} />
      <ApplicantField initiative={initiative} />
      {INITIATIVE_SECTIONS.map((section) => (
        <Section key={section} initiative={initiative} section={section} notes={notes} />
      ))}
      <VersionsPanel initiative={initiative} />
    </Frame>
  );
}
