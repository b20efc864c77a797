/**
 * The seed's fetch_square program (cells In [1], [9], [12] and [13], verbatim): what the
 * playground's editor starts with.
 *
 * @example
 *   <Playground initialSource={SEED_PROGRAM} … />
 */
import seed from './seed_fetch_square.py?raw';

export const SEED_PROGRAM: string = seed;
