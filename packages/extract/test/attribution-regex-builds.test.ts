/**
 * The attribution reader's per-sentence patterns stand at module level (src/attribution.ts, reporter-phrase.ts,
 * attribution-scope.ts): tsx rewrites a regex literal with a \p{...} escape into `new RegExp(...)` where it stands, so
 * one written inside a function was built anew at every call. Reading sentences written for this test (wire, UN
 * report, monitor toll, regional outlet; several wars) must run each as one
 * pattern object, not a new one at each call; and the sources read are the story's.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SourceMemory } from '../src/attribution.ts';

/** The patterns h-speed-r46 moved to module level, as their sources. */
const MOVED = [
  /^(?:the\s+)?((?:(?:\p{Lu}[\p{L}-]*|[\p{L}-]+-based)\s+){1,2})(\p{Ll}+)$/u,
  /^[Tt]he\s+((?:\p{Ll}+\s+){1,2})(\p{Ll}+)$/u,
  /(?:^|[,;:(])[\s•*·–-]*(\p{L}+)\s+$/u,
  /^\s*(?:\p{Ll}+ed\s+by|based\s+in|who|which)\b/u,
  /(?:\p{L}|\d)$/u,
  /^\p{Lu}[\p{L}'’-]+$/u,
  /\p{Lu}/u,
  /^(?:\p{Lu}|\d)/u,
  /^\p{Ll}/u,
  /^\p{Lu}/u,
  /^\s+(?:it|they|he|she|we|its|their|his|her|our)\s+\p{L}/u,
].map((re) => re.source);

const STORY = [
  'DAMASCUS, March 3 (Reuters) - Air strikes killed 14 civilians in Idlib province, the Syrian Observatory for Human Rights said.',
  'The British-based monitor said it had recorded 31 deaths since Sunday.',
  'Officially recorded deaths reached 900 in North Darfur, the Sudan Doctors Network said on Tuesday.',
  'Vadym Filashkin, the governor of Donetsk region, said shelling wounded six people in Kostiantynivka.',
  'Filashkin said two of the wounded were children.',
  'A local association, the Masisi Civil Society Committee, said 40 houses were burned.',
  'According to OCHA, some 12,000 people fled Kalehe territory last week.',
  'The rights group led by exiled lawyers told Myanmar Now that the junta had killed 22 villagers in Sagaing.',
];

const REAL_EXEC = RegExp.prototype.exec;
afterEach(() => {
  RegExp.prototype.exec = REAL_EXEC;
});

/**
 * What reading the story gives, and for each moved pattern the distinct pattern objects run while reading it: one
 * built at every call is a new object each time (`test` and `exec` both go through `exec` once it is replaced).
 */
function readCounting(): { read: string[][]; objects: Map<string, Set<RegExp>> } {
  const objects = new Map<string, Set<RegExp>>();
  RegExp.prototype.exec = function (this: RegExp, text: string) {
    if (MOVED.includes(this.source)) objects.set(this.source, (objects.get(this.source) ?? new Set()).add(this));
    return REAL_EXEC.call(this, text);
  };
  const memory = new SourceMemory();
  const read = STORY.map((s) => memory.read(s));
  RegExp.prototype.exec = REAL_EXEC;
  return { read, objects };
}

describe('the attribution reader builds its patterns once', () => {
  it('runs each moved pattern as one object while reading a story', () => {
    const { objects } = readCounting();
    expect(objects.size).toBeGreaterThan(0); // the story runs moved patterns
    const rebuilt = [...objects].filter(([, made]) => made.size > 1).map(([source]) => source);
    expect(rebuilt).toEqual([]);
  });

  it('reads the story’s sources', () => {
    const { read } = readCounting();
    expect(read[0]).toContain('Syrian Observatory for Human Rights');
    expect(read[3]!.join(' ')).toContain('Filashkin');
    expect(read[6]).toContain('OCHA');
  });
});
