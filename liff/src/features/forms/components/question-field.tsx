// One question on screen, drawn for its kind; hidden questions never get here (the section lists only visible ones).
import type { AnswerValue, Question, SchoolListItem } from '@nithet/shared';
import { ChoiceQuestion } from './choice-question';
import { DateQuestion } from './date-question';
import type { NetworkOption } from '../api/get-choices';
import { NetworkQuestion, SchoolQuestion, type Lookup } from './pick-question';
import { RatingGridQuestion, RatingQuestion } from './rating-question';
import { TextQuestion } from './text-question';
import { errorsOf } from '../form-steps';

export interface Lookups {
  schools: Lookup<SchoolListItem[]>;
  networks: Lookup<NetworkOption[]>;
}

interface QuestionFieldProps {
  question: Question;
  value: AnswerValue | undefined;
  onChange: (questionId: string, value: AnswerValue | undefined) => void;
  error: string | undefined;
  itemErrors: Readonly<Record<string, string>>;
  lookups: Lookups;
}

export function QuestionField({ question, value, onChange, error, itemErrors, lookups }: QuestionFieldProps) {
  const props = { question, value, error, onChange: (v: AnswerValue | undefined) => onChange(question.id, v) };
  switch (question.kind) {
    case 'short-text':
    case 'long-text':
    case 'number':
      return <TextQuestion {...props} />;
    case 'single-choice':
    case 'multi-choice':
      return <ChoiceQuestion {...props} />;
    case 'rating':
      return <RatingQuestion {...props} />;
    case 'rating-grid':
      return <RatingGridQuestion {...props} itemErrors={itemErrors} />;
    case 'date':
      return <DateQuestion {...props} />;
    case 'school':
      return <SchoolQuestion {...props} schools={lookups.schools} />;
    case 'network':
      return <NetworkQuestion {...props} networks={lookups.networks} />;
  }
}

/** A section's questions, each with its own error (and its grid rows' errors) from a validation result's fields. */
export function SectionQuestions(props: {
  questions: readonly Question[];
  answers: Readonly<Record<string, AnswerValue>>;
  fields: Readonly<Record<string, string>>;
  onChange: QuestionFieldProps['onChange'];
  lookups: Lookups;
}) {
  return (
    <>
      {props.questions.map((q) => {
        const own = errorsOf(q, props.fields);
        return (
          <QuestionField
            key={q.id}
            question={q}
            value={props.answers[q.id]}
            onChange={props.onChange}
            error={own.own}
            itemErrors={own.items}
            lookups={props.lookups}
          />
        );
      })}
    </>
  );
}
