import { RankedApplication, rankingCsv } from './ranking.service';

const HEADER = 'rank,applicationId,startupName,sector,status,score,zScore,reviews,submittedAt';

function row(overrides: Partial<RankedApplication> = {}): RankedApplication {
  return {
    rank: 1,
    applicationId: '0195f3a2-0000-7000-8000-000000000001',
    startupName: 'AirSense',
    sector: 'cleantech',
    status: 'under_review',
    score: 3.75,
    zScore: 0.5,
    reviews: 2,
    submittedAt: '2026-03-01T09:00:00.000Z',
    ...overrides,
  };
}

/** The lines of a CSV (the last, after the final CRLF, is empty). */
const lines = (csv: string) => csv.split('\r\n');

describe('rankingCsv', () => {
  it('starts with the header and ends every line with CRLF, the last one included', () => {
    const csv = rankingCsv([row(), row({ rank: 2, applicationId: 'b', startupName: 'Nomad Health', score: 3, zScore: -0.5, reviews: 1 })]);
    expect(csv).toBe(
      [HEADER, '1,0195f3a2-0000-7000-8000-000000000001,AirSense,cleantech,under_review,3.75,0.5,2,2026-03-01T09:00:00.000Z', '2,b,Nomad Health,cleantech,under_review,3,-0.5,1,2026-03-01T09:00:00.000Z', ''].join(
        '\r\n',
      ),
    );
  });

  it('is the header alone for no rows', () => {
    expect(rankingCsv([])).toBe(`${HEADER}\r\n`);
  });

  it('writes nulls as empty cells', () => {
    const csv = rankingCsv([row({ startupName: null, sector: null, score: null, zScore: null, submittedAt: null, reviews: 0 })]);
    expect(lines(csv)[1]).toBe('1,0195f3a2-0000-7000-8000-000000000001,,,under_review,,,0,');
  });

  it.each([
    ['a comma', 'Sensors, Inc.', '"Sensors, Inc."'],
    ['double quotes (doubled inside)', 'The "Best" Co', '"The ""Best"" Co"'],
    ['a line feed', 'Two\nlines', '"Two\nlines"'],
    ['a carriage return', 'Two\rlines', '"Two\rlines"'],
    ['nothing special', 'Plain name', 'Plain name'],
  ])('quotes a text cell with %s', (_what, name, cell) => {
    const csv = rankingCsv([row({ startupName: name })]);
    expect(csv.startsWith(`${HEADER}\r\n1,0195f3a2-0000-7000-8000-000000000001,${cell},cleantech,`)).toBe(true);
  });

  it.each([
    ['=', '=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ['+', '+1+1', "'+1+1"],
    ['-', '-2+3', "'-2+3"],
    ['@', '@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['a tab', '\t=1', "'\t=1"],
    ['a carriage return', '\r=1', `"'\r=1"`],
  ])('prefixes a text cell starting with %s with an apostrophe (then quotes it if needed)', (_what, text, cell) => {
    const csv = rankingCsv([row({ startupName: text })]);
    expect(csv).toBe(`${HEADER}\r\n1,0195f3a2-0000-7000-8000-000000000001,${cell},cleantech,under_review,3.75,0.5,2,2026-03-01T09:00:00.000Z\r\n`);
  });

  it('prefixes every text column, not only the name', () => {
    const csv = rankingCsv([row({ sector: '=cmd|"/c calc"!A1', status: '@status' })]);
    expect(lines(csv)[1]).toBe(`1,0195f3a2-0000-7000-8000-000000000001,AirSense,"'=cmd|""/c calc""!A1",'@status,3.75,0.5,2,2026-03-01T09:00:00.000Z`);
  });

  it('prefixes a text that looks like a negative number (it is text), but leaves negative numbers alone', () => {
    const csv = rankingCsv([row({ startupName: '-5', score: -1.25, zScore: -0.7071 })]);
    expect(lines(csv)[1]).toBe("1,0195f3a2-0000-7000-8000-000000000001,'-5,cleantech,under_review,-1.25,-0.7071,2,2026-03-01T09:00:00.000Z");
  });

  it('leaves a formula character inside a text alone', () => {
    const csv = rankingCsv([row({ startupName: 'A=B+C-D@E' })]);
    expect(lines(csv)[1]).toContain(',A=B+C-D@E,');
  });

  it('writes one line per row, in the order given, with rank, score and reviews as plain numbers', () => {
    const rows = [1, 2, 3].map((rank) => row({ rank, applicationId: `id-${rank}`, score: 5 - rank, zScore: rank - 2, reviews: rank }));
    const body = lines(rankingCsv(rows)).slice(1, -1);
    expect(body).toEqual([
      'id-1', 'id-2', 'id-3',
    ].map((id, i) => `${i + 1},${id},AirSense,cleantech,under_review,${4 - i},${i - 1},${i + 1},2026-03-01T09:00:00.000Z`));
  });
});
