import { memo, useId } from 'react';
import { formatSeconds } from '../../core/seconds';
import type { Trace, VirtualUs } from '../../core/trace';
import { sliderKeyAction, type SliderMoves } from './sliderKeys';
import { TICKS_WIDTH, ticksPath, tickXs } from './eventTicks';

export interface TimeSliderProps {
  trace: Trace;
  t: VirtualUs;
  /** The current step's index (0-based) and how many steps the story has, for the words. */
  step: number;
  steps: number;
  moves: SliderMoves;
}

/**
 * The Time slider, linear in virtual time: its value is the playhead in µs, from 0 to the
 * run's end, so a click or drag at x % of its width seeks to x % of the run (the whole instant
 * there), with its readout beside it. Its keys walk the story's steps instead, with Shift+arrow for 0.1 s (`sliderKeys.ts`).
 * The value reaches the max exactly at the end, which the bench and e2e tests wait for.
 *
 * @example <TimeSlider trace={trace} t={t} step={3} steps={40} moves={player.getState()} />
 */
export function TimeSlider({ trace, t, step, steps, moves }: TimeSliderProps) {
  const id = useId();
  const seconds = formatSeconds(t, 3);
  // Label, track and readout are siblings (not one <label> around all), so a phone can put
  // the label and readout on one row and give the track the whole width of the next.
  return (
    <div className="time-slider">
      <label className="time-label" htmlFor={id}>
        Time
      </label>
      <span className="time-track">
        <input
          id={id}
          type="range"
          min={0}
          max={trace.end}
          step={1}
          value={t}
          title="← → previous or next event · Shift+← → 0.1 s · Home, End"
          aria-valuetext={`${seconds} s, step ${step + 1} of ${steps}`}
          onChange={(e) => moves.seek(Number(e.currentTarget.value) as VirtualUs)}
          onKeyDown={(e) => {
            const move = sliderKeyAction(e, t, moves);
            if (!move) return;
            e.preventDefault();
            move();
          }}
        />
        <EventTicks trace={trace} />
      </span>
      <output className="time-readout" htmlFor={id} aria-label="Playhead time">
        {seconds} s
      </output>
    </div>
  );
}

/**
 * A tick under the Time slider at each time a step starts, placed at that time. Drawn by us,
 * once per trace, as one SVG path, rather than by a <datalist>: Chromium repaints a datalist's
 * ticks with the thumb on every frame (2 ms a frame for a 50-call Lab at 8×), and React would
 * reconcile every <option> each frame too.
 */
const EventTicks = memo(function EventTicks({ trace }: { trace: Trace }) {
  const xs = tickXs(trace);
  if (xs.length < 2) return null;
  return (
    <svg
      className="time-ticks"
      viewBox={`0 0 ${TICKS_WIDTH} 1`}
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
      data-testid="event-ticks"
    >
      <path d={ticksPath(xs)} vectorEffect="non-scaling-stroke" />
    </svg>
  );
});
