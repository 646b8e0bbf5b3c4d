// The SQL workbench's enhancements: CodeMirror for the statement, Ctrl+Enter, parameter fields as you type, answers
// without a reload, names inserted from the views. Without this script the form does all of it by posting to /sql.
(() => {
  const bench = document.getElementById('bench');
  const form = document.getElementById('sql-form');
  if (!bench || !form) return;
  const textarea = document.getElementById('sql');
  const params = document.getElementById('params');
  const answer = document.getElementById('answer');
  const history = document.getElementById('history');
  const text = bench.dataset;
  let editor = null;

  const statement = () => (editor ? editor.state.doc.toString() : textarea.value);

  function setStatement(sql) {
    if (editor) editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: sql } });
    else textarea.value = sql;
    sync();
  }

  function insert(name) {
    if (editor) {
      editor.dispatch(editor.state.replaceSelection(name));
      editor.focus();
    } else {
      const at = textarea.selectionStart;
      textarea.setRangeText(name, at, textarea.selectionEnd, 'end');
      textarea.focus();
    }
    sync();
  }

  // The same rule as the server's SqlPage.ParameterNames: $name outside quotes and comments.
  function parameterNames(sql) {
    const bare = sql.replace(/'(?:[^']|'')*'|--[^\n]*/g, "''");
    return [...new Set([...bare.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map(m => m[1]))];
  }

  function sync() {
    textarea.value = statement();
    const names = parameterNames(textarea.value);
    const fields = new Map([...params.querySelectorAll('input[data-param]')].map(i => [i.dataset.param, i]));
    for (const [name, input] of fields) if (!names.includes(name)) input.closest('label').remove();
    for (const name of names) {
      if (fields.has(name)) continue;
      const label = document.createElement('label');
      const input = document.createElement('input');
      input.name = 'p.' + name;
      input.dataset.param = name;
      label.append('$' + name + ' ', input);
      params.append(label);
    }
    params.classList.toggle('none', names.length === 0);
  }

  // A whole or decimal number goes as a number, anything else as text (as the server does for the plain form).
  function parameters() {
    const values = {};
    for (const input of params.querySelectorAll('input[data-param]'))
      values[input.dataset.param] = /^[+-]?\d+(\.\d+)?$/.test(input.value.trim()) ? Number(input.value) : input.value;
    return values;
  }

  function cell(value) {
    const td = document.createElement('td');
    if (value === null) { td.className = 'null'; td.textContent = 'NULL'; }
    else if (typeof value === 'number') { td.className = 'num'; td.textContent = String(value); }
    else td.textContent = typeof value === 'string' ? value : JSON.stringify(value);
    return td;
  }

  function showGrid(json, ms) {
    const meta = document.createElement('p');
    meta.className = 'meta';
    const count = document.createElement('span');
    count.className = 'count';
    count.textContent = `${json.rowCount} ${text.rows}`;
    meta.append(count);
    if (ms !== null) {
      const duration = document.createElement('span');
      duration.className = 'duration';
      duration.textContent = `${ms} ${text.ms}`;
      meta.append(' ', duration);
    }
    if (json.truncated) {
      const cut = document.createElement('span');
      cut.className = 'truncated';
      cut.textContent = text.truncated;
      meta.append(' ', cut);
    }
    const grid = document.createElement('div');
    grid.className = 'grid';
    grid.tabIndex = 0;
    const table = document.createElement('table');
    const head = table.createTHead().insertRow();
    for (const column of json.columns) {
      const th = document.createElement('th');
      th.scope = 'col';
      const name = document.createElement('span');
      name.className = 'name';
      name.textContent = column.name;
      const type = document.createElement('span');
      type.className = 'type';
      type.textContent = column.type;
      th.append(name, ' ', type);
      head.append(th);
    }
    const body = table.createTBody();
    for (const row of json.rows) body.insertRow().append(...row.map(cell));
    grid.append(table);
    answer.replaceChildren(meta, grid);
  }

  function showError(problem) {
    const box = document.createElement('div');
    box.className = 'error';
    box.setAttribute('role', 'alert');
    const sentence = document.createElement('p');
    sentence.className = 'sentence';
    sentence.textContent = (problem.detail || problem.title || '').split('\nLINE ')[0].trim();
    box.append(sentence);
    if (problem.line) {
      const where = document.createElement('p');
      where.className = 'where';
      where.textContent = `${text.line} ${problem.line}, ${text.column} ${problem.column}`;
      box.append(where);
      if (editor && problem.line <= editor.state.doc.lines) {
        const line = editor.state.doc.line(problem.line);
        const at = Math.min(line.from + problem.column - 1, line.to);
        editor.dispatch({ selection: { anchor: at }, scrollIntoView: true });
      }
    }
    answer.replaceChildren(box);
  }

  async function run() {
    sync();
    answer.classList.add('busy');
    const started = performance.now();
    try {
      const response = await fetch('/api/sql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ sql: statement(), parameters: parameters(), format: 'json' }),
      });
      const body = await response.json();
      const ms = Number(response.headers.get('X-Duration-Ms') ?? Math.round(performance.now() - started));
      if (response.ok) showGrid(body, ms); else showError(body);
    } catch (e) {
      showError({ detail: String(e) });
    } finally {
      answer.classList.remove('busy');
    }
    await refreshHistory();
  }

  async function refreshHistory() {
    const response = await fetch('/api/sql/history', { headers: { Accept: 'application/json' } });
    if (!response.ok) return;
    const entries = await response.json();
    history.replaceChildren(...entries.map(entry => {
      const li = document.createElement('li');
      const again = document.createElement('button');
      again.type = 'button';
      again.className = 'again';
      again.textContent = text.again;
      again.dataset.sql = entry.sql;
      const code = document.createElement('code');
      const one = entry.sql.replace(/\s+/g, ' ').trim();
      code.textContent = one.length > 160 ? one.slice(0, 157) + '...' : one;
      const by = document.createElement('span');
      by.className = 'by';
      by.textContent = `${entry.runAt.slice(0, 16).replace('T', ' ')} · ${entry.outcome} · ${entry.rows}`;
      li.append(again, ' ', code, ' ', by);
      return li;
    }));
    if (entries.length === 0) {
      const none = document.createElement('li');
      none.className = 'none';
      none.textContent = text.noHistory;
      history.replaceChildren(none);
    }
  }

  if (window.CodeMirror) {
    const cm = window.CodeMirror;
    const schema = {};
    for (const view of document.querySelectorAll('#views > li')) {
      const name = view.querySelector('button.view').dataset.insert;
      schema[name] = [...view.querySelectorAll('.columns button')].map(b => b.dataset.insert);
    }
    // In a shadow root: there CodeMirror's styles go into a constructed stylesheet (adoptedStyleSheets), which the
    // Content-Security-Policy (style-src 'self') allows; in the document it would add a <style> element, which it does not.
    const host = document.createElement('div');
    host.className = 'editor';
    const shadow = host.attachShadow({ mode: 'open' });
    const look = document.createElement('link');
    look.rel = 'stylesheet';
    look.href = '/assets/sql-editor.css';
    shadow.append(look);
    editor = new cm.EditorView({
      root: shadow,
      parent: shadow,
      doc: textarea.value,
      extensions: [
        cm.Prec.highest(cm.keymap.of([{ key: 'Mod-Enter', run: () => { run(); return true; } }])),
        cm.basicSetup,
        cm.sql({ dialect: cm.PostgreSQL, schema, upperCaseKeywords: true }),
        cm.EditorView.lineWrapping,
        cm.EditorView.contentAttributes.of({ 'aria-label': document.querySelector('label[for=sql]').textContent }),
        cm.EditorView.updateListener.of(update => { if (update.docChanged) sync(); }),
      ],
    });
    textarea.after(host);
    textarea.hidden = true;
    document.querySelector('label[for=sql]').addEventListener('click', () => editor.focus());
  } else {
    textarea.addEventListener('input', sync);
    textarea.addEventListener('keydown', e => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); }
    });
  }
  bench.classList.add('enhanced');

  // Run answers in place; downloads, save and open stay plain form posts (a download needs no script).
  form.addEventListener('submit', e => {
    sync();
    if (e.submitter && e.submitter.value === 'run') { e.preventDefault(); run(); }
  });
  document.querySelectorAll('#views button.insert').forEach(b => b.addEventListener('click', e => {
    e.preventDefault(); // in a summary, a click would also open or close the view
    insert(b.dataset.insert);
  }));
  history.addEventListener('click', e => {
    const again = e.target.closest('button.again');
    if (!again) return;
    e.preventDefault();
    setStatement(again.dataset.sql ?? again.form.querySelector('input[name=sql]').value);
    run();
  });
  sync();
})();
