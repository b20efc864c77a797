/**
 * "Download Python" (`<scenario>.py`) and, for notebook scenarios, "Download notebook"
 * (`<scenario>.ipynb`). Files are made in the page (Blob + object URL): no network.
 *
 * @example <DownloadButtons run={scenarioRun} />
 */
import { notebookIpynb } from '../../scenarios/ipynb';
import type { ScenarioRun } from '../../scenarios/types';
import { saveText } from './saveText';
import './download.css';

export interface DownloadButtonsProps {
  run: Pick<ScenarioRun, 'id' | 'python' | 'cells'>;
}

export function DownloadButtons({ run }: DownloadButtonsProps) {
  return (
    <div className="download-buttons" role="group" aria-label="Download">
      <button
        type="button"
        title={`Save ${run.id}.py: run it with python3 to see the same output`}
        onClick={() => saveText(`${run.id}.py`, run.python, 'text/x-python')}
      >
        Download Python
      </button>
      {run.cells !== null && (
        <button
          type="button"
          title={`Save ${run.id}.ipynb for Jupyter`}
          onClick={() =>
            saveText(`${run.id}.ipynb`, notebookIpynb(run.id), 'application/x-ipynb+json')
          }
        >
          Download notebook
        </button>
      )}
    </div>
  );
}
