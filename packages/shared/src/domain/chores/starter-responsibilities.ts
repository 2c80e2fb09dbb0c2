import type { StageMinutes } from './chore-cost';

export const choreAreas = [
  'kitchen',
  'shopping',
  'laundry',
  'cleaning',
  'money',
  'admin',
  'people',
  'kids',
  'pets',
  'car',
  'home',
  'health',
] as const;
export type ChoreArea = (typeof choreAreas)[number];

export interface StarterResponsibility {
  /** Stable, for translations and for not offering the same one twice. */
  key: string;
  name: string;
  area: ChoreArea;
  /** RFC 5545 recurrence rule, without the "RRULE:" prefix. */
  rrule: string;
  /** Typical minutes per occurrence for noticing, planning and doing it. */
  minutes: StageMinutes;
}

const WEEKDAYS = 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR';
const m = (notice: number, plan: number, doing: number): StageMinutes => ({
  notice,
  plan,
  do: doing,
});

/**
 * Our own starter list of common household responsibilities, so a couple can begin in two
 * minutes and adjust from there. Minutes are typical, not prescriptive; the invisible stages
 * (noticing, planning) are counted on purpose.
 */
export const starterResponsibilities: readonly StarterResponsibility[] = [
  {
    key: 'cook-dinner',
    name: 'Cooking dinners',
    area: 'kitchen',
    rrule: 'FREQ=DAILY',
    minutes: m(5, 15, 45),
  },
  {
    key: 'plan-meals',
    name: "Planning the week's meals",
    area: 'kitchen',
    rrule: 'FREQ=WEEKLY;BYDAY=SU',
    minutes: m(5, 30, 0),
  },
  {
    key: 'dishes',
    name: 'Dishes and the dishwasher',
    area: 'kitchen',
    rrule: 'FREQ=DAILY',
    minutes: m(0, 0, 20),
  },
  {
    key: 'breakfast',
    name: 'Breakfasts',
    area: 'kitchen',
    rrule: 'FREQ=DAILY',
    minutes: m(0, 5, 15),
  },
  {
    key: 'packed-lunches',
    name: 'Packed lunches',
    area: 'kitchen',
    rrule: WEEKDAYS,
    minutes: m(0, 5, 15),
  },
  {
    key: 'groceries',
    name: 'Grocery shopping',
    area: 'shopping',
    rrule: 'FREQ=WEEKLY',
    minutes: m(10, 15, 60),
  },
  {
    key: 'household-supplies',
    name: 'Household supplies (toilet paper, soap, …)',
    area: 'shopping',
    rrule: 'FREQ=MONTHLY',
    minutes: m(15, 10, 20),
  },
  {
    key: 'laundry',
    name: 'Laundry: wash, dry, fold, put away',
    area: 'laundry',
    rrule: 'FREQ=WEEKLY;BYDAY=MO,TH',
    minutes: m(5, 5, 60),
  },
  {
    key: 'bed-linen',
    name: 'Changing the bed linen',
    area: 'laundry',
    rrule: 'FREQ=WEEKLY;INTERVAL=2',
    minutes: m(5, 0, 30),
  },
  { key: 'ironing', name: 'Ironing', area: 'laundry', rrule: 'FREQ=WEEKLY', minutes: m(0, 0, 30) },
  {
    key: 'bins',
    name: 'Bins and recycling',
    area: 'cleaning',
    rrule: 'FREQ=WEEKLY;BYDAY=TU',
    minutes: m(5, 0, 10),
  },
  {
    key: 'tidy-up',
    name: 'Daily tidy-up',
    area: 'cleaning',
    rrule: 'FREQ=DAILY',
    minutes: m(5, 0, 15),
  },
  {
    key: 'vacuum',
    name: 'Vacuuming and mopping',
    area: 'cleaning',
    rrule: 'FREQ=WEEKLY',
    minutes: m(5, 0, 45),
  },
  {
    key: 'bathroom',
    name: 'Cleaning the bathroom',
    area: 'cleaning',
    rrule: 'FREQ=WEEKLY',
    minutes: m(5, 0, 40),
  },
  {
    key: 'kitchen-deep-clean',
    name: 'Deep-cleaning the kitchen',
    area: 'cleaning',
    rrule: 'FREQ=MONTHLY',
    minutes: m(5, 5, 60),
  },
  {
    key: 'windows',
    name: 'Windows',
    area: 'cleaning',
    rrule: 'FREQ=MONTHLY;INTERVAL=3',
    minutes: m(5, 5, 60),
  },
  {
    key: 'bills',
    name: 'Paying the bills',
    area: 'money',
    rrule: 'FREQ=MONTHLY',
    minutes: m(15, 15, 20),
  },
  {
    key: 'budget',
    name: 'Keeping the budget',
    area: 'money',
    rrule: 'FREQ=MONTHLY',
    minutes: m(15, 30, 30),
  },
  {
    key: 'taxes',
    name: 'Taxes and official paperwork',
    area: 'admin',
    rrule: 'FREQ=YEARLY',
    minutes: m(60, 120, 240),
  },
  {
    key: 'contracts',
    name: 'Insurance, contracts and subscriptions',
    area: 'admin',
    rrule: 'FREQ=YEARLY',
    minutes: m(30, 60, 60),
  },
  {
    key: 'mail',
    name: 'Mail and letters',
    area: 'admin',
    rrule: 'FREQ=WEEKLY',
    minutes: m(10, 5, 15),
  },
  {
    key: 'holidays',
    name: 'Planning holidays',
    area: 'admin',
    rrule: 'FREQ=YEARLY',
    minutes: m(60, 240, 60),
  },
  {
    key: 'gifts',
    name: 'Birthday and holiday gifts',
    area: 'people',
    rrule: 'FREQ=MONTHLY',
    minutes: m(30, 45, 60),
  },
  {
    key: 'family-contact',
    name: 'Keeping in touch with family',
    area: 'people',
    rrule: 'FREQ=WEEKLY',
    minutes: m(10, 10, 45),
  },
  {
    key: 'friends-plans',
    name: 'Planning time with friends',
    area: 'people',
    rrule: 'FREQ=WEEKLY;INTERVAL=2',
    minutes: m(10, 30, 0),
  },
  {
    key: 'kids-doctor',
    name: 'Doctor and dentist appointments for the kids',
    area: 'kids',
    rrule: 'FREQ=MONTHLY;INTERVAL=3',
    minutes: m(20, 20, 120),
  },
  {
    key: 'school-admin',
    name: 'School forms, events and messages',
    area: 'kids',
    rrule: 'FREQ=WEEKLY',
    minutes: m(20, 20, 20),
  },
  {
    key: 'kids-clothes',
    name: "Kids' clothes and shoes",
    area: 'kids',
    rrule: 'FREQ=MONTHLY;INTERVAL=2',
    minutes: m(30, 30, 60),
  },
  {
    key: 'childcare',
    name: 'Arranging childcare and babysitters',
    area: 'kids',
    rrule: 'FREQ=MONTHLY',
    minutes: m(20, 30, 15),
  },
  {
    key: 'bedtime',
    name: 'Bedtime routine',
    area: 'kids',
    rrule: 'FREQ=DAILY',
    minutes: m(0, 5, 40),
  },
  { key: 'school-run', name: 'School run', area: 'kids', rrule: WEEKDAYS, minutes: m(0, 5, 30) },
  {
    key: 'pet-feeding',
    name: 'Feeding the pets',
    area: 'pets',
    rrule: 'FREQ=DAILY',
    minutes: m(0, 0, 10),
  },
  {
    key: 'dog-walks',
    name: 'Walking the dog',
    area: 'pets',
    rrule: 'FREQ=DAILY',
    minutes: m(0, 0, 45),
  },
  {
    key: 'vet',
    name: 'Vet visits and pet supplies',
    area: 'pets',
    rrule: 'FREQ=MONTHLY',
    minutes: m(20, 15, 45),
  },
  {
    key: 'car',
    name: 'Car care: fuel, service, inspection',
    area: 'car',
    rrule: 'FREQ=MONTHLY',
    minutes: m(15, 15, 45),
  },
  {
    key: 'plants',
    name: 'Watering the plants',
    area: 'home',
    rrule: 'FREQ=WEEKLY;BYDAY=WE,SA',
    minutes: m(0, 0, 10),
  },
  {
    key: 'garden',
    name: 'Garden and balcony',
    area: 'home',
    rrule: 'FREQ=WEEKLY',
    minutes: m(10, 10, 60),
  },
  {
    key: 'repairs',
    name: 'Small repairs and maintenance',
    area: 'home',
    rrule: 'FREQ=MONTHLY',
    minutes: m(30, 30, 60),
  },
  {
    key: 'health-appointments',
    name: 'Health appointments for the household',
    area: 'health',
    rrule: 'FREQ=MONTHLY;INTERVAL=2',
    minutes: m(15, 15, 60),
  },
  {
    key: 'medicine',
    name: 'Medicine cabinet and prescriptions',
    area: 'health',
    rrule: 'FREQ=MONTHLY',
    minutes: m(15, 10, 15),
  },
];
