// A question as a card: its number, wording, kind, required and show-if at a glance, ขึ้น / ลง / แก้ไข / ลบ, and its
// settings opened in place. Problems show on the card whether it is open or not.
import { questionKindLabels, type Question } from '@nithet/shared';
import { ConfirmAction } from '../../../components/confirm-action';
import { th } from '../../../i18n/th-staff';
import type { Direction } from '../builder-edits';
import { domIdOf, questionCard } from '../builder-errors';
import { describeShowIf } from '../show-if-view';
import { CardErrors, EditToggle, listedErrors } from './card-parts';
import { MoveButtons } from './move-buttons';
import { QuestionEditor } from './question-editor';

const t = th.formBuilder;

/** Fields the open editor shows next to their control; the rest stay listed on the card. */
const EDITED = /^(label|help|min|max|maxLength|minDate|maxDate|scale|options|items|showIf)(\.|$)/;

export interface QuestionCardProps {
  question: Question;
  number: number;
  canUp: boolean;
  canDown: boolean;
  open: boolean;
  errors: Readonly<Record<string, string>>;
  /** Questions and sections shown only by an answer to this one (their conditions go with it). */
  dependents: number;
  earlier: readonly Question[];
  all: readonly Question[];
  onChange: (question: Question) => void;
  onMove: (dir: Direction) => void;
  onRemove: () => void;
  onToggle: () => void;
  focus: (id: string) => void;
}

export function QuestionCard(props: QuestionCardProps) {
  const { question, number, open, errors } = props;
  const base = domIdOf(questionCard(question.id));
  const what = t.question(number);
  const listed = listedErrors(errors, open, EDITED);
  const toggle = <EditToggle open={open} what={what} controls={`${base}-editor`} onToggle={props.onToggle} />;

  return (
    <li className={listed.length || (open && Object.keys(errors).length) ? 'card fb-card fb-card-invalid' : 'card fb-card'}>
      <h3 id={`${base}-heading`} tabIndex={-1} className="fb-card-title">
        <span className="fb-number">{what}</span> {question.label.trim() || t.noLabel}
      </h3>
      <ul className="tags">
        <li className="tag">
          <span className="visually-hidden">{t.kind}: </span>
          {questionKindLabels[question.kind]}
        </li>
        {question.required ? <li className="tag tag-member">{t.requiredTag}</li> : null}
      </ul>
      {question.showIf ? <p className="hint">{t.showIf.shown(describeShowIf(question.showIf, props.all))}</p> : null}
      <CardErrors errors={listed} />
      <div className="fb-tools">
        <MoveButtons base={base} what={what} canUp={props.canUp} canDown={props.canDown} onMove={props.onMove} />
        {toggle}
        <ConfirmAction
          label={t.actions.remove}
          accessibleLabel={t.named(t.actions.remove, what)}
          question={t.removeQuestionConfirm(what, question.label.trim() || t.noLabel, props.dependents)}
          confirmLabel={t.removeYes}
          onConfirm={props.onRemove}
        />
      </div>
      <div id={`${base}-editor`}>
        {open ? (
          <>
            <QuestionEditor
              base={base}
              question={question}
              errors={errors}
              earlier={props.earlier}
              all={props.all}
              onChange={props.onChange}
              focus={props.focus}
            />
            <div className="fb-tools">{toggle}</div>
          </>
        ) : null}
      </div>
    </li>
  );
}
