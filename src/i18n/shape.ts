// The shape a translation must have: the same keys as the Dutch original (kept `as const`), any string as the value.
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
