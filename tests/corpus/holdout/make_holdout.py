#!/usr/bin/env python3
"""Write the held-out corpus articles as bytes, with their encoding hazards, and check the gold.

Usage (from the repository root or anywhere):
    python tests/corpus/holdout/make_holdout.py            # (re)write the *.txt files
    python tests/corpus/holdout/make_holdout.py --check    # gold against the decoded files
    python tests/corpus/holdout/make_holdout.py --briefing raw|clean|oracle > /tmp/b.json

Every story, outlet, person and institution in these texts is invented.
The texts below are written as a reader should see them after a correct decode; the
`hazard` of each article says how its bytes are spoiled on disk:
  encoding  codec used to write the file (utf-8, utf-8-sig, utf-16 (LE with BOM), cp1252, latin-1)
  newline   "\\n", "\\r\\n" or "\\r"
  mojibake  "all": the UTF-8 text is decoded as cp1252 and re-encoded as UTF-8 (every
            non-ASCII char spoiled); "marked": only the spans marked with ⟪...⟫ are.
Markers and raw characters used in the source texts:
  ⟪...⟫   span to spoil with mojibake (the markers themselves are never written)
  \\u00a0 no-break space, \\u200b zero-width space (written as is; a reader sees a space / nothing)
"""
from __future__ import annotations

import argparse
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))
# UTF-8 bytes read as cp1252: the in-house corpus's writer spoils text the same way.
from make_hazards import add_article_gold, add_story_gold  # noqa: E402
from make_hazards import mojibake as spoil  # noqa: E402

# A span to be spoiled with mojibake: ⟪text⟫
MARKED = re.compile(r"⟪(.*?)⟫", re.S)
# <script>/<style> blocks with their content
SCRIPT_STYLE = re.compile(r"<(script|style)\b[^>]*>.*?</\1>", re.S | re.I)
# any other HTML tag
TAG = re.compile(r"</?[a-zA-Z][^>]*>")

ARTICLES: dict[str, dict] = {}


def article(stem: str, text: str, encoding: str = "utf-8", newline: str = "\n", mojibake: str | None = None) -> None:
    """Register one article text (as a reader sees it) with its byte hazards."""
    ARTICLES[stem] = {"text": text.lstrip("\n"), "encoding": encoding, "newline": newline, "mojibake": mojibake}


def reader_text(stem: str) -> str:
    """The text as the page showed it (markers removed), before any byte hazard."""
    return MARKED.sub(r"\1", ARTICLES[stem]["text"])


def disk_text(stem: str) -> str:
    """The text as it decodes from disk with the right codec (mojibake still in it)."""
    a = ARTICLES[stem]
    text = a["text"]
    if a["mojibake"] == "all":
        text = spoil(MARKED.sub(r"\1", text))
    elif a["mojibake"] == "marked":
        text = MARKED.sub(lambda m: spoil(m.group(1)), text)
    return text.replace("\n", a["newline"])


def clean_text(stem: str) -> str:
    """What a perfect decoder shows: no mojibake, no tags, no ZWSP, NBSP as space (debris kept)."""
    text = reader_text(stem)
    text = SCRIPT_STYLE.sub("", text)
    text = TAG.sub("", text)
    return text.replace("\u200b", "").replace("\u00a0", " ")


def write_all() -> None:
    for stem, a in ARTICLES.items():
        data = disk_text(stem).encode(a["encoding"])
        (HERE / f"{stem}.txt").write_bytes(data)
    print(f"wrote {len(ARTICLES)} articles to {HERE}")


def decode_file(stem: str) -> str:
    """Decode the file on disk with the codec it was written with (BOMs removed)."""
    a = ARTICLES[stem]
    return (HERE / f"{stem}.txt").read_bytes().decode(a["encoding"])


# ---------------------------------------------------------------------------
# Story A: the hand recount of the Ostervale mayoral election (December 2022)
# ---------------------------------------------------------------------------

article("election_01_ostervale_times", encoding="utf-8-sig", text="""
Skip to content
This site uses cookies to improve your experience and to show you relevant ads. Accept all | Manage preferences
The Ostervale Times
News   Politics   Business   Sports   Opinion   Obituaries   e-Edition
Home › Local › Elections
Recount finds sealed box of uncounted ballots on second day
Officials say the 340 ballots from Precinct 14 were never scanned on election night; both campaigns were told within the hour.
By Priya Halvorsen and Marcus Dell
December 6, 2022 at 7:22 pm
Updated 3 hours ago
Listen to this story
4 minute read
Share on Facebook
Share on X
Copy link
Email
Election workers sort ballot boxes at the Dunmore County elections warehouse on Monday. (Photo: Lena Strand/The Ostervale Times)
Counting teams at the Dunmore County elections warehouse found a sealed box of 340 ballots on Tuesday that had never been scanned, on the second day of a hand recount that will decide who becomes Ostervale’s next mayor.
The box, from Precinct 14 on the city’s east side, was discovered behind a pallet of unused provisional envelopes shortly after 10 a.m., according to county elections director Marisol Thackeray. Its seal was intact and its paperwork was signed by the precinct’s two judges, she said.
“We found it because we were looking. That is what a recount is for,” Thackeray told reporters outside the warehouse on Fenwick Road.
ADVERTISEMENT
The discovery matters because the race is so close. On election night, Nov. 8, challenger Daniel Okafor-Reyes led two-term Mayor Harriet Vossberg by 212 votes out of more than 61,000 cast. The Dunmore County Board of Canvassers certified that result on Nov. 22, and Vossberg asked for a recount six days later.
SEE ALSO: Council approves new bus routes for the west side
Under state law, a margin of less than half a percentage point lets the trailing candidate request a recount at the county’s expense. The county has set aside $186,000 for the work, which began on Monday with 48 two-person counting teams.
A box nobody had counted
Each team pairs a worker nominated by the Vossberg campaign with one nominated by the Okafor-Reyes campaign, and observers from both sides stand behind a rope line a few feet away.
“Every ballot will be handled by two people from different campaigns, and every one of them will be counted in public view,” Thackeray said on Monday as the count began.
The Precinct 14 box will be opened on Wednesday morning in front of both campaigns’ lawyers. Thackeray would not say how the box came to be left behind, and said a full account would be given “once the count is done, not before.”
Okafor-Reyes, reached by text message, said he was “not worried in the slightest.” “I am confident the result will stand, and I would rather know than wonder,” he wrote.
Vossberg’s campaign manager, Len Ashgrove, said the box showed “exactly why we asked for this.”
What happens next
The teams have counted about a third of the city’s 61,164 ballots so far. Thackeray said she expects the recount to be finished by Dec. 14, after which the board of canvassers will meet to certify the new totals.
If the margin changes, the loser may still go to court, but only on questions of law, not on the count itself.
Priya Halvorsen covers City Hall and elections for The Ostervale Times. Reach her at phalvorsen@ostervaletimes.example.
Marcus Dell is the Times’ data reporter.
Filed under: elections, Ostervale, recount, Dunmore County
Trending now
Fire destroys historic Larkin Street bakery
Ostervale schools to delay start times next fall
Winter parking ban takes effect Friday
Return to top
© 2022 Ostervale Times Publishing Co. All rights reserved.
""")

article("election_02_tidewire", encoding="latin-1", text="""
TIDEWIRE
World  Business  Markets  Politics  Technology  Sports
Politics
Ostervale mayoral recount turns up uncounted ballot box
2022-12-06T21:40:00Z
OSTERVALE, Dec 6 (Tidewire) - Election workers recounting the Ostervale mayoral vote by hand found a sealed box holding about 300 ballots that had never been run through a scanner, county officials said on Tuesday, adding a twist to one of the closest city races in the state's history.
Challenger Daniel Okafor-Reyes finished 212 votes ahead of Mayor Harriet Vossberg in the Nov. 8 election. Vossberg, who has led the city of about 140,000 people since 2014, requested the recount last month.
The hand count began on Monday at a county warehouse and is expected to cost Dunmore County about $210,000, according to a spending request approved by county commissioners last week.
"Every ballot will be handled by two people from different campaigns," county elections director Marisol Thackeray told reporters. "And every one of them will be counted in public view."
Thackeray said the box was found behind stacked supplies and that its seal and paperwork were intact. It will be opened and counted on Wednesday with lawyers for both campaigns present.
Vossberg, 61, said in a statement that the recount was "not about me."
"It is about whether people can trust the number at the end," she said.
County Commissioner Inés Calderón, who chairs the commission's budget committee, said the cost was "the price of a democracy that checks its own work." Commissioner José Ibáñez voted against the spending request, arguing that the state should reimburse counties for recounts of this kind.
Okafor-Reyes, a 44-year-old former public defender, campaigned on expanding bus service and building affordable housing on city-owned land. He has already named a transition team.
State law allows a losing candidate to request a recount at public expense when the margin is under half a percentage point. The Ostervale margin was about 0.35 percentage points.
Recounts rarely change outcomes. A review of statewide recounts since 2000 by the nonpartisan Civic Ballot Project found that the average recount moved the margin by fewer than 30 votes, and only three reversed a result.
Election observers from the League of Dunmore Voters, led by Agnès Morel, said the count had so far been orderly.
The recount is scheduled to be completed on Dec. 14.
(Reporting by Abel Norquist in Ostervale; Editing by Ruth Saye)
Related coverage
Close races trigger recounts in three states
© Tidewire 2022. All rights reserved.
Tidewire Trust Principles | Terms of use | Accessibility
""")

article("election_03_civitas24", text="""
<style>.c24-banner{display:none} .c24-share a{color:#c00}</style>
Civitas24
Local  Politics  Elections  Money  Explainers  Podcasts
Ostervale recount: lost ballot box found as county counts the cost
Posted: 2022/12/7
Words by Tomasz Brenner
Sharing: Facebook · X · WhatsApp · Email
The hand recount of Ostervale’s mayoral election reached its third day on Wednesday with a question nobody in Dunmore County wanted to answer: how did a sealed box of ballots sit unscanned in a warehouse for a month?<br>
The box, from Precinct 14, was found yesterday, the recount’s second day. County elections director Marisol Thackeray said it held 340 ballots, and that it would be opened this morning in front of both campaigns.
“We found it because we were looking,” Thackeray said. “That is what a recount is for.”
<script>window.c24 = {section: "politics", tags: ["recount"]}; c24.track("article_view");</script>
The recount itself is expected to cost the county <b>$186,000</b>, money that comes from a reserve fund meant for emergencies. For a primer on how hand counts work, see <a href="https://civitas24.example/explainers/recount">our recount explainer</a>.
Get Civitas24 Morning in your inbox. It’s free, and it lands before your coffee does.
Sign me up
The numbers
Before the recount, challenger Daniel Okafor-Reyes led Mayor Harriet Vossberg by 212 votes. Precinct 14 is a Vossberg stronghold: she won 58 percent of its vote on election night. If the uncounted box splits the same way, it would cut Okafor-Reyes’s lead by about 54 votes, not enough on its own to change the result.
Vossberg has been careful not to claim the box as a win.
“This is not about me. It is about whether people can trust the number at the end,” she told Civitas24 on Tuesday evening.
Okafor-Reyes struck a similar note, saying the recount “is the system working as designed.”
Also on Civitas24: Why Dunmore County still counts by hand
Who pays
Because Ostervale’s margin fell under half a percentage point, state law puts the bill on the county. Several commissioners have called on the state legislature to change that; a bill to reimburse counties for mandatory recounts died in committee in March.
The recount began on Monday and is due to finish on Dec. 14. Results from each day’s counting are posted on the county website each evening.
Topics: Ostervale, elections, Dunmore County, recount
Tomasz Brenner is Civitas24’s politics editor. He has covered Dunmore County government since 2016.
Was this article helpful?  Yes  No
Civitas24 is a nonprofit newsroom. Support our work.
""")

article("election_04_radio_dunmore", text="""
Radio Dunmore 91.7
Listen live
Now playing: Afternoon Drive with Cal Werner
News  Weather  Traffic  Community  Podcasts  Schedule
Election workers recounting ballots in Ostervale’s mayoral race found more than 400 ballots in a sealed box that was never scanned on election night, the county’s top election official said Tuesday.
Hollis Brandt | Ostervale
06.12.2022 · 17:55
Audio: hear the full report (2:41)
The box came from Precinct 14 and was found on the recount’s second day, behind supplies stored at the county’s warehouse on Fenwick Road. Elections director Marisol Thackeray said its seal was unbroken.
She repeated the promise she made when the count began yesterday: “Every ballot will be handled by two people from different campaigns – and every one of them will be counted in public view.”
Story continues below
Challenger Daniel Okafor-Reyes led Mayor Harriet Vossberg by 212 votes after the Nov. 8 election. About 50 counting teams are working through more than 61,000 ballots, and the county says the work should be done by Dec. 14.
Okafor-Reyes told Radio Dunmore he was not worried. “I am confident the result will stand,” he said.
The recount is costing the county nearly $200,000. Commissioner Inés Calderón called that “money well spent,” while others have said the state should pick up the bill.
Precinct 14 poll worker Darlene Fisk, who worked the polls on election day, told Radio Dunmore she remembers the box being loaded onto a county van that night. “I watched it go,” she said. “I have no idea where it went after that.”
The box will be opened Wednesday morning.
Download the Radio Dunmore app and get news alerts as they happen.
More local news
Snowplow drivers vote to ratify new contract
Library card sign-ups hit record high
Copyright 2022 Radio Dunmore Community Broadcasting. All rights reserved.
""")

article("election_05_precinct_notes", encoding="utf-8", mojibake="all", text="""
Precinct Notes
nerdy about local elections since 2014
Home | Archive | About | Support the blog
The Ostervale recount is worth every cent
by Gus Ellery
I’ve been writing about Dunmore County elections for eight years, and I’ll say it plainly: the people grumbling about the cost of this recount have it backwards.
Quick recap for newcomers. On election night, Tuesday, November 8, Daniel Okafor-Reyes finished ahead of Mayor Harriet Vossberg by 219 votes — my count from the precinct tapes, which is a few votes off the county’s official 212, a gap I’ll explain in a later post. Vossberg asked for a recount on November 28, and the hand count began on Monday, December 5.
On its second day the teams found a sealed box of 340 ballots from Precinct 14 that had never been scanned. Think about that. A whole box.
Elections director Marisol Thackeray put it better than I can: “We found it because we were looking. That is what a recount is for.”
The cost argument
The county says the count will cost $186,000. That is real money. It is also about three dollars per ballot cast, and less than the county spent on new carpet for the administration building in 2019. (Yes, I checked.)
What would it have cost if the Precinct 14 box had never been found? Nothing in dollars. Everything in trust.
Vossberg, to her credit, has said the same. “This is not about me,” she said last week. “It is about whether people can trust the number at the end.”
What I’d change
Two things. First, every precinct’s boxes should be counted in and out of the warehouse with a signed log, the way the county already does for voting machines. Second, the state should pay for recounts it makes mandatory. The county didn’t choose this bill, and the state has made it a bill counties can’t refuse.
None of that should slow down the count itself. Let the teams finish — the county says by December 14 — and let whoever wins govern.
Share this post: Facebook · Reddit · Email · Print
Like what you read? Chip in three dollars a month to keep the lights on.
9 responses to “The Ostervale recount is worth every cent”
dunmore_dad
December 8, 2022 at 9:14 am
Carpet comparison is brutal. Well done.
Reply
Maria T.
December 8, 2022 at 11:02 am
How does a box just get left behind? Somebody should lose their job over this.
Reply
precinct14voter
December 9, 2022 at 7:45 pm
That was my precinct. Glad my ballot finally counts.
Reply
Leave a comment
Your email will never be shared. Fields marked * are required.
Name *
Email *
Submit comment
↑ Top
""")

# ---------------------------------------------------------------------------
# Story B: the Tessaly-2 launch failure that lost the Aurel-1 weather satellite (April 2023)
# ---------------------------------------------------------------------------

article("satellite_01_orbitline", newline="\r\n", text="""
Orbitline.com
Launches  Spacecraft  Industry  Science  Newsletter  Log in
Sponsored: Track every launch this week with Orbitline Pro
Tessaly-2 fails to reach orbit, taking Aurel-1 weather satellite with it
2023-04-19T06:12:00Z
Updated 3 hours ago
Reporting by Dana Whitlock
Post  Share  Save
Image: Corvane Aerospace livestream
A Corvane Aerospace Tessaly-2 rocket failed to reach orbit on Tuesday night after its second-stage engine shut down early, destroying the Aurel-1 weather satellite it was carrying.
The rocket lifted off from Kellis Point Spaceport at 21:03 local time. The first stage performed normally, but telemetry on the company’s livestream showed the second stage’s engine losing thrust about four minutes after liftoff. The broadcast cut away moments later, and Corvane confirmed the loss of the mission roughly an hour after launch.
Orbitline Pro members get full launch manifests and data. Start a free trial.
Aurel-1 was built for the Northern Meteorological Consortium, a partnership of five national weather services, to replace an ageing polar-orbiting satellite due to be retired next year. The consortium has valued the spacecraft at $310 million.
“We lost the vehicle, but we did not lose the data, and the data will tell us exactly what went wrong,” Corvane chief executive Rafael Ostrander said in a post on the company’s website.
Corvane said debris fell into the sea well inside the cleared hazard area and that nobody was injured.
A clean record, until now
The failure is the first for Tessaly-2 in eight flights. The rocket’s most recent mission, in January, placed two communications satellites into orbit without a hitch, and Corvane had planned to fly as many as six more missions this year.
Those plans are now on hold. The Civil Space Safety Office, which licenses launches from Kellis Point, said it would require Corvane to investigate under its oversight before the rocket flies again. Past investigations of this kind have taken between three and nine months.
Keep reading
How Kellis Point became a spaceport
Five launches to watch this spring
For the consortium, the timing is difficult. Its oldest satellite is already running on a backup instrument, and a gap in polar coverage would weaken forecasts for shipping lanes in the far north, where data from the polar orbit matter most.
Dana Whitlock is Orbitline’s launch reporter. She has covered more than 200 launches.
Comments (27)
Orbitline is reader-supported. When you buy through links on our site, we may earn a commission.
© 2023 Orbitline Media LLC
""")

article("satellite_02_meridian_courier", encoding="utf-16", text="""
We use cookies and similar technologies on this site. You can change your choices at any time in Privacy settings. Accept and continue
Your Meridian Courier account
The Meridian Courier
UK  World  Science  Climate  Business  Sport  Culture
Science
Weather satellite lost as British-built rocket fails minutes after launch
Wed 19 Apr 2023 07.40 BST
By Helen Achterberg and Sam Quayle
Aurel-1 satellite was meant to keep polar weather data flowing for a decade
A weather satellite that took seven years to build has been destroyed after the rocket carrying it failed nearly five minutes into its flight from Kellis Point last night.
The Tessaly-2 rocket, built and operated by Corvane Aerospace, rose cleanly from the pad at 9.03pm on Tuesday, but its upper stage shut down early and it fell back towards the sea north of the spaceport.
The satellite, Aurel-1, was built for the Northern Meteorological Consortium at a cost the consortium puts at $275m. It was due to replace a satellite that has been in orbit for 14 years.
Dr Annika Solberg, the consortium’s director, said the loss was “a blow, not a catastrophe”.
“Aurel-1 was seven years of work for more than two hundred people,” she said. “Tonight is hard. Tomorrow we start again.”
Sign up to the Meridian Courier Science Weekly e-mail for the week’s discoveries, in one place
What went wrong
Corvane’s chief executive, Rafael Ostrander, said engineers already had the telemetry they needed. “We lost the vehicle, but we did not lose the data – and the data will tell us exactly what went wrong,” he said.
Early data suggest the engine lost fuel pressure, two people familiar with the company’s review told the Courier. Corvane declined to comment on the cause.
The Civil Space Safety Office said no one was hurt and that it would oversee the investigation.
What it means for forecasts
Meteorologists say the consortium’s current polar satellite can keep working for perhaps two more years, but any further failure would leave a hole in the data used for forecasts across the north Atlantic.
“The forecasts you see on your phone will not get worse tomorrow,” said Prof Idris Kalnins, a satellite meteorologist at the University of Harrowmere. “The risk is a few winters from now.”
Corvane has flown Tessaly-2 eight times since 2019. The company has not said when it will next fly.
Most viewed
Rare orchid found growing on a motorway verge
Scientists map the oldest footprints in northern Europe
Helen Achterberg is the Meridian Courier’s science correspondent. Sam Quayle covers business and technology.
Explore more on these topics: Space, Weather, Science
Back to top
© 2023 Meridian Courier Group Ltd. All rights reserved. Registered in England and Wales.
""")

article("satellite_03_parallax_newswire", text="""
PARALLAX NEWSWIRE
Home | Business | World | Science | Markets
Corvane rocket fails on eighth flight, weather satellite lost
April 18, 2023 11:48 PM GMT
KELLIS POINT, April 18 (Parallax) — A Corvane Aerospace Tessaly-2 rocket failed on Tuesday after its second stage shut down 262 seconds into the flight, destroying a $310 million weather satellite, the company said.
The rocket lifted off at 8:03 p.m. GMT carrying Aurel-1, a polar-orbiting satellite built for the Northern Meteorological Consortium. It was the eighth flight of Tessaly-2 and the first failure.
“We lost the vehicle, but we did not lose the data,” Corvane Chief Executive Rafael Ostrander said in a statement. “The data will tell us exactly what went wrong.”
The satellite was insured for $180 million, according to a person familiar with the policy, who asked not to be named because the terms are private.
Corvane, which is privately held, raised $95 million from investors last year to expand production of Tessaly-2 and had booked 14 launches through 2025.
The company said the debris fell into the sea inside the area cleared for the launch and that there were no injuries.
The Civil Space Safety Office said the company would need to complete an investigation before resuming flights.
Tessaly-2 is a two-stage rocket about 24 metres tall that can carry up to 900 kg to low Earth orbit. Corvane builds most of its engines at a plant outside Kellis Point and has said it wants to fly once a month by 2025.
The Northern Meteorological Consortium, which pools satellite data for five national weather services, said its existing satellite remained in good health.
Consortium director Annika Solberg said the loss was "a blow, not a catastrophe" and that the group would decide within weeks how to replace the spacecraft.
Launch failures are not unusual for young rockets. Insurers have paid out on several small-launcher failures in the past five years, and premiums for first flights of new rockets can exceed 10% of a payload's value.
Corvane's previous launch, in January, put two communications satellites into orbit.
(Reporting by Kit Amundsen; Editing by Laila Varga)
Our Standards: The Parallax Trust Principles.
""")

article("satellite_04_payload_review", mojibake="marked", text="""
THE PAYLOAD REVIEW
Space business, explained
Analysis: Corvane’s first failure is a test of the small-rocket business model
You’ve reached your limit of free reads this month. Already a member? Log in
A single lost satellite should not sink a launch company. But for ⟪Corvane’s⟫ customers, the question is what the next nine months look like.
When the second stage of a Tessaly-2 rocket shut down early on April 18, it ended a run of seven straight successes stretching back to the rocket’s first flight in 2019, and destroyed Aurel-1, a weather satellite the Northern Meteorological Consortium says cost nearly $300 million.
The insurance question
Launch insurance will cover part of that. People who have seen the policy say it pays out about $150 million, roughly half the value of the satellite, which is typical for government-backed spacecraft that are insured for the launch but not for a full replacement.
That gap matters. Consortium director Annika Solberg has made no secret of what the loss means to her staff: “Aurel-1 was seven years of work for more than two hundred people,” she said on the night of the failure.
The consortium must now decide whether to rebuild Aurel-1 from spare parts, buy a different satellite, or lean on its ageing fleet for longer.
The manifest problem
⟪Corvane’s⟫ bigger exposure is its order book. Tessaly-2 is booked for 14 flights through 2025, most of them for small commercial operators that cannot wait long for a ride.
Its last flight, in January, was its smoothest yet. On April 19, a day after the failure, Corvane set up an investigation board with the Civil Space Safety Office, a process that has taken other launch providers anywhere from three to nine months. Each month grounded is a month in which customers shop around.
Small-rocket companies have survived failures before. Several recovered within a year and went on to fly dozens of missions. What they had in common was a quick and credible explanation, and enough cash to get through the pause.
What to watch
Corvane raised $95 million last year. It has not said how long that money lasts without launch revenue. The first public sign of the investigation’s progress will be whether the company names a cause before the summer.
“The data will tell us exactly what went wrong,” chief executive Rafael Ostrander said on the night of the failure. Customers will be listening for how soon.
Rosa Inglethorpe is a contributing analyst at The Payload Review and a former launch insurance underwriter.
Members can download the data behind this analysis. Become a member
Share  Copy link
The Payload Review © 2023
""")

article("satellite_05_tidewire", newline="\r", text="""
TIDEWIRE
World  Business  Markets  Politics  Technology  Sports
Technology
Regulator grounds Tessaly-2 rockets after weather satellite loss
April 20, 2023 · 10:15 AM UTC
By Wen Hallorann
Summary
Investigation board named on Wednesday
Consortium to decide on replacement within weeks
Nine launches for this year on hold
LONDON, April 20 (Tidewire) - Corvane Aerospace's Tessaly-2 rockets will stay on the ground until an investigation into Tuesday's launch failure is complete, the Civil Space Safety Office said, after the company named a seven-member investigation board on Wednesday.
The failure destroyed Aurel-1, a weather satellite for the Northern Meteorological Consortium, about four minutes after liftoff from Kellis Point Spaceport.
The board will be led by Corvane's head of safety, Miriam Osei-Fenwick, and includes two engineers from the regulator, the company said.
Corvane had nine more launches planned this year. Customers include two Scandinavian earth-observation start-ups and a university research group.
Consortium director Annika Solberg said on Wednesday it would decide "within weeks" whether to build a second Aurel-1 from spare parts.
"Aurel-1 was seven years of work for more than two hundred people," she told reporters at the consortium's headquarters. "We owe it to them to get the next one up."
The consortium said its current polar satellite was healthy and could operate until at least 2025.
The investigation will examine why the second-stage engine lost power. Corvane has said it recovered all of the flight's telemetry, and people familiar with the review have said early data point to a drop in fuel pressure.
A spokeswoman for the Civil Space Safety Office said the regulator would not set a timetable. "The rocket flies again when the board has found the cause and the fix has been tested, not before," she said.
Shares in Halvard Systems, which supplies valves for the Tessaly-2 engine, fell 6% on Wednesday. Halvard said it was cooperating with Corvane.
Read more:
Tessaly-2 fails to reach orbit, weather satellite lost
© Tidewire 2023. All rights reserved.
""")

# ---------------------------------------------------------------------------
# Story C: the ransomware attack on Elmsworth General Hospital (February 2024)
# ---------------------------------------------------------------------------

article("hospital_01_elmsworth_sentinel", encoding="cp1252", text="""
THE ELMSWORTH SENTINEL
Serving Elmsworth and the Vale since 1872
News | Sport | What’s On | Property | Jobs | Announcements
News › Health
Hospital cyber-attack: 4,100 appointments cancelled as staff return to paper records
First published: Mon 5 Feb 2024
Last modified: Tue 6 Feb 2024 10:02
By Zoë Pennick, Health Reporter
Share this story
Facebook
WhatsApp
Email
Elmsworth General Hospital has cancelled 4,100 outpatient appointments and scans after a cyber-attack took its computer systems offline over the weekend.
Staff noticed problems with the hospital’s patient record system at about 2am on Saturday, and by dawn every clinical system – pathology, radiology and the electronic prescribing system – had been shut down as a precaution.
On Sunday, 38 ambulances were diverted to hospitals in Castlebridge and Oakhollow, according to figures seen by the Sentinel.
Paramedics unload a patient outside the emergency department on Sunday afternoon.
Picture: Ravi Oduya
Elmsworth and Vale Health Board chief executive Margaret Ilsley praised staff who, she said, had “gone back to pen and paper overnight”.
“Our staff went back to pen and paper overnight, and they kept this hospital safe,” she said. “I cannot thank them enough.”
Advertisement
The health board confirmed this morning that a criminal group calling itself Quietlock had claimed responsibility and demanded a ransom. It has not said how much the group is asking for, and said it would not pay.
‘Slower, but safe’
Patients already on the wards are being cared for as normal, doctors said, although test results are taking hours rather than minutes to come back because they are being carried between departments by hand.
One nurse on the acute medical unit, who asked not to be named, told the Sentinel: “It’s slower, but it’s safe. We did this for years before the computers came in.”
The emergency department remains open for the most serious cases, but people with minor injuries are being asked to use the walk-in centre on Brook Lane or call the health advice line.
READ MORE: Elmsworth bypass roadworks to start in spring
What patients should do
The health board said anyone with an appointment this week should assume it will go ahead unless they are contacted. Cancelled appointments will be rebooked “as soon as systems allow”.
Ms Ilsley said she expected the main systems to be restored by the end of next week.
Have you been affected by the cyber-attack? Email newsdesk@elmsworthsentinel.example
Most Popular
Elmsworth Town sack manager after cup exit
Plans for 300 homes on old dairy site approved
Zoë Pennick joined the Sentinel in 2019 and covers health and social care.
© Vale & Moor Newspapers Ltd 2024
""")

article("hospital_02_healthit24", text="""
HealthIT24
Security  Interoperability  AI  Policy  Events  Jobs
Ransomware gang demands $4.5m from Elmsworth health board as hospital systems stay dark
Published 2024-02-06 14:22:09
Author: Kofi Ambrose-Lind
5 min read
The group behind the weekend attack on Elmsworth General Hospital has posted a ransom demand of <b>$4.5m</b> on its leak site, along with what it says are samples of stolen patient data.<br>
Quietlock, a ransom\u200bware operation first seen in 2022, listed the Elmsworth and Vale Health Board on its site on Monday and gave the board ten days to pay. The group claims to hold 1.3\u00a0terabytes of data, including scanned referral letters and staff records.<br>
The board said it would not pay and had reported the attack to police and the National Cyber Response Unit (NCRU).
Colm\u200b Reddaway, deputy director of the NCRU, said paying would not guarantee anything. “Paying does not buy your data back. It buys a promise from a criminal,” he said.
How the attack unfolded
Staff first saw the patient record system slow down at around 2am on Saturday. Within hours, the board’s IT team had cut the hospital’s network off from the outside world and shut down clinical systems one by one to stop the malware spreading.
HealthIT24 understands that the attackers got in through a remote-access server used by an outside contractor, a route that a 2021 audit had flagged as needing multi-factor authentication.
Webinar: Securing remote access for clinical suppliers. <a href="https://healthit24.example/webinars/remote-access">Register now</a>
The board has not confirmed how the attackers got in. It said around 4,000 appointments had been cancelled so far.
Recovering from ransomware
Restoring a hospital’s systems is slow because every server has to be checked before it is switched back on, said Dr Halima Ferreira-Walsh, a health-security researcher at Castle\u200bbridge University.
“You are not just restoring backups. You are proving that each machine is clean before you trust it with a patient,” she said.
The board said it expected the main clinical systems to be back by the end of next week.
The\u00a0health board employs about 6,200 staff at Elmsworth General and four community hospitals. Its latest annual report put spending on digital services at £14.2\u00a0million, up from £9.8\u00a0million two years earlier.
Security teams across the region have been told to check for the same intrusion method. The NCRU said it was working with the health board and that there was no sign of the attack spreading to other hospitals.
Related: What the Quietlock gang has hit before
Kofi Ambrose-Lind is HealthIT24’s security editor.
Tags: ransomware, NHS trusts, cyber security, Elmsworth
Subscribe to the HealthIT24 Daily for the top stories in health tech, every weekday.
Copyright © 2024 HealthIT24. All rights reserved.
""")

article("hospital_03_northgate_voice", text="""
The Northgate Voice
Comment  Ideas  Letters  Culture
Your Northgate Voice account
Opinion
Hospitals have been left exposed by a decade of deferred maintenance. Elmsworth is what the bill looks like.
Posted on February 7, 2024 by Ruth Anand-Cole
The attack on Elmsworth General is not a freak event. It is the bill for a decade of deferred maintenance, and we are all paying it.
Every few months the same story plays out somewhere. A hospital’s screens go dark. Ambulances are turned away. A chief executive thanks heroic staff, and she is right to. At Elmsworth, Margaret Ilsley said her staff “went back to pen and paper overnight, and they kept this hospital safe.” They did. They should never have had to.
Subscribe to The Northgate Voice for £1 a week and support independent comment.
What we knew
The weakness the attackers reportedly used was not a secret. A 2021 audit told the health board that a remote-access server used by contractors needed stronger log-in checks. Three years later, according to reporting by specialist sites, it was still the way in.
I do not blame the hospital’s IT team, who are probably the least surprised people in the building. I blame a funding system in which a new scanner makes a ribbon-cutting photograph and a server upgrade makes nothing.
Nor should anyone be tempted to pay. The criminals who call themselves Quietlock are reported to be asking for $6 million. Colm Reddaway of the National Cyber Response Unit said it best: “Paying does not buy your data back. It buys a promise from a criminal.”
What we should do
First, every health board should publish, once a year, a plain list of the systems it runs that are past their support date. Sunlight is cheap.
Second, money for cyber security should be ring-fenced, so that it cannot be raided when winter pressures hit, which they always do.
Third, the people who sign off budgets should sit in on the next simulated attack. Nothing concentrates the mind like watching a ward run on paper.
Thousands of patients have had appointments cancelled this week. Some of them will wait months for a new date. That is the real cost, and it does not show up on any ransom note.
Ruth Anand-Cole is a former hospital manager and writes a fortnightly column for the Voice.
Comments are now closed on this article.
More from Opinion
The case for a four-day school week
Our high streets need fewer plans and more shops
The Northgate Voice is published by Northgate Voice Media. © 2024
""")

article("hospital_04_parallax_newswire", encoding="latin-1", newline="\r\n", text="""
PARALLAX NEWSWIRE
Home | Business | World | Science | Markets
Ransomware attack forces English hospital to divert ambulances, cancel appointments
5 February 2024 | 18:05 GMT
ELMSWORTH, England, Feb 5 (Parallax) - A ransomware attack on Elmsworth General Hospital forced it to divert more than 40 ambulances to other hospitals on Sunday and cancel thousands of appointments, its operator said on Monday.
The Elmsworth and Vale Health Board said the attack was detected early on Saturday and that it had switched off clinical computer systems as a precaution. A criminal group calling itself Quietlock has claimed responsibility.
Two people familiar with the matter said the group had demanded $6 million. The board said it would not pay.
"Our staff went back to pen and paper overnight," chief executive Margaret Ilsley said. "And they kept this hospital safe."
The hospital serves about 420,000 people in the Vale of Elmsworth. Its emergency department remained open for the most serious cases.
Police said the National Cyber Response Unit was leading the investigation. Health-service hospitals have been hit by several ransomware attacks in recent years, some of which took months to recover from fully.
Board spokesman Piers Dénault said the main systems should be restored "by the end of next week" but gave no firm date.
The health board said 4,100 appointments and procedures had been cancelled so far.
Quietlock, which security researchers say emerged in 2022, has previously targeted schools, a water utility and at least two private clinics. It typically steals data before encrypting systems and then threatens to publish it.
The board said it had not yet established what data, if any, had been taken. It urged patients to be wary of calls or emails asking for personal details.
Staff at the hospital were working from paper records and carrying test results between departments by hand, a nurse told Parallax. The nurse asked not to be named because staff have been told not to speak to the media.
Neighbouring hospitals in Castlebridge and Oakhollow took in the diverted patients. Both said they had added staff to cope.
(Reporting by Marta Szczesny; Editing by Jörg Halvorsen)
Our Standards: The Parallax Trust Principles.
""")

article("hospital_05_meridian_courier", text="""
The Meridian Courier
UK  World  Science  Climate  Business  Sport  Culture
Cyber-attack on Elmsworth hospital: what we know so far
06/02/2024 09:30 GMT
Last updated 07.02.2024
Sam Quayle
Technology reporter
Patients have had more than 5,000 appointments cancelled since a ransomware attack took Elmsworth General Hospital’s systems offline, the Meridian Courier has learned, a higher figure than the health board has given publicly.
Here is what we know.
What happened?
At about 2am on Saturday, staff noticed the hospital’s patient record system slowing down. The health board’s IT team shut down the network as a precaution, and clinical staff switched to paper.
The board’s chief executive, Margaret Ilsley, said on Monday: “Our staff went back to pen and paper overnight, and they kept this hospital safe.”
On Sunday, ambulances were diverted to neighbouring hospitals for most of the day.
Sign up to the Meridian Courier Morning Brief e-mail for the day’s top stories, every weekday
Who is behind it?
A ransomware group called Quietlock claimed the attack on its leak site on Monday. It says it stole 1.1TB of data and has threatened to publish it unless it is paid.
Colm Reddaway, deputy director of the National Cyber Response Unit, urged the board not to pay. “Paying does not buy your data back,” he said. “It buys a promise from a criminal.”
What should patients do?
Unless contacted, patients should attend appointments as planned. The emergency department is open for serious cases.
When will it be fixed?
The board says it hopes to have main systems running again by the end of next week, but experts warn full recovery can take months.
This article was amended on 7 February 2024. An earlier version said the attack began on Friday night; it was detected early on Saturday.
Explore more on these topics: Cybercrime, Hospitals, Elmsworth
Most viewed
Why your energy bill is going up in April
Train strike dates announced for March
Back to top
© 2024 Meridian Courier Group Ltd. All rights reserved. Registered in England and Wales.
""")


# ---------------------------------------------------------------------------
# Checks and fake briefings
# ---------------------------------------------------------------------------

KEYS = ("file", "encoding_hazard", "title", "date", "publisher", "author", "location", "kind",
        "subheadings", "must_keep", "must_drop", "events", "quotes", "figures")


def load_gold() -> tuple[dict[str, dict], dict[str, list]]:
    """Per-article gold by stem, and every *story.yml list joined by key."""
    import yaml

    arts: dict[str, dict] = {}
    story: dict[str, list] = {}
    for path in sorted(GOLD.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if path.name.endswith("story.yml"):
            for key, value in (data or {}).items():
                if isinstance(value, list):
                    story.setdefault(key, []).extend(value)
        else:
            arts[pathlib.Path(data["file"]).stem] = data
    return arts, story


def check() -> int:
    """Check every gold file against the decoded articles; print problems and counts."""
    import ftfy

    arts, story = load_gold()
    problems: list[str] = []
    counts = {"gold files": len(arts), "must_keep": 0, "keep verbatim in decoded": 0, "must_drop": 0,
              "events": 0, "quotes": 0, "figures": 0, "subheadings": 0}
    for stem in ARTICLES:
        if stem not in arts:
            problems.append(f"{stem}: no gold file")
    for stem, g in arts.items():
        say = lambda msg: problems.append(f"{stem}: {msg}")  # noqa: E731
        missing = [k for k in KEYS if k not in g]
        if missing:
            say(f"missing keys {missing}")
        if stem not in ARTICLES:
            say("no such article")
            continue
        decoded = decode_file(stem)
        if decoded != disk_text(stem):
            say("file bytes do not decode to the expected text (run without --check first)")
        if ARTICLES[stem]["mojibake"]:
            fixed = ftfy.fix_text(decoded.replace("\r\n", "\n").replace("\r", "\n"), uncurl_quotes=False)
            if fixed != reader_text(stem):
                print(f"note {stem}: ftfy does not restore the text exactly")
        dec_lines = {ln.strip() for ln in re.split(r"\r\n|\r|\n", decoded)}
        clean = clean_text(stem)
        reader = reader_text(stem)
        clean_lines = {ln.strip() for ln in clean.splitlines()}
        for field in ("title", "deck"):
            if g.get(field) and g[field] not in clean_lines:
                say(f"{field} is not a line of the clean text: {g[field]!r}")
        for s in g.get("must_keep") or []:
            counts["must_keep"] += 1
            counts["keep verbatim in decoded"] += s in decoded
            if s not in clean:
                say(f"must_keep not in clean text: {s!r}")
        for s in g.get("must_drop") or []:
            counts["must_drop"] += 1
            if len(s.split()) <= 3:
                if s not in dec_lines and s not in clean_lines:
                    say(f"short must_drop is not a whole line: {s!r}")
            elif s not in decoded and s not in clean and s not in reader:
                say(f"must_drop not in text: {s!r}")
        for s in g.get("subheadings") or []:
            counts["subheadings"] += 1
            if s not in clean_lines:
                say(f"subheading is not a line: {s!r}")
        for e in g.get("events") or []:
            counts["events"] += 1
            if not any(e["cue"] in ln and e["snippet"] in ln for ln in clean.splitlines()):
                say(f"event cue+snippet not on one line: {e['cue']!r} / {e['snippet']!r}")
            if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?", str(e["date"])):
                say(f"bad event date {e['date']!r}")
        for q in g.get("quotes") or []:
            counts["quotes"] += 1
            if q["text"] not in clean:
                say(f"quote not in text: {q['text']!r}")
            if q["speaker"].split()[-1] not in clean:
                say(f"speaker not in text: {q['speaker']!r}")
        for f in g.get("figures") or []:
            counts["figures"] += 1
            if f["value"] not in clean:
                say(f"figure not in text: {f['value']!r}")
    for key in ("shared_events", "shared_quotes", "shared_points", "conflicting_figures"):
        counts[key] = len(story.get(key) or [])
    for item in story.get("shared_events", []) + story.get("shared_points", []):
        for f in item["files"]:
            if f not in arts:
                problems.append(f"story: unknown file {f}")
    for sq in story.get("shared_quotes", []):
        for f in sq["files"]:
            if f not in ARTICLES or sq["text"].casefold() not in clean_text(f).casefold():
                problems.append(f"story: shared quote not in {f}: {sq['text']!r}")
    for cf in story.get("conflicting_figures", []):
        if len(cf["values"]) < 2:
            problems.append(f"story: conflict with fewer than two values: {cf['about']!r}")
        for f, v in cf["values"].items():
            if f not in ARTICLES or v not in clean_text(f):
                problems.append(f"story: conflicting value {v!r} not in {f}")
    for p in problems:
        print("problem", p)
    print(", ".join(f"{k}: {v}" for k, v in counts.items()))
    print(f"{len(problems)} problems")
    return 1 if problems else 0


def oracle_body(stem: str, g: dict) -> str:
    """The clean text with the gold debris taken out and the gold subheadings as headings."""
    lines = []
    drops = g.get("must_drop") or []
    heads = set(g.get("subheadings") or [])
    for ln in clean_text(stem).splitlines():
        s = ln.strip()
        if s in drops or s in (g.get("title"), g.get("deck")):
            continue
        for d in drops:
            s = s.replace(d, "")
        if not s.strip():
            continue
        lines.append(f"## {s}" if s in heads else s)
    return "\n\n".join(lines)


def briefing(mode: str) -> dict:
    """A fake briefing.json: raw (decoded text), clean (clean text) or oracle (built from gold)."""
    arts, story = load_gold()
    out: dict = {"articles": [], "events": [], "quotes": [], "figures": [], "points": [], "conflicts": []}
    for stem in ARTICLES:
        g = arts.get(stem, {})
        if mode == "raw":
            body = re.sub(r"\r\n|\r", "\n", decode_file(stem))
        elif mode == "clean":
            body = clean_text(stem)
        else:
            body = oracle_body(stem, g)
        art = {"id": stem, "source": f"{stem}.txt", "title": None, "title_derived": False, "date": None,
               "date_inferred": False, "publisher": None, "author": None, "location": None, "kind": None,
               "body": body, "removed": []}
        if mode == "oracle":
            for key in ("title", "date", "publisher", "author", "location", "kind"):
                art[key] = str(g[key]) if g.get(key) is not None else None
            for key in ("publisher", "author", "location"):
                if g.get(f"{key}_accept"):
                    art[key] = g[f"{key}_accept"][0]
        out["articles"].append(art)
    if mode != "oracle":
        return out
    for stem, g in arts.items():
        add_article_gold(out, stem, g)
    add_story_gold(out, story)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="check the gold against the decoded files")
    ap.add_argument("--briefing", choices=("raw", "clean", "oracle"), help="print a fake briefing.json")
    args = ap.parse_args(argv)
    if args.check:
        return check()
    if args.briefing:
        json.dump(briefing(args.briefing), sys.stdout, ensure_ascii=False, indent=1)
        return 0
    write_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
