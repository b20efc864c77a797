/**
 * The Lab's parameter form. Controlled by `value` (the Lab on screen); typing edits a draft,
 * and Apply hands a validated `LabParams` to `onApply`. A bad value is explained beside its
 * field and nothing is applied, so the last valid run stays on screen.
 *
 * @example <LabForm value={lab} onApply={(next) => store.setLab(next)} />
 */
import { useId, useState, type FormEvent } from 'react';
import { labFieldsText, validateLabInput, type LabField } from '../../scenarios/lab-params';
import type { FieldError, LabParams } from '../../scenarios/types';
import { LabFieldRow } from './LabFieldRow';
import './lab.css';

export interface LabFormProps {
  /** The Lab parameters currently running. */
  value: LabParams;
  /** Called with valid parameters when the user applies the form. */
  onApply: (lab: LabParams) => void;
}

const HINTS: Record<LabField, string> = {
  numbers: 'Python int or float literals, comma-separated (at most 50), e.g. 2, -3, 2.5, 1e16',
  delays: 'Timer interval in seconds: one for all calls, or one per call, e.g. 3,1,2',
  outcomes: 'ok, fail, raise or cancel: one for all calls, or one per call',
  observe: '',
  timeout: 'Seconds for result(timeout=…); leave empty to wait as long as it takes',
};

export function LabForm({ value, onApply }: LabFormProps) {
  const idBase = useId();
  const [draft, setDraft] = useState(() => labFieldsText(value));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const valueKey = JSON.stringify(value);
  const [shownKey, setShownKey] = useState(valueKey);
  // A different Lab from outside (a link, the history) replaces the draft: adjust state while
  // rendering. Compared by content, so a parent that rebuilds an equal object loses nothing.
  if (shownKey !== valueKey) {
    setShownKey(valueKey);
    setDraft(labFieldsText(value));
    setErrors([]);
  }

  const edit = (field: LabField, text: string) => {
    setDraft((d) => ({ ...d, [field]: text }));
    // Once a field has a message, re-check as the user fixes it.
    if (errors.length) {
      const result = validateLabInput({ ...draft, [field]: text });
      setErrors(result.ok ? [] : result.errors);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validateLabInput(draft);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors([]);
    onApply(result.lab);
  };

  const messagesFor = (field: LabField) =>
    errors.filter((e) => e.field === field).map((e) => e.message);
  const row = (field: LabField, label: string) => (
    <LabFieldRow
      id={`${idBase}-${field}`}
      label={label}
      hint={HINTS[field]}
      value={draft[field]}
      messages={messagesFor(field)}
      onChange={(text) => edit(field, text)}
    />
  );

  return (
    <form className="lab-form" aria-label="Lab parameters" onSubmit={submit} noValidate>
      {row('numbers', 'Numbers')}
      {row('delays', 'Timer intervals (s)')}
      {row('outcomes', 'Outcomes')}
      <div className="lab-field">
        <label htmlFor={`${idBase}-observe`}>Observe results with</label>
        <select
          id={`${idBase}-observe`}
          value={draft.observe}
          onChange={(e) => edit('observe', e.target.value)}
        >
          <option value="callbacks">callbacks (completion order)</option>
          <option value="result">result() (call order)</option>
          <option value="both">both</option>
        </select>
      </div>
      {row('timeout', 'Timeout for result() (s)')}
      <button type="submit">Apply</button>
    </form>
  );
}
