"""Common given names whose bearers are nearly always of one sex: the weakest evidence for
"he" or "she", used only where the article itself says nothing (no title, no pronoun
after the name, no "her husband"). Names from the most frequent given names in public
registers (US Social Security, England and Wales ONS) and common names of other
languages news often quotes; names given to both sexes (Jordan, Alex, Sam, Jean, Andrea)
are left out on purpose.
"""
from __future__ import annotations

MALE = frozenset("""
aaron adam adrian ahmad ahmed aidan alan albert alberto alejandro alexander alexandre alexei alfred ali
alistair andre andreas andrei andrew andy angelo angus anthony antoine antonio arthur austin barry ben
benjamin bernard bill billy blake bob boris brad bradley brandon brendan brent brett brian bruce bryan caleb
carl carlos chad charles chase christian christopher ciaran clayton clive cody cole colin connor conor corey
cormac craig curtis dale dan daniel danny darius darragh darren dave david dean declan dennis derek derrick
devin dmitri dmitry dominic donald douglas duncan dustin dylan eddie edward elijah elliot emmanuel eoin eric
erik ethan eugene evan ezra fabio felipe felix fergus fernando finn floyd francesco francisco frank fred
frederick gabriel gareth garrett gary gavin geoffrey george gerald giovanni giuseppe glenn gordon graham grant
greg gregory gustavo guy hamza hans harold harry hassan hector henry herbert howard hugh hugo hunter ian
ibrahim igor isaac isaiah ivan jack jacob jake james jared jason javier jeff jeffrey jeremiah jeremy jerome
jerry jesse jim jimmy joe joel john johnny jonathan jorge jose josef joseph joshua juan julian julio justin
karl keith ken kenneth kevin khalid kieran kurt kyle lance landon larry lars lawrence leo leon leonard lewis
liam lionel lloyd lorenzo louis luca lucas luis luke malcolm manuel marcel marco marcus mario mark martin
marvin mason matt matthew max micah michael miguel mike mikhail miles milton mitchell mohamed mohammad
mohammed muhammad nathan nathaniel neal neil niall nicholas nick nigel nikolai noah nolan norman oleg oliver
omar orlando oscar otto owen pablo patrick paul pedro perry peter phil philip phillip pierre preston quentin
rafael rahul raj ralph ramon randy raul raymond reginald rex ricardo richard rick ricky rishi rob robert
roberto rodney rodrigo roger roland ron ronald ross roy ruben rudy rupert russell ryan salman samuel scott
seamus sean sebastian sergei sergey sergio seth shane shawn simon spencer stanley stefan stephen steve steven
stuart theo theodore thomas tim timothy tobias todd tom tommy tony travis trevor troy tyler tyrone vernon
victor viktor vincent vladimir wade walter warren wayne wesley william willie xavier yuri yusuf zach zachary
zane
""".split())

FEMALE = frozenset("""
abby abigail ada adele adriana agatha agnes aileen aisha alana alexandra alexis alice alicia alisha alison
allison alma amanda amber amelia amira amy ana anastasia angela angelina anita ann anna anne annette annie
antonia ashley audrey autumn ava barbara beatrice becky belinda bella bernadette beth betty beverley bonnie
brenda bridget brooke caitlin camila camilla candice carla carmen carol caroline carolyn carrie cassandra
catherine cathy cecilia celeste charlotte chelsea cheryl chiara chloe christa christina christine cindy claire
clara clare claudia colleen courtney crystal cynthia daisy daniela danielle daphne dawn debbie deborah delia
della denise diana diane dolores donna dorothy edith eileen elaine eleanor elena elise eliza elizabeth ella
ellen elsa emilia emily emma erica erika erin esme esther eva evelyn faith fatima fiona florence frances
francesca freya gabriela gabrielle gail gemma georgia gillian gina gloria grace greta gwen hannah harriet
hazel heather heidi helen helena hilary holly imogen ingrid irene iris isabel isabella isla ivy jacqueline
jade jane janet janice janine jasmine jennifer jenny jessica jill jillian joan joanna joanne jodie josephine
josie joyce judith judy julia julie june kara karen karin kate katherine kathleen kathryn katie kayla kelsey
kimberly kirsty kristen kylie laura lauren layla leah leila lena lily linda lindsay lisa liz lois lola lorna
lorraine louise lucia lucy luna lydia mabel mackenzie madeleine madison mae maeve maggie mandy marcia margaret
margot maria marianne marie marilyn marina marion marta martha mary maya megan melanie melinda melissa mia
michelle mildred mira miriam molly monica myra nadia nancy naomi natalie natasha nicola nicole nina nora norma
olga olive olivia paige pamela patricia paula pauline peggy penelope penny phoebe polly priya rachael rachel
rebecca rebekah regina renee rhonda rita roberta rosa rose rosemary rosie roxanne ruby ruth sabrina sadie
sally samantha sandra sara sarah selena serena shannon sharon sheila shirley sienna simone siobhan sofia sonia
sophia sophie stella stephanie sue susan suzanne sylvia tamara tanya tara teresa tess tessa thea theresa tina
tracey tracy ursula valerie vanessa vera veronica victoria viola violet virginia vivian wanda wendy whitney
willow yasmin yolanda yvonne zara zoe
""".split())


def name_sex(given: str) -> str | None:
 """"m" or "f" for a common given name borne nearly always by one sex, else None."""
 low = given.lower().strip(".")
 return "m" if low in MALE else "f" if low in FEMALE else None
