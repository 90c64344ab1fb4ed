import type { FieldError } from '@hatchery/core';
import type { Criterion } from '@hatchery/programmes';

/** Every criterion of the round, each an integer on its scale, nothing else. */
export function scoreErrors(rubric: Criterion[], scores: Record<string, unknown>): FieldError[] {
  const errors: FieldError[] = [];
  const keys = new Set(rubric.map((c) => c.key));
  for (const key of Object.keys(scores)) if (!keys.has(key)) errors.push({ field: `scores.${key}`, message: 'this round has no such criterion' });
  for (const criterion of rubric) {
    const value = Object.hasOwn(scores, criterion.key) ? scores[criterion.key] : undefined;
    if (value === undefined || value === null) errors.push({ field: `scores.${criterion.key}`, message: `"${criterion.label}" needs a score` });
    else if (typeof value !== 'number' || !Number.isInteger(value) || value < criterion.scaleMin || value > criterion.scaleMax) {
      errors.push({ field: `scores.${criterion.key}`, message: `"${criterion.label}" must be a whole number from ${criterion.scaleMin} to ${criterion.scaleMax}` });
    }
  }
  return errors;
}

export interface Candidate {
  userId: string;
  load: number;
}

/**
 * Picks reviewers for each application: `perApplication` of them, least loaded first (ties by
 * id, so the result is stable), never the applicant, never one with a declared conflict, never
 * one already on it. Loads are updated as it goes, so work spreads evenly.
 */
export function planAssignments(
  applications: { id: string; applicantUserId: string; assigned: string[]; conflicts: string[] }[],
  reviewers: Candidate[],
  perApplication: number,
): { applicationId: string; reviewerUserId: string }[] {
  const load = new Map(reviewers.map((r) => [r.userId, r.load]));
  const plan: { applicationId: string; reviewerUserId: string }[] = [];
  for (const application of applications) {
    const excluded = new Set([application.applicantUserId, ...application.assigned, ...application.conflicts]);
    const need = perApplication - application.assigned.length;
    if (need <= 0) continue;
    const chosen = [...load.entries()]
      .filter(([userId]) => !excluded.has(userId))
      .sort(([a, la], [b, lb]) => la - lb || a.localeCompare(b))
      .slice(0, need);
    for (const [userId] of chosen) {
      plan.push({ applicationId: application.id, reviewerUserId: userId });
      load.set(userId, load.get(userId)! + 1);
    }
  }
  return plan;
}
