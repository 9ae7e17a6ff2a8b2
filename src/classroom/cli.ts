/**
 * The `classroom` command, shared by `npm run classroom` and the kit's bundled `classroom.mjs`:
 * reads the flags, starts the server for one room, prints where to go and opens the projector page.
 */

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startClassroom } from './server.ts';

const HELP = `Live classroom: phones vote in the role-plays, live on the projector.

Options:
  --lan        let phones on this network join (the server then listens on every interface)
  --port N     the port (default 4400)
  --no-open    do not open the projector page in the browser
  --help       this text`;

function openInBrowser(url: string) {
  const [command, ...args] =
    process.platform === 'darwin'
      ? ['open', url]
      : process.platform === 'win32'
        ? ['cmd', '/c', 'start', '""', url]
        : ['xdg-open', url];
  try {
    spawn(command, args, { stdio: 'ignore', detached: true })
      .on('error', () => {})
      .unref();
  } catch {}
}

export async function runClassroom(siteDir: string, argv: string[]): Promise<void> {
  if (argv.includes('--help')) {
    console.log(HELP);
    return;
  }
  const known = new Set(['--lan', '--port', '--no-open']);
  const unknown = argv.filter(
    (a, i) => a.startsWith('--') && !known.has(a) && argv[i - 1] !== '--port',
  );
  const portAt = argv.indexOf('--port');
  const port = portAt >= 0 ? Number(argv[portAt + 1]) : 4400;
  if (unknown.length || !Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(
      `classroom: ${
        unknown.length
          ? `unknown option ${unknown[0]}`
          : 'the port must be a number from 0 to 65535'
      }\n\n${HELP}`,
    );
    process.exitCode = 2;
    return;
  }
  if (!existsSync(join(siteDir, 'join.html'))) {
    console.error(`classroom: no built site in ${siteDir}: run \`npm run package\` first.`);
    process.exitCode = 1;
    return;
  }
  const lan = argv.includes('--lan');
  let room: Awaited<ReturnType<typeof startClassroom>>;
  try {
    room = await startClassroom({ siteDir, port, lan });
  } catch (error) {
    const busy = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
    console.error(
      `classroom: ${busy ? `port ${port} is in use; choose another with --port N` : (error as Error).message}`,
    );
    process.exitCode = 1;
    return;
  }
  if (lan)
    console.warn(
      'Warning: the classroom is open to this whole network. Anyone on it can open the join ' +
        'page;\n' +
        'only the room code lets them vote. Use it on a network you trust, and stop it (Ctrl+C) ' +
        'after class.',
    );
  else
    console.log(
      'Listening on this computer only: phones cannot join. Start with --lan to let them.',
    );
  console.log(`\nRoom code: ${room.hub.room.code}\nPhones join at: ${room.joinUrl}`);
  console.log(`Projector (keep this address to yourself): ${room.projectorUrl}\n`);
  if (!argv.includes('--no-open')) openInBrowser(room.projectorUrl);
  const stop = () => {
    console.log('\nClassroom closed: the votes are gone.');
    room.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
