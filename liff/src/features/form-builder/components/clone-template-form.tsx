// ทำสำเนา: the copy's id (a–z 0–9 -) and title, checked on the phone; the server's Thai refusal (an id already used)
// shows on its field.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { FormField } from '../../../components/form-field';
import { FormFooter } from '../../../components/form-footer';
import { th } from '../../../i18n/th-staff';
import { asApiError, type ApiError } from '../../../lib/api-client';
import { cloneFormTemplate } from '../api/clone-form-template';
import type { TemplateSummary } from '../api/list-form-templates';

const t = th.formBuilder;

const cloneFormSchema = z.object({
  newId: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,60}$/),
  title: z.string().trim().min(1).max(300),
});
type CloneValues = z.infer<typeof cloneFormSchema>;
type CloneField = keyof CloneValues;
const FIELDS: readonly CloneField[] = ['newId', 'title'];

export function CloneTemplateForm({ source, onCloned }: { source: TemplateSummary; onCloned: (copy: TemplateSummary) => void }) {
  const { register, handleSubmit, setError, formState } = useForm<CloneValues>({
    resolver: zodResolver(cloneFormSchema),
    mode: 'onTouched',
    defaultValues: { newId: '', title: t.cloneDefaultTitle(source.title) },
  });
  const { errors, isSubmitting, submitCount, isValid } = formState;
  const [formError, setFormError] = useState<ApiError | null>(null);
  const message = (f: CloneField) => {
    const e = errors[f];
    if (!e) return undefined;
    return e.type === 'server' && e.message ? e.message : t.cloneErrors[f];
  };
  const id = (f: CloneField) => `clone-${source.templateId}-${f}`;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const copy = await cloneFormTemplate(source.templateId, values);
      onCloned({ templateId: copy.templateId, version: copy.version, title: copy.definition.title, kind: copy.definition.kind });
    } catch (err) {
      const apiError = asApiError(err);
      const fields = FIELDS.filter((f) => apiError.fields[f]);
      fields.forEach((f, i) => setError(f, { type: 'server', message: apiError.fields[f] }, { shouldFocus: i === 0 }));
      if (fields.length === 0) setFormError(apiError);
    }
  });

  return (
    <form className="form fb-clone" onSubmit={(e) => void onSubmit(e)} noValidate>
      <FormField id={id('newId')} label={t.cloneLabels.newId} required hint={t.cloneHints.newId} error={message('newId')}>
        {(aria) => (
          <input
            {...aria}
            {...register('newId')}
            className="input"
            type="text"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            inputMode="url"
          />
        )}
      </FormField>
      <FormField id={id('title')} label={t.cloneLabels.title} required error={message('title')}>
        {(aria) => <input {...aria} {...register('title')} className="input" type="text" autoComplete="off" />}
      </FormField>
      <FormFooter
        formError={formError}
        invalid={submitCount > 0 && !isValid}
        summary={t.fixErrors}
        submitLabel={t.cloneSubmit}
        submitting={isSubmitting}
      />
    </form>
  );
}
