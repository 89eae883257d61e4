/**
 * A bounded memo of a pure function of a string: the same few names and terms recur through an
 * article, so their answers are remembered; past `limit` keys the memo starts afresh, so a long
 * run of articles never grows it without end.
 */
export function boundedMemo<T>(compute: (key: string) => T, limit: number): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    const found = known.get(key);
    if (found !== undefined || known.has(key)) return found as T;
    const value = compute(key);
    if (known.size >= limit) known.clear();
    known.set(key, value);
    return value;
  };
}
