import type { LearnPageContent } from './grade.ts';
import { SOURCES } from './sources.ts';

export const HABITS: LearnPageContent = {
  slug: 'habits',
  title: 'Sitting and desk habits',
  summary: 'Breaks, standing time, how to sit, crossed legs and sleep: small things that add up.',
  lead: 'Nobody has to stop sitting. What helps is breaking it up, mixing in standing and walking, and a few small changes to how you sit and sleep.',
  sections: [
    {
      kind: 'section',
      id: 'numbers',
      heading: 'The numbers to aim for',
      blocks: [
        {
          kind: 'figures',
          items: [
            {
              value: '2 min',
              label: 'of light walking every 30 minutes',
              statement: {
                grade: 'evidence',
                text: 'Guidelines advise interrupting long sitting with light activity about every half hour. In a lab study, 2-minute walks every 20 minutes did better than sitting straight through, and ergonomists add that getting up without moving is not enough.',
                sources: [SOURCES.solomon2018, SOURCES.dunstan2012, SOURCES.hedge],
              },
            },
            {
              value: '2 h → 4 h',
              label: 'of standing and light activity in a working day',
              statement: {
                grade: 'evidence',
                text: 'Experts advise desk workers to build up to 2 hours a day of standing and light activity during work, and later to 4 hours, counted across the day rather than in one block.',
                sources: [SOURCES.buckley2015],
              },
            },
            {
              value: '≤ 8 h',
              label: 'of sitting or lying still in a day, awake',
              statement: {
                grade: 'evidence',
                text: 'Movement guidelines cap sedentary time at 8 hours a day, with no more than 3 of them in front of a screen for leisure, and say to break up long sits as often as you can.',
                sources: [SOURCES.canada2020],
              },
            },
          ],
        },
        {
          kind: 'callout',
          tone: 'info',
          title: 'Variety, not standing all day',
          statements: [
            {
              grade: 'evidence',
              text: 'Swapping long sitting for long standing did not reduce low back pain. The aim is to change position often and to move, not to stand still for hours.',
              sources: [SOURCES.standingDesks],
            },
            {
              grade: 'evidence',
              text: 'Sitting at work has not been shown to cause back pain on its own. Breaks are still worth it for comfort and for your heart and metabolism.',
              sources: [SOURCES.hartvigsen2000, SOURCES.dzakpasu2021],
            },
          ],
        },
      ],
    },
    {
      kind: 'section',
      id: 'sitting-setup',
      heading: 'How to sit',
      blocks: [
        {
          kind: 'list',
          items: [
            {
              grade: 'practice',
              text: 'Sit all the way back in the chair with both feet flat on the floor.',
            },
            {
              grade: 'practice',
              text: 'Avoid perching forward towards the screen: leaning in bends the hips even further.',
            },
            {
              grade: 'practice',
              text: 'Keep your feet out from under the chair rather than hooked around its legs.',
            },
            {
              grade: 'practice',
              text: 'A rolled towel or blanket behind the low back lifts the hips a little and opens the angle at the front of the hip.',
            },
            {
              grade: 'practice',
              text: 'If you can, use a desk that lets you switch between sitting and standing, and switch often.',
            },
          ],
        },
      ],
    },
    {
      kind: 'section',
      id: 'crossed-legs',
      heading: 'Crossing your legs',
      blocks: [
        {
          kind: 'text',
          statement: {
            grade: 'practice',
            text: 'With one leg crossed over the other, the hip of the top leg bends further, so its psoas rests even shorter. Practitioners suggest keeping both feet on the floor, or at least swapping sides rather than always crossing the same leg.',
          },
        },
      ],
    },
    {
      kind: 'section',
      id: 'sleep',
      heading: 'Sleeping position',
      blocks: [
        {
          kind: 'text',
          statement: {
            grade: 'practice',
            text: 'Lying on your front holds the low back arched for hours at a time. Practitioners suggest sleeping on your back or your side instead.',
          },
        },
      ],
    },
    {
      kind: 'section',
      id: 'move-more',
      heading: 'Moving in other ways',
      blocks: [
        {
          kind: 'list',
          items: [
            {
              grade: 'practice',
              text: 'Walk outdoors, ideally with company, and try yoga classes or sessions with a trainer: variety keeps the hips moving through their whole range.',
            },
            {
              grade: 'practice',
              text: 'If your sport is one-sided (throwing, rackets, golf), give the other side some attention too.',
            },
            {
              grade: 'practice',
              text: 'Balance heavy core training, such as many sit-ups or crunches, with gentler, restorative work, and stay within a comfortable range.',
            },
          ],
        },
      ],
    },
    {
      kind: 'section',
      id: 'go-slowly',
      heading: 'Going slowly',
      blocks: [
        {
          kind: 'text',
          statement: {
            grade: 'practice',
            text: 'Little and often beats a big effort once a week. Do not push stretches or exercises into pain, and give your body weeks, not days, to adapt. An imbalance that built up over years will not even out over a weekend.',
          },
        },
      ],
    },
  ],
};
