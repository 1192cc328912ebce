import { useState, type Dispatch, type SetStateAction } from 'react';

/**
 * Local state rebuilt whenever `key` changes (compared by identity), during render rather than
 * in an effect, so the canvas never draws one frame of stale cards. `build` gets the state and
 * key it replaces (to keep what is selected, for example). Between changes of `key` the state
 * is the component's own: React Flow moves and selects cards in it.
 */
export function useRebuiltState<Key, State>(
  key: Key,
  build: (previous: State | undefined, previousKey: Key | undefined) => State,
): [State, Dispatch<SetStateAction<State>>] {
  const [state, setState] = useState<State>(() => build(undefined, undefined));
  // Boxed: a key may be a function, which useState would call.
  const [builtFor, setBuiltFor] = useState<{ readonly key: Key }>(() => ({ key }));
  if (!Object.is(builtFor.key, key)) {
    setBuiltFor({ key });
    setState(build(state, builtFor.key));
  }
  return [state, setState];
}
