import { createHash } from 'node:crypto';
import { caseFigures } from '../figures/case-figures';
import { NO_REGIONS } from '../figures/regions';
import { KNOWN_REGIONS, NOW, RIFT_VALLEY, day, entry, riftValley } from '../replay/timeline.fixtures';
import { timelineAsOf } from '../timeline/timeline-entry';
import { esc } from './html';
import { TIMELINE_PAGE_CONTENT_SECURITY_POLICY, renderTimelinePage } from './timeline-page';
import { STEP, positionOf, spacing, stops } from './time-axis';

const page = (timeline = riftValley, signedInUntil: string | null = null, asOf: string | null = null) =>
  renderTimelinePage({
    caseId: RIFT_VALLEY,
    timeline: timelineAsOf(timeline, asOf ? new Date(asOf) : undefined),
    by: 'recorded',
    asOf,
    figures: caseFigures(RIFT_VALLEY, timeline, asOf ? new Date(asOf) : NOW, KNOWN_REGIONS),
    signedInUntil,
  });

describe('the timeline page', () => {
  describe('given the Rift Valley case on day 38', () => {
    const html = page();

    it('draws one lane per body, in the order each first appears', () => {
      const lanes = [...html.matchAll(/data-lane="([^"]+)"/g)].map((m) => m[1]);
      expect(lanes).toEqual([
        'un-joint-office',
        'un-secretary-general',
        'un-security-council',
        'au-psc',
        'un-general-assembly',
        'un-peacebuilding-commission',
      ]);
    });

    it('numbers every event on the axis and in the table', () => {
      expect([...html.matchAll(/<g class="event /g)]).toHaveLength(riftValley.length);
      expect([...html.matchAll(/<tr class="(decided|not-decided|receipt|other)">/g)]).toHaveLength(riftValley.length);
    });

    it('shows the gap figures: the milestones from the first report and the Assembly’s warning open 30 days', () => {
      expect(html).toContain('<th scope="row">First assessment issued</th><td>2024-03-05 00:00:00</td><td class="num">3 d</td>');
      expect(html).toContain('First decision: un-security-council');
      expect(html).toContain('open 30 d, no decision');
      expect(html).toContain('answered after 15 d');
      expect(html).toContain('1 of 3 warnings led to no decision.');
      expect(html).toMatch(/draft D1 vetoed by member-state:RUS/);
      expect(html).toMatch(/member-state:VEN breached the ACT code of conduct/);
    });

    it('has no script, and its policy admits only its own style', () => {
      expect(html).not.toMatch(/<script/i);
      const style = html.match(/<style>([\s\S]*?)<\/style>/)![1];
      expect(TIMELINE_PAGE_CONTENT_SECURITY_POLICY).toContain(`'sha256-${createHash('sha256').update(style).digest('base64')}'`);
      expect(TIMELINE_PAGE_CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    });
  });

  describe('given text from an event that tries to inject markup', () => {
    it('then the page shows it as text', () => {
      const hostile = [
        entry('focal-point', 'case-opened', day(0), { situation: '<script>alert(1)</script> & "quotes"' }),
        entry(
          'focal-point',
          'information-report-filed',
          day(1),
          { location: '<img src=x onerror=alert(1)>' },
          { actor: 'un-joint-office' },
        ),
      ];
      const html = page(hostile);
      expect(html).not.toMatch(/<script|<img/i);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    });

    it('escapes every character that could end an attribute or open a tag', () => {
      expect(esc(`<a href='x'>"&"</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;');
    });
  });

  describe('given the page opened in a page session', () => {
    it('then it says until when, and signs out by a form posted to this site', () => {
      const html = page(riftValley, '2024-03-08T12:15:00.000Z');
      expect(html).toContain('Signed in until 2024-03-08 12:15:00 UTC.');
      expect(html).toContain('<form method="post" action="/page-session/end" class="sign-out">');
      expect(html).not.toContain('name="token"');
    });

    it('and read with a bearer token instead, it offers no sign-out', () => {
      expect(page(riftValley, null)).not.toContain('/page-session/end');
    });
  });

  describe('given the case replayed to day 7', () => {
    it('then the page shows only what was known by then, and says so', () => {
      const html = page(riftValley, null, day(7));
      expect(html).toContain('As it stood at 2024-03-08 00:00:00 UTC');
      expect(html).not.toContain('data-lane="un-general-assembly"');
      expect(html).toContain('open 1 d, no decision');
    });
  });

  describe('given a meeting held on day 8 and entered on day 10', () => {
    const events = [
      entry('focal-point', 'case-opened', day(0), { situation: 'Kenya' }),
      entry('secretary-general', 'standing-group-meeting-held', day(8), { meetingId: 'M1' }, { recordedAt: day(10) }),
      entry('focal-point', 'information-report-filed', day(9), { location: 'Eldoret' }),
    ];
    const render = (by: 'recorded' | 'occurred') =>
      renderTimelinePage({
        caseId: 'c',
        timeline: timelineAsOf(events, undefined, by),
        by,
        asOf: null,
        figures: caseFigures('c', events, NOW, NO_REGIONS),
        signedInUntil: null,
      });

    it('then each entry shows both clocks, and the one entered late says how late', () => {
      const html = render('recorded');
      expect(html).toContain(
        '<td>2024-03-09 00:00:00</td><td>2024-03-11 00:00:00<br><span class="late">entered 2 d after it happened</span></td>',
      );
      expect(html).toContain('<td>2024-03-10 00:00:00</td><td>2024-03-10 00:01:00</td>');
      expect(html).toMatch(
        /<g class="event other" data-type="standing-group-meeting-held" data-entered-late=""><title>#3 standing-group-meeting-held \(secretary-general\) — happened 2024-03-09 00:00:00, recorded 2024-03-11 00:00:00 \(entered 2 d after it happened\)/,
      );
      expect(html).toContain('1 of 3 were entered after they happened');
    });

    it('then the order follows the clock asked for', () => {
      const order = (html: string) => [...html.matchAll(/<g class="event [^"]*" data-type="([^"]+)"/g)].map((m) => m[1]);
      expect(order(render('recorded'))).toEqual(['case-opened', 'information-report-filed', 'standing-group-meeting-held']);
      expect(order(render('occurred'))).toEqual(['case-opened', 'standing-group-meeting-held', 'information-report-filed']);
    });
  });

  describe('given a case nothing is known of yet', () => {
    it('then the page says so rather than failing', () => {
      const html = renderTimelinePage({
        caseId: 'c',
        timeline: [],
        by: 'occurred',
        asOf: null,
        figures: caseFigures('c', [], NOW, NO_REGIONS),
        signedInUntil: null,
      });
      expect(html).toContain('Nothing had been recorded on the case by then.');
      expect(html).toContain('No assessment has been transmitted to an organ yet.');
    });
  });
});

describe('the time axis', () => {
  it('gives events a second apart one step, and a month apart far more, but far less than thirty days’ worth of steps', () => {
    const axis = stops([0, 1_000, 1_000 + 30 * 86_400_000]);
    expect(axis[1].x).toBeCloseTo(STEP, 0);
    expect(axis[2].x - axis[1].x).toBeGreaterThan(5 * STEP);
    expect(axis[2].x - axis[1].x).toBeLessThan(10 * STEP);
  });

  it('gives events at the same instant a step each, so none hides another', () => {
    expect(stops([5, 5, 5]).map((s) => s.x)).toEqual([0, STEP, 2 * STEP]);
  });

  it('places an instant on its event, between events in proportion, and past the last as a next event would be', () => {
    const axis = stops([0, 0, 7_200_000]);
    expect(positionOf(axis, 0)).toBe(0);
    expect(positionOf(axis, 3_600_000)).toBeCloseTo(STEP + spacing(7_200_000) / 2, 6);
    expect(positionOf(axis, 10_800_000)).toBeCloseTo(axis[2].x + spacing(3_600_000), 6);
    expect(positionOf(axis, -1)).toBe(0);
  });
});
