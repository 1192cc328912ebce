import { useState, type Dispatch, type SetStateAction } from 'react';

function sameInputs(left: readonly unknown[], right: readonly unknown[]): boolean {
  return left.length === right.length && left.every((value, index) => Object.is(value, right[index]));
}

/**
 * Local state rebuilt whenever one of `inputs` changes (compared by identity), during render
 * rather than in an effect, so the canvas never draws one frame of stale cards. `build` gets
 * the state and inputs it replaces (to keep what is selected, for example). Between changes
 * the state is the component's own: React Flow moves and selects cards in it.
 */
export function useRebuiltState<Inputs extends readonly unknown[], State>(
  inputs: Inputs,
  build: (previous: State | undefined, previousInputs: Inputs | undefined) => State,
): [State, Dispatch<SetStateAction<State>>] {
  const [state, setState] = useState<State>(() => build(undefined, undefined));
  // Boxed: an input may be a function, which useState would call.
  const [builtFor, setBuiltFor] = useState<{ readonly inputs: Inputs }>(() => ({ inputs }));
  if (!sameInputs(builtFor.inputs, inputs)) {
    setBuiltFor({ inputs });
    setState(build(state, builtFor.inputs));
  }
  return [state, setState];
}
