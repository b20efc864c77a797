import type { ReactNode } from 'react';
import type { PlacedLabel } from '../../layout/labels';

/**
 * A label the layout placed on a lane: a box exactly where the model says, one line, never
 * wider. A shortened one shows its start and an ellipsis; its whole text is its tooltip and
 * what a screen reader reads.
 *
 * @example <LaneLabel label={placed} className="tl-callout" />
 */
export function LaneLabel({
  label,
  className,
  children,
  ...rest
}: {
  label: PlacedLabel;
  className: string;
  /** The whole text drawn richer (code in monospace); used only when it fits unshortened. */
  children?: ReactNode;
} & Record<`data-${string}`, unknown>) {
  const whole = label.text === label.full;
  return (
    <span
      className={`tl-lane-label ${className}`}
      style={{ left: label.x, width: label.w }}
      title={whole ? undefined : label.full}
      {...rest}
    >
      {whole ? (children ?? label.text) : <span aria-hidden="true">{label.text}</span>}
      {!whole && <span className="sr-only">{label.full}</span>}
    </span>
  );
}
