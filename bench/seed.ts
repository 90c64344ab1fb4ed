import type { Client } from 'pg';

/** The screening rubric of the benchmark's calls: four criteria, unequal weights, 1–5 scales. */
export const BENCH_RUBRIC = [
  { key: 'innovative_idea', label: 'Innovative idea', weight: 3, scaleMin: 1, scaleMax: 5 },
  { key: 'leadership', label: 'Leadership', weight: 2, scaleMin: 1, scaleMax: 5 },
  { key: 'team_composition', label: 'Team composition', weight: 2, scaleMin: 1, scaleMax: 5 },
  { key: 'previous_experience', label: 'Previous experience', weight: 1, scaleMin: 1, scaleMax: 5 },
];

export const ROUND_KEY = 'screening';
export const REVIEWERS = 30;
export const REVIEWERS_PER_APPLICATION = 3;

export interface CallSpec {
  title: string;
  applications: number;
}

export interface Seeded {
  organizationId: string;
  slug: string;
  programmeId: string;
  /** The ids of the calls, in the order asked for. */
  callIds: string[];
}

/**
 * Fills the benchmark database, set-based, as the superuser (who bypasses row level security).
 * `setseed` makes the scores the same from run to run (ids are random, the data is not).
 *
 * Scores: each application has a latent quality, each reviewer a bias (harsh … lenient) and a
 * spread (uses the middle … the whole scale), so the weighted and z-score rankings differ.
 */
export async function seed(db: Client, options: { slug: string; calls: CallSpec[] }): Promise<Seeded> {
  const applicants = Math.max(...options.calls.map((c) => c.applications));
  await db.query('BEGIN');
  try {
    await db.query('SELECT setseed(0.2024)');
    const { rows: org } = await db.query<{ id: string }>(
      `INSERT INTO organizations (id, slug, name, kind, ownership, timezone, default_currency)
       VALUES (gen_random_uuid(), $1, 'Bench Science Park', 'science_innovation_park', 'ppp', 'Europe/Lisbon', 'EUR') RETURNING id`,
      [options.slug],
    );
    const organizationId = org[0].id;
    const rubric = JSON.stringify(BENCH_RUBRIC);
    const { rows: programme } = await db.query<{ id: string }>(
      `INSERT INTO programmes (id, organization_id, name, type, description, phase_template, rubric)
       VALUES (gen_random_uuid(), $1, 'Incubation', 'incubation', 'Six months of incubation.', $2::jsonb, $3::jsonb) RETURNING id`,
      [
        organizationId,
        JSON.stringify([{ name: 'Validation', durationValue: 6, durationUnit: 'months', milestones: [{ title: 'Customer interviews', description: null, offsetDays: 14, evidenceRequired: true }] }]),
        rubric,
      ],
    );
    const programmeId = programme[0].id;

    // People: reviewers with their bias and spread, and the applicants (the calls share them: a
    // call of n applications has the first n).
    await db.query(
      `CREATE TEMP TABLE bench_reviewer ON COMMIT DROP AS
       SELECT i, gen_random_uuid() AS id, (random() * 2.4 - 1.2) AS bias, (0.4 + random() * 0.8) AS spread
         FROM generate_series(0, ${REVIEWERS - 1}) i`,
    );
    await db.query(
      `CREATE TEMP TABLE bench_applicant ON COMMIT DROP AS
       SELECT i, gen_random_uuid() AS id FROM generate_series(0, $1::int - 1) i`,
      [applicants],
    );
    await db.query(
      `INSERT INTO users (id, email, name, password_hash)
       SELECT id, format('reviewer-%s@bench.hatchery.test', i), format('Reviewer %s', i), 'bench: no login' FROM bench_reviewer
       UNION ALL
       SELECT id, format('applicant-%s@bench.hatchery.test', i), format('Applicant %s', i), 'bench: no login' FROM bench_applicant`,
    );
    await db.query(
      `INSERT INTO memberships (id, organization_id, user_id, role) SELECT gen_random_uuid(), $1, id, 'reviewer' FROM bench_reviewer`,
      [organizationId],
    );

    const callIds: string[] = [];
    for (const call of options.calls) callIds.push(await seedCall(db, organizationId, programmeId, call.title, call.applications));
    await db.query('COMMIT');
    return { organizationId, slug: options.slug, programmeId, callIds };
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** One closed call in its screening round: n applications, 3 submitted reviews each, 4 scores per review. */
async function seedCall(db: Client, organizationId: string, programmeId: string, title: string, n: number): Promise<string> {
  const round = { key: ROUND_KEY, name: 'Screening', rubric: BENCH_RUBRIC, shortlistSize: 100 };
  const questions = [
    { key: 'team_background', label: "Tell us about your team's background", type: 'long_text', required: true, minLength: null, maxLength: 2000, min: null, max: null, options: null },
    { key: 'sector', label: 'Sector', type: 'single_choice', required: true, minLength: null, maxLength: null, min: null, max: null, options: ['Cleantech', 'Agritech', 'Fintech', 'Healthtech', 'Edtech'] },
  ];
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO calls (id, organization_id, programme_id, title, theme, opens_at, closes_at, capacity, questions, reviewers_per_application, blind_review, rounds, status)
     VALUES (gen_random_uuid(), $1, $2, $3, 'Pollution and traffic', now() - interval '60 days', now() - interval '20 days', 20, $4::jsonb, ${REVIEWERS_PER_APPLICATION}, false, $5::jsonb, 'closed')
     RETURNING id`,
    [organizationId, programmeId, title, JSON.stringify(questions), JSON.stringify([round])],
  );
  const callId = rows[0].id;

  await db.query('DROP TABLE IF EXISTS bench_application, bench_assignment');
  await db.query(
    `CREATE TEMP TABLE bench_application ON COMMIT DROP AS
     SELECT p.i, gen_random_uuid() AS id, p.id AS applicant_id, (random() + random() + random() - 1.5) AS quality
       FROM bench_applicant p WHERE p.i < $1`,
    [n],
  );
  await db.query(
    `INSERT INTO applications (id, organization_id, call_id, applicant_user_id, status, startup_name, sector, stage, idea, team_size,
                               previous_experience, founders, answers, submitted_at, round_key)
     SELECT a.id, $1, $2, a.applicant_id, 'under_review', format('Startup %s', lpad(a.i::text, 5, '0')),
            (ARRAY['Cleantech', 'Agritech', 'Fintech', 'Healthtech', 'Edtech'])[1 + a.i % 5],
            (ARRAY['idea', 'pre_seed', 'seed'])[1 + a.i % 3],
            'Sensors on city buses that map air quality street by street, sold to municipalities as a service.',
            1 + a.i % 6, 'Two previous ventures, one exit.',
            jsonb_build_array(jsonb_build_object('name', format('Founder %s', a.i), 'email', format('applicant-%s@bench.hatchery.test', a.i),
                                                 'role', 'CEO', 'gender', null, 'birthYear', null, 'group', null)),
            jsonb_build_object('team_background', 'Engineers from the local university, ten years in embedded systems.',
                               'sector', (ARRAY['Cleantech', 'Agritech', 'Fintech', 'Healthtech', 'Edtech'])[1 + a.i % 5]),
            now() - interval '20 days' - random() * interval '40 days', '${ROUND_KEY}'
       FROM bench_application a`,
    [organizationId, callId],
  );
  // Three distinct reviewers per application: offsets 0, d and 2d (mod 30) with d in 1..14.
  await db.query(
    `CREATE TEMP TABLE bench_assignment ON COMMIT DROP AS
     SELECT gen_random_uuid() AS id, a.id AS application_id, a.quality, r.id AS reviewer_id, r.bias, r.spread
       FROM bench_application a
      CROSS JOIN generate_series(0, ${REVIEWERS_PER_APPLICATION - 1}) k
       JOIN bench_reviewer r ON r.i = (a.i + k * (1 + (a.i / ${REVIEWERS}) % 14)) % ${REVIEWERS}`,
  );
  await db.query(
    `INSERT INTO review_assignments (id, organization_id, application_id, round_key, reviewer_user_id, status, comment, submitted_at)
     SELECT id, $1, application_id, '${ROUND_KEY}', reviewer_id, 'submitted', 'Solid team; market size unclear.', now() - random() * interval '15 days'
       FROM bench_assignment`,
    [organizationId],
  );
  await db.query(
    `INSERT INTO review_scores (assignment_id, criterion_key, organization_id, score)
     SELECT s.id, c.key, $1,
            greatest(1, least(5, round(3 + s.bias + s.spread * (1.5 * s.quality + (random() - 0.5) * 1.2))))::int
       FROM bench_assignment s CROSS JOIN jsonb_to_recordset($2::jsonb) AS c(key text)`,
    [organizationId, JSON.stringify(BENCH_RUBRIC)],
  );
  return callId;
}

/** Row counts of the seeded tables, read as the superuser. */
export async function counts(db: Client): Promise<Record<string, number>> {
  const { rows } = await db.query(
    `SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM applications)::int AS applications,
            (SELECT count(*) FROM review_assignments)::int AS review_assignments, (SELECT count(*) FROM review_scores)::int AS review_scores`,
  );
  return rows[0];
}
