/**
 * Remembers the results of a pure function, by a key made from its arguments. Forgets everything
 * once `max` keys are held, so a long-running app stays bounded; errors are never remembered.
 * Results are shared between callers, so objects are frozen.
 */
export function memoize<A extends unknown[], V>(fn: (...args: A) => V, keyOf: (...args: A) => string | number, max = 20_000): (...args: A) => V {
  const cache = new Map<string | number, V>();
  return (...args) => {
    const key = keyOf(...args);
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = fn(...args);
    if (cache.size >= max) cache.clear();
    cache.set(key, typeof value === 'object' && value !== null ? Object.freeze(value) : value);
    return value;
  };
}
