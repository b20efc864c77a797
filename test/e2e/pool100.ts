/**
 * 100 pool threads, each sleeping a different virtual time: the playground's "100-thread pool"
 * program, run by its browser test and timed by `npm run bench`.
 */
export const POOL_100 = [
  'import time',
  'from concurrent.futures import ThreadPoolExecutor, as_completed',
  'def job(n):',
  '    time.sleep(n / 100)',
  '    return n',
  'with ThreadPoolExecutor(max_workers=100) as ex:',
  '    done = [f.result() for f in as_completed([ex.submit(job, n) for n in range(100)])]',
  'print(len(done), done[:3], done[-1])',
  '',
].join('\n');

/** What CPython prints for it. */
export const POOL_100_PRINTS = '100 [0, 1, 2] 99\n';
