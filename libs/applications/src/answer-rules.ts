import type { FieldError } from '@hatchery/core';
import type { FormQuestion } from '@hatchery/programmes';
import type { Answers } from './entities/application.entity';

const URL_PATTERN = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

function checkOne(question: FormQuestion, value: unknown): string | null {
  switch (question.type) {
    case 'short_text':
    case 'long_text': {
      if (typeof value !== 'string') return 'must be text';
      if (question.minLength !== null && value.trim().length < question.minLength) return `must be at least ${question.minLength} characters`;
      if (question.maxLength !== null && value.length > question.maxLength) return `must be at most ${question.maxLength} characters`;
      if (question.type === 'short_text' && question.maxLength === null && value.length > 500) return 'must be at most 500 characters';
      return null;
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a number';
      if (question.min !== null && value < question.min) return `must be at least ${question.min}`;
      if (question.max !== null && value > question.max) return `must be at most ${question.max}`;
      return null;
    }
    case 'single_choice':
      return typeof value === 'string' && question.options!.includes(value) ? null : `must be one of: ${question.options!.join(', ')}`;
    case 'multiple_choice':
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !question.options!.includes(v))) return `must be a list of: ${question.options!.join(', ')}`;
      if (new Set(value).size !== value.length) return 'must not repeat an option';
      return null;
    case 'url':
      return typeof value === 'string' && URL_PATTERN.test(value) && value.length <= 2000 ? null : 'must be an http(s) URL';
    case 'yes_no':
      return typeof value === 'boolean' ? null : 'must be true or false';
    default:
      return 'is of an unknown question type';
  }
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/**
 * Field errors for a call's answers. A draft may leave questions unanswered; `complete` (on
 * submit) requires every required one. Answers to questions the call does not ask are refused.
 */
export function answerErrors(questions: FormQuestion[], answers: Answers, options: { complete: boolean }): FieldError[] {
  const errors: FieldError[] = [];
  const byKey = new Map(questions.map((q) => [q.key, q]));
  for (const key of Object.keys(answers)) {
    if (!byKey.has(key)) errors.push({ field: `answers.${key}`, message: 'this call has no such question' });
  }
  for (const question of questions) {
    // Own keys only: a question keyed 'constructor' must not see Object.prototype's.
    const value = Object.hasOwn(answers, question.key) ? answers[question.key] : undefined;
    if (isBlank(value)) {
      if (options.complete && question.required) errors.push({ field: `answers.${question.key}`, message: `"${question.label}" is required` });
      continue;
    }
    const problem = checkOne(question, value);
    if (problem) errors.push({ field: `answers.${question.key}`, message: `"${question.label}" ${problem}` });
  }
  return errors;
}
