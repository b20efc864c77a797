/**
 * **Why?** under a gate's feedback: a button that opens the sentence of Python's documentation
 * behind the question, quoted (shipped with the site, `src/predict/docQuotes.ts`), and a link
 * to that page of docs.python.org. Nothing is fetched; opening the link is the learner's choice.
 * It sits beside the feedback's live region, not inside it, so opening it is not re-announced
 * as new feedback.
 *
 * @example {outcome && <WhyDisclosure gate={gate} choiceId={outcome.choiceId} />}
 */
import { useId, useState } from 'react';
import { docQuoteFor } from '../../predict/docQuotes';
import type { Gate } from '../../predict/gate';

export function WhyDisclosure({ gate, choiceId }: { gate: Gate; choiceId: string }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const quote = docQuoteFor(
    gate,
    gate.choices.find((c) => c.id === choiceId),
  );
  return (
    <div className="predict-why">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        Why?
      </button>
      <figure id={panelId} hidden={!open} className="predict-why-quote">
        <blockquote cite={quote.url}>
          <p>{quote.text}</p>
        </blockquote>
        <figcaption>
          Python documentation:{' '}
          <a href={quote.url} target="_blank" rel="noopener noreferrer">
            {quote.source}
          </a>
        </figcaption>
      </figure>
    </div>
  );
}
