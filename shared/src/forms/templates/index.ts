// The ready Thai templates written from the manual.
import type { FormDefinition } from '../definition';
import { FORM1_NEEDS_SURVEY } from './form1-needs-survey';
import { FORM2_MONITORING_EVALUATION } from './form2-monitoring-evaluation';
import { SEMINAR_EVALUATION_FORM } from './seminar-evaluation-form';

export { FORM1_NEEDS_SURVEY, FORM2_MONITORING_EVALUATION, SEMINAR_EVALUATION_FORM };
export { answersToSeminarEvaluation, seminarEvaluationToAnswers } from './seminar-evaluation-form';

/** Every template a supervisor can start from, in the manual's order. */
export const FORM_TEMPLATES: readonly FormDefinition[] = [FORM1_NEEDS_SURVEY, FORM2_MONITORING_EVALUATION, SEMINAR_EVALUATION_FORM];
