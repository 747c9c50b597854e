/** What `f` throws, or null when it returns: for asserting on an error's fields, not only its message. */
export function thrown<E = unknown>(f: () => unknown): E | null {
  try {
    f();
  } catch (e) {
    return e as E;
  }
  return null;
}
