/** A hand-annotated gold fact, in the format of shared/gold/README.md. */
export interface GoldFact {
  id: string;
  article: string;
  kind: string;
  required: boolean;
  quote: string;
  category: string;
  group?: string;
  actor?: string;
  count?: { low: number; best: number; high: number };
  unit?: string;
  vague?: boolean;
  places?: string[][];
  admin1?: string[];
  period?: [string, string];
  cumulative?: boolean;
  reported_by?: string[];
  date_tolerance_days?: number;
}

export function parseGold(text: string, source = 'gold'): GoldFact[] {
  return text
    .split('\n')
    .map((line, i) => [line.trim(), i + 1] as const)
    .filter(([line]) => line !== '')
    .map(([line, n]) => {
      try {
        return JSON.parse(line) as GoldFact;
      } catch {
        throw new Error(`${source}:${n}: not valid JSON`);
      }
    });
}
