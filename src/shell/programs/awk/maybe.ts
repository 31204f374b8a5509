// "Sync until async": the evaluator's functions return a plain value, or a promise only when a command
// (system(), `CMD | getline`, close() of a pipe) had to run beneath them. A node whose children all
// returned plain values finishes synchronously, so a program that runs no commands never awaits.

/** A value now, or a promise of it when a command ran. */
export type Maybe<T> = T | Promise<T>;

// Named andThen, not then: a module exporting `then` makes its namespace a thenable, which import() would call.
/** `f(v)`: at once when `v` is a plain value, after it settles when it is a promise. */
export function andThen<T, R>(v: Maybe<T>, f: (v: T) => Maybe<R>): Maybe<R> {
  return v instanceof Promise ? v.then(f) : f(v);
}

/** `f()`, with `handler` for what it throws or its promise rejects with. */
export function attempt<T>(f: () => Maybe<T>, handler: (e: unknown) => Maybe<T>): Maybe<T> {
  try {
    const r = f();
    return r instanceof Promise ? r.catch(handler) : r;
  } catch (e) {
    return handler(e);
  }
}

/** `f()`, then `after()` however it ends (a `finally` that also waits for a promise). */
export function always<T>(f: () => Maybe<T>, after: () => void): Maybe<T> {
  let r: Maybe<T>;
  try {
    r = f();
  } catch (e) {
    after();
    throw e;
  }
  if (r instanceof Promise) return r.finally(after);
  after();
  return r;
}
