import type { Dictionary } from './translate';

/** Deciding together: decisions, scoring, the recommendation and the decision log. Part of `en`. */
export const decideMessages = {
  'decide.title': 'Deciding together',
  'decide.lead':
    'Big or small, decide it together: each of you scores the options on your own, and you see everyone’s scores at the same time.',
  'decide.nav.label': 'Working it out',
  'decide.nav.talk': 'Talk it through',
  'decide.nav.decisions': 'Decisions',
  'decide.nav.log': 'Decision log',
  'decide.formerMember': 'Former member',
  'decide.you': 'You',
  'decide.percent': '{value}%',
  'decide.statusQuoLabel': 'Keep things as they are',
  'decide.optionGone': 'an option no longer there',
  'decide.deadline': 'Decide by {day}',

  'decide.open.button': 'Open a decision',
  'decide.open.formTitle': 'Open a decision',
  'decide.open.question': 'What are you deciding?',
  'decide.open.questionHint': 'For example: where shall we go on holiday this summer?',
  'decide.open.options': 'Options',
  'decide.open.optionsHint':
    'As many as you like. Either of you can add more until everyone has scored.',
  'decide.open.option': 'Option {number}',
  'decide.open.removeOption': 'Remove option {number}',
  'decide.open.remove': 'Remove',
  'decide.open.addOption': 'Add another option',
  'decide.open.statusQuo': 'Include “keep things as they are”',
  'decide.open.statusQuoHint':
    'Then Tandem only recommends an option that leaves nobody less happy than now.',
  'decide.open.deadline': 'Decide by',
  'decide.open.deadlineHint':
    'Optional. If someone hasn’t scored by then, Tandem sends them a gentle reminder.',
  'decide.open.submit': 'Open it',

  'decide.list.openTitle': 'Still to decide',
  'decide.list.decidedTitle': 'Decided',
  'decide.list.empty':
    'Nothing to decide right now. When something comes up — a holiday, a big purchase, whose family to visit — open a decision here.',
  'decide.list.statusBy': '{status} · {deadline}',
  'decide.list.logHint': 'Every past decision, and how it landed for each of you:',
  'decide.list.logLink': 'the decision log',
  'decide.status.yourTurn': 'Waiting for your scores',
  'decide.status.waitingFor': 'Waiting for {names} to score',
  'decide.status.revealed': 'Everyone has scored: time to choose',
  'decide.status.chose': 'You chose {label}',
  'decide.status.stillLooking': 'Nothing chosen yet: still looking',

  'decide.settings.title': 'Dealbreakers',
  'decide.settings.lead':
    'A dealbreaker is an option someone could not accept: it is out, whatever the scores. Keeping them few keeps them meaningful.',
  'decide.settings.perMonth': 'Dealbreakers each of you has per month',
  'decide.settings.perMonthHint': 'From 0 to 20. The same for everyone in this space.',
  'decide.settings.used': {
    zero: 'You haven’t used any this month.',
    one: 'You’ve used 1 this month.',
    other: 'You’ve used {count} this month.',
  },
  'decide.settings.save': 'Save',
  'decide.settings.saved': 'Saved. Everyone now has {count} a month.',

  'decide.news.revealed': 'Everyone has scored: the scores and our recommendation are below.',
  'decide.waiting.title': 'Where it stands',
  'decide.waiting.for': 'Waiting for {names} to score',
  'decide.waiting.meToo': 'Your scores are still to come too.',
  'decide.waiting.onlyMe': 'Everyone else has scored: yours will reveal the scores.',
  'decide.waiting.meAgain': 'A new option has been added since you scored: please score it too.',
  'decide.waiting.sealed': 'Your scores stay sealed until everyone has scored.',

  'decide.ballot.title': 'Your scores',
  'decide.ballot.lead':
    'Score every option from 0 (not at all) to 10 (I’d love it). Nobody sees anyone’s scores until everyone has scored, so say what you really think.',
  'decide.ballot.score': 'Score for {label}',
  'decide.ballot.scale': '0 means not at all, 10 means I’d love it.',
  'decide.ballot.dealbreaker': 'Dealbreaker for me',
  'decide.ballot.couldLiveWith': 'I could live with this',
  'decide.ballot.marks':
    'Mark an option “Dealbreaker for me” only if you could not accept it: it is then out, whatever the scores. “I could live with this” says it isn’t your favourite, but would be fine.',
  'decide.ballot.vetoesLeft': {
    zero: 'You have no dealbreakers left this month.',
    one: 'You have 1 dealbreaker left this month.',
    other: 'You have {count} dealbreakers left this month.',
  },
  'decide.ballot.new': 'New since you scored',
  'decide.ballot.submit': 'Save my scores',
  'decide.ballot.saved': 'Your scores are saved. They stay sealed until everyone has scored.',
  'decide.ballot.changeable': 'You can change them until everyone has scored.',
  'decide.ballot.unscored': 'Give “{label}” a score from 0 to 10 too.',
  'decide.ballot.vetoLimit': {
    zero: 'You have no dealbreakers left this month. Untick one, or give the option a low score instead.',
    one: 'You have 1 dealbreaker left this month. Untick one, or give the option a low score instead.',
    other:
      'You have {count} dealbreakers left this month. Untick one, or give the option a low score instead.',
  },

  'decide.addOption.title': 'Add an option',
  'decide.addOption.label': 'New option',
  'decide.addOption.hint': 'Everyone is asked to score it, even those who already have.',
  'decide.addOption.submit': 'Add option',
  'decide.addOption.added': '“{label}” is added. Give it a score above.',

  'decide.delete.button': 'Delete this decision',
  'decide.delete.question': 'Delete this decision and everyone’s scores? This can’t be undone.',
  'decide.delete.confirm': 'Yes, delete it',

  'decide.scores.title': 'Everyone’s scores',
  'decide.scores.lead': 'Everyone has scored, so here they are, side by side.',
  'decide.scores.caption': 'Each option’s scores, from 0 to 10',
  'decide.scores.option': 'Option',
  'decide.scores.none': 'No score',
  'decide.scores.dealbreaker': 'dealbreaker',
  'decide.scores.couldLiveWith': 'could live with it',
  'decide.scores.markSeparator': ', ',
  'decide.scores.recommended': 'Recommended',

  'decide.rec.title': 'Our recommendation',
  'decide.rec.pick': 'Tandem suggests',
  'decide.rec.yourCall': 'It’s a suggestion, not a ruling: the choice is yours to make together.',
  'decide.rec.nothing': 'None of these options works for all of you this time.',
  'decide.rec.nothingLead':
    'That’s worth knowing, not a failure. There may be an option neither of you has thought of yet: open the question again and try some new ideas together.',
  'decide.rec.openAgain': 'Open the question again with new options',
  'decide.rec.whyTitle': 'Why',
  'decide.rec.howTitle': 'How Tandem recommends',
  'decide.rec.how':
    'Dealbreakers rule an option out, and so does anything someone likes less than things as they are, or that another option beats for everyone. Of the rest, Tandem suggests the one where what each of you gains, multiplied together, is largest: it favours what is good for all of you over what is great for one. Each person’s scores count on their own scale, so nobody counts for more by scoring in bigger numbers. On a tie it leans towards whoever gains least, then towards whoever has given way more before. This is the Nash bargaining solution (Nash, 1950).',
  'decide.rec.first.noOneWorse':
    '“{label}” gives you the most together, and nobody is worse off than with things as they are.',
  'decide.rec.first.mostTogether': '“{label}” gives you the most together.',
  'decide.rec.first.statusQuo':
    '“{label}” comes out best: none of the changes makes all of you better off.',
  'decide.rec.level.worstOff':
    'It came out level with “{other}”; it is the better of the two for whoever gains least.',
  'decide.rec.level.gaveWay':
    'It came out level with “{other}” in every way; Tandem leaned towards whoever has given way more in earlier decisions.',
  'decide.rec.livable.me': 'You said you could live with it.',
  'decide.rec.livable.others': '{names} said they could live with it.',
  'decide.rec.behind': '“{label}” works for everyone too, but brings you less together.',
  'decide.rec.out.vetoed': '“{label}” is out: {names} marked it as a dealbreaker.',
  'decide.rec.out.worseThanNow':
    '“{label}” is out: {names} would be less happy with it than with things as they are.',
  'decide.rec.out.dominated':
    '“{label}” is out: “{other}” is at least as good for everyone, and better for someone.',

  'decide.choose.title': 'Record your choice',
  'decide.choose.lead':
    'You don’t have to follow the recommendation. Whatever you choose, a line on why helps your future selves.',
  'decide.choose.what': 'What did you choose?',
  'decide.choose.none': 'None of these yet',
  'decide.choose.noneHint': 'Nothing is chosen; you keep looking.',
  'decide.choose.recommended': 'Recommended',
  'decide.choose.why': 'Why',
  'decide.choose.whyHint': 'Optional. What tipped it?',
  'decide.choose.reviewOn': 'Review on',
  'decide.choose.reviewHint': 'Optional. On that day Tandem asks you both: still the right call?',
  'decide.choose.submit': 'Record our choice',

  'decide.choice.title': 'What you chose',
  'decide.choice.youChose': 'You chose {label}',
  'decide.choice.noneYet': 'You haven’t chosen any of these yet — you’re still looking.',
  'decide.choice.why': 'Why',
  'decide.choice.recordedByMe': 'Recorded by you on {date}.',
  'decide.choice.recordedBy': 'Recorded by {name} on {date}.',
  'decide.choice.reviewOn': 'On {day}, Tandem will ask you both: still the right call?',
  'decide.choice.landed': 'How it landed for each of you',
  'decide.gaveWay.me.favourite': 'You got your favourite.',
  'decide.gaveWay.me.little': 'You gave way a little.',
  'decide.gaveWay.me.some': 'You gave way quite a bit.',
  'decide.gaveWay.me.lot': 'You gave way a lot on this one.',
  'decide.gaveWay.other.favourite': '{name} got their favourite.',
  'decide.gaveWay.other.little': '{name} gave way a little.',
  'decide.gaveWay.other.some': '{name} gave way quite a bit.',
  'decide.gaveWay.other.lot': '{name} gave way a lot on this one.',

  'decide.follow.title': 'Follow through',
  'decide.follow.lead': 'Turn the choice into something that happens, if it needs to.',
  'decide.follow.responsibility': 'Add a responsibility',
  'decide.follow.rule': 'Set a split rule for a category',
  'decide.follow.resp.formTitle': 'A responsibility from this choice',
  'decide.follow.resp.name': 'Name',
  'decide.follow.resp.area': 'Area',
  'decide.follow.resp.often': 'How often',
  'decide.follow.resp.minutes': 'Minutes it takes each time',
  'decide.follow.resp.minutesHint':
    'Whole minutes, from 1 to 1440. You can fine-tune it in Chores.',
  'decide.follow.resp.minutesInvalid': 'Give the minutes as a whole number from 1 to 1440.',
  'decide.follow.resp.submit': 'Add the responsibility',
  'decide.follow.rule.formTitle': 'A split rule from this choice',
  'decide.follow.rule.submit': 'Save the split rule',
  'decide.follow.done.responsibility': 'Followed through: it’s on your list of responsibilities.',
  'decide.follow.done.expense_rule': 'Followed through: {category} costs are now split this way.',
  'decide.follow.done.decision': 'Followed through with a new decision.',
  'decide.follow.see.responsibility': 'See your responsibilities',
  'decide.follow.see.expense_rule': 'See your money',
  'decide.follow.see.decision': 'See the decision',

  'decide.review.title': 'Still the right call?',
  'decide.review.lead': 'You chose this on {date}. Looking back, how does it feel?',
  'decide.review.note': 'Anything to add?',
  'decide.review.noteHint': 'Optional. Everyone here will see it.',
  'decide.review.stillRight': 'Still right',
  'decide.review.revisit': 'Let’s revisit',
  'decide.review.verdict.still_right': 'still the right call',
  'decide.review.verdict.revisit': 'let’s revisit it',
  'decide.review.mine': 'You: {verdict}.',
  'decide.review.theirs': '{name}: {verdict}.',
  'decide.review.withNote': '{said} “{note}”',
  'decide.review.saved': 'Thank you: your answer is saved.',
  'decide.review.revisitNext': 'To look at it afresh, open the question again with new options.',
  'decide.review.openAgain': 'Open the question again',

  'decide.log.title': 'Decision log',
  'decide.log.lead':
    'What you’ve decided together, and how much each of you gave way. Over time it tends to even out; when it doesn’t, that’s worth a conversation, not a score.',
  'decide.log.gaveWayTitle': 'How much each of you gave way',
  'decide.log.scale':
    '0% means you got your favourite; 100% means the choice was the one you liked least.',
  'decide.log.average.me': {
    one: 'In 1 decision, you gave way {percent}.',
    other: 'Over {count} decisions, you gave way {percent} on average.',
  },
  'decide.log.average.other': {
    one: 'In 1 decision, {name} gave way {percent}.',
    other: 'Over {count} decisions, {name} gave way {percent} on average.',
  },
  'decide.log.even': 'You’ve given way about equally.',
  'decide.log.moreMe':
    'You have given way more lately. When two options come out level, Tandem leans your way.',
  'decide.log.moreOther':
    '{name} has given way more lately. When two options come out level, Tandem leans their way — and you might too, next time it’s close.',
  'decide.log.noConcessions':
    'Once you choose one of the options in a decision, how it landed for each of you shows here.',
  'decide.log.chartLabel': {
    one: 'How much each of you gave way in the latest decision, as a bar for each of you. The table that follows has the figures.',
    other:
      'How much each of you gave way in each of the latest {count} decisions, oldest first: a bar per decision, higher means gave way more. The table that follows has the figures.',
  },
  'decide.log.tableCaption': 'How much each of you gave way, decision by decision',
  'decide.log.decision': 'Decision',
  'decide.log.nothingChosen': 'Nothing chosen',
  'decide.log.rowHead': '{question} ({date})',
  'decide.log.gaveWayIn': '{name}: gave way {percent}',
  'decide.log.pastTitle': 'Past decisions',
  'decide.log.chose': 'Chose {label}',
  'decide.log.noneChosen': 'Nothing chosen: still looking',
  'decide.log.decidedOn': 'Decided on {date}',
  'decide.log.empty':
    'Nothing recorded yet. When you record a choice, it shows up here, with how it landed for each of you.',
} as const satisfies Dictionary;
