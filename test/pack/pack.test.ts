/**
 * The packages as a user gets them: build, `npm pack` both, install the two tarballs into an empty
 * folder (their dependencies from the npm cache or registry), then load `<syria-timeline>` in Chromium
 * twice: bundled by Vite from `import '@syria-timeline/elements'`, and from the single-file CDN bundle;
 * then an app bundled by esbuild (with and without splitting), Rollup, webpack 5 and Vite (bundle-app.ts).
 * It is the slowest test of `npm test` (about 30–60 s: two builds, an install, a browser).
 * Run it alone with `npm run test:pack`.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { build, parseAst } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from './static-server.js';
import { BUNDLERS, bundleApp, bundleDir } from './bundle-app.js';

const run = promisify(execFile);
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const MINUTE = 60_000;

let work = '';
let app = '';
let packed: { name: string; filename: string; files: { path: string }[] }[] = [];

const npm = (args: string[], cwd: string) => run('npm', args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, npm_config_update_notifier: 'false' } });
const installed = (...segments: string[]) => path.join(app, 'node_modules', '@syria-timeline', ...segments);

beforeAll(async () => {
  // Fresh dist/ and custom-elements.json: the tarballs must hold what this checkout builds.
  await npm(['run', 'build'], repo);
  await npm(['run', 'analyze', '--silent'], repo);
  work = await mkdtemp(path.join(tmpdir(), 'syria-timeline-pack-'));
  // --ignore-scripts: the prepack script (analyze) ran just above, and its output would spoil the JSON.
  const { stdout } = await npm(
    ['pack', '--json', '--ignore-scripts', '--pack-destination', work, '-w', '@syria-timeline/core', '-w', '@syria-timeline/elements', '-w', '@syria-timeline/cli'],
    repo,
  );
  packed = JSON.parse(stdout);
  app = path.join(work, 'app');
  await mkdir(app);
  await writeFile(path.join(app, 'package.json'), JSON.stringify({ name: 'pack-check', private: true, type: 'module' }));
  // Both tarballs in one install, so elements' dependency on core is met by the tarball, not the registry.
  await npm(
    ['install', '--no-audit', '--no-fund', '--prefer-offline', ...packed.map((p) => path.join(work, p.filename))],
    app,
  );
}, 4 * MINUTE);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the npm tarballs', () => {
  it('hold the built code, the types and the manifest, and no tests or sources of tests', () => {
    const files = (name: string) => packed.find((p) => p.name === name)?.files.map((f) => f.path) ?? [];
    const core = files('@syria-timeline/core');
    const elements = files('@syria-timeline/elements');
    expect(core).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.d.ts', 'package.json']));
    expect(elements).toEqual(
      expect.arrayContaining([
        'dist/index.js', 'dist/index.d.ts', 'dist/syria-timeline.bundle.js', 'custom-elements.json', 'package.json',
      ]),
    );
    expect(files('@syria-timeline/cli')).toEqual(
      expect.arrayContaining(['dist/cli.js', 'dist/index.d.ts', 'templates/events.csv', 'templates/sample/harbour-talks.txt', 'README.md']),
    );
    expect([...core, ...elements, ...files('@syria-timeline/cli')].filter((f) => /\.test\.|(^|\/)testing\//.test(f))).toEqual([]);
  });

  it('install into an empty folder, and core runs in plain Node', async () => {
    const script = "const c = await import('@syria-timeline/core'); console.log(JSON.stringify({ events: c.builtinDataset.events.length, lanes: c.builtinDataset.lanes.length }));";
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: app });
    const counts = JSON.parse(stdout) as { events: number; lanes: number };
    expect(counts.lanes).toBe(4);
    expect(counts.events).toBeGreaterThan(0);
  });

  it('give TypeScript users the element type and the event map from dist/*.d.ts', async () => {
    await writeFile(
      path.join(app, 'check.ts'),
      [
        "import { SyriaTimeline } from '@syria-timeline/elements';",
        "import type { Dataset } from '@syria-timeline/core';",
        "const el: SyriaTimeline = document.createElement('syria-timeline');",
        "el.addEventListener('syria-timeline-range-change', (e) => e.start.getTime() + e.end.getTime());",
        'export const data: Dataset | undefined = undefined;',
        'export { el };',
      ].join('\n'),
    );
    // nodenext: the strictest resolution, the one that honours `exports` exactly as Node does.
    // skipLibCheck off: our .d.ts files must compile for users who check libraries too, so every type
    // package they import (as @types/d3-scale was while axisTicks took a d3 ScaleTime) has to be a dependency, not a devDependency.
    const compilerOptions = {
      noEmit: true, strict: true, skipLibCheck: false, module: 'nodenext', moduleResolution: 'nodenext',
      target: 'es2022', lib: ['es2022', 'dom', 'dom.iterable'], types: [],
    };
    await writeFile(path.join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['check.ts'] }));
    const tsc = path.join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = await run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: app }).then(
      () => 'no errors',
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
    expect(result).toBe('no errors');
  }, MINUTE);
});

describe('the README\'s React and Vue examples, against the installed packages', () => {
  // The examples exactly as the README writes them (its ```tsx and ```vue blocks).
  const example = async (language: string) => {
    const readme = await readFile(path.join(repo, 'README.md'), 'utf8');
    const block = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(readme)?.[1];
    if (!block) throw new Error(`the README has no \`\`\`${language} block`);
    return block;
  };
  const frameworks = () => path.join(work, 'frameworks');

  beforeAll(async () => {
    // A second app, so that the frameworks' types are not in the first one's checks.
    await mkdir(frameworks());
    await writeFile(path.join(frameworks(), 'package.json'), JSON.stringify({ name: 'frameworks-check', private: true, type: 'module' }));
    await npm(
      ['install', '--no-audit', '--no-fund', '--prefer-offline', ...packed.filter((p) => p.name !== '@syria-timeline/cli').map((p) => path.join(work, p.filename)),
        'react@19', '@types/react@19', 'vue@3', 'vue-tsc@3', 'typescript@5.9.3'],
      frameworks(),
    );
  }, 4 * MINUTE);

  // skipLibCheck: the frameworks' own .d.ts files are many; ours are checked through their use below.
  const compilerOptions = {
    noEmit: true, strict: true, skipLibCheck: true, module: 'esnext', moduleResolution: 'bundler', jsx: 'react-jsx',
    target: 'es2022', lib: ['es2022', 'dom', 'dom.iterable'], types: [],
  };
  const check = (tool: string, tsconfig: string) =>
    run(process.execPath, [path.join(frameworks(), 'node_modules', ...tool.split('/')), '-p', tsconfig], { cwd: frameworks() }).then(
      () => 'no errors',
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );

  it('the React 19 example type-checks with tsc, and a wrong event handler or property does not', async () => {
    await writeFile(path.join(frameworks(), 'timeline.tsx'), await example('tsx'));
    await writeFile(
      path.join(frameworks(), 'wrong.tsx'),
      [
        "import type {} from '@syria-timeline/elements/react';",
        'export const a = <syria-timeline theme="purple" />;',
        "export const b = <syria-timeline onsyria-timeline-select={(e) => e.start.getTime()} />;",
      ].join('\n'),
    );
    await writeFile(path.join(frameworks(), 'tsconfig.react.json'), JSON.stringify({ compilerOptions, files: ['timeline.tsx'] }));
    await writeFile(path.join(frameworks(), 'tsconfig.wrong.json'), JSON.stringify({ compilerOptions, files: ['wrong.tsx'] }));
    expect(await check('typescript/bin/tsc', 'tsconfig.react.json')).toBe('no errors');
    const wrong = await check('typescript/bin/tsc', 'tsconfig.wrong.json');
    expect(wrong).toMatch(/wrong\.tsx\(2,.*"purple"/);
    expect(wrong).toMatch(/wrong\.tsx\(3,.*'start' does not exist on type 'TimelineSelectEvent'/);
  }, 4 * MINUTE);

  it('the Vue 3 example type-checks with vue-tsc, and a wrong event handler does not', async () => {
    const sfc = await example('vue');
    await writeFile(path.join(frameworks(), 'Timeline.vue'), sfc);
    await writeFile(path.join(frameworks(), 'Wrong.vue'), sfc.replace('e.event?.id', 'e.start.getTime()'));
    const vueOptions = { ...compilerOptions, jsx: 'preserve' };
    await writeFile(path.join(frameworks(), 'tsconfig.vue.json'), JSON.stringify({ compilerOptions: vueOptions, files: ['Timeline.vue'] }));
    await writeFile(path.join(frameworks(), 'tsconfig.vuewrong.json'), JSON.stringify({ compilerOptions: vueOptions, files: ['Wrong.vue'] }));
    expect(await check('vue-tsc/bin/vue-tsc.js', 'tsconfig.vue.json')).toBe('no errors');
    expect(await check('vue-tsc/bin/vue-tsc.js', 'tsconfig.vuewrong.json')).toMatch(/Wrong\.vue\(\d+,\d+\).*'start' does not exist/);
  }, 4 * MINUTE);
});

describe('<syria-timeline> from the installed packages, in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    await writeFile(path.join(app, 'main.js'), "import '@syria-timeline/elements';\n");
    await writeFile(path.join(app, 'index.html'), page('<script type="module" src="./main.js"></script>'));
    // Vite, with no config file, resolves the package as any app would: the `default` condition → dist/.
    await build({ root: app, base: './', configFile: false, logLevel: 'silent', build: { outDir: 'site', emptyOutDir: true } });
    await writeFile(
      path.join(app, 'cdn.html'),
      page('<script type="module" src="/node_modules/@syria-timeline/elements/dist/syria-timeline.bundle.js"></script>'),
    );
    server = await serveStatic(app);
    browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  }, 2 * MINUTE);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each([
    ['an app bundled by Vite from the npm import', '/site/index.html'],
    ['a single <script type="module"> with the CDN bundle', '/cdn.html'],
  ])('renders the built-in dataset in four labelled lanes and the context row, from %s', async (_how, pagePath) => {
    const tab = await browser.newPage();
    const problems: string[] = [];
    tab.on('pageerror', (error) => problems.push(error.message));
    tab.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    tab.on('requestfailed', (request) => problems.push(`failed to load ${request.url()}`));
    await tab.goto(`${server.url}${pagePath}`);
    const labels = await tab.waitForFunction(
      () => {
        const root = document.querySelector('syria-timeline')?.shadowRoot;
        // Only the labels shown (the element keeps a second, hidden set for narrow widths).
        const found = [...(root?.querySelectorAll('[part~="lane-label"]') ?? [])]
          .filter((n) => n.checkVisibility())
          .map((n) => n.textContent?.trim());
        const marks = root?.querySelectorAll('[part~="mark"], [part~="cluster"]').length ?? 0;
        return found.length === 5 && marks > 0 ? found : null;
      },
      null,
      { timeout: 20_000 },
    );
    const shown = await labels.jsonValue();
    expect(shown).toHaveLength(5);
    expect(shown?.at(-1)).toBe('Others');
    expect(problems).toEqual([]);
    await tab.close();
  }, MINUTE);

  it('loads the dataset validator (valibot) only for invalid data, in the app bundled by Vite', async () => {
    await writeFile(path.join(app, 'site', 'small.json'), await readFile(path.join(repo, 'packages/elements/test/fixtures/small-dataset.json')));
    const tab = await browser.newPage();
    await tab.goto(`${server.url}/site/index.html`);
    const seen = await tab.evaluate(async () => {
      type Timeline = HTMLElement & { updateComplete: Promise<boolean> };
      await customElements.whenDefined('syria-timeline');
      const validatorRequests = () => performance.getEntriesByType('resource').filter((e) => /\/validate-[^/]*\.js$/.test(e.name)).length;
      const show = async (data: unknown) => {
        const el = document.createElement('syria-timeline') as Timeline;
        (el as unknown as { data: unknown }).data = data;
        document.body.append(el);
        await el.updateComplete;
        return el;
      };
      const valid = await show(await (await fetch('./small.json')).json());
      const afterValid = validatorRequests();
      const invalid = await show({ version: 2 });
      return {
        drawn: valid.shadowRoot!.querySelectorAll('[part~="lane-label"]').length,
        afterValid,
        afterInvalid: validatorRequests(),
        error: invalid.shadowRoot!.querySelector('[part="error"]')?.textContent ?? null,
      };
    });
    expect(seen.drawn).toBeGreaterThan(0);
    expect(seen.afterValid).toBe(0);
    expect(seen.afterInvalid).toBe(1);
    expect(seen.error).toContain('version');
    await tab.close();
  }, MINUTE);

  it('never requests the built-in dataset\'s chunk for data set before the element is defined or after whenDefined', async () => {
    // A page as the README describes it: one element given its data by a plain script before the
    // module has loaded, one given it once `customElements.whenDefined` resolves.
    const small = await readFile(path.join(repo, 'packages/elements/test/fixtures/small-dataset.json'), 'utf8');
    await writeFile(
      path.join(app, 'data-main.js'),
      [
        "import '@syria-timeline/elements';",
        "customElements.whenDefined('syria-timeline').then(() => {",
        "  document.getElementById('late').data = window.smallData;",
        '});',
      ].join('\n'),
    );
    await writeFile(
      path.join(app, 'data.html'),
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>data</title><link rel="icon" href="data:,"></head><body>' +
        '<syria-timeline id="early"></syria-timeline><syria-timeline id="late"></syria-timeline>' +
        `<script>window.smallData = ${small.trim()};\ndocument.getElementById('early').data = window.smallData;</script>` +
        '<script type="module" src="./data-main.js"></script></body></html>',
    );
    await build({
      root: app, base: './', configFile: false, logLevel: 'silent',
      build: { outDir: 'site-data', emptyOutDir: true, rollupOptions: { input: path.join(app, 'data.html') } },
    });
    const builtinRequests = () => performance.getEntriesByType('resource').filter((e) => /\/builtin-[^/]*\.js$/.test(e.name)).length;
    const tab = await browser.newPage();
    const problems: string[] = [];
    tab.on('pageerror', (error) => problems.push(error.message));
    await tab.goto(`${server.url}/site-data/data.html`);
    const labels = await tab.waitForFunction(() => {
      const shown = [...document.querySelectorAll('syria-timeline')].map((el) =>
        [...(el.shadowRoot?.querySelectorAll('[part~="lane-label"]') ?? [])].filter((n) => n.checkVisibility()).map((n) => n.textContent?.trim()).join());
      return shown.every((s) => s.length > 0) ? shown : null;
    }, null, { timeout: 20_000 });
    expect(await labels.jsonValue()).toEqual(['North,South', 'North,South']);
    await tab.waitForTimeout(500); // past the element's first frames: a chunk it meant to request has been
    expect(await tab.evaluate(builtinRequests)).toBe(0);
    expect(problems).toEqual([]);
    // The same count on the page with no data finds the chunk: the check above looks for the right file.
    await tab.goto(`${server.url}/site/index.html`);
    await tab.waitForFunction(() => (document.querySelector('syria-timeline')?.shadowRoot?.querySelectorAll('[part~="mark"], [part~="cluster"]').length ?? 0) > 0, null, { timeout: 20_000 });
    expect(await tab.evaluate(builtinRequests)).toBe(1);
    await tab.close();
  }, 2 * MINUTE);

  describe('bundled by each bundler a user may pick', () => {
    beforeAll(async () => {
      // One element per path through the code: the built-in dataset (a lazy chunk), valid data of the
      // page's own (the fast check, no chunk), invalid data (the lazy validator's error panel), and a
      // `src` of over a megabyte (read by the dataset worker where the bundler ships it, else on the main thread).
      await writeFile(
        path.join(app, 'bundlers.js'),
        [
          "import '@syria-timeline/elements';",
          'const show = (data) => {',
          "  const el = document.createElement('syria-timeline');",
          '  if (data !== undefined) el.data = data;',
          "  el.setAttribute('theme', 'purple'); // warned about in development builds only",
          '  document.body.append(el);',
          '};',
          // The page's own data first: its check must not depend on a lazy chunk having run before.
          "fetch(new URL('../small.json', location.href)).then((r) => r.json()).then((data) => {",
          '  show(data);',
          '  show();',
          '  show({ version: 2 });',
          "  const big = document.createElement('syria-timeline');",
          "  big.setAttribute('src', new URL('../big.json', location.href).href);",
          '  document.body.append(big);',
          '});',
        ].join('\n'),
      );
      await mkdir(path.join(app, 'bundles'), { recursive: true });
      await writeFile(path.join(app, 'bundles', 'small.json'), await readFile(path.join(repo, 'packages/elements/test/fixtures/small-dataset.json')));
      const small = await readFile(path.join(repo, 'packages/elements/test/fixtures/small-dataset.json'), 'utf8');
      await writeFile(path.join(app, 'bundles', 'big.json'), small + ' '.repeat(1_500_000));
      for (const bundler of BUNDLERS) await bundleApp(app, 'bundlers.js', bundler);
    }, 3 * MINUTE);

    // Vite and webpack 5 bundle `new Worker(new URL('./dataset-worker.js', import.meta.url))`; esbuild and plain Rollup leave it.
    const shipsWorker = (bundler: string) => bundler === 'vite' || bundler === 'webpack 5';

    it.each(BUNDLERS)('%s: draws the built-in dataset, the page\'s own and a large src, and shows the error panel for invalid data', async (bundler) => {
      const tab = await browser.newPage();
      const problems: string[] = [];
      const warnings: string[] = [];
      const workers: string[] = [];
      const missingWorker: string[] = [];
      tab.on('worker', (worker) => workers.push(worker.url()));
      tab.on('response', (response) => {
        if (/dataset-worker/.test(response.url()) && !response.ok()) missingWorker.push(response.url());
      });
      tab.on('pageerror', (error) => problems.push(error.message));
      tab.on('console', (message) => {
        // A bundler that did not ship the worker file: its 404 is logged, and the element reads the data itself.
        if (message.type() === 'error' && !shipsWorker(bundler) && /404/.test(message.text())) return;
        if (message.type() === 'error') problems.push(message.text());
        if (message.type() === 'warning' && message.text().includes('syria-timeline')) warnings.push(message.text());
      });
      await tab.goto(`${server.url}/bundles/${bundleDir(bundler)}/index.html`);
      const seen = await tab.waitForFunction(
        () => {
          const els = [...document.querySelectorAll('syria-timeline')];
          const state = els.map((el) => ({
            marks: el.shadowRoot?.querySelectorAll('[part~="mark"], [part~="cluster"]').length ?? 0,
            // The panel's list of problems is a lazy chunk: until it lands the panel has only its alert (heading and count).
            error: el.shadowRoot?.querySelector('[part="error"]:has(li)')?.textContent ?? null,
          }));
          return els.length === 4 && state.every((s) => s.marks > 0 || s.error) ? state : null;
        },
        null,
        { timeout: 20_000 },
      ).then((handle) => handle.jsonValue(), () => null);
      expect(problems).toEqual([]);
      expect(seen).not.toBeNull();
      const [own, builtin, invalid, big] = seen!;
      // A production build says nothing about a bad attribute value (the warnings are for development builds).
      expect(warnings).toEqual([]);
      expect(builtin!.marks).toBeGreaterThan(0);
      expect(own!.marks).toBeGreaterThan(0);
      expect(invalid!.error).toContain('version');
      expect(big).toMatchObject({ error: null });
      expect(big!.marks).toBeGreaterThan(0);
      if (shipsWorker(bundler)) {
        expect(workers.length).toBe(1);
        expect(missingWorker).toEqual([]);
      } else {
        expect(missingWorker.length).toBe(1);
      }
      await tab.close();
    }, MINUTE);

    // core's `sideEffects` names the entries reached by import() (validate.js, builtin.js), not its main entry: were the
    // main entry listed, its re-exports would pull the built-in dataset (about 20 KiB gzip) into every page's first load.
    // core/validate/index.ts takes its groups with `export *`: esbuild --splitting follows every named re-export of a
    // barrel the app uses a name of, which put valibot and the issue messages (the validator the element imports with
    // import(), ~9 KiB gzip) into the first load.
    it.each([
      ['esbuild --splitting', 'the built-in dataset', 'russia-china-veto-2012-02-04'],
      ['rollup', 'the built-in dataset', 'russia-china-veto-2012-02-04'],
      ['esbuild --splitting', 'the issue-listing validator (valibot)', '(a typo?)'],
      ['rollup', 'the issue-listing validator (valibot)', '(a typo?)'],
    ] as const)('%s: %s stays out of the first load, in a chunk of its own', async (bundler, _what, marker) => {
      const dir = path.join(app, 'bundles', bundleDir(bundler));
      const code = async (file: string) => readFile(path.join(dir, file), 'utf8');
      const first = new Set<string>();
      const visit = async (file: string): Promise<void> => {
        if (first.has(file)) return;
        first.add(file);
        // Static imports only ('import … from "./x.js"', 'import "./x.js"'), not import('./x.js').
        for (const m of (await code(file)).matchAll(/(?<![\w.])import\s*(?:[^'"()]*?\bfrom\s*)?['"]\.\/([^'"]+)['"]/g)) await visit(m[1]!);
      };
      await visit('main.js');
      const all = (await readdir(dir)).filter((f) => f.endsWith('.js'));
      const holding: string[] = [];
      for (const file of all) if ((await code(file)).includes(marker)) holding.push(file);
      expect(holding.length).toBeGreaterThan(0);
      expect(holding.filter((f) => first.has(f))).toEqual([]);
    });
  });

  it('runs the README\'s ten-minute tutorial: the sample spreadsheet imported and validated by the installed CLI, shown with src', async () => {
    const tutorial = path.join(app, 'tutorial');
    await cp(installed('cli', 'templates', 'sample'), tutorial, { recursive: true });
    const bin = path.join(app, 'node_modules', '.bin', 'syria-timeline');
    const imported = await run(bin, ['import', 'events.csv', 'actors.csv', 'lanes.csv', 'sources.csv', 'issues.csv', '-o', 'timeline.json'], { cwd: tutorial });
    expect(imported.stdout).toMatch(/^timeline\.json: 7 events, 5 actors, 3 lanes/);
    const validated = await run(bin, ['validate', 'timeline.json'], { cwd: tutorial });
    expect(validated.stdout.trim()).toBe('timeline.json: valid');
    // A broken file: exit code 1 and file:line:column on stderr.
    await writeFile(path.join(tutorial, 'broken.json'), (await readFile(path.join(tutorial, 'timeline.json'), 'utf8')).replace('"2014-05-10"', '"2014-05-32"'));
    const broken = await run(bin, ['validate', 'broken.json'], { cwd: tutorial }).then(() => null, (e: { code: number; stderr: string }) => e);
    expect(broken?.code).toBe(1);
    expect(broken?.stderr).toMatch(/^broken\.json:\d+:\d+: events\[\d\]\.when\.start: got "2014-05-32"/m);
    await writeFile(
      path.join(tutorial, 'index.html'),
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>tutorial</title><link rel="icon" href="data:,">' +
        '<script type="module" src="/node_modules/@syria-timeline/elements/dist/syria-timeline.bundle.js"></script></head>' +
        '<body><syria-timeline src="timeline.json"></syria-timeline></body></html>',
    );
    const tab = await browser.newPage();
    await tab.goto(`${server.url}/tutorial/index.html`);
    const labels = await tab.waitForFunction(() => {
      const root = document.querySelector('syria-timeline')?.shadowRoot;
      const found = [...(root?.querySelectorAll('[part~="lane-label"]') ?? [])].filter((n) => n.checkVisibility()).map((n) => n.textContent?.trim());
      return (root?.querySelectorAll('[part~="mark"], [part~="cluster"]').length ?? 0) > 0 && found.length > 0 ? found : null;
    }, null, { timeout: 20_000 });
    expect(await labels.jsonValue()).toEqual(['Northland', 'Southland', 'Mediators']);
    await tab.close();
  }, MINUTE);

  it('ships a CDN bundle that imports nothing (every dependency inlined) and is minified', async () => {
    const bundle = await readFile(installed('elements', 'dist', 'syria-timeline.bundle.js'), 'utf8');
    // Any import left (`import "lit"`, `import("./chunk.js")`) would need an import map or more files.
    expect(importsOf(bundle)).toEqual([]);
    // Minified: Vite's library mode would keep a `// ../core/src/….ts` comment before each module.
    expect(bundle).not.toMatch(/\/\/ [.\w/-]+\.ts\n/);
    expect(bundle).not.toMatch(/\n {2}(?:function|const|let|var) /);
    // Chromium reads its compile hint on the first line only: every function compiled while the file downloads.
    expect(bundle.split('\n', 1)[0]).toBe('//# allFunctionsCalledOnLoad');
  });
});

/** Every module specifier in an ES module: static imports, re-exports and dynamic `import()`. */
function importsOf(code: string): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const n = node as { type?: string; source?: { value?: unknown } | null };
    if (
      (n.type === 'ImportDeclaration' || n.type === 'ExportAllDeclaration' || n.type === 'ExportNamedDeclaration' ||
        n.type === 'ImportExpression') && n.source
    ) {
      found.push(String(n.source.value ?? '(computed)'));
    }
    Object.values(node).forEach(visit);
  };
  visit(parseAst(code));
  return found;
}

function page(script: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pack check</title>` +
    // An empty icon: otherwise Chromium asks for /favicon.ico and logs the 404 as a console error.
    `<link rel="icon" href="data:,">${script}</head>` +
    '<body><syria-timeline></syria-timeline></body></html>';
}
