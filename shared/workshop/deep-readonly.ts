/**
 * Makes a parsed document type read-only all the way down, so that documents are changed
 * only by building new values (which keeps undo, autosave and React renders honest).
 * Primitives (including branded id strings) are left as they are.
 */
export type DeepReadonly<Value> = Value extends string | number | boolean | bigint | symbol | null | undefined
  ? Value
  : Value extends readonly (infer Item)[]
    ? readonly DeepReadonly<Item>[]
    : { readonly [Key in keyof Value]: DeepReadonly<Value[Key]> };
