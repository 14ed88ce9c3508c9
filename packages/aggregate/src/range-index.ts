/**
 * Answers, for the ranges of many facts, "does a fact of another article have a range that meets [low, high]" in
 * log time: the ranges sorted by their low end, with, for each prefix, the highest high end and the highest high end
 * of any other article than that one's (the best of another article is all a question needs when its own article
 * holds the best).
 */

/** Up to two distinct article ids: enough to tell whether any of them differs from a given one. */
export class TwoArticles {
  private first: string | undefined;
  private second: string | undefined;

  add(article: string): void {
    if (this.first === undefined) this.first = article;
    else if (this.second === undefined && article !== this.first) this.second = article;
  }

  hasOtherThan(article: string): boolean {
    return this.second !== undefined || (this.first !== undefined && this.first !== article);
  }
}

interface Entry {
  low: number;
  high: number;
  article: string;
}

export class RangeIndex {
  private entries: Entry[] = [];
  private lows: number[] = [];
  private bestHigh: number[] = [];
  private bestArticle: (string | undefined)[] = [];
  /** The highest high end among the prefix's other articles than bestArticle. */
  private secondHigh: number[] = [];

  add(low: number, high: number, article: string): void {
    this.entries.push({ low, high, article });
  }

  /** Sorts and builds the prefix maxima; call once after the last add. */
  seal(): void {
    this.entries.sort((a, b) => a.low - b.low);
    let best = -Infinity;
    let bestArticle: string | undefined;
    let second = -Infinity;
    for (const e of this.entries) {
      if (e.article === bestArticle) best = Math.max(best, e.high);
      else if (e.high > best) [second, best, bestArticle] = [best, e.high, e.article];
      else second = Math.max(second, e.high);
      this.lows.push(e.low);
      this.bestHigh.push(best);
      this.bestArticle.push(bestArticle);
      this.secondHigh.push(second);
    }
    this.entries = [];
  }

  /** Whether a range of another article than `article` has low <= high and high end >= low. */
  meets(low: number, high: number, article: string): boolean {
    const last = this.lastAtMost(high);
    if (last < 0) return false;
    const top = this.bestArticle[last] === article ? this.secondHigh[last]! : this.bestHigh[last]!;
    return top >= low;
  }

  /** Index of the last entry whose low end is <= value, -1 when none. */
  private lastAtMost(value: number): number {
    let lo = 0;
    let hi = this.lows.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.lows[mid]! <= value) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}
