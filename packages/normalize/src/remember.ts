/**
 * A pure function of a string, remembered: normalize asks the same questions again and again (every mention of a
 * place is looked up for the article's country, its admin1 context and its own resolution; the same names recur
 * across a corpus's articles), and the answer depends on the string alone. The memory is emptied when it holds `kept`
 * answers, so it stays bounded whatever the run's size; emptying changes only the time, never an answer.
 */
export function remembered<T>(compute: (key: string) => T, kept = 20_000): (key: string) => T {
  const answers = new Map<string, T>();
  return (key: string): T => {
    const known = answers.get(key);
    if (known !== undefined || answers.has(key)) return known as T;
    if (answers.size >= kept) answers.clear();
    const answer = compute(key);
    answers.set(key, answer);
    return answer;
  };
}
