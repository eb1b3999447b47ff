// `study-notes check --fix` raced by an editor's saves, by the hundred: how many saves the run loses, in
// both ways editors save. `node --import tsx scripts/race-fix.ts [races per style, default 300] [built
// CLI, default dist/cli.js]` after `npm run build`; the suite's cliFix test runs 25 of each.
import path from 'node:path';
import { raceFix, type SaveStyle } from '../test/support/fixRace';

const races = Number(process.argv[2] ?? 300);
const cli = path.resolve(process.argv[3] ?? path.join(__dirname, '../dist/cli.js'));
const perRun = 50;

async function main(): Promise<void> {
  for (const style of ['atomic', 'in-place'] as SaveStyle[]) {
    const total = { saves: 0, detected: 0, lost: 0, leftovers: 0 };
    for (let done = 0; done < races; done += perRun) {
      const race = await raceFix(cli, Math.min(perRun, races - done), style);
      total.saves += race.saves;
      total.detected += race.detected;
      total.lost += race.lost.length;
      total.leftovers += race.leftovers.length;
    }
    console.log(`${style}: ${total.lost} of ${total.saves} saves lost, ${total.detected} found changed during the run, ${total.leftovers} files left beside the notes`);
  }
}

void main();
