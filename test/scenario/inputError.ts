/** Test helper: the InputError a call throws (fails the test when it throws nothing else). */
import { InputError } from '../../src/scenario/index.ts';

export function inputErrorOf(call: () => unknown): InputError {
  try {
    call();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError, but the call returned');
}
