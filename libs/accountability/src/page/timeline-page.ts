import { createHash } from 'node:crypto';
import { CaseFigures, Milestone, Warning } from '../figures/case-figures';
import { humanDuration, msBetween } from '../figures/durations';
import { RegionSource } from '../figures/regions';
import { organOf, outcomeOf, receiptsOf } from '../replay/organs';
import { TimelineClock, TimelineEntry, timeOn } from '../timeline/timeline-entry';
import { esc, instant } from './html';
import { STEP, positionOf, stops } from './time-axis';

export interface TimelinePage {
  readonly caseId: string;
  /** The timeline replayed to the instant asked for, in the order of the clock asked for. */
  readonly timeline: readonly TimelineEntry[];
  readonly by: TimelineClock;
  readonly asOf: string | null;
  /** The case's figures at the instant the page stands at. */
  readonly figures: CaseFigures;
  /** When the page session the page was opened in ends; null when read with a bearer token. */
  readonly signedInUntil: string | null;
}

const STYLE = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2330;margin:0 auto;padding:24px 32px 48px;max-width:1600px;background:#fff}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #d5d9e0;padding-bottom:4px}h3{font-size:15px;margin:18px 0 6px}
.situation{font-size:18px;margin:0 0 6px}.meta,.replay-state,.legend,footer{color:#4a5263;font-size:13px;margin:2px 0}
form{margin:12px 0;display:flex;gap:10px;align-items:center;flex-wrap:wrap;font-size:13px}input,select,button{font:inherit;padding:3px 6px}
table{border-collapse:collapse;font-size:13px;margin:4px 0}th,td{border:1px solid #d5d9e0;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f1f3f6}
td.num{text-align:right;font-variant-numeric:tabular-nums}code{font-size:12px;color:#4a5263}
tr.gap-open td.status{color:#a3171d;font-weight:600}tr.gap-case-closed td.status{color:#8a4b00;font-weight:600}tr.gap-answered td.status{color:#1f6b36}
.none{color:#6b7385;font-style:italic}.scroll{overflow-x:auto;border:1px solid #d5d9e0}.scroll svg{display:block}.scroll svg.fit{max-width:100%;height:auto}
svg text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.lane-bg{fill:#f7f8fa}.lane-bg.odd{fill:#fff}.lane-label{font-size:14px;font-weight:600;fill:#1d2330}
.event circle{stroke:#fff;stroke-width:2}.event text{font-size:12px;fill:#fff;font-weight:700;text-anchor:middle}
.event.decided circle{fill:#1f6b36}.event.not-decided circle{fill:#a3171d}.event.receipt circle{fill:#1f57a6}.event.other circle{fill:#6b7385}
.gap rect{opacity:.85}.gap.open rect{fill:#e0474f}.gap.case-closed rect{fill:#e39a3b}.gap.answered rect{fill:#8cc49c}.gap text{font-size:12px;font-weight:600;fill:#1d2330}
.axis line{stroke:#8a93a6}.axis text{font-size:12px;fill:#4a5263}.elapsed{font-size:12px;fill:#4a5263;text-anchor:middle}
.now line{stroke:#a3171d;stroke-dasharray:4 3}.now text{font-size:12px;fill:#a3171d}
.key{white-space:nowrap}.swatch{display:inline-block;width:10px;height:10px;border-radius:50%;margin:0 4px 0 10px;vertical-align:middle}
.swatch.decided{background:#1f6b36}.swatch.not-decided{background:#a3171d}.swatch.receipt{background:#1f57a6}.swatch.other{background:#6b7385}
.swatch.bar{border-radius:0;width:18px}.swatch.open{background:#e0474f}.swatch.answered{background:#8cc49c}.swatch.case-closed{background:#e39a3b}
.event[data-entered-late] circle{stroke:#1d2330;stroke-dasharray:3 2}.swatch.entered-late{background:#fff;border:2px dashed #1d2330;width:8px;height:8px}
.late{color:#8a4b00;font-size:12px}
`;

/**
 * What the page may load: nothing but its own inline style (by hash) and submitting its form to
 * itself. It has no script, so the policy forbids every script.
 */
export const TIMELINE_PAGE_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const REGION_SOURCE_TEXT: Readonly<Record<RegionSource, string>> = {
  'case-opened': 'as the case was opened',
  situation: 'its situation, in the region map',
  'state-on-case': 'a state on the case, in the region map',
  'country-named-in-situation': 'the country its situation names, in the region map',
  unassigned: 'nothing on the case is in the region map',
};

type EventKind = 'decided' | 'not-decided' | 'receipt' | 'other';

/** Clocks of the people entering acts drift a little from the server's: within a minute, an act is entered as it happens. */
const ENTERED_AS_IT_HAPPENED_MS = 60_000;

/** How long after it happened an event was recorded, when it was entered later (a meeting on the 8th entered on the 10th); null otherwise. */
function enteredLateBy(entry: TimelineEntry): number | null {
  const delay = msBetween(entry.occurredAt, entry.recordedAt);
  return delay > ENTERED_AS_IT_HAPPENED_MS ? delay : null;
}

function kindOf(entry: TimelineEntry): EventKind {
  const outcome = outcomeOf(entry);
  if (outcome) return outcome.decided ? 'decided' : 'not-decided';
  return receiptsOf(entry).length ? 'receipt' : 'other';
}

/** The scalar facts of an event, enough to tell it apart; content and nested records stay in the API. */
function details(entry: TimelineEntry): string {
  const data = (entry.data ?? {}) as Record<string, unknown>;
  const facts = Object.entries(data).flatMap(([key, value]) => {
    if (key === 'caseId' || key === 'content') return [];
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return [`${key}: ${String(value)}`];
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return [`${key}: ${value.join(', ') || '—'}`];
    return [];
  });
  const text = facts.slice(0, 5).join(' · ');
  return text.length > 220 ? `${text.slice(0, 219)}…` : text;
}

const sinceReport = (milestone: Milestone | null) =>
  milestone?.afterFirstReportMs == null
    ? '<td class="num none">—</td>'
    : `<td class="num">${esc(humanDuration(milestone.afterFirstReportMs))}</td>`;

function milestonesTable(figures: CaseFigures): string {
  const row = (label: string, milestone: Milestone | null) =>
    `<tr><th scope="row">${esc(label)}</th><td>${milestone ? esc(instant(milestone.at)) : '<span class="none">not yet</span>'}</td>${sinceReport(milestone)}</tr>`;
  const report = figures.firstReport;
  return `<table class="milestones"><thead><tr><th>Milestone</th><th>When it happened (UTC)</th><th>After the first report</th></tr></thead><tbody>
<tr><th scope="row">First information report</th><td>${report ? esc(instant(report.at)) : '<span class="none">none on the case</span>'}</td><td class="num">—</td></tr>
${row('First assessment issued', figures.firstAssessment)}
${row('First transmission by the Secretary-General', figures.firstTransmission)}
${figures.firstDecisionByOrgan.map((d) => row(`First decision: ${d.organ}`, d)).join('\n')}
${row('First response (measure registered)', figures.firstResponse)}
</tbody></table>`;
}

function warningStatus(warning: Warning): string {
  switch (warning.status) {
    case 'answered':
      return `answered after ${humanDuration(warning.answeredAfterMs)}`;
    case 'open':
      return `open ${humanDuration(warning.openForMs)}, no decision`;
    case 'case-closed':
      return `unanswered ${humanDuration(warning.unansweredForMs)}, until the case was closed`;
  }
}

function warningsTable(figures: CaseFigures): string {
  if (!figures.warnings.length) return '<p class="none">No assessment has been transmitted to an organ yet.</p>';
  const rows = figures.warnings.map(
    (w) =>
      `<tr class="gap-${w.status}"><td>${esc(w.organ)}</td><td>${esc(w.assessmentId)}<br><code>${esc(w.contentDigest.slice(0, 23))}</code></td>` +
      `<td>${esc(instant(w.warnedAt))}</td><td class="status">${esc(warningStatus(w))}</td>` +
      `<td>${w.notDecided.length ? esc(w.notDecided.map((o) => `${o.outcome} ${o.ref}`).join(', ')) : '<span class="none">—</span>'}</td></tr>`,
  );
  return `<p class="meta">${figures.warningResponseGap.length} of ${figures.warnings.length} warnings led to no decision.</p>
<table class="warnings"><thead><tr><th>Organ warned</th><th>Assessment</th><th>Transmitted (UTC)</th><th>Status at ${esc(instant(figures.now))}</th><th>Drafts not adopted meanwhile</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>`;
}

function vetoesAndPledges(figures: CaseFigures): string {
  const vetoes = figures.vetoes.map(
    (v) =>
      `<li>${esc(instant(v.at))}: draft ${esc(v.draftId)} vetoed by ${esc(v.vetoedBy.join(', '))}${v.vetoDebateDueBy ? `; Assembly debate due by ${esc(instant(v.vetoDebateDueBy))}` : ''}</li>`,
  );
  const pledges = figures.breachedPledges.map(
    (p) => `<li>${esc(instant(p.at))}: ${esc(p.state)} breached the ${esc(p.pledge)} on draft ${esc(p.draftId)}</li>`,
  );
  return `<h3>Vetoes</h3>${vetoes.length ? `<ul class="vetoes">${vetoes.join('')}</ul>` : '<p class="none">None.</p>'}
<h3>Pledges breached</h3>${pledges.length ? `<ul class="pledges">${pledges.join('')}</ul>` : '<p class="none">None.</p>'}`;
}

const LABEL_WIDTH = 210;
/** The body's widest content, in CSS pixels (its max-width). */
const PAGE_WIDTH = 1600;
const round = (value: number) => Math.round(value * 10) / 10;
const LANE_HEIGHT = 48;
const TOP = 28;
const AXIS_HEIGHT = 44;

function gapEnd(warning: Warning, now: string): string {
  return warning.status === 'answered' ? warning.decidedAt : warning.status === 'case-closed' ? warning.closedAt : now;
}

/** The events on a time axis, one lane per body, with each warning drawn from its transmission to its answer (or to now). */
function timeAxis(page: TimelinePage): string {
  const { timeline, figures, by } = page;
  const lanes = [...new Set([...timeline.map(organOf), ...figures.warnings.map((w) => w.organ)])];
  const times = timeline.map((entry) => timeOn(by, entry));
  const axis = stops(times);
  const now = Date.parse(figures.now);
  const x = (time: number) => round(LABEL_WIDTH + positionOf(axis, time));
  const width = round(Math.max(x(now), LABEL_WIDTH + (axis.at(-1)?.x ?? 0)) + 150);
  const height = TOP + lanes.length * LANE_HEIGHT + AXIS_HEIGHT;
  const laneY = (lane: string) => TOP + lanes.indexOf(lane) * LANE_HEIGHT;

  const laneRows = lanes.map(
    (lane, i) =>
      `<g class="lane" data-lane="${esc(lane)}"><rect class="lane-bg${i % 2 ? ' odd' : ''}" x="0" y="${TOP + i * LANE_HEIGHT}" width="${width}" height="${LANE_HEIGHT}"/>` +
      `<text class="lane-label" x="10" y="${TOP + i * LANE_HEIGHT + LANE_HEIGHT / 2 + 4}">${esc(lane)}</text></g>`,
  );
  const gaps = figures.warnings.map((w) => {
    const x1 = x(Date.parse(w.warnedAt));
    const x2 = Math.max(x1 + 3, x(Date.parse(gapEnd(w, figures.now))));
    const y = laneY(w.organ) + LANE_HEIGHT - 13;
    const label =
      w.status === 'answered'
        ? ''
        : `<text x="${x2 + 4}" y="${y + 9}">${esc(w.status === 'open' ? `open ${humanDuration(w.openForMs)}` : `unanswered ${humanDuration(w.unansweredForMs)}`)}</text>`;
    return `<g class="gap ${w.status}"><title>${esc(`${w.organ}: assessment ${w.assessmentId}, ${warningStatus(w)}`)}</title><rect x="${x1}" y="${y}" width="${x2 - x1}" height="9" rx="2"/>${label}</g>`;
  });
  const events = timeline.map((entry, i) => {
    const cx = round(LABEL_WIDTH + axis[i].x);
    const cy = laneY(organOf(entry)) + LANE_HEIGHT / 2 - 4;
    const late = enteredLateBy(entry);
    const title =
      `#${i + 1} ${entry.type} (${entry.context}) — happened ${instant(entry.occurredAt)}, recorded ${instant(entry.recordedAt)}` +
      `${late === null ? '' : ` (entered ${humanDuration(late)} after it happened)`} — ${entry.actor.person}, ${entry.actor.body}`;
    return `<g class="event ${kindOf(entry)}" data-type="${esc(entry.type)}"${late === null ? '' : ' data-entered-late=""'}><title>${esc(title)}</title><circle cx="${cx}" cy="${cy}" r="12"/><text x="${cx}" y="${cy + 4}">${i + 1}</text></g>`;
  });
  const axisY = TOP + lanes.length * LANE_HEIGHT;
  let lastLabelX = -Infinity;
  const ticks = axis.map((stop, i) => {
    const tx = round(LABEL_WIDTH + stop.x);
    const showLabel =
      tx - lastLabelX >= 130 &&
      (i === 0 || instant(new Date(stop.time).toISOString()) !== instant(new Date(axis[i - 1].time).toISOString()));
    if (showLabel) lastLabelX = tx;
    return `<line x1="${tx}" y1="${axisY}" x2="${tx}" y2="${axisY + 5}"/>${showLabel ? `<text x="${tx}" y="${axisY + 18}">${esc(instant(new Date(stop.time).toISOString()))}</text>` : ''}`;
  });
  const elapsed = axis.slice(1).flatMap((stop, i) => {
    const gap = stop.time - axis[i].time;
    if (gap < 3_600_000 || stop.x - axis[i].x < STEP + 20) return [];
    return [`<text class="elapsed" x="${round(LABEL_WIDTH + (stop.x + axis[i].x) / 2)}" y="${TOP - 9}">+${esc(humanDuration(gap))}</text>`];
  });
  const nowX = x(now);
  // A case that fits in 1/0.7 of the page is shrunk to fit, so it prints whole; a longer one scrolls at full size.
  const fits = width <= PAGE_WIDTH / 0.7;
  return `<svg xmlns="http://www.w3.org/2000/svg"${fits ? ' class="fit"' : ''} width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="Events of the case on a time axis, one lane per body">
${laneRows.join('\n')}
${gaps.join('\n')}
${events.join('\n')}
<g class="axis"><line x1="${LABEL_WIDTH}" y1="${axisY}" x2="${width - 10}" y2="${axisY}"/>${ticks.join('')}<text x="10" y="${axisY + 18}">${by === 'recorded' ? 'recorded (UTC)' : 'happened (UTC)'}</text></g>
${elapsed.join('\n')}
<g class="now"><line x1="${nowX}" y1="${TOP - 4}" x2="${nowX}" y2="${axisY}"/><text x="${nowX - 4}" y="${axisY + 34}" text-anchor="end">figures at ${esc(instant(figures.now))}</text></g>
</svg>`;
}

function eventsTable(page: TimelinePage): string {
  if (!page.timeline.length) return '<p class="none">Nothing had been recorded on the case by then.</p>';
  let previous: TimelineEntry | undefined;
  const rows = page.timeline.map((entry, i) => {
    const since = previous
      ? humanDuration(
          msBetween(
            previous[page.by === 'recorded' ? 'recordedAt' : 'occurredAt'],
            entry[page.by === 'recorded' ? 'recordedAt' : 'occurredAt'],
          ),
        )
      : '';
    previous = entry;
    const late = enteredLateBy(entry);
    const recorded = `${esc(instant(entry.recordedAt))}${late === null ? '' : `<br><span class="late">entered ${esc(humanDuration(late))} after it happened</span>`}`;
    return (
      `<tr class="${kindOf(entry)}"><td class="num">${i + 1}</td><td>${esc(instant(entry.occurredAt))}</td><td>${recorded}</td><td class="num">${since ? `+${esc(since)}` : '—'}</td>` +
      `<td>${esc(organOf(entry))}</td><td><strong>${esc(entry.type)}</strong><br><code>${esc(entry.context)}</code></td><td>${esc(details(entry))}</td><td>${esc(entry.actor.person)}<br><code>${esc(entry.actor.body)}</code></td></tr>`
    );
  });
  return `<table class="events"><thead><tr><th>#</th><th>Happened (UTC)</th><th>Recorded (UTC)</th><th>Since previous</th><th>Body</th><th>Event</th><th>Details</th><th>Actor</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>`;
}

function replayForm(page: TimelinePage): string {
  const option = (clock: TimelineClock, label: string) =>
    `<option value="${clock}"${page.by === clock ? ' selected' : ''}>${label}</option>`;
  return `<form method="get" class="replay">
<label>Replay as it stood at <input name="asOf" value="${esc(page.asOf ?? '')}" placeholder="2024-03-01T12:00:00Z" size="24"></label>
<label>by when events <select name="by">${option('recorded', 'were recorded (what was known)')}${option('occurred', 'happened')}</select></label>
<button type="submit">Replay</button>
</form>`;
}

function signOut(until: string | null): string {
  if (!until) return '';
  return `<form method="post" action="/page-session/end" class="sign-out">
<span class="meta">Signed in until ${esc(instant(until))} UTC.</span><button type="submit">Sign out</button>
</form>`;
}

const LEGEND: readonly (readonly [string, string])[] = [
  ['decided', 'decision taken'],
  ['not-decided', 'draft vetoed, failed or rejected'],
  ['receipt', 'assessment issued, received or placed'],
  ['other', 'other event'],
  ['bar answered', 'warning answered'],
  ['bar open', 'warning open'],
  ['bar case-closed', 'warning unanswered at closure'],
  ['entered-late', 'entered after it happened'],
];

function enteredLateSummary(timeline: readonly TimelineEntry[]): string {
  const late = timeline.filter((entry) => enteredLateBy(entry) !== null).length;
  if (!late) return 'Every event was recorded as it happened.';
  return `${late} of ${timeline.length} were entered after they happened; replay by when events happened to see them in their place.`;
}

/** The auditors' page for one case: a self-contained HTML document, no script, every value escaped. */
export function renderTimelinePage(page: TimelinePage): string {
  const { figures } = page;
  const situation = figures.situation ?? 'Situation not yet on the record';
  const clock = page.by === 'recorded' ? 'were recorded (what was known then)' : 'happened';
  const state = page.asOf
    ? `As it stood at ${instant(page.asOf)} UTC, by when events ${clock}.`
    : `Complete, in the order events ${clock}.`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<title>${esc(`Case timeline: ${situation}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Case timeline</h1>
<p class="situation">${esc(situation)}</p>
<p class="meta">Case <code>${esc(page.caseId)}</code> · region: ${esc(figures.region.region)} (${esc(REGION_SOURCE_TEXT[figures.region.source])}) · ${page.timeline.length} events</p>
<p class="replay-state">${esc(state)} Figures at ${esc(instant(figures.now))} UTC.</p>
<p class="meta">Each event has two times: when it happened and when it was recorded. ${esc(enteredLateSummary(page.timeline))}</p>
${replayForm(page)}
${signOut(page.signedInUntil)}
</header>
<section id="figures">
<h2>Warning and response</h2>
${milestonesTable(figures)}
<h3>Warning-response gap</h3>
${warningsTable(figures)}
${vetoesAndPledges(figures)}
</section>
<section id="lanes">
<h2>Events by body</h2>
<div class="scroll">${timeAxis(page)}</div>
<p class="legend">Circles are numbered as in the table below. ${LEGEND.map(([swatch, label]) => `<span class="key"><span class="swatch ${swatch}"></span>${label}</span>`).join(' ')}.
Spacing grows with the logarithm of the time between events; elapsed times are written above.</p>
</section>
<section id="events">
<h2>Every event</h2>
${eventsTable(page)}
</section>
<footer>Served by the accountability context from its own record of every context's events. Times are UTC.</footer>
</body>
</html>
`;
}
