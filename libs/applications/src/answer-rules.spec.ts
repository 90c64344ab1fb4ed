import type { FormQuestion } from '@hatchery/programmes';
import { answerErrors } from './answer-rules';
import type { Answers } from './entities/application.entity';

/** A question as normalizeQuestions stores it: every limit present, null when not set. */
function question(overrides: Partial<FormQuestion> & Pick<FormQuestion, 'key' | 'type'>): FormQuestion {
  return { label: overrides.key, required: false, minLength: null, maxLength: null, min: null, max: null, options: null, ...overrides };
}

const DRAFT = { complete: false };
const SUBMIT = { complete: true };

/** The fields with an error, for the answers given to one question list. */
const fields = (questions: FormQuestion[], answers: Record<string, unknown>, options = DRAFT) =>
  answerErrors(questions, answers as Answers, options).map((e) => e.field);

describe('answerErrors', () => {
  describe.each([
    {
      type: 'short_text',
      q: question({ key: 'tagline', type: 'short_text', minLength: 3, maxLength: 20 }),
      valid: ['abc', 'x'.repeat(20), '  abc  '],
      invalid: [['too short', 'ab'], ['too short once trimmed', '  ab   '], ['too long', 'x'.repeat(21)], ['a number', 12], ['a boolean', true], ['a list', ['abc']], ['an object', { text: 'abc' }]],
    },
    {
      type: 'short_text without maxLength (500 at most)',
      q: question({ key: 'tagline', type: 'short_text' }),
      valid: ['x', 'x'.repeat(500)],
      invalid: [['longer than 500', 'x'.repeat(501)]],
    },
    {
      type: 'long_text',
      q: question({ key: 'story', type: 'long_text', minLength: 10, maxLength: 2000 }),
      valid: ['ten chars!', 'x'.repeat(2000)],
      invalid: [['too short', 'nine char'], ['too long', 'x'.repeat(2001)], ['a number', 10]],
    },
    {
      type: 'long_text without maxLength (no 500 limit)',
      q: question({ key: 'story', type: 'long_text' }),
      valid: ['x'.repeat(5000)],
      invalid: [['a list', ['x']]],
    },
    {
      type: 'number',
      q: question({ key: 'employees', type: 'number', min: 0, max: 500 }),
      valid: [0, 500, 12.5],
      invalid: [['below min', -1], ['above max', 501], ['text', '12'], ['a boolean', true], ['NaN', NaN], ['Infinity', Infinity], ['a list', [1]]],
    },
    {
      type: 'number without limits',
      q: question({ key: 'revenue', type: 'number' }),
      valid: [-1e9, 1e12],
      invalid: [['text', 'a lot']],
    },
    {
      type: 'single_choice',
      q: question({ key: 'track', type: 'single_choice', options: ['hardware', 'software'] }),
      valid: ['hardware', 'software'],
      invalid: [['an option not in the list', 'biotech'], ['another case', 'Hardware'], ['a list', ['hardware']], ['a number', 1]],
    },
    {
      type: 'multiple_choice',
      q: question({ key: 'markets', type: 'multiple_choice', options: ['mn', 'cn', 'ru'] }),
      valid: [['mn'], ['mn', 'cn', 'ru']],
      invalid: [['an option not in the list', ['mn', 'us']], ['a repeated option', ['mn', 'mn']], ['a string, not a list', 'mn'], ['a list of numbers', [1]]],
    },
    {
      type: 'url',
      q: question({ key: 'website', type: 'url' }),
      valid: ['https://example.org', 'http://example.org/path?q=1', 'HTTPS://EXAMPLE.ORG'],
      invalid: [
        ['not a URL', 'example'],
        ['without scheme', 'example.org'],
        ['javascript:', 'javascript:alert(1)'],
        ['ftp:', 'ftp://example.org'],
        ['with spaces', 'https://exa mple.org'],
        ['longer than 2000', `https://example.org/${'x'.repeat(2000)}`],
        ['a number', 42],
      ],
    },
    {
      type: 'yes_no',
      q: question({ key: 'has_prototype', type: 'yes_no' }),
      valid: [true, false],
      invalid: [['the string yes', 'yes'], ['1', 1], ['the string true', 'true']],
    },
  ] as { type: string; q: FormQuestion; valid: unknown[]; invalid: [string, unknown][] }[])('$type', ({ q, valid, invalid }) => {
    it.each(valid.map((v) => [JSON.stringify(v).slice(0, 40), v]))('accepts %s, in a draft and on submit', (_label, value) => {
      expect(answerErrors([q], { [q.key]: value } as Answers, DRAFT)).toEqual([]);
      expect(answerErrors([{ ...q, required: true }], { [q.key]: value } as Answers, SUBMIT)).toEqual([]);
    });

    it.each(invalid)('refuses %s, even in a draft, naming answers.<key> and the label', (_label, value) => {
      const errors = answerErrors([{ ...q, label: 'The Label' }], { [q.key]: value } as Answers, DRAFT);
      expect(errors).toEqual([{ field: `answers.${q.key}`, message: expect.stringContaining('"The Label"') }]);
    });
  });

  it('says what is wrong', () => {
    const qs = [
      question({ key: 'employees', label: 'Employees', type: 'number', min: 0, max: 500 }),
      question({ key: 'track', label: 'Track', type: 'single_choice', options: ['hardware', 'software'] }),
      question({ key: 'tagline', label: 'Tagline', type: 'short_text', maxLength: 5 }),
    ];
    expect(answerErrors(qs, { employees: 501, track: 'biotech', tagline: 'too long' }, DRAFT)).toEqual([
      { field: 'answers.employees', message: '"Employees" must be at most 500' },
      { field: 'answers.track', message: '"Track" must be one of: hardware, software' },
      { field: 'answers.tagline', message: '"Tagline" must be at most 5 characters' },
    ]);
  });

  describe('required questions', () => {
    const qs = [
      question({ key: 'story', label: 'Story', type: 'long_text', required: true }),
      question({ key: 'markets', type: 'multiple_choice', required: true, options: ['mn', 'cn'] }),
      question({ key: 'has_prototype', type: 'yes_no', required: true }),
      question({ key: 'employees', type: 'number', required: true }),
      question({ key: 'website', type: 'url', required: false }),
    ];

    it('may be left unanswered in a draft', () => {
      expect(fields(qs, {}, DRAFT)).toEqual([]);
    });

    it('must all be answered on submit; optional ones need not be', () => {
      expect(fields(qs, {}, SUBMIT)).toEqual(['answers.story', 'answers.markets', 'answers.has_prototype', 'answers.employees']);
      expect(answerErrors(qs, {}, SUBMIT)[0]).toEqual({ field: 'answers.story', message: '"Story" is required' });
    });

    it.each([
      ['an empty string', ''],
      ['only spaces', '   \n\t'],
      ['null', null],
      ['an empty list', []],
    ])('count %s as unanswered: fine in a draft, missing on submit', (_label, blank) => {
      const answers = { story: blank, markets: blank, has_prototype: true, employees: 1 };
      expect(fields(qs, answers, DRAFT)).toEqual([]);
      expect(fields(qs, answers, SUBMIT)).toEqual(['answers.story', 'answers.markets']);
    });

    it('counts false and 0 as answers', () => {
      expect(fields(qs, { story: 'Once upon a time', markets: ['mn'], has_prototype: false, employees: 0 }, SUBMIT)).toEqual([]);
    });

    it('still checks the type of an answered optional question on submit', () => {
      expect(fields(qs, { story: 'x', markets: ['cn'], has_prototype: true, employees: 1, website: 'nope' }, SUBMIT)).toEqual(['answers.website']);
    });

    it('reports a blank required answer once, as missing, not also as of a wrong type', () => {
      const errors = answerErrors([question({ key: 'track', type: 'single_choice', required: true, options: ['a', 'b'] })], { track: '' }, SUBMIT);
      expect(errors).toEqual([{ field: 'answers.track', message: '"track" is required' }]);
    });
  });

  describe('unknown keys', () => {
    const qs = [question({ key: 'tagline', type: 'short_text' })];

    it('refuses an answer to a question the call does not ask, in a draft and on submit', () => {
      expect(answerErrors(qs, { tagline: 'ok', favourite_colour: 'blue' }, DRAFT)).toEqual([
        { field: 'answers.favourite_colour', message: 'this call has no such question' },
      ]);
      expect(fields(qs, { favourite_colour: 'blue' }, SUBMIT)).toEqual(['answers.favourite_colour']);
    });

    it('refuses an unknown key even with a blank value', () => {
      expect(fields(qs, { favourite_colour: '' }, DRAFT)).toEqual(['answers.favourite_colour']);
      expect(fields(qs, { favourite_colour: null }, DRAFT)).toEqual(['answers.favourite_colour']);
    });

    it('refuses every answer when the call asks no questions', () => {
      expect(fields([], { a: 1, b: 'x' }, DRAFT)).toEqual(['answers.a', 'answers.b']);
      expect(fields([], {}, SUBMIT)).toEqual([]);
    });

    it('refuses keys that look like object internals', () => {
      const answers = JSON.parse('{"__proto__": "x", "constructor": "y", "toString": "z"}');
      expect(fields(qs, answers, DRAFT).sort()).toEqual(['answers.__proto__', 'answers.constructor', 'answers.toString']);
    });
  });

  describe('question keys that are also names on Object.prototype', () => {
    // `constructor` matches the question key pattern (lower case letters), so a call may ask it.
    const qs = [question({ key: 'constructor', label: 'Constructor', type: 'short_text', required: false })];

    it('treats an unanswered `constructor` question as unanswered, not as an inherited value', () => {
      expect(answerErrors(qs, {}, DRAFT)).toEqual([]);
      expect(answerErrors(qs, JSON.parse('{}'), SUBMIT)).toEqual([]);
      expect(fields([{ ...qs[0], required: true }], {}, SUBMIT)).toEqual(['answers.constructor']);
      expect(answerErrors([{ ...qs[0], required: true }], {}, SUBMIT)[0].message).toBe('"Constructor" is required');
    });

    it('checks an answered `constructor` question like any other', () => {
      expect(answerErrors(qs, { constructor: 'a builder' } as Answers, DRAFT)).toEqual([]);
      expect(fields(qs, { constructor: 7 } as unknown as Answers, DRAFT)).toEqual(['answers.constructor']);
    });
  });

  it('reports every problem at once, in question order after unknown keys', () => {
    const qs = [
      question({ key: 'a', type: 'number', required: true }),
      question({ key: 'b', type: 'yes_no', required: true }),
      question({ key: 'c', type: 'url' }),
    ];
    expect(fields(qs, { zz: 1, c: 'bad' }, SUBMIT)).toEqual(['answers.zz', 'answers.a', 'answers.b', 'answers.c']);
  });

  it('refuses a question of a type it does not know', () => {
    const q = { ...question({ key: 'file', type: 'short_text' }), type: 'file_upload' } as unknown as FormQuestion;
    expect(answerErrors([q], { file: 'x' }, DRAFT)).toEqual([{ field: 'answers.file', message: '"file" is of an unknown question type' }]);
  });
});
