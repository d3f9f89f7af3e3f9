#!/usr/bin/env python3
"""Write the in-house test corpus (tests/corpus/inhouse/*.txt) with its byte-level hazards.

Every article below is invented (outlets, reporters, people, companies, the port of
Brennhaven, the city of Lowmere). Each entry names the file, how its bytes are written
(encoding, BOM, line endings, mojibake) and the text. Placeholders in the texts:
  {NBSP} -> U+00A0 no-break space, {ZWSP} -> U+200B zero-width space.

Run once from anywhere: python tests/corpus/make_hazards.py
Check the gold against the written files: python tests/corpus/make_hazards.py --check
Fake briefing for score.py (raw | clean | oracle): python tests/corpus/make_hazards.py --briefing oracle
The output is committed; the gold in inhouse/gold/ records each file's hazard in
`encoding_hazard` and lists snippets as a reader sees them after correct decoding.
"""
from __future__ import annotations

import codecs
import pathlib
import re
import sys

OUT = pathlib.Path(__file__).resolve().parent / "inhouse"


def mojibake(text: str) -> str:
    """Return text as it looks when its UTF-8 bytes are wrongly read as Windows-1252.

    Bytes that cp1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as the
    C1 control characters a browser-style 'sloppy' decoder would produce.
    """
    out = []
    for byte in text.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


def render(text: str, encoding: str, newline: str, moji: bool) -> bytes:
    """Return the bytes of one article file."""
    text = text.replace("{NBSP}", "\u00a0").replace("{ZWSP}", "\u200b")
    if moji:
        text = mojibake(text)
    text = text.replace("\n", newline)
    if encoding == "utf-8-sig":
        return codecs.BOM_UTF8 + text.encode("utf-8")
    if encoding == "utf-16-le-bom":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    return text.encode(encoding)


# Files whose text has a few mojibake words typed into otherwise clean UTF-8 (as when one
# paragraph was pasted from a mis-decoded source); the check repairs them with ftfy.
PARTIAL_MOJIBAKE = frozenset({"merger_02_ashcombe_review.txt"})

ARTICLES: list[tuple[str, str, str, bool, str]] = []  # (file, encoding, newline, mojibake, text)


def add(file: str, encoding: str, newline: str, moji: bool, text: str) -> None:
    """Register one article (text starts after the opening newline of the literal)."""
    ARTICLES.append((file, encoding, newline, moji, text.lstrip("\n")))


# ---------------------------------------------------------------------------
# Story 1: the Brennhaven dock strike (March 2021)
# ---------------------------------------------------------------------------

add("port_01_harbour_ledger.txt", "utf-8-sig", "\n", False, """
Skip to main content
We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies. Accept all | Manage preferences
THE HARBOUR LEDGER
News  Shipping  Ports  Logistics  Opinion  Podcasts
Home > Shipping > Ports

Brennhaven dockers dig in as strike strands ships off the coast

Union says walkout will continue until employers improve their 2.5% pay offer

By Clara Whitfield and Tom Ashby
Thu 11 Mar 2021 18.05 GMT

Share on Facebook
Share on Twitter
Share via Email

Container ships at anchor off Brennhaven on Wednesday. Photo: Pieter Dalsgaard/Harbour Ledger

Dock workers at the Port of Brennhaven stayed off the job for a third day on Thursday, leaving 120 ships waiting at anchor in the approaches to one of northern Europe’s busiest container hubs and sending freight rates on feeder routes sharply higher.

The strike, called by the Dock and Harbour Workers’ Union (DHWU), began at 6am on Tuesday after talks with the Brennhaven Port Employers’ Association broke down on Monday night. Roughly 4,000 dockers, crane operators and lashers have joined the walkout, the union said, bringing work at all three container terminals to a near standstill.

“We have not taken this decision lightly, but our members cannot keep absorbing the cost of living on promises,” said Ingrid Halvorsen, the union’s general secretary, speaking outside the main gate of the Oostkade terminal on Thursday morning.

Advertisement

The employers have offered a 2.5% pay rise spread over two years. The union is asking for 6% in a single year, along with limits on the use of agency labour for night shifts, which it says has grown sharply since automated stacking cranes were introduced in 2018.

Cargo diverted

The port authority estimates the stoppage is costing the regional economy €40 million a day in delayed cargo, demurrage charges and lost handling fees. André Lefèvre, its chief executive, said some shipping lines had already begun diverting calls to rival ports along the coast.

“Every day this goes on, cargo is diverted to our competitors, and some of it will never come back,” Lefèvre said.

Read more: Brennhaven’s automation gamble, five years on

At least two of the largest container lines have told customers that cargo bound for Brennhaven will be discharged elsewhere and trucked in, adding as much as a week to delivery times. Perishable goods are the most exposed: refrigerated containers cannot be plugged in at the quayside while the reefer technicians are on strike.

Union members voted for industrial action last month, with 87% of those taking part backing a strike. The turnout was 71%.

What happens next

The regional transport minister, Elsbeth Moorland, said on Thursday she was “ready to appoint an independent mediator within days” if both sides agreed. The employers’ association said it would accept mediation; the union said it would consider any proposal “that is put to us in writing”.

Until then, Halvorsen said, pickets would stay at the terminal gates around the clock.

Clara Whitfield is the Harbour Ledger’s ports correspondent. Tom Ashby covers logistics and supply chains.

Tags: ports, shipping, strikes, Brennhaven

Most Read
1. Shipping lines warn of surcharge as Baltic ice season lingers
2. Why the next generation of cranes will not need a driver
3. Insurers brace for record claims after container stack collapse

Back to top
© 2021 Harbour Ledger Media Ltd. All rights reserved.
""")

add("port_02_veritan_wire.txt", "latin-1", "\r\n", False, """
Veritan Wire
Markets | World | Business | Commodities
2021-03-09T18:05:00Z

Brennhaven port strike halts container terminals as ships queue

BRENNHAVEN, March 9 (Veritan) - Dock workers at the Port of Brennhaven walked out on Tuesday in a dispute over pay and agency staffing, halting operations at the port's three container terminals and leaving more than 150 vessels waiting to berth or unload, port data showed.

About 3,600 workers joined the strike from the start of the morning shift at 6 a.m. (0500 GMT), according to the Brennhaven Port Employers' Association, which represents the terminal operators. The Dock and Harbour Workers' Union (DHWU) put the number at "well over 3,500".

Talks between the two sides collapsed late on Monday after the employers declined to improve an offer of a 2.5% pay rise over two years. The union has demanded 6% and a cap on the share of night shifts worked by agency staff.

"We have not taken this decision lightly," DHWU general secretary Ingrid Halvorsen told reporters at the Oostkade terminal. "But our members cannot keep absorbing the cost of living on promises."

The port authority's chief executive, André Lefèvre, said the stoppage would cost the region about EUR 55 million per day in lost handling fees, storage charges and delays to manufacturers further inland.

"Every day this goes on, cargo is diverted to our competitors," Lefèvre said, adding that the authority had "contingency plans" for ferry and bulk traffic, which is handled by separate crews.

Søren Møller, head of European operations at the carrier Nordlys Line, said the company would divert three of its weekly services to other ports "for as long as necessary".

Brennhaven handled 9.8 million twenty-foot equivalent units (TEU) of containers in 2020, making it one of the five largest container ports in Europe. Its last major strike, in 2014, lasted nine days and left a backlog that took a month to clear.

Union members backed strike action in a ballot last month, with 87% voting in favour on a turnout of 71%.

Shares in Hollmark Terminals, which operates two of the three container terminals, fell 4.2% in afternoon trading.

Ferries between Brennhaven and ports in Britain and Norway were running normally, operators said. José Ibáñez, a spokesman for the employers' association, said the offer on the table was "fair and affordable" given the fall in volumes during the pandemic.

Economists said a long stoppage would hurt manufacturers in the port's hinterland that rely on just-in-time deliveries of components, and could add to the pressure on freight rates that have already more than doubled since last summer.

(Reporting by Lukas Brandt; Editing by Frédérique Aubert)

Related coverage
Container freight rates climb to record as Asia-Europe capacity tightens

© 2021 Veritan. All rights reserved.
Veritan Wire content is available to subscribers of Veritan Desktop. Terms of Use | Privacy
""")

add("port_03_quayside_notes.txt", "utf-8", "\n", True, """
Quayside Notes
Independent writing on ports, ships and the people who work them
Home  About  Archive  Contact

Brennhaven strike, day four: what the dockers say
Posted on March 12, 2021 by Niamh Carrow
5 min read

I spent Friday morning at the Oostkade gate, where the pickets have been standing since 6am on Tuesday. Two oil drums serve as braziers, somebody has rigged a tarpaulin against the drizzle, and a thermos of coffee goes round every twenty minutes. Out in the estuary you can count the ships at anchor: the port’s own figures put the queue at some 140 ships this morning, and the number has risen every day this week.

The official story of this dispute is about percentages — 2.5% over two years from the employers, 6% in one year from the union. The people at the gate talk about something else: who works the night shift, and on what terms.

“I don’t want to be out here. Nobody does,” said Dries Kuypers, who has driven a straddle carrier at Brennhaven for 22 years. “But the agency lads on nights earn less than half what I earn and they’ve no pension, and that’s where all of us are heading if we don’t stop it now.”

Since the automated stacking cranes arrived in 2018, the terminals have leaned more and more on agency crews for the night and weekend shifts. The union says agency workers now fill roughly a third of those shifts; the employers say the true figure is “well under a quarter”. Nobody I spoke to had seen the employers’ data. André Lefèvre, the port authority’s chief executive, has not been down to the gate; his office says he is “in constant contact with both sides”.

Share this:
Facebook Twitter LinkedIn Email

Ingrid Halvorsen, the union’s general secretary, came down to the gate just after nine. She repeated the line she has used all week: “We have not taken this decision lightly, but our members cannot keep absorbing the cost of living on promises.” The crowd, maybe eighty strong at that hour, cheered as if they were hearing it for the first time.

There was some hope in the air. The regional transport minister, Elsbeth Moorland, said yesterday that she was ready to appoint a mediator, and by mid-morning word had spread that both sides would say yes. Halvorsen would not confirm it. “When there’s a piece of paper, you’ll see it,” she told me.

The younger dockers are the angriest. Sanne de Wit, 26, joined through an agency three years ago and was taken on permanently only last autumn. “I know what the nights are like on agency terms,” she said. “You don’t get to say no to a shift. You don’t get to be ill.”

Older hands remember 2014, when the last big strike lasted nine days. “We won that one,” said Kuypers, “but we won it on pay, and we let the staffing go. That was the mistake.”

None of the dockers I met thought the strike would be over by the weekend. Most expected it to last well into next week.

Like this:
Loading...

Related
Brennhaven, 2014: the nine-day strike remembered

12 Comments

harbourwatcher71 says:
March 12, 2021 at 9:14 pm
Solidarity from the night shift in Kessling. Same story here with the agencies.
Reply

P. Verhoeven says:
March 13, 2021 at 7:02 am
Good piece, but nobody ever asks the hauliers what this costs us.
Reply

Leave a Reply
Your email address will not be published. Required fields are marked *
Comment *
Name *
Email *
Website
Post Comment

Scroll to Top
""")

add("port_04_civic_standard.txt", "utf-8", "\n", False, """
Your Civic Standard account
Sign in | Register
THE CIVIC STANDARD
Opinion

Brennhaven’s dockers are right to stop the cranes

The strike is not about a few percentage points of pay. It is about whether automation means better jobs or worse ones.

By Rosalind Achterberg

You have 3 free articles left this month. Subscribe to continue reading.

When the cranes at Brennhaven fell silent on 9 March, the reaction from the port’s owners and most of the business press was the same: a few thousand well-paid workers were holding a region’s economy to ransom over a pay rise. That framing is convenient. It is also wrong.

Start with the money, since that is where the employers want the argument to stay. They have offered 2.5% over two years, at a time when prices are rising faster than that in a single year. The union wants 6%. Neither number is outrageous; the gap between them could be closed in an afternoon by people who wanted to close it.

What cannot be closed in an afternoon is the question underneath. Since 2018, when the first automated stacking cranes came into service, the terminal operators have quietly rebuilt their workforce around agency labour. The permanent dockers kept their contracts; the new work, especially at night, went to agencies. Nobody voted for this. It simply happened, shift by shift.

A warning dressed as a forecast

André Lefèvre, the port authority’s chief executive, has warned that “every day this goes on, cargo is diverted to our competitors, and some of it will never come back.” He may be right. But a port that competes by making its jobs steadily worse is not competing on anything worth defending. The cargo that leaves because of a strike can be won back; a workforce that learns it has no say over its own future will not be.

It is worth remembering that Brennhaven has been here before. In 2014 a nine-day strike ended with a pay deal that both sides called fair, and volumes recovered within a year. The port did not collapse. Shipping lines did not abandon it. They came back because the port is well placed, deep and efficient, and because its workers know what they are doing.

Subscribe to the Civic Standard for independent opinion you won’t find anywhere else.

Nor is it true that the union has refused to talk. It asked for mediation in February, before its members voted, and was turned down. Now that the regional government is offering a mediator, the employers have discovered the value of dialogue. Better late than never, but the timing tells you who believed they could win by waiting.

There is a version of automation that works for everyone: fewer injuries, fewer brutal night shifts, a smaller but better-paid and better-trained workforce that shares in the productivity gains. There is another version in which the machines do the easy work, agency crews do the hard work for less, and the savings go to shareholders. The dockers at Brennhaven have noticed which version they are living in.

The mediator’s job will be to find a number both sides can sign. The government’s job is bigger: to make sure that whatever deal ends this strike includes rules on agency work at the port, so that the next dispute is not about the same thing.

Rosalind Achterberg is a labour economist and a regular contributor to the Civic Standard. Her book on automation and work is published next year.

Comments are closed for this article.

© Civic Standard Publishing 2021
""")

add("port_05_northsea_post.txt", "utf-8", "\n", False, """
Mediator to bring dockers and employers back to the table on Monday as the queue of ships off Brennhaven keeps growing

12/03/2021 18:05 GMT
Last updated 13.03.2021

Listen to this article

By Hendrik Vasquez, Industry Editor

A former labour court judge will chair talks between striking dock workers and port employers in Brennhaven from Monday, after both sides accepted an offer of mediation on Friday afternoon.

Marianne Overbeek, who sat on the national labour court for fourteen years before retiring in 2019, was named as mediator by the regional transport minister, Elsbeth Moorland. The minister had said on Thursday that she was ready to appoint an independent mediator within days if the union and the employers agreed.

“Both parties have told me they will come to the table without preconditions,” Moorland said in a statement. “That is the first good news this port has had all week.”

The strike, which began on Tuesday, has shut the port’s three container terminals. By Friday evening around 130 vessels were waiting at anchor or tied up without being worked, according to ship-tracking data compiled by the Post, and several carriers had announced that cargo would be landed at rival ports and brought in by road and rail.

Sign up to the Northsea Daily Post Morning Briefing e-mail: the stories that matter, in your inbox before 7am.

The Dock and Harbour Workers’ Union (DHWU) has said the strike will continue while talks are under way. Its general secretary, Ingrid Halvorsen, welcomed the appointment but warned that members would not accept “a better number on the same bad contract”.

The employers, who have offered a 2.5% rise over two years against the union’s demand for 6%, said they wanted a “fast and fair” settlement. A spokesman for the Brennhaven Port Employers’ Association said the group was “ready to discuss staffing” for the first time, a point that union officials described as significant.

The port authority has put the cost of the stoppage at €40m a day. Business groups say the true cost is higher once factories waiting for parts are counted. The regional chamber of commerce said on Friday that at least a dozen manufacturers had warned of production stoppages if the strike ran into a second week.

Pressure from the carriers

Shipping lines have been among the loudest voices calling for a quick end to the dispute. Nordlys Line, which has already diverted three weekly services, said it would review its Brennhaven schedule for the rest of the year if the strike lasted beyond the weekend.

Union officials dismissed that as a negotiating tactic. “They threatened the same in 2014,” one senior official said. “They were back within a month.”

The talks are due to start at 10am on Monday at the regional government’s offices. Overbeek has asked both sides not to brief the press while negotiations continue.

This article was amended on 13 March 2021 to correct the spelling of Marianne Overbeek’s name.

More on this story
Brennhaven strike: what it means for your deliveries
Explainer: who runs Brennhaven’s container terminals?

© Northsea Daily Post 2021
""")

# ---------------------------------------------------------------------------
# Story 2: the Tensarel blood-pressure tablet recall (June 2022)
# ---------------------------------------------------------------------------

add("recall_01_pillbox_dispatch.txt", "utf-8", "\n", False, """
Pillbox Dispatch
Home > Industry > Regulation & Safety

Marrowby recalls all Tensarel tablets after impurity found in routine tests

By Meera Joshi
Published 2022-06-07 15:10:21

Marrowby Pharmaceuticals is recalling every batch of its blood-pressure tablet Tensarel after the medicines regulator found traces of a probable carcinogen in samples taken during routine testing last month.<br>
The company said on Tuesday that around <b>1.2 million packs</b> would be withdrawn from pharmacies, hospitals and wholesalers. About 340,000 patients are currently prescribed the drug, which is sold as lorvasartan by other makers and under the Tensarel brand by Marrowby.

The impurity, a nitrosamine compound, was detected by laboratories at the Medicines and Devices Safety Agency (MDSA) on 24 May. Levels in the samples tested were low, the agency said, and the risk to any individual patient is “very small”, but long-term exposure above the accepted limit could raise the risk of cancer.

“Patient safety comes before every other consideration, and we will not wait for certainty before acting,” said Dr Helen Okafor, Marrowby’s chief executive. The company said it was investigating whether the impurity came from a change of solvent supplier at its plant in Harrowgate Vale earlier this year.

Read the MDSA’s <a href="https://mdsa.example/alerts/2022-041">drug safety alert for healthcare professionals</a> in full.

Rafael Quintero, chief executive of the MDSA, urged patients not to panic. “Patients should not stop taking their medicine without talking to a pharmacist or doctor first,” he said. Stopping blood-pressure treatment suddenly carries a far greater risk than the impurity does, the agency said.

Generic lorvasartan from other manufacturers is not affected, and pharmacists have been told to switch patients to an alternative supply when they next collect a prescription. Marrowby said it had set up a helpline for patients and would reimburse pharmacies for returned stock.

Marrowby names new head of manufacturing after plant review

Nitrosamine alerts hit sartans again

The recall is the latest in a string of nitrosamine-related withdrawals that have affected the sartan family of blood-pressure drugs since 2018. Regulators have since tightened testing requirements for manufacturers, which the MDSA said was how the problem at Marrowby had been caught.

Shares in Marrowby fell 11% on Tuesday, wiping around £400 million off the company’s market value. Analysts at two brokers cut their profit forecasts for the year, citing the cost of the recall and the likely loss of market share to generic competitors.

Tensarel accounted for about 8% of Marrowby’s revenue last year. The company has not given an estimate of the cost of the recall but said it would update investors at its half-year results in August.

Pharmacy groups said the withdrawal would be manageable because alternative supplies were available. “We have enough stock of other brands to cover this, but the next fortnight will be busy,” said Colm Brannigan of the Independent Pharmacists’ Guild.

Meera Joshi is Pillbox Dispatch’s regulation correspondent.

Get the Pillbox Daily newsletter
Sign up for the morning briefing on drugs, devices and the people who regulate them.
Sign up

© 2022 Pillbox Dispatch Ltd
""")

add("recall_02_wellpoint_herald.txt", "utf-16-le-bom", "\n", False, """
This site uses cookies. Some are essential; others help us improve your experience. Accept | Reject | Settings

WELLPOINT HERALD
Health | Wellbeing | Medicines | Ask the Doctor

What Tensarel patients need to know about the recall

Owen Pritchard | Cardiff
June 8, 2022 at 6:05 pm

Listen to this article
5 min read

If you take Tensarel for high blood pressure, you may have heard that the tablets are being recalled. Here is what has happened, and what you should do.

The manufacturer, Marrowby Pharmaceuticals, announced on Tuesday that it was withdrawing all batches of the medicine after the Medicines and Devices Safety Agency (MDSA) found an impurity in samples it tested last month. About 900,000 boxes are affected, according to the agency’s alert to pharmacists.

The impurity belongs to a group of chemicals called nitrosamines, some of which may cause cancer if people are exposed to them at high levels over many years. The amounts found were small, and experts say the risk from taking the tablets for a few weeks or months is extremely low.

Advertisement

Marrowby’s chief executive, Dr Helen Okafor, said the company had acted quickly because “patient safety comes before every other consideration.” She added: “We will not wait for certainty before acting.”

The most important advice is simple: do not stop taking your tablets. High blood pressure that is suddenly left untreated can lead to a stroke or a heart attack, and that risk is much greater than any risk from the impurity.

Pharmacies were told on Wednesday to set aside their Tensarel stock and to offer patients a different brand of the same medicine, lorvasartan, which is not affected. If you have a supply at home, keep taking it until you can collect your replacement, then return the old packs to the pharmacy.

Tamsin Greaves, of the patient charity Heart Alliance, said the charity’s helpline had taken hundreds of calls since the news broke. “People are frightened, and that’s understandable,” she said. “The message we are giving everyone is to keep calm and talk to your pharmacist.”

Some patients may notice that their new tablets look different or come in a different box. The active ingredient and the dose are the same. If you feel unwell after switching, or if your blood pressure readings change, speak to your GP.

Marrowby has set up a free helpline, open from 8am to 8pm every day, and says no patient should have to pay extra for a replacement. Patients who have questions about whether their medicine is affected can also check the batch number on the box against the list published by the MDSA.

Sign up to Wellpoint Weekly, our free newsletter on health news you can use.
Enter your email address
Subscribe

Read next
Ten questions to ask your pharmacist about a new prescription

© 2022 Wellpoint Herald. All rights reserved. This article is for information only and is not a substitute for medical advice.
""")

add("recall_03_ledgerhouse_review.txt", "utf-8", "\r", False, """
THE LEDGERHOUSE REVIEW
Analysis

After the Tensarel recall, can Marrowby still sell itself as the safe pair of hands?

The tablet withdrawal exposes how thin the margin for error has become for mid-sized drugmakers that live on mature products

By Imogen Saltaire

Marrowby Pharmaceuticals has spent a decade telling investors that its strength is boring reliability: well-understood medicines, made in its own plants, sold to health systems that value a supplier that never lets them down. The recall of every batch of its blood-pressure tablet Tensarel, announced on 7 June, puts that pitch to the test.

The facts are not in dispute. Testing by the Medicines and Devices Safety Agency in May found a nitrosamine impurity above the accepted limit. Marrowby withdrew the product within two weeks and did not wait for its own investigation to finish. Chief executive Dr Helen Okafor put it plainly: “Patient safety comes before every other consideration,” she said, “and we will not wait for certainty before acting.”

The market was less forgiving than the regulator. Marrowby’s shares fell 9.6% on the day of the announcement and have not recovered.

How big is the hole?

Tensarel brought in roughly £95 million last year, about 8% of group revenue. Most of that will not come back soon. Pharmacists are switching patients to generic lorvasartan from other suppliers, and patients who switch rarely switch back. Analysts we spoke to expect the brand to lose at least half its sales permanently.

The direct cost of the recall is easier to estimate: between £20 million and £30 million for collecting, destroying and replacing stock, on our reckoning, plus whatever it costs to fix the plant. If the impurity came from a new solvent supplier, as the company suspects, the repair may be quick. If it is a problem in the process itself, the plant at Harrowgate Vale could be out of action for months.

The reputational question

Recalls on this scale have become almost routine in the sartan family since 2018, when the first nitrosamine alerts forced withdrawals around the world. What matters for Marrowby is less the recall itself than what it says about quality control. The impurity was found by the regulator, not by the company. That is the detail hospital buyers will remember when the next supply contracts come up for tender in 2023.

Marrowby’s defenders point out that the firm moved fast once it knew, and that its communication with patients has been clear. The MDSA itself has praised the company’s cooperation. That counts for something in an industry where some recalls have been handled far worse.

What to watch

The half-year results in August will be the first chance to see how Marrowby accounts for the recall and whether it trims its full-year guidance. Investors will also want to know whether other products are made with the same solvent. A clean answer would go a long way; a vague one would confirm the market’s fears.

For now, the safe pair of hands has a crack in it. Whether it spreads depends on what the company finds at Harrowgate Vale.

Imogen Saltaire covers the pharmaceutical industry for the Ledgerhouse Review. She holds no shares in the companies mentioned.

Share
Copy link

The Ledgerhouse Review (c) 2022
""")

add("recall_04_glenford_courier.txt", "utf-8", "\n", False, """
Glenford Courier
News | Sport | What's On | Property | Jobs
Published: 2022/6/9

Glenford pharmacies busy as patients swap recalled blood pressure pills

By Aled Prosser

Pharmacists in Glenford have been working late to switch hundreds of local patients off Tensarel, the blood pressure tablet recalled by its maker this week.

Pharmacist Nia Hollings at the counter of Market Street Pharmacy in Glenford. (Photo by Kate Imrie/Glenford Courier)

Marrowby Pharmaceuticals announced on Tuesday that it was recalling all batches of the drug after the national medicines regulator found an impurity in samples tested in May. Nationally, nearly 400,000 people are prescribed the tablet, which is also sold by other companies under its generic name, lorvasartan.

At Market Street Pharmacy, pharmacist Nia Hollings said the phone had "not stopped ringing" since the news broke. "We had more than sixty calls yesterday alone, and most people just want to know if they are in danger," she said. "The honest answer is no, but they need to keep taking a blood pressure tablet."

Staff at the pharmacy have been contacting patients whose records show a Tensarel prescription, and asking them to bring in their remaining packs when they collect a replacement.

The advice from the regulator is the same. Rafael Quintero, chief executive of the Medicines and Devices Safety Agency, said on Tuesday: "Patients should not stop taking their medicine without talking to a pharmacist or doctor first."

Advertisement

Retired postman Derek Ames, 71, who has taken Tensarel for six years, said he was reassured after speaking to his pharmacist. "I was worried when I saw it on the news, but they sorted me out with a different make in five minutes," he said.

The Glenford and Vale health board said GP surgeries had not seen a rise in appointments linked to the recall, but asked patients with questions to contact their pharmacy first to keep phone lines free.

Councillor Mair Edwards, who chairs the council's health scrutiny committee, said she would ask the health board for a report on how the recall had been handled locally. "Our pharmacists have done a fantastic job, but it should not take a recall to show how stretched they are," she said.

Marrowby's factory at Harrowgate Vale, about forty miles from Glenford, employs around 600 people. The company said there would be no job losses as a result of the recall.

Tags: health, pharmacy, Glenford

Have your say on this story
0 Comments

Glenford Courier - Serving Glenford and the Vale since 1884
""")

# ---------------------------------------------------------------------------
# Story 3: the River Avel flood in Lowmere (November 2023)
# ---------------------------------------------------------------------------

add("flood_01_lowmere_gazette.txt", "cp1252", "\n", False, """
Lowmere Evening Gazette
News  Sport  Business  Lifestyle  Announcements  Jobs
Last updated 13.11.2023 – 18:05

Lowmere under water: river bursts its banks and hundreds flee homes

By Bethan Lloyd, Chief Reporter

Facebook Twitter WhatsApp Email

The River Avel burst its banks in the early hours of Monday, flooding 2,300 homes across Lowmere and forcing about 1,100 people to spend the day in emergency rest centres.

The river reached 5.8 metres at the Castle Bridge gauge shortly after 3am – the highest level since records began and 40cm above the peak of the 2007 flood that many residents still remember. More than 112mm of rain fell on the hills above the city in the 24 hours to Monday morning, almost twice the average for the whole of November.

Lowmere City Council declared a major incident at 4.30am, and fire crews from three neighbouring counties were sent to help with rescues. Boats were used to reach families in the Wharfside and St Anne’s districts, where water was more than a metre deep in some streets.

Advertisement

“The water came up faster than any of our models said it could,” said the city’s mayor, Gareth Pellow, who visited the rest centre at Lowmere Leisure Centre on Monday afternoon. “Our priority today is keeping people safe. The clean-up, and the questions, will come later.”

Also read: Lowmere flood: how to claim help from the council’s hardship fund

‘We lost everything downstairs’

In Wharfside, residents watched from upstairs windows as brown water rose through their kitchens. Carol Jenner, 64, said she had been woken by a neighbour banging on her door at 2am. “By the time I got my shoes on it was over the doorstep,” she said. “We lost everything downstairs.”

The Rivers and Coast Agency said the city’s existing defences had held in most places but had been overtopped along a 400-metre stretch of the Wharfside embankment. Dr Siân Rhys, the agency’s area manager, said a full inquiry would follow.

RELATED ARTICLE: Lowmere’s flood barrier plan delayed again

The council’s cabinet voted last month to delay work on a new £34 million flood barrier at Wharfside for a further year while it sought extra funding. Opposition councillors said on Monday that the decision should be reversed immediately.

Roads and rail

Several main roads into the city, including the A614 at Castle Bridge, were closed on Monday and were expected to stay shut on Tuesday. Rail services between Lowmere and the coast were suspended after the line flooded at Avelmouth. All schools in the city were closed.

The forecast is for drier weather on Tuesday, but the agency warned that river levels would fall slowly and that further flooding was possible downstream.

Most Read
Lowmere flood: live updates as river reaches record level
Schools closed across the city: the full list
Bin collections suspended until further notice

© Lowmere Evening Gazette 2023. Part of Vale Regional Media.
""")

add("flood_02_cobalt_press.txt", "utf-8", "\n", False, """
Cobalt Press Agency
World  Business  Environment  Sport
Nov 13, 2023 4:42 PM GMT

Record river level floods English city of Lowmere, thousands of homes hit

By Dominic Erskine

LOWMERE, England, Nov 13 (Cobalt) - The River Avel rose to its highest level on record on Monday, flooding more than 3,000{NBSP}properties in the northern English city of Lowmere and forcing emergency crews to rescue residents by boat, local officials said.

The river peaked at 5.8{NBSP}metres in the early hours after a weekend of heavy rain, overtopping defences in the low-lying Wharfside district. The city council declared a major incident before dawn.

"The water came up faster than any of our models said it could," Lowmere mayor Gareth Pellow told reporters.

Insurers said early estimates put the cost of the damage at around £150m, though the final figure could rise as water levels fall and loss adjusters reach the worst-hit streets. The Association of Regional Insurers said it had set up a claims help{ZWSP}desk in the city.

The flood is the worst in Lowmere since 2007, when about 1,700 homes were damaged. After that disaster the government promised new defences for the city, but a planned barrier at Wharfside has been delayed several times, most recently last month.

Environment minister Harriet Colby said she would visit Lowmere on Tuesday. "The government will stand by the people of Lowmere," she said in a statement, "and we will look urgently at what more can be done to protect them."

Opposition politicians said the delays showed that flood defence spending had not kept pace with the risk. "People in Wharfside were promised a barrier sixteen years ago," said Darren Okoro, the opposition spokesman on the environment. "They are still waiting."

Rail services into the city were suspended and several main roads were closed. Schools across Lowmere were shut on Monday and the council said they would remain closed on Tuesday.

The Rivers and Coast Agency said the rain had eased by Monday afternoon but warned that communities down{ZWSP}stream of Lowmere, including Avelmouth, could see flooding over the next 24{NBSP}hours as the peak moved towards the sea.

Forecasters said the storm that brought the rain had been unusually slow-moving, parking over the hills west of the city for most of Sunday. Climate scientists have warned that such slow-moving systems are becoming more common as the atmosphere warms and holds more moisture.

Lowmere, a city of about 210,000 people, sits where the Avel leaves the hills and meets its tidal estuary, making it vulnerable both to river floods and to high tides.

(Writing by Dominic Erskine; additional reporting by Yusuf{NBSP}Demir; editing by Clare{ZWSP} Penhallow)

Our Standards: The Cobalt Trust Principles.
""")

add("flood_03_isobar_weather.txt", "utf-8", "\n", False, """
The rain that flooded Lowmere did not arrive in a sudden cloudburst. It fell steadily, for the best part of thirty hours, on hills that were already saturated after the wettest October in the region for more than a decade.

Tuesday 14 November 2023

Isobar Weather Desk

By the time the River Avel peaked in the early hours of Monday, nearly 120 millimetres of rain had fallen at the Hollin Moor rain gauge, which sits in the hills that feed the river. That is roughly a month and a half of rain in a little over a day. Across the whole catchment the average was lower, closer to 90 millimetres, but the water all went the same way: downhill, into the Avel, and through the middle of the city.

Why the storm stalled

Most autumn storms cross the country in a few hours. This one did not. A ridge of high pressure over Scandinavia blocked its path east, and the low pressure system that brought the rain sat almost still over the western hills from Saturday night until Sunday evening. Bands of heavy rain kept forming over the same spot, a pattern forecasters call “training”, like carriages passing along a track.

Our forecast on Friday warned of 60 to 80 millimetres on high ground. The totals beat that comfortably. The models correctly saw the blocking pattern, but underestimated how long the system would stall and how much moisture it could draw up from an unusually warm sea.

The ground could not take any more

October’s rain matters as much as the weekend’s. When soil is already full of water, almost everything that falls runs straight off into streams. Hydrologists at the Rivers and Coast Agency say run-off on Sunday was close to the maximum the catchment can produce.

Dr Siân Rhys, the agency’s area manager for the Avel, has been blunt about what defences can and cannot do. “Barriers buy time; they do not make a city dry,” she said on Monday. She has argued for years that upstream measures, from restored peat bogs to woodland that slows the water, need to go alongside the concrete.

What comes next

The rest of this week looks far kinder. A ridge of high pressure will bring mostly dry, colder weather from Wednesday, with frost in rural areas on Thursday night. River levels should keep falling, though slowly, and the agency has kept flood warnings in place downstream at Avelmouth until at least Wednesday because of high tides.

Looking further ahead, the signal for late November is unsettled again. It is too early to say whether more heavy rain will reach the Avel catchment, but with the ground still soaked, it would not take a storm of this size to cause problems.

Climate scientists have been warning that slow-moving, moisture-laden storms like this one are becoming more frequent. One wet weekend does not prove that, but the record books in Lowmere are being rewritten more often than they used to be: the 2007 flood held the record for sixteen years.

Priya Castellan is a meteorologist with the Isobar Weather Desk.

Get our forecasts by email every morning. No spam, unsubscribe at any time.

Isobar Weather Desk © 2023 Isobar Forecasting Ltd
""")

add("flood_04_northfold_examiner.txt", "utf-8", "\n", False, """
Skip to main content
Skip to navigation
The Northfold Examiner
UK | World | Politics | Environment | Money

Lowmere floods: anger grows over delayed barrier as residents begin clean-up

Published: 13 November 2023
Updated: 15 November 2023

By Fergus Haldane and Asha Brennan

Volunteers clear a flooded street in the Wharfside district of Lowmere on Monday. (Photo by Jon Ellery/Cobalt)

Residents of Lowmere began the long job of clearing their homes on Tuesday as the River Avel fell back from the record level it reached on Monday, and anger grew over the repeated delays to a flood barrier that could have protected the worst-hit streets.

About 1,500 residents were evacuated when the river overtopped defences in the Wharfside district in the early hours of Monday. Most had returned to assess the damage by Tuesday evening, though the council said around 300 people would need temporary accommodation for weeks or months.

The city’s mayor, Gareth Pellow, said the speed of the rise had caught everyone out. “The water came up faster than any of our models said it could,” he said. “We will learn from this.”

34 Comments

Lowmere floods: the streets worst hit, mapped

A question of money

The Wharfside barrier was first proposed after the 2007 flood. It has been redesigned twice, and last month the council delayed it again, saying it could not afford its share of the £34 million cost without more help from central government.

Dr Siân Rhys, area manager for the Rivers and Coast Agency, said the barrier would have reduced but not prevented flooding on Monday. “Barriers buy time; they do not make a city dry,” she said. “What they buy you is the hours to get people out.”

The council’s leader, Joanna Frith, defended the delay. “Nobody on this council wanted to put that barrier off,” she said. “We were given a choice between the barrier and keeping care homes open.”

Local business owners estimate the total cost of the flood, including damage to homes, shops and roads, at £180 million. Insurers have yet to give a figure.

Environment minister Harriet Colby visited Lowmere on Tuesday and promised that the government would “look again” at funding for the barrier. She did not commit to a date.

Read more

Pictures: Lowmere’s day under water
Explained: why are floods getting worse?

Fergus Haldane is the Examiner’s environment correspondent. Asha Brennan is a reporter based in the north of England.

Comments
Join the conversation: you must be a subscriber to comment.

© 2023 Northfold Examiner Ltd. All rights reserved.
""")

# ---------------------------------------------------------------------------
# Story 4: Kestrelway Logistics agrees to buy Tandem Freight Systems (September 2024)
# ---------------------------------------------------------------------------

add("merger_01_dealgrid.txt", "utf-8", "\r\n", False, """
<style>
.dg-paywall{display:none} .dg-share a{margin-right:8px;color:#0a66c2}
</style>
Dealgrid
Deals | Private Equity | Markets | Newsletters
Published 16 Sep 2024 · 07:30 UTC

Kestrelway to buy Tandem Freight in $4.2 billion bid for "dock to door" network

By Marcus Feld

Kestrelway Logistics has agreed to buy rival Tandem Freight Systems for <b>$4.2 billion</b> including debt, creating the second-largest freight forwarding and trucking group in North America and ending weeks of speculation about a tie-up.<br>
Kestrelway will pay $38.50 a share in cash, a premium of 32% to Tandem's closing price on Friday, the companies said on Monday. The boards of both companies have approved the deal, which is expected to close in the first half of 2025.

<script type="text/javascript">
window.dgLayer = window.dgLayer || []; dgLayer.push({"event": "article_view", "section": "deals"});
</script>
"Together we will be able to offer customers a single network from the dock to the door," Kestrelway chief executive Dana Whitcombe said on a call with analysts. She said the combined company would save $250 million a year within three years, mainly by merging warehouses, IT systems and head office functions.

The companies expect about 1,800 jobs to go, most of them in overlapping back-office roles. Kestrelway employs around 21,000 people and Tandem about 9,500.

Talks between the two were first reported last month, when Tandem confirmed it had received "a number of approaches". People familiar with the process said at least one private equity firm had also looked at Tandem before dropping out in early September.

Tandem chairman Luis Ferreira-Hahn said the offer "recognises the value our people have built over thirty-seven years" and that the board would recommend it unanimously. Tandem was founded in 1987 as a single trucking depot in Savannah, Georgia.

Shareholders of both companies are expected to vote on the deal in December. It also needs approval from competition regulators in the United States, Canada and the European Union, where Tandem has a small air-freight business.

Related: <a href="/deals/2024/08/tandem-freight-confirms-approaches">Tandem Freight confirms takeover approaches</a>

Analysts said the price looked full but not excessive. "Kestrelway is paying for scale it could not build on its own in less than a decade," said Priyanka Rao of Westbrook Securities. Tandem's shares rose 27% in pre-market trading, while Kestrelway's were little changed.

The deal is the largest in the US logistics sector this year and follows a wave of consolidation as freight volumes have slowed after the pandemic boom.

Marcus Feld covers mergers and acquisitions for Dealgrid from New York.

Share: Facebook | X | LinkedIn | Email

Copyright © 2024 Dealgrid Media Inc. All rights reserved.
""")

add("merger_02_ashcombe_review.txt", "utf-8", "\n", False, """
Your Ashcombe Markets Review account
We use cookies and similar technologies to personalise content and ads. Accept cookies | Cookie settings
ASHCOMBE MARKETS REVIEW
Companies > Transport > Analysis

Analysis: Kestrelway’s Tandem deal is a bet that freight has bottomed out

Tue 17 Sep 2024 08.15 BST
Updated Tue 17 Sep 2024 10.40 BST

By Lena Okonjo-Frey

Subscribe to continue reading. Your first month is free.

Kestrelway Logistics’ $3.9bn agreement to buy Tandem Freight Systems, announced on Monday, is many things: a defensive move in a shrinking market, a land grab for warehouse space in the American south-east, and a bet by chief executive Dana Whitcombe that the worst of the freight recession is over.

The price, $38.50 a share in cash, is high for a business whose profits have fallen for six quarters in a row. But Kestrelway is not buying Tandem’s recent results. It is buying its network.

Why now?

Freight volumes in North America fell sharply through 2023 as shoppers switched spending from goods to services and retailers worked through stockpiles built up during the pandemic. Rates for trucking and container shipping slumped. Smaller carriers went bust, and listed groups saw their valuations cut by a third or more.

That has made assets cheap. Tandemâ€™s shares were trading at less than half their 2021 peak before talks were first reported last month. Kestrelway, which has kept its debt low, is one of the few buyers able to pay cash.

“Together we will be able to offer customers a single network,” Whitcombe told analysts, “from the dock to the door.” The pitch to customers is simple: one contract covering ocean freight, customs, warehousing and the final truck delivery.

Sign up to the AMR Dealmaker e-mail for the week’s biggest deals, every Friday.

The savings case

Kestrelway says the combination will save $250 million a year within three years. Roughly half would come from closing overlapping warehouses, the rest from merging IT systems and management. Those targets look achievable: the two companies operate side by side in most of their big markets.

The risk is the other side of the ledger. Customers that use both firms may take the chance to put part of their business out to tender, and competitors will be quick to approach Tandemâ€™s sales staff during a long approval process.

The regulatory question

Competition authorities are unlikely to block the deal outright, but they may ask for disposals in the south-east, where the combined group would have a large share of regional trucking. A sale of some depots would dent the savings but not kill the logic.

For Tandem’s shareholders the decision looks easy. For Kestrelway’s, it depends on whether the freight market turns in 2025, as Whitcombe is betting it will. If it does, this will look like a bargain. If it does not, the company will have bought a bigger share of a business that is still shrinking.

Lena Okonjo-Frey is the Review’s transport and logistics editor.

Recommended
Freight rates: is the slump finally over?
The trucking firms that did not survive 2023

© Ashcombe Markets Review 2024. All rights reserved.
""")

add("merger_03_veritan_wire.txt", "utf-8", "\n", False, """
Veritan Wire
Sept 16, 2024 2:41 PM UTC

Kestrelway agrees to buy Tandem Freight, plans about 2,000 job cuts

CHICAGO, Sept 16 (Veritan) - Kestrelway Logistics said on Monday it would buy Tandem Freight Systems for $38.50 per share in cash, valuing the trucking and freight forwarding company at about $4.15 billion including debt, in a deal that will create one of North America's largest logistics groups.

The offer is a premium of 29% to Tandem's average share price over the past 30 trading days.

Kestrelway expects to cut about 2,000 positions across the combined company, mainly in administration and overlapping warehouses, and to achieve annual cost savings of $250 million within three years.

"Together we will be able to offer customers a single network from the dock to the door," Kestrelway Chief Executive Dana Whitcombe said in a statement.

Tandem, based in Atlanta, confirmed last month that it had received takeover interest after media reports. Its shares jumped 26.8% to $37.10 in early trading on Monday, close to the offer price, suggesting investors expect the deal to go through.

Kestrelway's shares were down 0.4%.

The companies expect shareholder votes in December and completion in the first half of 2025, subject to regulatory approvals in the United States, Canada and the European Union.

The drivers' union at Tandem said it would seek talks with Kestrelway about job security. "We will want guarantees in writing before this goes any further," a union spokesperson said.

Kestrelway was advised by Harlow Brothers and Tandem by Quarry Lane Partners.

The deal comes after two difficult years for the freight industry. Volumes fell through much of 2023 as consumers cut back on goods and retailers ran down inventories, and several smaller trucking companies filed for bankruptcy. Analysts said the combination would give Kestrelway a stronger position in the south-eastern United States, where Tandem runs most of its depots, and more warehouse space near the ports of Savannah and Charleston.

Tandem said its chief executive would step down once the deal closes.

(Reporting by Lukas Brandt in Chicago; Editing by Frédérique Aubert)

Our Standards: The Veritan Trust Principles
""")


# A <script> or <style> element with its content (for the check only).
SCRIPT_STYLE = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.S | re.I)
# Any remaining HTML tag (for the check only).
TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def decode(file: str) -> tuple[str, str]:
    """Return (decoded text, clean text) of one written article.

    The decoded text uses the encoding the file was written with, with line endings
    made '\n'. The clean text is what a correct reader should see: mojibake undone,
    zero-width spaces removed, no-break spaces made plain, script/style blocks and
    tags removed.
    """
    encoding, moji = next((e, m) for f, e, _, m, _ in ARTICLES if f == file)
    data = (OUT / file).read_bytes()
    codec = {"utf-8-sig": "utf-8-sig", "utf-16-le-bom": "utf-16"}.get(encoding, encoding)
    text = data.decode(codec).replace("\r\n", "\n").replace("\r", "\n")
    clean = text
    if moji:
        raw = bytearray()
        for ch in clean:
            try:
                raw += ch.encode("cp1252")
            except UnicodeEncodeError:
                raw.append(ord(ch))
        clean = raw.decode("utf-8")
    if file in PARTIAL_MOJIBAKE:
        import ftfy  # only the check needs it (installed in the project's virtualenv)

        clean = ftfy.fix_encoding(clean)
    clean = clean.replace("\u200b", "").replace("\u00a0", " ")
    clean = TAG.sub("", SCRIPT_STYLE.sub("", clean))
    return text, clean


def check(gold_dir: pathlib.Path) -> int:
    """Check every gold file against the decoded articles; print problems; return their count."""
    import yaml

    problems = 0
    texts: dict[str, tuple[str, str]] = {}
    stats = {"keep": 0, "keep_raw": 0, "drop": 0, "events": 0, "quotes": 0, "figures": 0}

    def need(ok: bool, what: str) -> None:
        nonlocal problems
        if not ok:
            problems += 1
            print("PROBLEM", what)

    for path in sorted(gold_dir.glob("*.yml")):
        if path.name.endswith("story.yml"):
            continue
        g = yaml.safe_load(path.read_text(encoding="utf-8"))
        need(path.stem == pathlib.Path(g["file"]).stem, f"{path.name}: file field {g['file']}")
        raw, clean = decode(g["file"])
        texts[path.stem] = (raw, clean)
        for key in ("file", "encoding_hazard", "title", "date", "publisher", "author", "location",
                    "kind", "subheadings", "must_keep", "must_drop", "events", "quotes", "figures"):
            need(key in g, f"{path.name}: missing key {key}")
        for field in ("title", "deck"):
            if g.get(field):
                need(g[field] in clean, f"{path.name}: {field} not in text: {g[field]!r}")
        for s in g.get("subheadings") or []:
            need(s in clean.splitlines(), f"{path.name}: subheading not a line: {s!r}")
        for s in g["must_keep"]:
            stats["keep"] += 1
            stats["keep_raw"] += s in raw
            need(s in clean, f"{path.name}: must_keep not in text: {s!r}")
        need(8 <= len(g["must_keep"]) <= 12, f"{path.name}: {len(g['must_keep'])} must_keep snippets")
        lines = {ln.strip() for ln in raw.splitlines()}
        for s in g["must_drop"]:
            stats["drop"] += 1
            ok = s in lines if len(s.split()) <= 3 else s in raw
            need(ok, f"{path.name}: must_drop not in text: {s!r}")
        for e in g["events"]:
            stats["events"] += 1
            need(e["snippet"] in clean, f"{path.name}: event snippet not in text: {e['snippet']!r}")
            need(e["cue"] in clean, f"{path.name}: event cue not in text: {e['cue']!r}")
            sentence = next((ln for ln in clean.splitlines() if e["snippet"] in ln), "")
            need(e["cue"].casefold() in sentence.casefold(),
                 f"{path.name}: cue {e['cue']!r} not on the line of {e['snippet']!r}")
        for q in g["quotes"]:
            stats["quotes"] += 1
            need(q["text"] in clean, f"{path.name}: quote not in text: {q['text']!r}")
            last = q["speaker"].split()[-1]
            need(last in clean, f"{path.name}: speaker not named in text: {q['speaker']!r}")
        for f in g["figures"]:
            stats["figures"] += 1
            need(f["value"] in clean, f"{path.name}: figure not in text: {f['value']!r}")
    for path in sorted(gold_dir.glob("*story.yml")):
        story = yaml.safe_load(path.read_text(encoding="utf-8"))
        for se in story.get("shared_events") or []:
            for stem in se["files"]:
                need(stem in texts, f"{path.name}: unknown file {stem}")
        for sq in story.get("shared_quotes") or []:
            for stem in sq["files"]:
                # score.py compares quotes case-insensitively.
                need(stem in texts and sq["text"].casefold() in texts[stem][1].casefold(),
                     f"{path.name}: shared quote not in {stem}: {sq['text']!r}")
        for sp in story.get("shared_points") or []:
            for stem in sp["files"]:
                need(stem in texts, f"{path.name}: unknown file {stem}")
        for cf in story.get("conflicting_figures") or []:
            need(len(cf["values"]) >= 2, f"{path.name}: conflict with one value: {cf['about']!r}")
            for stem, value in cf["values"].items():
                need(stem in texts and value in texts[stem][1],
                     f"{path.name}: conflict value not in {stem}: {value!r}")
    print(f"checked {len(texts)} gold files: {stats}; problems: {problems}")
    return problems


def fake_briefing(gold_dir: pathlib.Path, mode: str) -> dict:
    """Return a briefing.json-shaped dict built without the tool, to sanity-check score.py.

    mode 'raw': bodies are the decoded texts, nothing else (score: keep < 1, drop = 0).
    mode 'clean': bodies are the clean texts (keep = 1; drop counts only the markup).
    mode 'oracle': everything taken from the gold itself (every score should be 1).
    """
    import yaml

    arts: list[dict] = []
    out: dict[str, list] = {"events": [], "quotes": [], "figures": [], "points": [], "conflicts": []}
    for path in sorted(gold_dir.glob("*.yml")):
        if path.name.endswith("story.yml"):
            continue
        g = yaml.safe_load(path.read_text(encoding="utf-8"))
        raw, clean = decode(g["file"])
        stem = path.stem
        art = {"id": stem, "source": g["file"], "body": raw if mode == "raw" else clean,
               "title": None, "title_derived": False, "date": None, "date_inferred": False,
               "publisher": None, "author": None, "location": None, "kind": None, "removed": []}
        if mode == "oracle":
            first = {f: (g.get(f + "_accept") or [g.get(f)])[0] for f in ("publisher", "author", "location")}
            art.update(first, title=g["title"], date=str(g["date"]) if g["date"] else None, kind=g["kind"])
            body = clean
            for head in g.get("subheadings") or []:
                body = body.replace(head, "## " + head, 1)
            drops = set(g["must_drop"])
            body = "\n".join(ln for ln in body.splitlines() if ln.strip() not in drops)
            for debris in sorted(drops, key=len, reverse=True):
                body = body.replace(debris, "") if len(debris.split()) > 3 else body
            art["body"] = body
            add_article_gold(out, stem, g)
        arts.append(art)
    if mode == "oracle":
        for path in sorted(gold_dir.glob("*story.yml")):
            add_story_gold(out, yaml.safe_load(path.read_text(encoding="utf-8")))
    return {"articles": arts, **out}


def add_article_gold(out: dict[str, list], stem: str, g: dict) -> None:
    """One article's gold events, quotes and figures, as briefing.json items."""
    for e in g.get("events") or []:
        out["events"].append({"date": str(e["date"]), "label": e["snippet"], "mentions": [
            {"article": stem, "cue": e["cue"], "sentence": e["snippet"], "inferred": bool(e.get("inferred"))}]})
    for q in g.get("quotes") or []:
        out["quotes"].append({"speaker": q["speaker"], "text": q["text"], "articles": [stem]})
    for f in g.get("figures") or []:
        out["figures"].append({"value": f["value"], "about": f["about"], "article": stem, "sentence": ""})


def add_story_gold(out: dict[str, list], story: dict) -> None:
    """A story's gold shared events, quotes and points and its conflicting figures, as
    briefing.json items."""
    for se in story.get("shared_events") or []:
        out["events"].append({"date": str(se["date"]), "label": se["label"],
                              "mentions": [{"article": f} for f in se["files"]]})
    for sq in story.get("shared_quotes") or []:
        out["quotes"].append({"speaker": sq["speaker"], "text": sq["text"], "articles": sq["files"]})
    for sp in story.get("shared_points") or []:
        out["points"].append({"label": sp["label"], "articles": sp["files"], "sentences": []})
    for cf in story.get("conflicting_figures") or []:
        out["conflicts"].append({"about": cf["about"], "values": [
            {"value": v, "article": k} for k, v in cf["values"].items()]})


def main(argv: list[str]) -> int:
    """Write every article's bytes into inhouse/ (overwriting); --check checks the gold;
    --briefing raw|clean|oracle prints a fake briefing.json for score.py."""
    if argv[1:2] == ["--check"]:
        return 1 if check(OUT / "gold") else 0
    if argv[1:2] == ["--briefing"] and len(argv) == 3:
        import json

        print(json.dumps(fake_briefing(OUT / "gold", argv[2]), ensure_ascii=False, indent=1))
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    for file, encoding, newline, moji, text in ARTICLES:
        (OUT / file).write_bytes(render(text, encoding, newline, moji))
        print(f"wrote {file}: {encoding}, newline={newline!r}, mojibake={moji}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
