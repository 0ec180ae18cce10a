// One question's settings: its wording, help and required flag; choices (with อื่น ๆ) or grid rows; a rating's scale;
// a number's range, a text's length, a date's first and last day; several schools or networks; and when it shows.
// Every field's id starts with the card's, for error links.
import { CHOICE_KINDS, DEFAULT_MAX_LENGTH, type ChoiceOption, type GridItem, type Question } from '@nithet/shared';
import { FormField } from '../../../components/form-field';
import { th } from '../../../i18n/th-staff';
import { valueFromLabel, withFields } from '../builder-edits';
import { under } from '../builder-errors';
import { DateBoundField } from './date-bound-field';
import { CheckField, TextField } from './fields';
import { ListEditor } from './list-editor';
import { NumberInput } from './number-input';
import { ScaleEditor } from './scale-editor';
import { ShowIfEditor } from './show-if-editor';

const t = th.formBuilder;

export interface QuestionEditorProps {
  base: string;
  question: Question;
  errors: Readonly<Record<string, string>>;
  earlier: readonly Question[];
  all: readonly Question[];
  onChange: (question: Question) => void;
  focus: (id: string) => void;
}

export function QuestionEditor({ base, question, errors, earlier, all, onChange, focus }: QuestionEditorProps) {
  const set = (patch: Partial<Question>) => onChange(withFields(question, patch));

  return (
    <div className="fb-editor">
      <TextField
        id={`${base}-label`}
        label={t.fields.label}
        required
        rows={2}
        value={question.label}
        error={errors.label}
        onChange={(label) => set({ label })}
      />
      <TextField
        id={`${base}-help`}
        label={t.fields.help}
        optional
        value={question.help ?? ''}
        error={errors.help}
        onChange={(help) => set({ help: help || undefined })}
      />
      <CheckField label={t.fields.required} checked={question.required} onChange={(required) => set({ required })} />

      {CHOICE_KINDS.includes(question.kind) ? (
        <>
          <ListEditor<ChoiceOption & { key: string }>
            idBase={`${base}-options`}
            legend={t.fields.options}
            rowLabel={t.fields.option}
            newLabel={t.fields.newOption}
            addLabel={t.fields.addOption}
            entries={(question.options ?? []).map((o) => ({ ...o, key: o.value }))}
            errors={under(errors, 'options')}
            onChange={(rows) => set({ options: rows.map(({ value, label }) => ({ value, label })) })}
            make={(label) => {
              const value = valueFromLabel(
                label,
                'o',
                (question.options ?? []).map((o) => o.value),
              );
              return { key: value, value, label };
            }}
            focus={focus}
          />
          <CheckField
            label={t.fields.allowOther}
            checked={Boolean(question.allowOther)}
            onChange={(on) => set({ allowOther: on || undefined })}
          />
        </>
      ) : null}

      {question.kind === 'rating-grid' ? (
        <ListEditor<GridItem & { key: string }>
          idBase={`${base}-items`}
          legend={t.fields.items}
          rowLabel={t.fields.item}
          newLabel={t.fields.newItem}
          addLabel={t.fields.addItem}
          entries={(question.items ?? []).map((i) => ({ ...i, key: i.id }))}
          errors={under(errors, 'items')}
          onChange={(rows) => set({ items: rows.map(({ id, label }) => ({ id, label })) })}
          make={(label) => {
            const id = valueFromLabel(
              label,
              'i',
              (question.items ?? []).map((i) => i.id),
            );
            return { key: id, id, label };
          }}
          focus={focus}
        />
      ) : null}

      {question.kind === 'rating' || question.kind === 'rating-grid' ? (
        <ScaleEditor base={base} question={question} errors={under(errors, 'scale')} onChange={(scale) => set({ scale })} />
      ) : null}

      {question.kind === 'date'
        ? (['minDate', 'maxDate'] as const).map((key) => (
            <DateBoundField
              key={key}
              id={`${base}-${key}`}
              legend={t.fields[key]}
              value={question[key]}
              error={errors[key]}
              onChange={(day) => set({ [key]: day })}
            />
          ))
        : null}

      {question.kind === 'short-text' || question.kind === 'long-text' ? (
        <FormField
          id={`${base}-maxLength`}
          label={t.fields.maxLength}
          optional
          hint={t.fields.maxLengthHint(DEFAULT_MAX_LENGTH[question.kind])}
          error={errors.maxLength}
        >
          {(aria) => <NumberInput {...aria} value={question.maxLength} onChange={(n) => set({ maxLength: n })} />}
        </FormField>
      ) : null}

      {question.kind === 'number' || question.kind === 'multi-choice' ? (
        <div className="fb-range">
          {(['min', 'max'] as const).map((key) => (
            <FormField
              key={key}
              id={`${base}-${key}`}
              label={question.kind === 'number' ? t.fields[key] : t.fields.choices[key]}
              optional
              hint={t.fields.rangeHint}
              error={errors[key]}
            >
              {(aria) => <NumberInput {...aria} value={question[key]} onChange={(n) => set({ [key]: n })} />}
            </FormField>
          ))}
        </div>
      ) : null}
      {question.kind === 'number' ? (
        <CheckField label={t.fields.integer} checked={Boolean(question.integer)} onChange={(on) => set({ integer: on || undefined })} />
      ) : null}

      {question.kind === 'school' || question.kind === 'network' ? (
        <CheckField label={t.fields.multiple} checked={Boolean(question.multiple)} onChange={(on) => set({ multiple: on || undefined })} />
      ) : null}

      <ShowIfEditor
        idBase={base}
        legend={t.showIf.legend}
        showIf={question.showIf}
        earlier={earlier}
        all={all}
        errors={under(errors, 'showIf')}
        onChange={(showIf) => set({ showIf })}
        focus={focus}
      />
    </div>
  );
}
