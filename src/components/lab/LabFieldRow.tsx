/**
 * One labelled text input of the Lab form, with its hint and its inline error messages
 * (linked by `aria-describedby`, so a screen reader reads them with the field).
 *
 * @example <LabFieldRow id="n" label="Numbers" hint="…" value="2,3" messages={[]} onChange={set} />
 */
export interface LabFieldRowProps {
  id: string;
  label: string;
  hint: string;
  value: string;
  messages: string[];
  onChange: (text: string) => void;
}

export function LabFieldRow({ id, label, hint, value, messages, onChange }: LabFieldRowProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const invalid = messages.length > 0;
  return (
    <div className="lab-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        spellCheck={false}
        autoComplete="off"
        value={value}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${errorId} ${hintId}` : hintId}
        onChange={(e) => onChange(e.target.value)}
      />
      <p id={hintId} className="lab-hint">
        {hint}
      </p>
      <div id={errorId} className="lab-error" aria-live="polite">
        {messages.map((m) => (
          <p key={m}>
            <span aria-hidden="true">⚠ </span>
            {m}
          </p>
        ))}
      </div>
    </div>
  );
}
