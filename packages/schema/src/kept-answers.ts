/**
 * A pure function of a string with its answers kept for the last `size` strings asked, the oldest dropped first when
 * full. Extract asks about a sentence's subject phrase from several constructions; normalize looks a place up for the
 * article's country, its admin1 context and its own resolution, and the same names recur across a corpus. Only for
 * answers that depend on the string (and data that never changes) alone, so keeping them changes only the time.
 */
export function keptAnswers<T>(answer: (key: string) => T, size = 2048): (key: string) => T {
  const answers = new Map<string, T>();
  return (key: string) => {
    if (answers.has(key)) return answers.get(key)!;
    const value = answer(key);
    if (answers.size >= size) answers.delete(answers.keys().next().value!);
    answers.set(key, value);
    return value;
  };
}
