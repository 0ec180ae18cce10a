// School and network questions: the office's schools searched on the phone, and the networks I belong to; one or several.
import { useDeferredValue, useMemo, useState } from 'react';
import { matchesQuery, type AnswerValue, type SchoolListItem } from '@nithet/shared';
import { ApiErrorPanel, LoadingPanel } from '../../../components/status-panel';
import { th } from '../../../i18n/th';
import type { QueryState } from '../../../lib/use-query';
import type { NetworkOption } from '../api/get-choices';
import { SchoolChoiceText, SchoolSearchInput } from '../../registration/components/school-picker';
import { questionDomId } from '../form-steps';
import { OptionList, QuestionGroup, type OptionItem, type QuestionValueProps } from './question-group';

/** A phone screen's worth; typing narrows the rest. */
const MAX_SHOWN = 8;

export type Lookup<T> = QueryState<T> & { retry: () => void };

type PickProps = QuestionValueProps<AnswerValue>;

const pickedOf = (value: AnswerValue | undefined): string[] => (typeof value === 'string' ? [value] : Array.isArray(value) ? value : []);

/** One value (radio) or a list (checkboxes, the question's `multiple`). */
function toggled(multiple: boolean, value: AnswerValue | undefined, code: string, on: boolean): AnswerValue | undefined {
  if (!multiple) return code;
  const rest = pickedOf(value).filter((c) => c !== code);
  const next = on ? [...rest, code] : rest;
  return next.length > 0 ? next : undefined;
}

function LookupStatus({ lookup }: { lookup: Lookup<unknown> }) {
  if (lookup.status === 'loading') return <LoadingPanel />;
  if (lookup.status === 'error') return <ApiErrorPanel error={lookup.error} onRetry={lookup.retry} />;
  return null;
}

export function SchoolQuestion({ question, value, onChange, error, schools }: PickProps & { schools: Lookup<SchoolListItem[]> }) {
  const id = questionDomId(question.id);
  const multiple = question.multiple ?? false;
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const list = schools.status === 'success' ? schools.data : [];
  const picked = pickedOf(value);
  const shown = useMemo(() => {
    const chosen = list.filter((s) => picked.includes(s.code));
    const matches = list.filter((s) => !picked.includes(s.code) && matchesQuery(deferred, s.name, s.district, s.code));
    return [...chosen, ...matches.slice(0, MAX_SHOWN)];
  }, [list, picked, deferred]);
  const options: OptionItem[] = shown.map((s) => ({ value: s.code, label: <SchoolChoiceText school={s} /> }));
  const chosenNames = list.filter((s) => picked.includes(s.code)).map((s) => s.name);
  return (
    <QuestionGroup
      id={id}
      legend={question.label}
      required={question.required}
      help={question.help}
      error={error}
      className="school-options"
    >
      <LookupStatus lookup={schools} />
      {schools.status === 'success' ? (
        <>
          <label htmlFor={id} className="search-label">
            {th.forms.searchSchool}
          </label>
          <SchoolSearchInput
            id={id}
            value={query}
            onChange={setQuery}
            describedBy={`${id}-chosen`}
            controls={`${id}-list`}
            invalid={Boolean(error)}
          />
          <div id={`${id}-list`}>
            <OptionList
              firstId={`${id}-first`}
              name={id}
              type={multiple ? 'checkbox' : 'radio'}
              options={options}
              isChecked={(code) => picked.includes(code)}
              onToggle={(code, on) => onChange(toggled(multiple, value, code, on))}
              invalid={Boolean(error)}
              required={question.required}
            />
          </div>
          <p id={`${id}-chosen`} className="selected-school" aria-live="polite">
            {chosenNames.length > 0 ? th.forms.chosen(chosenNames.join(', ')) : th.forms.noneChosen}
          </p>
        </>
      ) : null}
    </QuestionGroup>
  );
}

export function NetworkQuestion({ question, value, onChange, error, networks }: PickProps & { networks: Lookup<NetworkOption[]> }) {
  const id = questionDomId(question.id);
  const multiple = question.multiple ?? false;
  const picked = pickedOf(value);
  const list = networks.status === 'success' ? networks.data : [];
  return (
    <QuestionGroup id={id} legend={question.label} required={question.required} help={question.help} error={error}>
      <LookupStatus lookup={networks} />
      {networks.status === 'success' && list.length === 0 ? <p>{th.forms.noNetworks}</p> : null}
      <OptionList
        firstId={id}
        name={id}
        type={multiple ? 'checkbox' : 'radio'}
        options={list.map((n) => ({ value: n.id, label: n.name }))}
        isChecked={(nid) => picked.includes(nid)}
        onToggle={(nid, on) => onChange(toggled(multiple, value, nid, on))}
        invalid={Boolean(error)}
        required={question.required}
      />
    </QuestionGroup>
  );
}
