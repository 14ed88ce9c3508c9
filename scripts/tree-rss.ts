/**
 * `node --import tsx scripts/tree-rss.ts COMMAND [ARGS...]`: runs COMMAND and prints, on stderr when it ends,
 * `peak-tree-rss-kb N`: the highest sum of the resident memory of COMMAND and every process below it, sampled
 * every 100 ms from /proc (Linux). `/usr/bin/time`'s maximum RSS is that of the largest single process, which
 * understates a build that runs a step in a child process beside its parent. Exits with COMMAND's status.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_KB = 4;

/** A process's resident pages (field 24 of /proc/<pid>/stat), in KB; 0 once it has ended. */
function rssKb(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: the fields after its last ')' are fixed.
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[21]) * PAGE_KB;
  } catch {
    return 0;
  }
}

/** A process's children, from each of its threads' /proc/<pid>/task/<tid>/children (only this tree is read). */
function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

/** Resident memory of `root` and all its descendants, in KB. */
export function treeRssKb(root: number): number {
  let total = 0;
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    total += rssKb(pid);
    queue.push(...childrenOf(pid));
  }
  return total;
}

if (process.argv[1] === import.meta.filename) {
  const [command, ...args] = process.argv.slice(2);
  if (!command) throw new Error('usage: tree-rss.ts COMMAND [ARGS...]');
  const child = spawn(command, args, { stdio: 'inherit' });
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRssKb(child.pid!))), 100);
  child.on('exit', (code, signal) => {
    clearInterval(timer);
    process.stderr.write(`peak-tree-rss-kb ${peak}\n`);
    process.exit(code ?? (signal ? 1 : 0));
  });
}
