/**
 * `f` answering each argument once: later calls with an equal argument (a string's value, an
 * object's identity) get the first answer back, `undefined` included. For pure functions over
 * one review's data; the memory lasts as long as the function returned does.
 */
export function memoized<K, V>(f: (key: K) => V): (key: K) => V {
  const answers = new Map<K, V>();
  return (key) => {
    if (answers.has(key)) return answers.get(key) as V;
    const answer = f(key);
    answers.set(key, answer);
    return answer;
  };
}
