/**
 * A dependency-free API reference at /api/docs. It is a static page plus a script file (the
 * CSP forbids inline script) that renders /api/openapi.json.
 */
export const docsHtml = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tandem API</title>
<link rel="stylesheet" href="/api/docs/docs.css">
</head>
<body>
<main id="docs"><h1>Tandem API</h1><p>Loading <a href="/api/openapi.json">/api/openapi.json</a>…</p></main>
<script src="/api/docs/docs.js"></script>
</body>
</html>`;

export const docsCss = `body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#222}
h2{border-bottom:1px solid #ddd;margin-top:2rem}
details{border:1px solid #ddd;border-radius:6px;margin:.5rem 0;padding:.5rem}
summary{cursor:pointer}
code.m{display:inline-block;min-width:4.5rem;font-weight:bold}
pre{background:#f5f5f5;overflow:auto;padding:.5rem;font-size:13px}
@media (prefers-color-scheme:dark){body{background:#111;color:#eee}pre{background:#222}details{border-color:#444}}`;

export const docsJs = `(async () => {
  const root = document.getElementById('docs');
  const doc = await (await fetch('/api/openapi.json')).json();
  const el = (tag, text) => { const e = document.createElement(tag); if (text) e.textContent = text; return e; };
  root.replaceChildren(el('h1', doc.info.title + ' ' + doc.info.version), el('p', doc.info.description));
  const link = el('a', 'Download the OpenAPI 3.1 document'); link.href = '/api/openapi.json'; root.append(link);
  const byTag = {};
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) (byTag[op.tags[0]] ??= []).push({ path, method, op });
  }
  for (const [tag, ops] of Object.entries(byTag)) {
    root.append(el('h2', tag));
    for (const { path, method, op } of ops) {
      const d = el('details'); const s = el('summary');
      const m = el('code', method.toUpperCase()); m.className = 'm';
      s.append(m, el('code', path), document.createTextNode(' — ' + op.summary));
      d.append(s);
      if (op.parameters.length) d.append(el('h4', 'Parameters'), el('pre', JSON.stringify(op.parameters, null, 2)));
      if (op.requestBody) d.append(el('h4', 'Body'), el('pre', JSON.stringify(op.requestBody.content['application/json'].schema, null, 2)));
      d.append(el('h4', 'Responses'), el('pre', JSON.stringify(op.responses, null, 2)));
      root.append(d);
    }
  }
})();`;
