/**
 * The README's CLI synopsis, the overview (`exec-doc --help`) and each command's help cannot drift apart: the README
 * block is the overview's synopsis and exit codes, each command's Usage line is its synopsis, and every option the
 * parser lets a command take is in that synopsis and in that command's Options.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../helpers/fixtures.js';
import {
  checkCommandArgs,
  COMMAND_HELP,
  COMMAND_NAMES,
  EXIT_CODES,
  parseCli,
  SYNOPSIS,
  USAGE,
  UsageError,
} from '../../../src/cli/args.js';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The code block after the `<!-- cli-synopsis` marker. */
function readmeBlock(): string {
  const start = readme.indexOf('<!-- cli-synopsis');
  expect(start, 'README has a cli-synopsis marker').toBeGreaterThan(-1);
  const m = /```\n([\s\S]*?)```/.exec(readme.slice(start));
  expect(m, 'a code block follows the marker').not.toBeNull();
  return m![1]!;
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The synopsis of one command, wrapped lines joined: `generate --dag FILE ... [-q]`. */
function synopsisOf(command: string): string {
  const lines = SYNOPSIS.split('\n');
  const i = lines.findIndex((l) => l.startsWith(`exec-doc ${command} `));
  expect(i, command).toBeGreaterThan(-1);
  const block = [lines[i]!];
  for (const l of lines.slice(i + 1)) {
    if (!l.startsWith(' ')) break;
    block.push(l);
  }
  return oneLine(block.join(' '));
}

/** The options of a command's help: `[['--dag', 'FILE'], ['-o', '--output', 'FILE|-'], ...]` as flags. */
function helpOptions(command: string): { flags: string[] }[] {
  const help = COMMAND_HELP[command]!;
  const body = help.slice(help.indexOf('\nOptions:\n') + '\nOptions:\n'.length).split('\n\n')[0]!;
  return body
    .split('\n')
    .filter((l) => /^ {2}-|^ {6}--/.test(l))
    .map((l) => ({ flags: [...l.matchAll(/(?<=^|\s)(-[a-z]|--[a-z-]+)(?=[,\s]|$)/g)].map((m) => m[1]!) }));
}

/** Whether the parser lets `command` take the option `flag` (a value given when it needs one). */
function takes(command: string, flag: string, value: string): boolean {
  const positionals = { validate: ['a.json'], merge: ['a.json', 'b.json'], diff: ['a.json', 'b.json'] };
  const argv = [
    command,
    ...((positionals as Record<string, string[]>)[command] ?? []),
    ...(value === '' ? [flag] : [flag, value]),
  ];
  try {
    checkCommandArgs(parseCli(argv));
    return true;
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return !/is not an option of/.test(e.message);
  }
}

const ALL_OPTIONS: [string, string][] = [
  ['--dag', 'x'],
  ['--config', 'x'],
  ['--template', 'x'],
  ['--output', 'x'],
  ['--format', 'json'],
  ['--lenient', ''],
  ['--report', 'x'],
  ['--quiet', ''],
  ['--sagemaker-pipeline', 'x'],
  ['--aws-region', 'x'],
  ['--root', 'x'],
];

describe('the CLI synopsis', () => {
  it("README's CLI block is exactly the synopsis and the exit codes of exec-doc --help", () => {
    expect(readmeBlock()).toBe(`${SYNOPSIS}\n\n${EXIT_CODES}\n`);
    const indented = SYNOPSIS.split('\n')
      .map((l) => `  ${l}`)
      .join('\n');
    expect(USAGE).toContain(`\n\n${indented}\n\n`);
    expect(USAGE).toContain(`\n${EXIT_CODES}\n`);
  });

  it.each(COMMAND_NAMES)("%s --help opens with that command's synopsis", (command) => {
    const help = COMMAND_HELP[command]!;
    const usage = help.slice(0, help.indexOf('\n\n'));
    expect(usage.startsWith(`Usage: exec-doc ${command} `)).toBe(true);
    expect(oneLine(usage.slice('Usage: '.length))).toBe(synopsisOf(command));
  });

  it.each(COMMAND_NAMES)(
    '%s: the options the parser takes are those of its help, each in its synopsis',
    (command) => {
      const synopsis = synopsisOf(command);
      const listed = helpOptions(command);
      expect(listed.length).toBeGreaterThan(0);
      for (const { flags } of listed) {
        expect(
          flags.some((f) => new RegExp(`\\[${f}[ \\]]| ${f} `).test(synopsis)),
          `${flags.join(', ')} in ${synopsis}`,
        ).toBe(true);
      }
      // And the other way: nothing in the synopsis that the help does not list.
      const inSynopsis = [...synopsis.matchAll(/(?<=[[ ])(-[a-z]|--[a-z-]+)(?=[ \]]|$)/g)].map((m) => m[1]!);
      expect(inSynopsis.length).toBeGreaterThan(0);
      for (const f of inSynopsis)
        expect(
          listed.some((o) => o.flags.includes(f)),
          `${f} of ${synopsis}`,
        ).toBe(true);
      const longs = listed.map((o) => o.flags.find((f) => f.startsWith('--'))!);
      for (const [flag, value] of ALL_OPTIONS) {
        expect(takes(command, flag, value), `${command} ${flag}`).toBe(longs.includes(flag));
      }
    },
  );

  it('every command is in the overview and in the README', () => {
    for (const command of COMMAND_NAMES) {
      expect(USAGE).toMatch(new RegExp(`^ {2}${command} +\\S`, 'm'));
      expect(readmeBlock()).toContain(`exec-doc ${command} `);
    }
  });
});
