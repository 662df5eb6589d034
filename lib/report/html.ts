import type { ReportJson } from './aggregate';

// report.html: one self-contained page (inline CSS and SVG, no script, no network) of report.json's numbers.
const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const COLORS = ['#2563eb', '#db2777', '#16a34a', '#ea580c', '#7c3aed', '#0891b2', '#ca8a04', '#4b5563'];
const LINES = COLORS.length;

/** Weekly score per source as an inline SVG line chart (the largest sources, one line each). */
function trendChart(report: ReportJson): string {
  const weeks = [...new Set(report.sources.flatMap((s) => s.weeks.map((w) => w.week)))].sort();
  if (weeks.length === 0) return '<p>No messages to chart.</p>';
  const [w, h, pad] = [720, 240, 32];
  const x = (i: number) =>
    pad + (weeks.length === 1 ? (w - 2 * pad) / 2 : (i * (w - 2 * pad)) / (weeks.length - 1));
  const y = (score: number) => h - pad - (score * (h - 2 * pad)) / 100;
  const lines = report.sources.slice(0, LINES).map((s, n) => {
    const points = s.weeks.map((wk) => `${x(weeks.indexOf(wk.week)).toFixed(1)},${y(wk.score).toFixed(1)}`);
    return `<polyline fill="none" stroke="${COLORS[n]}" stroke-width="2" points="${points.join(' ')}"><title>${esc(s.source)}</title></polyline>`;
  });
  const grid = [0, 50, 100].map(
    (v) =>
      `<line x1="${pad}" x2="${w - pad}" y1="${y(v)}" y2="${y(v)}" stroke="#ddd"/><text x="4" y="${y(v) + 4}">${v}</text>`,
  );
  const labels = [weeks[0]!, weeks[weeks.length - 1]!].map(
    (wk, i) =>
      `<text x="${i ? w - pad : pad}" y="${h - 8}" text-anchor="${i ? 'end' : 'start'}">${wk}</text>`,
  );
  const legend = report.sources
    .slice(0, LINES)
    .map((s, n) => `<li><span style="background:${COLORS[n]}"></span>${esc(s.source)} (${s.messages})</li>`)
    .join('');
  return `<svg viewBox="0 0 ${w} ${h}" role="img" aria-label="Weekly clarity score per channel or mailbox">${grid.join('')}${lines.join('')}${labels.join('')}</svg><ul class="legend">${legend}</ul>`;
}

function weekTable(
  title: string,
  rows: { name: string; weeks: { week: string; messages: number; score: number }[] }[],
): string {
  const body = rows
    .map((r) =>
      r.weeks
        .map(
          (w) =>
            `<tr><td>${esc(r.name)}</td><td>${w.week}</td><td>${w.messages}</td><td>${w.score}</td></tr>`,
        )
        .join(''),
    )
    .join('');
  return `<h2>${title}</h2><table><thead><tr><th>${title === 'By author' ? 'Author' : 'Channel or mailbox'}</th><th>Week of</th><th>Messages</th><th>Score</th></tr></thead><tbody>${body}</tbody></table>`;
}

export function reportHtml(report: ReportJson): string {
  const total = Math.max(1, report.messages);
  const categories = Object.entries(report.categories)
    .map(
      ([c, n]) =>
        `<tr><td>${c}</td><td><span class="bar" style="width:${((100 * n) / total).toFixed(1)}%"></span></td><td>${n}</td></tr>`,
    )
    .join('');
  const problems = report.problems
    .slice(0, 10)
    .map(
      (p) =>
        `<tr><td>${esc(p.name)}</td><td>${p.messages}</td><td>${esc(p.tip)}</td>${p.examples ? `<td>${p.examples.map((e) => `<q>${esc(e)}</q>`).join('<br>')}</td>` : ''}</tr>`,
    )
    .join('');
  const span = report.from ? `${report.from.slice(0, 10)} to ${report.to!.slice(0, 10)}` : 'no messages';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Clearsend report</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:760px;padding:0 1rem;color:#1f2937}
svg{width:100%;height:auto;font-size:12px;fill:#4b5563}table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}
td,th{border-bottom:1px solid #e5e7eb;padding:.3rem .5rem;text-align:left;vertical-align:top}
.bar{display:inline-block;height:.8rem;background:#2563eb;border-radius:2px}.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:1rem}
.legend span{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;border-radius:2px}
@media (prefers-color-scheme:dark){body{background:#111827;color:#e5e7eb}td,th{border-color:#374151}}
</style></head><body>
<h1>Clearsend report</h1>
<p>${report.messages} messages, ${span}; ${report.skipped} skipped (not written by a person, or no text or date).</p>
<h2>Weekly score</h2>${trendChart(report)}
<h2>Problems by category</h2><p>Messages with at least one problem of each kind.</p>
<table><tbody>${categories}</tbody></table>
<h2>Most frequent problems</h2>
<table><thead><tr><th>Problem</th><th>Messages</th><th>Tip</th>${report.problems[0]?.examples ? '<th>Examples</th>' : ''}</tr></thead><tbody>${problems}</tbody></table>
${weekTable(
  'By channel or mailbox',
  report.sources.map((s) => ({ name: s.source, weeks: s.weeks })),
)}
${
  report.authors
    ? weekTable(
        'By author',
        report.authors.map((a) => ({ name: a.author, weeks: a.weeks })),
      )
    : ''
}
</body></html>
`;
}
