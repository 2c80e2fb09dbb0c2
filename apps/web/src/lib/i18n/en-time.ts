import type { Dictionary } from './translate';

/**
 * Time together and apart: the week, each one's balance against the one they wish for, the
 * calendar's events, a calendar feed and importing a calendar file. Part of `en`.
 * A gap between the time had and the time wished for is information, never a failing: the
 * sentences say what was, not who is to blame.
 */
export const timeMessages = {
  'time.nav': 'Time',
  'time.title': 'Time together and apart',
  'time.lead':
    'Time together, time on your own, with friends, with family and at work: how the week went for each of you, next to the balance you each wish for.',
  'time.you': 'You',
  'time.formerMember': 'Former member',

  'time.kind.together': 'Together',
  'time.kind.solo': 'On my own',
  'time.kind.social': 'With friends',
  'time.kind.family': 'With family',
  'time.kind.work': 'Work',
  'time.kindRow.together': 'Together',
  'time.kindRow.solo': 'Solo time',
  'time.kindRow.social': 'With friends',
  'time.kindRow.family': 'With family',
  'time.kindRow.work': 'Work',

  'time.duration.hours': '{hours} h',
  'time.duration.minutes': '{minutes} min',
  'time.duration.hoursMinutes': '{hours} h {minutes} min',
  'time.duration.none': 'no time',

  'time.week.this': 'This week: {range}',
  'time.week.last': 'Last week: {range}',
  'time.week.next': 'Next week: {range}',
  'time.week.navigation': 'Week',
  // Shown as "Previous" and "Next", read as "Previous week" and "Next week".
  'time.week.previous': 'Previous',
  'time.week.following': 'Next',
  'time.week.word': 'week',
  'time.week.backToThis': 'This week',
  'time.week.zone': 'Days and times are in your time zone, {zone}.',

  'time.balance.title.this': 'Balance this week',
  'time.balance.title.last': 'Balance last week',
  'time.balance.title.next': 'Balance next week',
  'time.balance.title.other': 'Balance that week',
  'time.balance.lead':
    'The time each of you had, or has planned, next to the time you wish for a week. All-day events don’t count toward it.',
  'time.balance.chartLabel':
    '{name}’s week as a chart: hours had and hours wished for, by kind of time. The table after it has the figures.',
  'time.balance.chartLabel.me':
    'Your week as a chart: hours had and hours wished for, by kind of time. The table after it has the figures.',
  'time.balance.caption': '{name}’s week, in hours',
  'time.balance.caption.me': 'Your week, in hours',
  'time.balance.kind': 'Kind of time',
  'time.balance.had': 'Had',
  'time.balance.wished': 'Wished for',
  'time.balance.notSaid': 'Not said',
  'time.balance.legendHad': 'Time had',
  'time.balance.legendWished': 'Time wished for',
  'time.balance.barTitle': '{kind}: {had} of {wished}',
  'time.balance.barTitleNoWish': '{kind}: {had}',

  'time.gap.week.this': 'this week',
  'time.gap.week.last': 'last week',
  'time.gap.week.next': 'next week',
  'time.gap.week.other': 'that week',
  'time.gap.noWishes': '{name} hasn’t said yet what balance they wish for.',
  'time.gap.noWishes.me':
    'You haven’t said yet what balance you wish for. There’s a place for it below.',
  'time.gap.allMet': '{name} had the balance they wished for {week}.',
  'time.gap.allMet.me': 'You had the balance you wished for {week}.',
  'time.gap.short.together': '{name} had {actual} together of the {wished} they wished for {week}.',
  'time.gap.short.together.me': 'You had {actual} together of the {wished} you wished for {week}.',
  'time.gap.short.solo': '{name} had {actual} on their own of the {wished} they wished for {week}.',
  'time.gap.short.solo.me': 'You had {actual} on your own of the {wished} you wished for {week}.',
  'time.gap.short.social':
    '{name} had {actual} with friends of the {wished} they wished for {week}.',
  'time.gap.short.social.me':
    'You had {actual} with friends of the {wished} you wished for {week}.',
  'time.gap.short.family':
    '{name} had {actual} with family of the {wished} they wished for {week}.',
  'time.gap.short.family.me': 'You had {actual} with family of the {wished} you wished for {week}.',
  'time.gap.short.work': '{name} had {actual} at work of the {wished} they wished for {week}.',
  'time.gap.short.work.me': 'You had {actual} at work of the {wished} you wished for {week}.',
  'time.gap.over.together':
    '{name} had {actual} together {week}, {extra} more than they wished for.',
  'time.gap.over.together.me':
    'You had {actual} together {week}, {extra} more than you wished for.',
  'time.gap.over.solo':
    '{name} had {actual} on their own {week}, {extra} more than they wished for.',
  'time.gap.over.solo.me': 'You had {actual} on your own {week}, {extra} more than you wished for.',
  'time.gap.over.social':
    '{name} had {actual} with friends {week}, {extra} more than they wished for.',
  'time.gap.over.social.me':
    'You had {actual} with friends {week}, {extra} more than you wished for.',
  'time.gap.over.family':
    '{name} had {actual} with family {week}, {extra} more than they wished for.',
  'time.gap.over.family.me':
    'You had {actual} with family {week}, {extra} more than you wished for.',
  'time.gap.over.work': '{name} had {actual} at work {week}, {extra} more than they wished for.',
  'time.gap.over.work.me': 'You had {actual} at work {week}, {extra} more than you wished for.',
  'time.gap.met.together': '{name} had all the time together they wished for.',
  'time.gap.met.together.me': 'You had all the time together you wished for.',
  'time.gap.met.solo': '{name} had all the solo time they wished for.',
  'time.gap.met.solo.me': 'You had all the solo time you wished for.',
  'time.gap.met.social': '{name} had all the time with friends they wished for.',
  'time.gap.met.social.me': 'You had all the time with friends you wished for.',
  'time.gap.met.family': '{name} had all the family time they wished for.',
  'time.gap.met.family.me': 'You had all the family time you wished for.',
  'time.gap.met.work': '{name} had all the work time they wished for.',
  'time.gap.met.work.me': 'You had all the work time you wished for.',

  'time.days.title': 'Day by day',
  'time.days.nothing': 'Nothing planned.',
  'time.when.allDay': 'All day',
  'time.when.range': '{start} – {end}',
  'time.when.until': 'Until {end}',
  'time.when.theirZone': '{time} in {zone}',
  'time.event.ownTime': '{name}’s own time',
  'time.event.otherDate': 'A date',
  'time.event.openDate': 'The date “{title}”: answers, memories',
  'time.event.protected': 'Protected solo time',
  'time.event.imported': 'Imported',
  'time.event.just': 'Just {name}',
  'time.event.justYou': 'Just you',
  'time.event.repeats': 'Repeats {rule}',
  'time.event.edit': 'Edit',
  'time.event.editLabel': 'Edit {title}',
  'time.event.remove': 'Remove',
  'time.event.removeLabel': 'Remove {title}',
  'time.event.removeConfirm': 'Remove {title} from the calendar for everyone?',
  'time.event.removeRepeatingConfirm':
    'Remove {title} from the calendar for everyone, every time it repeats?',
  'time.event.removeYes': 'Yes, remove',
  'time.event.keep': 'Keep it',
  'time.event.skip': 'Skip this one',
  'time.event.skipLabel': 'Skip {title} on {day}',
  'time.event.skipConfirm': 'Leave out {title} on {day}? The other times stay.',
  'time.event.skipYes': 'Yes, skip it',
  'time.event.removed': '{title} is off the calendar.',
  'time.event.skipped': '{title} is left out on {day}.',

  'time.every.day': { one: 'every day', other: 'every {count} days' },
  'time.every.week': { one: 'every week', other: 'every {count} weeks' },
  'time.every.weekOn': { one: 'every week on {days}', other: 'every {count} weeks on {days}' },
  'time.every.month': { one: 'every month', other: 'every {count} months' },
  'time.every.year': { one: 'every year', other: 'every {count} years' },
  'time.every.until': '{rule}, until {day}',
  'time.every.times': { one: '{rule}, once', other: '{rule}, {count} times' },

  'time.add.open': 'Add an event',
  'time.add.title': 'Add an event',
  'time.add.added': '{title} is on the calendar.',
  'time.edit.saved': '{title} is saved.',

  'time.form.title': 'Title',
  'time.form.kind': 'Kind',
  'time.form.who': 'Who takes part',
  'time.form.whoHint': 'It counts toward the balance of each one taking part.',
  'time.form.protected': 'Protected solo time',
  'time.form.protectedHint':
    'Time that is yours. The others see it as your own time, without its title or notes.',
  'time.form.allDay': 'All day',
  'time.form.allDayHint': 'All-day events show on the calendar but don’t count toward the balance.',
  'time.form.date': 'Date',
  'time.form.lastDay': 'Last day',
  'time.form.lastDayHint': 'For something over several days.',
  'time.form.from': 'From',
  'time.form.to': 'To',
  'time.form.nextDay': 'Ends the next day.',
  'time.form.zone': 'Times are in {zone}, the time zone it was planned in.',
  'time.form.repeats': 'Repeats',
  'time.form.repeat.never': 'Never',
  'time.form.repeat.daily': 'Every day',
  'time.form.repeat.weekly': 'Every week',
  'time.form.repeat.monthly': 'Every month',
  'time.form.repeat.yearly': 'Every year',
  'time.form.repeatInterval': 'Now {rule}: saving a change to how it repeats makes it every one.',
  'time.form.days': 'On',
  'time.form.day.MO': 'Monday',
  'time.form.day.TU': 'Tuesday',
  'time.form.day.WE': 'Wednesday',
  'time.form.day.TH': 'Thursday',
  'time.form.day.FR': 'Friday',
  'time.form.day.SA': 'Saturday',
  'time.form.day.SU': 'Sunday',
  'time.form.ends': 'Ends',
  'time.form.ends.never': 'No end',
  'time.form.ends.until': 'On a day',
  'time.form.ends.count': 'After a number of times',
  'time.form.until': 'Last time on',
  'time.form.count': 'How many times',
  'time.form.countHint': 'The first time included.',
  'time.form.notes': 'Notes',
  'time.form.save': 'Save event',
  'time.form.titleNeeded': 'Give it a name.',
  'time.form.whoNeeded': 'Choose who takes part.',
  'time.form.dateNeeded': 'Choose a day.',
  'time.form.timeNeeded': 'Give a time such as 19:00.',
  'time.form.sameTime': 'The end needs to be after the start.',
  'time.form.lastDayProblem': 'The last day can’t be before the first.',
  'time.form.untilProblem': 'Choose a day on or after the first one.',
  'time.form.countProblem': 'Give a number from 1 to {max}.',

  'time.wishes.title': 'What balance do you wish for?',
  'time.wishes.lead':
    'Hours in an ordinary week, for each kind of time. There’s no right answer, and it’s fine for yours to differ from anyone else’s.',
  'time.wishes.field.together': 'Together (hours a week)',
  'time.wishes.field.solo': 'On my own (hours a week)',
  'time.wishes.field.social': 'With friends (hours a week)',
  'time.wishes.field.family': 'With family (hours a week)',
  'time.wishes.field.work': 'Work (hours a week)',
  'time.wishes.hint': 'Leave empty for no wish. Half hours as 1.5.',
  'time.wishes.invalid': 'Give hours from 0 to 168, such as 10 or 1.5.',
  'time.wishes.save': 'Save my balance',
  'time.wishes.saved': 'Your balance is saved.',

  'time.feed.title': 'Subscribe in your calendar',
  'time.feed.lead':
    'See the events you take part in inside Google, Apple or Outlook calendar, kept up to date. Your calendar app subscribes to a secret address of your own.',
  'time.feed.make': 'Make my calendar address',
  'time.feed.remake': 'Make a new address',
  'time.feed.stop': 'Stop my calendar address',
  'time.feed.changeHint':
    'A new address stops the old one. Stopping it ends it for every calendar using it; you can make a new one any time.',
  'time.feed.stopped': 'Your calendar address no longer works.',
  'time.feed.address': 'Your calendar address',
  'time.feed.addressHint':
    'Shown only now. Keep it to yourself: anyone with it can see your calendar.',
  'time.feed.copy': 'Copy address',
  'time.feed.copied': 'Address copied.',
  'time.feed.copyFallback':
    'Copying didn’t work here. The address is selected, so you can copy it yourself.',
  'time.feed.made': 'You have a calendar address, made on {date}.',
  'time.feed.madeHint':
    'For safety it was shown only once. If you need it again, make a new one: the old one then stops.',
  'time.feed.howTitle': 'How to add it',
  'time.feed.how.google':
    'Google Calendar (on a computer): next to “Other calendars” choose +, then “From URL”, and paste the address.',
  'time.feed.how.apple':
    'Apple Calendar: on a Mac, File › New Calendar Subscription; on an iPhone, Settings › Calendar › Accounts › Add Account › Other › Add Subscribed Calendar. Paste the address.',
  'time.feed.how.outlook':
    'Outlook: Add calendar › Subscribe from web, paste the address and give it a name.',
  'time.feed.howDelay':
    'Calendar apps look for changes every few hours, so a new event can take a while to show there.',

  'time.import.title': 'Import a calendar file',
  'time.import.lead':
    'So plans you already have count too: export an .ics file from your calendar app and bring it in here. Importing the same file again updates what came from it, without doubling anything.',
  'time.import.file': 'Calendar file (.ics)',
  'time.import.fileHint': 'Up to {max} MB. The events count toward your own balance.',
  'time.import.kind': 'Count these events as',
  'time.import.submit': 'Import',
  'time.import.chooseFile': 'Choose a calendar file first.',
  'time.import.tooBig':
    'This file is larger than {max} MB. Try exporting a shorter stretch of time.',
  'time.import.unreadable': 'This file could not be read. Try choosing it again.',
  'time.import.done': {
    zero: 'No new events came from this file.',
    one: '{count} event imported.',
    other: '{count} events imported.',
  },
  'time.import.updated': {
    one: '{count} was already here and has been updated.',
    other: '{count} were already here and have been updated.',
  },
  'time.import.skipped': {
    one: '{count} was left out:',
    other: '{count} were left out:',
  },
  'time.import.skippedItem': '{title}: {reason}',
  'time.import.untitled': 'An event without a title',
} as const satisfies Dictionary;
