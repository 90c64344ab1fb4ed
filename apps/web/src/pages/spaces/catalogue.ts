import type { Catalogue } from '../area';

export const spacesCatalogue: Catalogue = {
  en: {
    nav: { space: 'Space', leases: 'Leases', plans: 'Rent plans' },
    kinds: { office: 'Office', incubation_room: 'Incubation room', desk_area: 'Desk area', meeting_room: 'Meeting room', training_room: 'Training room' },
    basis: { per_month: 'per month', per_m2_month: 'per m² per month' },
    planKinds: { free: 'Free', share_of_market: 'Share of market rate', fixed: 'Fixed amount' },
    occupancy: {
      title: 'Space',
      asOf: 'Occupancy on',
      asOfHint: 'A day in {{zone}}',
      total: 'Whole park',
      area: '{{leased}} of {{total}} m² leased',
      desks: '{{leased}} of {{total}} desks leased',
      spaces: '{{leased}} of {{total}} spaces leased whole',
    },
    sites: { title: 'Sites and spaces', empty: 'No sites yet. Add a site, then its spaces.', noSpaces: 'No spaces in this site yet.', caption: 'Spaces of {{site}}' },
    site: { new: 'Add site', name: 'Name', address: 'Address', submit: 'Add site', added: 'Site added' },
    space: {
      new: 'Add space', site: 'Site', name: 'Space', kind: 'Kind', area: 'Area (m²)', capacity: 'Capacity', desks: 'Desks', seats: 'Seats',
      rate: 'Market rate', actions: 'Actions', m2: '{{value}} m²', deskCount_one: '{{count}} desk', deskCount_other: '{{count}} desks',
      seatCount_one: '{{count}} seat', seatCount_other: '{{count}} seats', submit: 'Add space', added: 'Space added',
    },
    rate: {
      add: 'Add rate', new: 'Market rate of {{name}}', newFor: 'Add rate: {{name}}', from: 'From', basis: 'Basis', amount: 'Amount ({{currency}})',
      invalid: 'Enter an amount such as 1500 or 1500.50', submit: 'Add rate', added: 'Market rate added',
    },
    leases: {
      title: 'Leases', new: 'New lease', create: 'Create lease', created: 'Lease created', startup: 'Startup', space: 'Space', desks: 'Desks',
      desksOf: 'The desk area has {{count}} desks', plan: 'Rent plan', startsOn: 'First day', endsOn: 'Last day (optional)', endsOnHint: 'Leave empty for an open-ended lease',
      lastDay: 'Last day', activeOn: 'Active on', all: 'All', empty: 'No leases match.', caption: 'Leases by first day', openEnded: 'Open-ended',
      end: 'End lease', endFor: 'End lease: {{space}}, {{startup}}', endTitle: 'End the lease of {{space}} ({{startup}})', ended: 'Lease end saved',
      noticeEarliest: 'Under the plan’s notice, the earliest last day is', noticeReason: 'To end the lease sooner, give a reason.', reason: 'Reason',
    },
    plans: {
      title: 'Rent plans', new: 'Add plan', create: 'Add plan', added: 'Rent plan added', empty: 'No rent plans yet.', name: 'Name', kind: 'Kind',
      noticeDays: 'Notice (days)', notice_one: '{{count}} day of notice', notice_other: '{{count}} days of notice', from: 'From', terms: 'Terms',
      termsOf: 'Terms of {{name}}', sharePercent: 'Share of the market rate (%)', fixedAmount: 'Rent per month ({{currency}})',
      shareOf: '{{percent}} % of the market rate', perMonth: 'per month', addTerms: 'Add terms', addTermsTo: 'Add terms: {{name}}', termsAdded: 'Terms added',
    },
    mine: {
      title: 'Our space', empty: 'Your startup has no leases.', plan: 'Rent plan', from: 'From', until: 'Until', openEnded: 'open-ended',
      desks_one: '{{count}} desk', desks_other: '{{count}} desks',
    },
  },
  mn: {
    mine: {
      title: 'Манай талбай', empty: 'Танай стартапт түрээс алга.', plan: 'Түрээсийн төлөвлөгөө', from: 'Эхлэх', until: 'Дуусах', openEnded: 'хугацаагүй',
      desks_one: '{{count}} ширээ', desks_other: '{{count}} ширээ',
    },
  },
};
