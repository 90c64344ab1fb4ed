import type { Catalogue } from '../area';

const en = {
  nav: { cohorts: 'Cohorts', startups: 'Startups', actions: 'Programme actions', myStartup: 'My startup' },
  cohortStatus: { planned: 'Planned', running: 'Running', completed: 'Completed' },
  enrolmentStatus: { active: 'Active', withdrawn: 'Withdrawn', graduated: 'Graduated', failed: 'Failed' },
  milestoneStatus: { pending: 'Pending', submitted: 'Submitted', approved: 'Approved', changes_requested: 'Changes requested' },
  startupStatus: {
    accepted: 'Accepted', incubating: 'Incubating', accelerating: 'Accelerating', graduated_successful: 'Graduated',
    failed: 'Failed', exited: 'Exited', withdrawn: 'Withdrawn',
  },
  overdue: 'Overdue',
  dropped: 'Dropped',
  timezoneHint: 'Dates are days in {{timezone}}.',
  list: {
    title: 'Cohorts', new: 'New cohort', name: 'Name', programme: 'Programme', startsOn: 'Starts', endsOn: 'Ends', status: 'Status',
    phase: 'Current phase', reminders: 'Reminders', caption: 'Cohorts', empty: 'No cohorts yet. Create one from a programme.', allStatuses: 'All statuses',
    daysBefore_one: '{{count}} day before', daysBefore_other: '{{count}} days before',
  },
  create: {
    title: 'New cohort', programme: 'Programme', name: 'Name', startsOn: 'First day', reminders: 'Reminder days before a due date',
    remindersHint: 'Founders are reminded this many days before each due date, e.g. 7 and 1.', created: 'Cohort created', noProgrammes: 'There are no programmes yet.',
  },
  cohort: {
    dates: '{{start}} – {{end}}', tabs: { timeline: 'Timeline', grid: 'Grid', milestones: 'Milestones', startups: 'Startups' },
    enrolments: 'Enrolments', openActions: 'Open programme actions', reminders: 'Reminders',
  },
  timeline: {
    summary: 'Gantt chart of {{count}} phases from {{start}} to {{end}}. Today is {{today}}. Current phase: {{current}}.',
    none: 'none', today: 'Today', phase: 'Phase', starts: 'First day', ends: 'Last day', current: 'Current', caption: 'Phases with their dates',
    empty: 'This cohort has no phases.',
  },
  grid: { startup: 'Startup', caption: 'Startups by milestone', empty: 'No startups enrolled yet.', extra: 'Own milestones', notApplicable: 'Not set' },
  milestones: {
    add: 'Add milestone', addFor: 'Add a milestone for {{name}}', edit: 'Edit milestone', drop: 'Drop', title: 'Title', description: 'Description',
    dueOn: 'Due on', evidenceRequired: 'Evidence required', phase: 'Phase', noPhase: 'Outside the phases', caption: 'Cohort milestones',
    empty: 'No milestones yet.', added: 'Milestone added', saved: 'Milestone saved', droppedDone: 'Milestone dropped', yes: 'Yes', no: 'No',
    dropTitle: 'Drop “{{title}}”?', dropBody: 'Every copy not yet approved is dropped. The history is kept.', dropOneBody: 'This milestone is dropped for this startup. The history is kept.',
    cohortWide: 'Changes apply to every startup’s copy that is not yet approved.', actions: 'Actions',
  },
  enrolments: {
    enrol: 'Enrol startups', enrolTitle: 'Enrol startups', pick: 'Startups', pickHint: 'Type to search the portfolio.', enrolled: '{{count}} startups enrolled',
    withdraw: 'Withdraw', withdrawTitle: 'Withdraw {{name}}?', withdrawBody: 'The enrolment ends; its timers stop and its open actions are cancelled. The history is kept.',
    reason: 'Reason', withdrawn: 'Enrolment withdrawn', caption: 'Enrolled startups', empty: 'No startups enrolled yet.', startup: 'Startup',
    status: 'Status', phase: 'Phase', incubationEnds: 'Incubation ends', endReason: 'End reason', actions: 'Actions',
  },
  milestone: {
    due: 'Due', evidenceRequired: 'Evidence required', history: 'History', evidence: 'Evidence', noEvidence: 'Nothing submitted yet.',
    links: 'Links', attachments: 'Files', noAttachments: 'No files yet.', download: 'Download {{name}}', uploadedAt: 'Uploaded',
    review: 'Review', decision: 'Decision', approve: 'Approve', requestChanges: 'Request changes', comment: 'Comment', commentRequired: 'Required when requesting changes.',
    sendReview: 'Send review', reviewed: 'Review saved', notSubmitted: 'The founders have not submitted evidence to review.',
    submit: 'Submit evidence', submitText: 'What did you do?', submitLinks: 'Links (one per line)', submitted: 'Evidence submitted',
    upload: 'Upload a file', file: 'File', fileHint: 'pdf, png, jpeg, webp, docx, xlsx, pptx, csv or txt; up to 10 MB.', uploadButton: 'Upload', uploaded: 'File uploaded',
    closed: 'This milestone is not open for evidence.', description: 'Description',
    by: { you: 'You', staff: 'Programme team', calendar: 'Calendar' },
    events: {
      created: 'Created', edited: 'Edited', rescheduled: 'Rescheduled', submitted: 'Evidence submitted', approved: 'Approved',
      changes_requested: 'Changes requested', dropped: 'Dropped', overdue: 'Marked overdue',
    },
    changed: 'Changed: {{fields}}', edit: 'Edit / reschedule', drop: 'Drop', phase: 'Phase {{n}}', ownMilestone: 'For this startup only',
  },
  startups: {
    title: 'Startups', mine: 'My startups', caption: 'Startups', empty: 'No startups match.', mineEmpty: 'You are not a founder of a startup here yet.',
    name: 'Name', sector: 'Sector', stage: 'Stage', status: 'Status', origin: 'Origin', search: 'Search name or sector', allStatuses: 'All statuses',
    stageFilter: 'Stage (exact)', origins: { external: 'From a call', internal: 'Internal venture' },
  },
  startup: {
    capTable: 'Cap table', funding: 'Grants and perks', mentors: 'Mentors', space: 'Space',
    profile: 'Profile', founders: 'Founders', foundersEmpty: 'No founders yet.', since: 'since', addFounder: 'Add a founder', email: 'Email of a member',
    add: 'Add', founderAdded: 'Founder added', cohorts: 'Cohorts', cohortsEmpty: 'Not in a cohort yet.', outcomes: 'Outcome history', outcomesEmpty: 'No outcomes yet.',
    outcome: '{{from}} → {{to}}', effective: 'Effective', recorded: 'Recorded', timeline: 'Timeline', timelineEmpty: 'No milestones yet.',
    otherMilestones: 'Other milestones', currentPhase: 'Current phase', noMilestones: 'No milestones in this phase.', incubationEnds: 'Incubation ends',
    none: '—', reason: 'Reason',
  },
  actions: {
    title: 'Programme actions', caption: 'Programme actions', empty: 'No actions.', open: 'Open', resolved: 'Resolved', all: 'All',
    kind: 'Kind', kinds: { graduation_review: 'Graduation review', equity_stake: 'Equity stake' }, startup: 'Startup', cohort: 'Cohort', due: 'Due',
    stake: 'Stake', status: 'Status', resolve: 'Resolve', resolveTitle: 'Resolve: {{kind}} for {{name}}', resolution: 'Resolution',
    resolutions: { graduated: 'Graduate', extended: 'Extend incubation', failed: 'Mark failed', confirmed: 'Confirm stake', dismissed: 'Dismiss', cancelled: 'Cancelled' },
    resolvedAs: { graduated: 'Graduated', extended: 'Extended', failed: 'Failed', confirmed: 'Confirmed', dismissed: 'Dismissed', cancelled: 'Cancelled' },
    reason: 'Reason', effectiveOn: 'Takes effect on', extendUntil: 'New last day of incubation', done: 'Action resolved', filter: 'Status',
    confirmText: 'This sets the startup’s status and outcome and cannot be undone.', actions: 'Actions',
  },
};

type Tree = { [key: string]: string | Tree };

/** Founder-facing: statuses, the milestone page, the startup pages and the timeline. */
const mn: Tree = {
  nav: { myStartup: 'Миний стартап' },
  enrolmentStatus: { active: 'Идэвхтэй', withdrawn: 'Гарсан', graduated: 'Төгссөн', failed: 'Амжилтгүй' },
  milestoneStatus: { pending: 'Хүлээгдэж буй', submitted: 'Илгээсэн', approved: 'Батлагдсан', changes_requested: 'Засвар хүссэн' },
  cohortStatus: { planned: 'Төлөвлөсөн', running: 'Явагдаж буй', completed: 'Дууссан' },
  startupStatus: {
    accepted: 'Хүлээн авсан', incubating: 'Инкубацид', accelerating: 'Акселерацид', graduated_successful: 'Төгссөн',
    failed: 'Амжилтгүй', exited: 'Гарсан (exit)', withdrawn: 'Татгалзсан',
  },
  overdue: 'Хугацаа хэтэрсэн',
  dropped: 'Хассан',
  milestone: {
    due: 'Дуусах хугацаа', evidenceRequired: 'Нотолгоо шаардлагатай', history: 'Түүх', evidence: 'Нотолгоо', noEvidence: 'Одоогоор юу ч илгээгээгүй.',
    links: 'Холбоосууд', attachments: 'Файлууд', noAttachments: 'Файл алга.', download: '{{name}} татах', uploadedAt: 'Хуулсан',
    notSubmitted: 'Үүсгэгчид шалгуулах нотолгоо илгээгээгүй байна.',
    submit: 'Нотолгоо илгээх', submitText: 'Та юу хийсэн бэ?', submitLinks: 'Холбоосууд (мөр бүрт нэг)', submitted: 'Нотолгоо илгээгдлээ',
    upload: 'Файл хуулах', file: 'Файл', fileHint: 'pdf, png, jpeg, webp, docx, xlsx, pptx, csv эсвэл txt; 10 MB хүртэл.', uploadButton: 'Хуулах', uploaded: 'Файл хуулагдлаа',
    closed: 'Энэ үе шатанд нотолгоо илгээх боломжгүй.', description: 'Тайлбар',
    by: { you: 'Та', staff: 'Хөтөлбөрийн баг', calendar: 'Хуанли' },
    events: {
      created: 'Үүсгэсэн', edited: 'Зассан', rescheduled: 'Хугацааг өөрчилсөн', submitted: 'Нотолгоо илгээсэн', approved: 'Баталсан',
      changes_requested: 'Засвар хүссэн', dropped: 'Хассан', overdue: 'Хугацаа хэтэрсэн гэж тэмдэглэсэн',
    },
    changed: 'Өөрчилсөн: {{fields}}', phase: '{{n}}-р үе шат', ownMilestone: 'Зөвхөн энэ стартапад',
  },
  startups: { title: 'Стартапууд', mine: 'Миний стартапууд', caption: 'Стартапууд', mineEmpty: 'Та энд одоогоор стартапын үүсгэн байгуулагч биш байна.', name: 'Нэр', sector: 'Салбар', stage: 'Үе шат', status: 'Төлөв' },
  startup: {
    capTable: 'Хувьцаа эзэмшигчдийн бүртгэл', funding: 'Тэтгэлэг ба урамшуулал', mentors: 'Менторууд', space: 'Талбай',
    profile: 'Танилцуулга', founders: 'Үүсгэн байгуулагчид', foundersEmpty: 'Үүсгэн байгуулагч алга.', since: 'нэгдсэн', cohorts: 'Бүлгүүд', cohortsEmpty: 'Одоогоор бүлэгт ороогүй.',
    outcomes: 'Үр дүнгийн түүх', outcomesEmpty: 'Одоогоор үр дүн алга.', outcome: '{{from}} → {{to}}', effective: 'Хүчинтэй болсон', recorded: 'Бүртгэсэн',
    timeline: 'Цагийн хэлхээс', timelineEmpty: 'Одоогоор үе шат алга.', otherMilestones: 'Бусад үе шатууд', currentPhase: 'Одоогийн үе',
    noMilestones: 'Энэ үед гүйцэтгэх зүйл алга.', incubationEnds: 'Инкубаци дуусах', none: '—', reason: 'Шалтгаан',
  },
};

export const cohortsCatalogue: Catalogue = { en, mn };
