// The real-browser check of the workbench's notebooks, run by `./workbench test` (and `./workbench browser-check`).
//
// It starts `./workbench notebook` on a free port with a token (serving copies of the notebooks, so nothing in
// notebooks/ changes), and in headless Chromium:
//   - opens each notebook given, runs all cells from the Cell menu, and checks that every code cell executed without
//     an error output and that HTML tables and PNG images rendered in the page;
//   - opens a kernel and restarts it (10 times in all); each must be ready within 10 s;
//   - interrupts a running `while (true) {}` cell from the Kernel menu (stopped within 2 s), then evaluates `1 + 1`
//     and sees 2;
//   - saves a screenshot of each page under out/ui/, and stops every process it started (server, kernels, browser).
// Prints one line per check and ends with `browser check: passed` or `browser check: FAILED (...)`; exit status 0
// only when everything passed.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const READY_LIMIT_S = 10;
const INTERRUPT_LIMIT_S = 2;
const SERVER_START_LIMIT_S = 120;
const NOTEBOOK_LIMIT_S = 600;
const PAGE_LIMIT_S = 60;
let OUT_DIR = 'out/ui';

function parseArgs(argv) {
  const args = { notebooks: [], starts: 10, chromium: '/usr/bin/chromium', out: 'out/ui', root: process.cwd() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--root') args.root = value();
    else if (a === '--out') args.out = value();
    else if (a === '--chromium') args.chromium = value();
    else if (a === '--starts') args.starts = Number(value());
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else args.notebooks.push(a);
  }
  if (!Number.isInteger(args.starts) || args.starts < 1) throw new Error('--starts must be a positive whole number');
  return args;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const seconds = (ms) => (ms / 1000).toFixed(2);

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForServer(base, token, server, logFile) {
  const deadline = Date.now() + SERVER_START_LIMIT_S * 1000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`./workbench notebook exited with status ${server.exitCode}; see ${logFile}`);
    }
    try {
      const res = await fetch(`${base}/api/status?token=${token}`);
      if (res.ok) return;
    } catch (e) {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`the Notebook server did not answer within ${SERVER_START_LIMIT_S} s; see ${logFile}`);
}

/** A notebook with the given code cells and the project's Java kernel in its metadata. */
function scratchNotebook(cells) {
  return JSON.stringify({
    cells: cells.map((source) => ({ cell_type: 'code', execution_count: null, metadata: {}, outputs: [], source })),
    metadata: { kernelspec: { name: 'java', display_name: 'Java (workbench)', language: 'java' } },
    nbformat: 4,
    nbformat_minor: 5,
  }, null, 1);
}

/**
 * Opens a notebook page; resolves with the page and the kernel's ready time: from the page's request that starts the
 * kernel (POST /api/sessions) until the kernel answered the page's one kernel_info_request. The page itself (its
 * scripts, MathJax) may take longer to load; that is bounded separately.
 */
async function openNotebook(browser, base, token, name) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  page.on('dialog', (d) => d.accept().catch(() => {}));
  let sessionRequested = null;
  page.on('request', (r) => {
    if (sessionRequested === null && r.method() === 'POST' && r.url().includes('/api/sessions')) {
      sessionRequested = Date.now();
    }
  });
  try {
    await page.goto(`${base}/notebooks/${encodeURIComponent(name)}?token=${token}`, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => window.Jupyter && Jupyter.notebook && Jupyter.notebook._fully_loaded,
      { timeout: PAGE_LIMIT_S * 1000, polling: 50 }).catch(() => {
      throw new Error(`the page did not load within ${PAGE_LIMIT_S} s`);
    });
    await page.waitForFunction(() => Jupyter.notebook.kernel
        && Object.keys(Jupyter.notebook.kernel.info_reply || {}).length > 0,
      { timeout: (READY_LIMIT_S + PAGE_LIMIT_S) * 1000, polling: 50 });
    const ready = Date.now() - (sessionRequested ?? Date.now());
    if (sessionRequested === null) throw new Error('the page never asked the server for a kernel');
    if (ready > READY_LIMIT_S * 1000) {
      throw new Error(`the kernel was ready ${seconds(ready)} s after the page asked for it, over ${READY_LIMIT_S} s`);
    }
    await page.evaluate(() => Jupyter.notebook.set_autosave_interval(0));
    return { page, ready };
  } catch (e) {
    await screenshot(page, path.join(OUT_DIR, name.replace(/\.ipynb$/, '.png'))).catch(() => {});
    await shutdownKernel(page);
    await page.close().catch(() => {});
    throw e;
  }
}

/** The whole notebook in one image (the page scrolls inside #site, so the viewport grows to its height first). */
async function screenshot(page, file) {
  const height = await page.evaluate(() => {
    const nb = document.querySelector('#notebook');
    return nb ? nb.scrollHeight + 150 : 900;
  }).catch(() => 900);
  await page.setViewport({ width: 1200, height: Math.min(Math.max(height, 900), 30000) });
  await sleep(300); // the page re-lays out #site on resize
  await page.screenshot({ path: file });
  await page.setViewport({ width: 1200, height: 900 });
}

async function clickMenu(page, menuId, itemId) {
  await page.click(`#${menuId}`);
  await page.waitForSelector(`#${itemId} a`, { visible: true, timeout: 5000 });
  await page.click(`#${itemId} a`);
}

async function runNotebook(browser, base, token, name, outDir, readyTimes) {
  const t0 = Date.now();
  const { page, ready } = await openNotebook(browser, base, token, name);
  readyTimes.push(ready);
  try {
    await clickMenu(page, 'celllink', 'run_all_cells');
    // done when every code cell has run and the kernel is idle, or at the first error (Run All stops there)
    await page.waitForFunction(() => {
      const cells = Jupyter.notebook.get_cells().filter((c) => c.cell_type === 'code' && c.get_text().trim() !== '');
      if (cells.some((c) => (c.output_area.outputs || []).some((o) => o.output_type === 'error'))) return true;
      const idle = document.querySelector('#kernel_indicator_icon').classList.contains('kernel_idle_icon');
      return idle && cells.every((c) => typeof c.input_prompt_number === 'number');
    }, { timeout: NOTEBOOK_LIMIT_S * 1000, polling: 500 });
    // let the last outputs (images) finish loading
    await page.waitForFunction(() => [...document.querySelectorAll('.output_png img')].every((i) => i.complete),
      { timeout: 10000 }).catch(() => {});
    const report = await page.evaluate(() => {
      const cells = Jupyter.notebook.get_cells().filter((c) => c.cell_type === 'code' && c.get_text().trim() !== '');
      const notRun = [];
      const errors = [];
      cells.forEach((c) => {
        const index = Jupyter.notebook.find_cell_index(c);
        if (typeof c.input_prompt_number !== 'number') notRun.push(index);
        (c.output_area.outputs || []).filter((o) => o.output_type === 'error')
          .forEach((o) => errors.push(`cell ${index}: ${o.ename}: ${(o.evalue || '').slice(0, 200)}`));
      });
      const images = [...document.querySelectorAll('.output_png img')];
      return {
        codeCells: cells.length,
        notRun,
        errors,
        tables: document.querySelectorAll('.output_html table').length,
        images: images.length,
        brokenImages: images.filter((i) => !(i.complete && i.naturalWidth > 0)).length,
      };
    });
    await screenshot(page, path.join(outDir, name.replace(/\.ipynb$/, '.png')));
    const problems = [];
    if (report.errors.length) problems.push(...report.errors);
    if (report.notRun.length) problems.push(`code cells not executed: ${report.notRun.join(', ')}`);
    if (report.tables === 0) problems.push('no HTML table rendered');
    if (report.images === 0) problems.push('no PNG image rendered');
    if (report.brokenImages > 0) problems.push(`${report.brokenImages} PNG images did not render`);
    return {
      ok: problems.length === 0,
      line: `${name}: ${report.codeCells} code cells executed, ${report.tables} HTML tables, ${report.images} PNG images,`
        + ` kernel ready in ${seconds(ready)} s, ${seconds(Date.now() - t0)} s in all`,
      problems,
    };
  } finally {
    await shutdownKernel(page);
    await page.close();
  }
}

async function shutdownKernel(page) {
  await page.evaluate(() => new Promise((resolve) => {
    try {
      Jupyter.notebook.session.delete(() => resolve(), () => resolve());
    } catch (e) {
      resolve();
    }
  })).catch(() => {});
}

/** Restarts the page's kernel; resolves with the time until it answered kernel_info (kernel_ready). */
async function restartKernel(page) {
  return page.evaluate((limitMs) => new Promise((resolve, reject) => {
    const t0 = performance.now();
    const timer = setTimeout(() => reject(new Error(`kernel not ready within ${limitMs / 1000} s of a restart`)), limitMs);
    Jupyter.notebook.events.one('kernel_ready.Kernel', () => {
      clearTimeout(timer);
      resolve(performance.now() - t0);
    });
    Jupyter.notebook.kernel.restart();
  }), READY_LIMIT_S * 1000);
}

async function kernelStartsAndInterrupt(browser, base, token, starts, outDir, readyTimes) {
  const problems = [];
  const lines = [];
  const { page, ready } = await openNotebook(browser, base, token, 'browser-check-scratch.ipynb');
  try {
    const startTimes = [ready];
    for (let i = 1; i < starts; i++) {
      try {
        startTimes.push(await restartKernel(page));
      } catch (e) {
        problems.push(`restart ${i}: ${e.message}`);
      }
    }
    readyTimes.push(...startTimes);
    const sorted = [...startTimes].sort((a, b) => a - b);
    lines.push(`kernel opened once and restarted ${starts - 1} times: ${startTimes.length} of ${starts} ready within `
      + `${READY_LIMIT_S} s (median ${seconds(sorted[Math.floor(sorted.length / 2)])} s, `
      + `worst ${seconds(sorted[sorted.length - 1])} s)`);

    // Interrupt a running `while (true) {}` from the Kernel menu, then evaluate `1 + 1`.
    await page.evaluate(() => {
      Jupyter.notebook.select(0);
      Jupyter.notebook.execute_cells([0]);
    });
    await page.waitForFunction(() => Jupyter.notebook.get_cell(0).input_prompt_number === '*', { timeout: 5000 });
    await sleep(1500);
    const stillRunning = await page.evaluate(() => Jupyter.notebook.get_cell(0).input_prompt_number === '*');
    if (!stillRunning) problems.push('`while (true) {}` was not running before the interrupt');
    const t0 = Date.now();
    await clickMenu(page, 'kernellink', 'int_kernel');
    let latency = null;
    try {
      await page.waitForFunction(
        () => typeof Jupyter.notebook.get_cell(0).input_prompt_number === 'number'
          && document.querySelector('#kernel_indicator_icon').classList.contains('kernel_idle_icon'),
        { timeout: INTERRUPT_LIMIT_S * 1000, polling: 20 },
      );
      latency = Date.now() - t0;
    } catch (e) {
      problems.push(`the interrupted cell did not stop within ${INTERRUPT_LIMIT_S} s`);
    }
    await page.evaluate(() => Jupyter.notebook.execute_cells([1]));
    const answer = await page.waitForFunction(() => {
      const c = Jupyter.notebook.get_cell(1);
      if (typeof c.input_prompt_number !== 'number') return null;
      const shown = [...c.output_area.element[0].querySelectorAll('.output_subarea')].map((e) => e.innerText.trim());
      return shown.join(' | ') || '(no output)';
    }, { timeout: 30000, polling: 50 }).then((h) => h.jsonValue()).catch(() => null);
    if (answer !== '2') problems.push(`after the interrupt, \`1 + 1\` showed ${JSON.stringify(answer)}, not 2`);
    const stopped = await page.evaluate(() => (Jupyter.notebook.get_cell(0).output_area.outputs || [])
      .map((o) => o.ename || o.output_type).join(', '));
    lines.push(`interrupt: \`while (true) {}\` stopped ${latency === null ? 'NOT within 2 s' : `in ${seconds(latency)} s`}`
      + ` (cell output: ${stopped || 'none'}); then \`1 + 1\` showed ${JSON.stringify(answer)}`);
    await screenshot(page, path.join(outDir, 'kernel-interrupt.png'));
  } finally {
    await shutdownKernel(page);
    await page.close();
  }
  return { ok: problems.length === 0, lines, problems };
}

/** Processes whose command line names a file in the given folder (our kernels' connection files). */
function processesUsing(folder) {
  const found = [];
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      if (cmd.includes(folder) && Number(pid) !== process.pid) found.push(Number(pid));
    } catch (e) {
      // gone
    }
  }
  return found;
}

async function stopServer(server, runtimeDir) {
  if (server && server.exitCode === null) {
    try {
      process.kill(-server.pid, 'SIGTERM'); // its own process group: the launcher's exec'd server
    } catch (e) {
      // already gone
    }
    for (let i = 0; i < 100 && server.exitCode === null; i++) await sleep(100);
    if (server.exitCode === null) {
      try {
        process.kill(-server.pid, 'SIGKILL');
      } catch (e) {
        // gone
      }
    }
  }
  // Kernels run in sessions of their own; the server shuts them down on SIGTERM. Anything left that still uses this
  // run's private runtime folder was started by this run: stop it and say so.
  await sleep(500);
  const left = processesUsing(runtimeDir);
  for (const pid of left) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch (e) {
      // gone
    }
  }
  return left;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const root = path.resolve(args.root);
  const outDir = path.resolve(root, args.out);
  OUT_DIR = outDir;
  fs.mkdirSync(outDir, { recursive: true });
  const work = path.join(root, 'target', 'ui');
  const nbDir = path.join(work, 'notebooks');
  const runtimeDir = path.join(work, 'runtime');
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(nbDir, { recursive: true });
  for (const nb of args.notebooks) {
    const src = path.resolve(root, nb);
    if (!fs.existsSync(src)) throw new Error(`no such notebook: ${nb}`);
    fs.copyFileSync(src, path.join(nbDir, path.basename(src)));
  }
  fs.writeFileSync(path.join(nbDir, 'browser-check-scratch.ipynb'), scratchNotebook(['while (true) {}', '1 + 1']));

  const port = await freePort();
  const token = randomBytes(24).toString('hex');
  const base = `http://127.0.0.1:${port}`;
  const logFile = path.join(work, 'notebook-server.log');
  const log = fs.openSync(logFile, 'w');
  let server = null;
  let browser = null;
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lbw-chromium-'));
  const results = [];
  const readyTimes = [];
  let failure = null;
  try {
    server = spawn(path.join(root, 'workbench'),
      ['notebook', `--port=${port}`, `--token=${token}`, `--notebook-dir=${nbDir}`],
      {
        cwd: root,
        detached: true,
        stdio: ['ignore', log, log],
        env: { ...process.env, LBW_QUICK: '1', LBW_JUPYTER_RUNTIME_DIR: runtimeDir },
      });
    await waitForServer(base, token, server, logFile);
    const announced = fs.readFileSync(logFile, 'utf8').includes(`at ${base}/?token=${token}`);
    results.push({
      ok: announced,
      lines: [`./workbench notebook --port=${port}: server up; ${announced ? 'it printed the URL it serves'
        : 'it did NOT print the URL it serves'}`],
      problems: announced ? [] : [`./workbench notebook did not print ${base}/?token=...`],
    });
    browser = await puppeteer.launch({
      executablePath: args.chromium,
      headless: true,
      userDataDir,
      args: [
        ...(process.getuid && process.getuid() === 0 ? ['--no-sandbox'] : []),
        '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
        '--no-first-run', '--disable-dev-shm-usage',
      ],
    });
    for (const nb of args.notebooks) {
      const name = path.basename(nb);
      try {
        const r = await runNotebook(browser, base, token, name, outDir, readyTimes);
        results.push({ ok: r.ok, lines: [r.line], problems: r.problems.map((p) => `${name}: ${p}`) });
      } catch (e) {
        results.push({ ok: false, lines: [`${name}: FAILED (${e.message})`], problems: [`${name}: ${e.message}`] });
      }
      console.log(results[results.length - 1].lines.join('\n'));
    }
    const k = await kernelStartsAndInterrupt(browser, base, token, args.starts, outDir, readyTimes);
    results.push(k);
    console.log(k.lines.join('\n'));
  } catch (e) {
    failure = e.message;
  } finally {
    if (browser) await browser.close().catch(() => {});
    fs.rmSync(userDataDir, { recursive: true, force: true });
    const left = await stopServer(server, runtimeDir);
    if (left.length) results.push({ ok: false, lines: [], problems: [`processes left running and killed: ${left.join(', ')}`] });
  }
  const problems = results.flatMap((r) => r.problems);
  if (failure) problems.push(failure);
  const summary = [
    ...results.flatMap((r) => r.lines),
    ...problems.map((p) => `  problem: ${p}`),
    `screenshots: ${outDir}`,
    problems.length ? `browser check: FAILED (${problems.length} problems)` : 'browser check: passed',
  ];
  fs.writeFileSync(path.join(outDir, 'summary.txt'), summary.join('\n') + '\n');
  console.log(summary.slice(results.flatMap((r) => r.lines).length).join('\n'));
  return problems.length ? 1 : 0;
}

main().then((code) => process.exit(code), (e) => {
  console.error(`browser check: FAILED (${e.message})`);
  process.exit(2);
});
