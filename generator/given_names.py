"""Common given names whose bearers are nearly always of one sex: the weakest evidence for
"he" or "she", used only where the article itself says nothing (no title, no pronoun
after the name, no "her husband"). Names from the most frequent given names in public
registers (US Social Security, England and Wales ONS) and common names of other
languages news often quotes; names given to both sexes (Jordan, Alex, Sam, Jean, Andrea)
are left out on purpose.
"""
from __future__ import annotations

MALE = frozenset("""
aaron adam adrian ahmed ahmad alan albert alberto alejandro alexander alexandre alexei alfred ali alistair
andreas andrew andy angus anthony antonio arthur barry ben benjamin bernard bill billy bob boris brad bradley
brandon brendan brett brian bruce bryan carl carlos charles christian christopher clive colin
craig dan daniel danny darren dave david dean dennis derek dmitry dominic donald douglas duncan dylan eddie
edward emmanuel eric erik ethan eugene felipe fernando francesco francisco frank fred frederick gareth gary
gavin geoffrey george gerald giovanni giuseppe gordon graham grant greg gregory guy hamza hans harold harry
hassan henry howard hugh hugo ian ibrahim igor isaac ivan jack jacob jake james jason javier jeff
jeffrey jeremy jerome jerry jim jimmy joe joel john johnny jonathan jorge jose josef joseph joshua juan
julian justin karl keith ken kenneth kevin khalid kieran kyle lars larry leo leon liam lloyd louis luca
lucas luis luke malcolm marco marcus mario mark martin matt matthew max michael miguel mike mohamed mohammad
mohammed muhammad nathan neil nicholas nick nigel noah oliver omar oscar owen patrick paul pedro peter philip
pierre rafael rahul raj ralph ramon randy raymond richard rick rishi rob robert roberto rodrigo roger
ronald ross roy rupert russell ryan salman samuel scott sean sebastian sergei sergio simon stanley stefan
stephen steve steven stuart theo thomas tim timothy todd tom tommy tony travis trevor tyler victor
vincent vladimir walter warren wayne william yusuf zach zachary
""".split())

FEMALE = frozenset("""
abigail ada adriana agnes aisha alexandra alice alicia alison amanda amber amelia amy ana anastasia 
angela angelina anita ann anna anne annette annie antonia audrey barbara beatrice becky belinda beth
betty beverley brenda bridget caitlin camilla carla carmen carol caroline carolyn catherine cathy charlotte
chelsea cheryl chloe christina christine cindy claire clara claudia colleen cynthia daisy daniela
deborah debbie denise diana diane donna dorothy eileen elaine eleanor elena elizabeth ella ellen emily emma
erica erin esther eva evelyn fatima fiona florence frances francesca gabriela gabrielle gemma georgia
gillian gina grace hannah harriet heather helen helena hilary holly ingrid irene isabel isabella jacqueline
jane janet janice jasmine jennifer jenny jessica jill joan joanna joanne josephine joyce judith judy
julia julie karen kate katherine kathleen kathryn katie kimberly kirsty laura lauren leah
linda lisa liz lois lorraine louise lucy lydia madeleine maggie margaret maria marie marilyn marion
martha mary megan melanie melissa michelle miriam molly monica nadia nancy natalie natasha nicola nicole
nina olga olivia pamela patricia paula pauline penelope penny priya rachel rebecca regina rita rosa rose
rosemary ruth sabrina sally samantha sandra sara sarah sharon sheila shirley sofia sonia sophia sophie
stephanie sue susan suzanne sylvia tamara tanya teresa theresa tina tracey tracy valerie vanessa vera
veronica victoria virginia wendy yvonne zoe
""".split())


def name_sex(given: str) -> str | None:
 """"m" or "f" for a common given name borne nearly always by one sex, else None."""
 low = given.lower().strip(".")
 return "m" if low in MALE else "f" if low in FEMALE else None
