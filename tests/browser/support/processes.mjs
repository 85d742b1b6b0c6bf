// The real programs, run from Node: the palier CLI and palier-hub commands to their end, and the
// hub serving on 127.0.0.1 for as long as the test needs it.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';

// Runs a command to its end; `input` goes to its standard input. Throws on a non-zero exit.
export function run(program, args, input = '') {
  const r = spawnSync(program, args, { input, encoding: 'utf8', timeout: 120_000 });
  if (r.error) throw r.error;
  if (r.status !== 0)
    throw new Error(`${program} ${args.join(' ')} exited with ${r.status}\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

// The hub runs under a small shell that holds the read end of a pipe from this process: when
// this process ends, however it ends (a failed assertion, ctest's timeout, SIGKILL), the pipe
// closes, `read` returns and the shell stops the hub. No hub outlives its test.
const kWatchdog = '"$@" </dev/null & hub=$!; read _; kill -TERM "$hub" 2>/dev/null; wait "$hub"';

// Starts `palier-hub --data DIR --listen 127.0.0.1:0 --now NOW` and resolves once it says where
// it listens: { url, stop() }. Its log (a line per request) goes to the file `logPath`, not to a
// pipe, which would fill up and block the hub while this process waits on a command.
export function startHub(hubBinary, dataDir, now, logPath) {
  const args = [hubBinary, '--lang', 'en', '--data', dataDir, '--listen', '127.0.0.1:0', '--now', now];
  const logFd = openSync(logPath, 'w');
  const child = spawn('sh', ['-c', kWatchdog, 'palier-hub', ...args], {
    stdio: ['pipe', 'pipe', logFd],
  });
  closeSync(logFd);
  let out = '';
  const log = () => readFileSync(logPath, 'utf8');
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const stop = async () => {
    child.stdin.end();
    const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(killer);
  };
  return new Promise((resolve, reject) => {
    let listening = false;
    const fail = (why) => {
      if (listening) return;
      clearTimeout(timer);
      stop();
      reject(new Error(`${why}\n${out}${log()}`));
    };
    const timer = setTimeout(() => fail('the hub did not say where it listens within 20 s'), 20_000);
    exited.then(() => fail('the hub stopped before listening'));
    child.stdout.on('data', (d) => {
      out += d;
      // "palier-hub listening on http://127.0.0.1:PORT"
      const m = out.match(/(http:\/\/127\.0\.0\.1:\d+)\s*\n/);
      if (!m || listening) return;
      listening = true;
      clearTimeout(timer);
      resolve({ url: m[1], stop });
    });
  });
}
