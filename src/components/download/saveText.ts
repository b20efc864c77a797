import { saveBlob } from './saveBlob';

/**
 * Saves text as a file from the page itself (`saveBlob` with a UTF-8 text type). No request
 * leaves the browser.
 *
 * @example saveText('fetch-square.py', source, 'text/x-python')
 */
export function saveText(filename: string, text: string, type: string): void {
  saveBlob(filename, new Blob([text], { type: `${type};charset=utf-8` }));
}
