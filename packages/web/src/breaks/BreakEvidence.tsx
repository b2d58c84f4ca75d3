/**
 * Why the defaults are what they are, in plain words, from shared/domain/evidence.md §4. Each
 * point says how strong the evidence is; none of it is presented as more than it shows.
 */
export function BreakEvidence() {
  return (
    <div className="break-evidence">
      <h3>A reminder every 30 minutes</h3>
      <p>
        In a small laboratory trial (Dunstan and colleagues, 2012), adults who got up for two
        minutes of light walking every 20 minutes had about a quarter less rise in blood sugar and
        insulin after meals than when they sat straight through. Reviews of health guidance describe
        breaking up sitting with light activity about every 30 minutes, and ergonomists at Cornell
        suggest a posture break every 20 to 30 minutes. You can choose anything from 15 to 90
        minutes.
      </p>
      <h3>Walk, don’t just stand</h3>
      <p>
        The breaks lean on walking because moving does more than standing still: simply standing up
        is not enough, in the Cornell ergonomists’ words. Standing all day is no cure either: in a
        review of studies, standing desk work did not lead to less low back pain than sitting.
        Changing position often is the aim.
      </p>
      <h3>Two hours of standing and light activity, building to four</h3>
      <p>
        An expert statement for Public Health England (Buckley and colleagues, 2015) suggests that
        desk workers first build up to 2 hours a day of standing and light activity during working
        hours, then 4 hours. Its authors say the evidence behind it is mostly observational and
        short-term. When you reach the target on most days of a week, the page suggests raising it
        by half an hour.
      </p>
      <h3>A sitting budget of 8 hours</h3>
      <p>
        The Canadian 24-Hour Movement Guidelines (2020) advise keeping sedentary time to 8 hours a
        day or less and breaking up long sitting as often as you can. The World Health Organization
        (2020) also advises sitting less but found the evidence too thin to name a number.
      </p>
      <h3>What this does not claim</h3>
      <p>
        Studies have not shown that sitting at work causes low back pain, and the figures here are
        not a diagnosis. Breaks are about moving more and changing position, for your comfort and
        your metabolism. Standing minutes count only the breaks you log; time away from the computer
        is shown as away, because we cannot know whether it was a walk.
      </p>
    </div>
  );
}
