"""Stage ``clean``: ``SourceText`` -> ``Cleaned`` (debris out, structure in).

The page is cut into units (a paragraph, a heading, a lone line), and each unit is
judged by what page debris *is*, never by the words of a known site:

* calls to act addressed to the reader (subscribe, sign up, share, follow, log in),
  cookie and account notices, comment forms, credits, copyright lines, navigation
  and related-article links, recognised by their phrasing;
* jusText-style features for the rest: length, stopword density, whether the unit
  is a sentence, and its position relative to the article's real paragraphs (a
  short line before the first or after the last real paragraph is page furniture;
  a short line between paragraphs is a subheading only when the paragraph after
  it develops it).

Headline, deck, byline and date lines stay in ``blocks``: ``metadata`` takes them
out. Every unit taken out is recorded in ``Cleaned.removed`` with a reason.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from .lines import (
    CLOSING_CREDIT,
    HEADLINE_MAX_WORDS,
    HTML_DOC,
    bare_name,
    byline_outlet,
    is_meta_line,
    is_sentence,
    split_front_matter,
    title_like,
)
from .models import Block, Cleaned, Problem, Removed, SourceText
from .sentences import split_text
from .text import STOPWORDS, content_words

# ---------------------------------------------------------------------------
# Units
# ---------------------------------------------------------------------------


@dataclass(slots=True, frozen=True)
class Unit:
    """One candidate paragraph, heading or line of the page, in reading order."""

    text: str
    heading: int = 0  # heading level given by the markup (Markdown #, HTML <h1>-<h6>), 0 for none
    links: float = 0.0  # share of the text inside links (HTML only)
    item: bool = False  # a list item in the markup


# ---------------------------------------------------------------------------
# Inline markup in plain text and Markdown
# ---------------------------------------------------------------------------

# <script>/<style>/<noscript> elements with their content.
SCRIPT_STYLE = re.compile(r"<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>", re.I | re.S)
# An unclosed <script> or <style> opening tag (the rest of the line is code).
SCRIPT_OPEN = re.compile(r"<(?:script|style)\b[^>]*>[^\n]*", re.I)
# HTML comments.
HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_BLOCK_TAGS = "p|div|br|hr|li|ul|ol|h[1-6]|section|article|header|footer|nav|aside|blockquote|table|tr|td|th|tbody|thead|figure|figcaption|main|dl|dt|dd|pre|address"
# Block-level tags: they end a line.
BLOCK_TAG = re.compile(r"</?(?:" + _BLOCK_TAGS + r")\b[^<>]*>", re.I)
# Known inline HTML tags (and stray block tags): removed, their text kept.
INLINE_TAG = re.compile(
    r"</?(?:a|abbr|b|i|em|strong|span|u|s|sub|sup|small|big|font|mark|cite|q|code|time|img|picture|source|"
    r"video|audio|iframe|button|label|input|meta|link|html|head|body|title|ins|del|kbd|var|wbr|bdi|bdo|center|"
    r"strike|tt|svg|path|figure|figcaption|form|select|option|textarea|nav|aside|main|" + _BLOCK_TAGS + r")\b[^<>]*/?>", re.I)
# An HTML character reference, to decide whether to unescape.
CHAR_REF = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);", re.I)
# Cheap test that a text holds any tag at all.
ANY_TAG = re.compile(r"<[a-z!/]", re.I)

# Markdown: a heading line "## Title ##".
MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
# Markdown: a setext underline (=== or ---) under a heading line.
MD_SETEXT = re.compile(r"^(=+|-+)\s*$")
# Markdown: a thematic break (---, ***, ___).
MD_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
# Markdown: a list item marker.
MD_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
# Markdown: a block quote marker.
MD_QUOTE = re.compile(r"^\s*(?:>\s?)+")
# Markdown: a code fence.
MD_FENCE = re.compile(r"^\s*(?:```|~~~)")
# Markdown: an image ![alt](src).
MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
# Markdown: a link [text](href) or [text][ref].
MD_LINK = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])")
# Markdown: a link reference definition "[ref]: http://...".
MD_LINK_DEF = re.compile(r"^\s*\[[^\]]+\]:\s+\S+")
# Markdown: strong/emphasis markers around text.
MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
MD_EM = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])|(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])")
# Markdown: inline code.
MD_CODE = re.compile(r"`([^`]*)`")
# Markdown: backslash escapes.
MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])")

# ---------------------------------------------------------------------------
# What debris is
# ---------------------------------------------------------------------------

# Whole-unit labels: the unit is nothing but one of these (case-insensitive, punctuation aside).
LABELS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (reason, re.compile(r"^[\W_]*(?:" + body + r")[\W_]*$", re.I)) for reason, body in (
        ("advertisement", r"advertisement(?:\s*[-–—:·•|]\s*(?:continue|scroll)\s+(?:reading|down|to continue)(?:\s+below)?)?|"
                          r"skip (?:advert(?:isement)?|ad)|advert|ads?|sponsored(?: content)?|paid (?:content|post|partner)|promoted(?: content)?|"
                          r"(?:story|article|content) continues (?:below|after)(?: (?:the |this )?(?:advertisement|advert|ad))?|"
                          r"scroll to continue(?: with content)?|continue reading below|partner content"),
        ("navigation", r"skip to (?:main )?content|skip navigation|skip to navigation|main menu|menu|search|close|"
                       r"toggle navigation|open menu|scroll to top|back to top|go to top|top|home|sections|navigation|"
                       r"next(?: article| story| post)?|previous(?: article| story| post)?|load more|show more|see more|view all|"
                       r"jump to|expand|collapse|more|subscribe|sign in|log in|login|register|my account|account|"
                       r"watch live|live tv|watch|continue reading(?: the main story)?|read the full (?:story|article)"),
        ("audio or reading-time label", r"listen(?: now)?|listen to (?:this|the) (?:article|story)(?:.{0,20})?|"
                                        r"\d+\s*min(?:ute)?s?(?: read| listen)?|reading time:?.{0,12}|audio|play|pause"),
        ("print or save buttons", r"print(?: this)?(?: article| page| story)?|save(?: article| story)?|saved|bookmark|"
                                  r"gift(?: this)? article|copy link|link copied|font size|text size|a\+?|a-|aa"),
        ("share buttons", r"share(?: this| the)?(?: article| story| post| page| on \w+)?|tweet|shares?|\d+\s*shares?"),
        ("comment form", r"leave a (?:reply|comment)|comments?|\d+\s*comments?|comments?\s*\(\d+\)|post (?:a )?comment|"
                         r"add (?:a )?comment|view comments|show comments|hide comments|comments are closed|"
                         r"join the (?:conversation|discussion)|reply|report|cancel reply|responses?|\d+\s*responses?|"
                         r"discussion|reader comments|write a comment|what do you think\??|like|likes?|\d+\s*likes?"),
        ("related-article links", r"related(?: articles?| stories| posts| content| news| coverage| reading| links| topics| video)?|"
                                  r"recent (?:articles|posts|stories|news)|further reading|more (?:from|on|in|stories|news|articles|to read)\b.{0,40}|"
                                  r"you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|recommended(?: for you| stories| articles)?|"
                                  r"read (?:more|next|also)|also read|most (?:read|popular|viewed|shared|commented)|trending(?: now| stories)?|"
                                  r"popular(?: now| posts| stories| articles)?|editor'?s'? picks?|top stories|latest(?: news| stories| articles| posts)?|"
                                  r"what to read next|more stories|don'?t miss|in case you missed it|around the web|from our partners|"
                                  r"recommended reading|keep reading|up next|read this next|in other news"),
        ("byline label without a name", r"written by|by|author|posted by|about the author|contributors?"),
        ("info box label", r"info(?:rmation)? message|notice|alert|breaking(?: news)?|live|exclusive|updated|new|"
                           r"image|photo|video|gallery|caption|credit"),
        ("image controls", r"view (?:image|photo) in full ?screen|enlarge (?:this )?(?:image|photo)|click to enlarge|"
                           r"(?:toggle|hide|show) caption|expand (?:image|photo)|open (?:image|gallery)|view gallery"),
        ("tag list", r"topics|tags|explore more on (?:these|this) topics?|more on (?:these|this) topics?"),
        ("related-article links", r"explore (?:our|more) coverage|recommended videos?|more videos|loading\W*"),
        ("author contact links", r"(?:contact|email|e-mail|message) (?:the|this) (?:author|writer|reporter)"),
        ("social media links", r"follow us(?: on .{0,40})?|connect with us|find us on .{0,30}|join us on .{0,30}|"
                               r"like us on facebook|follow .{0,30} on (?:twitter|x|facebook|instagram|linkedin)"),
    ))
# A call to act addressed to the reader at the start of a sentence.
CALL_TO_ACT = re.compile(
    r"(?:^|[.!?]\s+)(?:subscribe|sign\s*up|sign\s*in|log\s*in|register|join|follow|get|download|click|tap|read|listen|watch|"
    r"share|arm yourself|stay|don'?t miss|never miss|receive|enter|support|donate|become|try|start|learn more|"
    r"find out|discover|check out|see|leave|please|help|create|unlock|upgrade|choose|accept|reject|allow|manage|agree|"
    r"continue|learn|send|email|print)\b", re.I)
# The reader or the site addressed directly.
READER = re.compile(r"\b(?:you|your|yours|our|ours|we|us)\b", re.I)
# Phrases of debris, searched anywhere inside short units (reason, pattern, most words, needs the reader addressed).
PHRASES: tuple[tuple[str, re.Pattern[str], int, bool], ...] = tuple(
    (reason, re.compile(body, re.I), max_words, needs_reader) for reason, body, max_words, needs_reader in (
        ("cookie notice",
         r"\b(?:we|this (?:site|website)|our (?:site|website|partners)|us)\b[^.]{0,80}\bcookies?\b|"
         r"\bcookies?\b[^.]{0,80}\b(?:polic(?:y|ies)|settings|preferences|consent|accept|agree|control them|manage|learn more)\b|"
         r"\b(?:accept|reject|allow|manage|necessary)\s+(?:all\s+)?cookies\b|\bcookie (?:policy|settings|preferences|notice|banner)\b|"
         r"^manage (?:preferences|consent|privacy settings)$|^(?:privacy|consent) (?:settings|preferences)$|"
         r"\bby (?:continuing|clicking|using)\b[^.]{0,40}\b(?:site|website|browse|agree)\b", 90, True),
        ("account or paywall notice",
         r"\byour\s+[\w&.'’ -]{1,40}?account\b|\bcreate (?:an?|your)(?: free)? account\b|"
         r"\balready (?:an? )?(?:subscriber|member|registered|have an account)\b|\bsubscribers? only\b|"
         r"\b(?:free|remaining) (?:articles?|stories)\b|\bto continue reading\b|\bunlock (?:this|unlimited|full)\b|"
         r"\bwelcome back\b|\bmy account\b|\bpremium (?:content|article|subscribers?)\b|\bthis (?:article|content) is (?:for|available to) subscribers\b|"
         r"\bsubscribe (?:now|today) (?:to|for)\b|\bfor unlimited access\b|\bpaywall\b", 45, True),
        # "sign in"/"log in" only in short lines: in prose they are ordinary words.
        ("account or paywall notice", r"\b(?:sign|log)\s?(?:in|out)\b", 12, True),
        ("newsletter sign-up",
         r"\bnewsletters?\b|\b(?:delivered|straight|directly|right) (?:in)?to your inbox\b|\b(?:in|to) your inbox\b|"
         r"\bsign up (?:to|for) (?:our|the|a|free|\w+['’]s)\b[^.]{0,60}\b(?:newsletters?|e-?mails?|briefing|alerts?|digest|updates)\b|"
         r"\bsign up (?:now|here|today)\b|\bsubscribe (?:now|here|today)\b|"
         r"\bsubscribe to (?:our|the)\b[^.]{0,40}\b(?:newsletters?|e-?mails?|channel|podcast|briefing|digest|updates)\b|"
         r"\bstay (?:updated|informed|in the know|up to date|tuned)\b|"
         r"\be-?mail (?:alerts?|updates|briefing)\b|\bweekly curated\b|\bunsubscribe\b|\bno spam\b|"
         r"\bby e-?mail (?:every|each)\b|\bjoin (?:[\d,.]+\s*(?:k|m|million)?\+?\s+)?(?:other\s+)?(?:readers|subscribers)\b|"
         r"\bget (?:e-?mail |news )?alerts? (?:on|about|for)\b|\bwhen a new (?:story|article|post) is published\b|"
         r"\bthanks? (?:you )?for reading\b|\bget (?:our|the latest)\b[^.]{0,40}\b(?:news|updates|stories|headlines)\b", 80, True),
        ("account or paywall notice", r"\b(?:content|articles?|stories|service) (?:is |are )?(?:only )?available (?:only )?"
                                      r"(?:to|for) (?:paying )?(?:subscribers|members)\b", 40, False),
        ("privacy or terms link", r"\bprivacy (?:policy|notice|statement|settings)\b|\bterms (?:of (?:use|service)|and conditions|& conditions)\b", 30, True),
        ("comment form",
         r"\byour email (?:address )?will not be published\b|\brequired fields are marked\b|\bcomments are (?:closed|moderated)\b|"
         r"\bcommunity (?:guidelines|standards)\b|\bsave my name, email\b|\bnotify me of (?:new|follow-up)\b|"
         r"\byou must be logged in to post a comment\b|\b(?:post|leave|add|write) a (?:comment|reply)\b|\bbe the first to comment\b", 45, False),
        ("social media links", r"\bfollow us\b|\blike us on facebook\b|\bjoin us on (?:facebook|twitter|telegram|whatsapp)\b|"
                               r"\bon social media\b", 20, False),
        ("donation or membership appeal", r"\b(?:support|fund) (?:our|independent|quality) journalism\b|\bbecome a (?:member|subscriber|supporter|patron)\b|"
                                          r"\bdonate\b|\bmake a contribution\b|\bconsider (?:supporting|subscribing|donating)\b|"
                                          r"\bfree to read\b", 80, True),
        ("wire credits", r"\bcontributed (?:reporting|to this (?:report|article|story))\b", 30, False),
        ("article age notice", r"\bthis (?:article|story) is (?:more|over) than \w+ (?:years?|months?) old\b", 15, False),
        ("feedback prompt", r"\bwas this (?:article|story|page) (?:helpful|useful)\b", 15, False),
        ("reader call-out", r"\bsend us your (?:tips|stories|questions|views|photos)\b|\bwe want to hear from you\b|"
                            r"\bget in touch\b|\b(?:e-?mail|contact) us at\b|\bcontact our newsroom\b", 35, True),
        ("sponsored content notice", r"\b(?:created|produced|paid for|written) (?:by|in partnership with|with) (?:our )?"
                                     r"(?:partners?|sponsors?|advertisers?)\b|\bproduced in partnership with\b", 30, False),
        ("app promotion", r"\bdownload (?:the|our) (?:app|[\w ]{1,30} app)\b|\bget (?:the|our)(?: free)? app\b|\bavailable on the app store\b", 40, False),
        ("share prompt", r"\bshare (?:it|this(?: article| story| post)?) with\b|\b(?:like|enjoy(?:ed)?) this (?:article|story|post)\?|"
                         r"\bspread the word\b|\bsend (?:this|the) (?:page|article|story|link) to\b", 25, True),
        ("link prompt", r"\bclick here\b|\btap here\b|\bclick (?:the|this) link\b", 25, False),
        ("external links notice", r"\bnot responsible for the content of external (?:sites|websites|links|internet sites)\b",
         25, False),
        ("copyright line", r"©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b", 30, False),
        ("photo credit",
         r"\b(?:photo|image|picture)\s+(?:credits?|courtesy)\b|"
         r"\((?:photo(?:graph)?|image|picture|credit|pic)s?\s*(?::|by\s)[^)]*\)\s*$|"
         r"\((?:[\w.&'’\-]+\s+){0,2}(?:photo(?:graph)?|image|picture|pic)s?\)\s*$|"
         r"(?:photo(?:graph)?|image|picture|credit)s?\s*:\s*[\w .,/&'’-]{2,60}$|"
         r"(?:getty images|shutterstock|istock(?:photo)?|afp via getty|\bap photo|epa-efe|\balamy|\breuters/\w+)\b", 40, False),
    ))
# Cheap first test, by reason: a unit holding none of these words cannot match that reason's phrases.
TRIGGERS: dict[str, frozenset[str]] = {
    "cookie notice": frozenset("cookie cookies continuing clicking manage preferences consent".split()),
    "account or paywall notice": frozenset("account sign log login logout logged subscriber subscribers available free remaining continue "
                                           "unlock welcome premium subscribe unlimited paywall already".split()),
    "newsletter sign-up": frozenset("newsletter newsletters inbox sign subscribe stay email e-mail mail curated get unsubscribe spam "
                                    "join alerts alert published thanks thank".split()),
    "wire credits": frozenset("contributed".split()),
    "article age notice": frozenset("old".split()),
    "feedback prompt": frozenset("helpful useful".split()),
    "reader call-out": frozenset("send want touch contact".split()),
    "sponsored content notice": frozenset("partners partner sponsors sponsor advertisers partnership".split()),
    "privacy or terms link": frozenset("privacy terms".split()),
    "comment form": frozenset("email comment comments required community save notify logged post leave add write reply".split()),
    "social media links": frozenset("follow like join social".split()),
    "donation or membership appeal": frozenset("support fund become donate contribution consider free".split()),
    "app promotion": frozenset("download app".split()),
    "link prompt": frozenset("click tap".split()),
    "external links notice": frozenset("responsible".split()),
    "share prompt": frozenset("share like enjoy enjoyed spread send".split()),
    "copyright line": frozenset("© c copyright rights".split()),
    "photo credit": frozenset("photo photos photograph image images picture pictures credit credits courtesy getty shutterstock istock "
                              "copyrightgetty "
                              "istockphoto alamy ap epa-efe reuters pic pics".split()),
}
# Punctuation around words becomes a space for the trigger test; © stands alone.
TRIGGER_SPLIT = str.maketrans({c: " " for c in ".,;:!?()[]{}\"'“”‘’|/*+=<>»«…–—"} | {"©": " © "})
# The job of a writer named in an author bio ("... is the paper's ports correspondent").
BIO_ROLE = (r"(?:reporter|journalist|writer|editor|correspondent|contributor|columnist|analyst|intern|producer|author|"
            r"freelancer|blogger|fellow|photographer|critic|commentator|presenter|broadcaster|meteorologist|forecaster|"
            r"economist|scientist)s?\b")
# One sentence of an author bio at the foot: a name, then what the person is or covers.
BIO_SENTENCE = re.compile(
    r"^(?:[A-Z][\w'’.-]+\s+){1,3}(?:(?:is|was|has been)\s+(?:(?:an?|the)\s+)?(?:[\w'’-]+\s+){0,6}" + BIO_ROLE +
    r"|(?:covers|writes (?:about|on|for)|reports on|reports for|has covered|has written (?:about|for|on))\b)")
# A later sentence of a bio, about the same person: "Her book ...", "She lives in ...".
BIO_MORE = re.compile(r"^(?:he|she|they|his|her|their)\b", re.I)
# Debris recognised by how the unit starts (matched at the start only; reason, pattern, most words).
OPENINGS: tuple[tuple[str, re.Pattern[str], int], ...] = tuple(
    (reason, re.compile(body, re.I if reason != "author bio" else 0), max_words) for reason, body, max_words in (
        ("photo credit",
         r"(?:feature[ds]?\s+)?(?:image|photo(?:graph)?|picture|pic|illustration|graphic|video|footage|cover|header|top|main|lead|hero)"
         r"(?:\s+image)?(?:\s+credits?|\s+by|\s+courtesy(?:\s+of)?|\s+source)?\s*[:|–—-]|(?:credits?|photograph|source|courtesy)\s*:", 40),
        ("photo caption", r"(?:image|media|picture|photo|video)\s*(?:caption|copyright|source)", 60),
        ("photo caption", r"pictured\s*:", 60),
        ("photo caption", r"\d{1,3}\s+of\s+\d{1,3}\s*[|:•·]", 90),  # a gallery's "1 of 10 | ..."
        ("subscription appeal", r"(?:subscribe|sign up)\b(?!\s+to\s+(?:the|a|an|this|that|his|her|its|their)\s)", 12),
        ("subscription appeal", r"(?:subscribe|sign up|register)\b(?![^.!?]*\bnewsletters?\b)[^.!?]*\b(?:you|your)\b", 30),
        ("tag list", r"(?:tags?|topics?|filed under|categories|category|keywords|related topics|more on|explore)\s*[:|]", 40),
        ("related-article link",
         r"\[?(?:read more|also read|read also|"
         r"related(?: article| story| stories| articles| content| coverage| news| reading)?|see also|"
         r"recommended|watch|listen|read next|don'?t miss|must read|also see|more on this(?: story)?|in other news|read|more|"
         r"trending(?: now)?|popular|latest|top stories)\s*[:|»>–—]", 40),
        ("author bio",
         r"(?:[A-Z][\w'’.-]+\s+){1,3}(?:is|was|has been)\s+(?:(?:an?|the)\s+)?(?:[\w'’-]+\s+){0,5}" + BIO_ROLE, 70),
        ("comment count", r"\d+\s+(?:comments?|replies|responses)\b", 6),
        ("author bio", r"[Aa]bout [Tt]he [Aa]uthor\b", 80),
        ("author bio", r"(?:[Tt]he )?(?:[Aa]uthor|[Ww]riter|[Cc]olumnist)s?\s+(?:is|are|was)\s+(?:an?|the)\b", 60),
        ("author bio", r"(?:[A-Z][\w'’.-]+\s+){1,3}(?:covers|writes (?:about|on|for)|reports on|has covered|has written for)\b"
                       r"[^.]{0,120}\b(?:for (?:the|this|our)|since \d{4}|based in|desk)\b", 45),
        ("wire credits", r"(?:additional\s+)?(?:reporting|writing|editing|compiled|graphics?)\s+by\b.*(?:;|\band\b|editing)", 40),
        ("wire credits", r"[(\[]?(?:[-–—]\s*)?(?:with\s+(?:additional\s+)?reporting|additional\s+reporting|editing|edited|"
                         r"research|translation|translated|fact-checking|illustrations?)\s+by\b", 30),
        ("update time", r"(?:last\s+)?updated\s*:?\s*(?:\d+|an?|one|few)\s+(?:\w+\s+)?(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago\b", 8),
    ))
# Social buttons and page controls: a unit made only of these is a share bar.
SHARE_WORDS = frozenset(
    """facebook twitter x linkedin whatsapp email e-mail mail pinterest reddit telegram print copy link
    share tweet messenger flipboard pocket tumblr vk weibo wechat line sms more threads bluesky mastodon
    instagram youtube tiktok save comment comments url snapchat xing google+ rss feed""".split())
# Networks and channels whose name alone on a line is a share button.
SOCIAL_NETWORKS = frozenset("""facebook twitter linkedin whatsapp pinterest reddit telegram messenger flipboard tumblr
    weibo wechat instagram youtube tiktok snapchat xing email e-mail bluesky mastodon pin""".split())
# Titles that go before or after a person's name in a caption.
PERSON_TITLES = frozenset("""ceo cfo coo cto chief founder co-founder president vice chairman chairwoman chair minister
    secretary spokesperson spokesman spokeswoman director executive leader governor senator mayor premier
    prime chancellor ambassador general commissioner king queen prince princess pope""".split())
# Words that go with share buttons ("Share via Email", "Email this article").
SHARE_FILLER = frozenset("on via to this the with by and article story page post a your friends".split())
# Section names of news sites: a line made mostly of these is a section menu.
SECTION_WORDS = frozenset(
    """news world business sport sports tech technology politics opinion culture lifestyle science health
    entertainment travel video videos markets economy home life style arts food environment local national
    international asia europe africa americas us uk more podcasts podcast newsletters weather finance money
    education climate cars motoring property jobs careers games puzzles crosswords magazine events live latest
    trending features analysis reviews review books film music tv fashion wellness media startups
    innovation gadgets mobile apps security ai companies industry energy""".split())
# Breadcrumbs: short parts joined by > » › or / ("Home > Business > Tech").
BREADCRUMB = re.compile(r"^[^>»›/|]{1,40}(?:\s*[>»›]\s*[^>»›/|]{1,40})+$|^[^>»›/|]{1,30}(?:\s+/\s+[^>»›/|]{1,30}){2,}$")
# A menu of links separated by pipes: three or more short parts ("Health | Wellbeing | Ask the Doctor").
PIPE_MENU = re.compile(r"^[^|.!?\d]{1,30}(?:\s\|\s[^|.!?\d]{1,30}){2,}$")
# Reasons of navigation debris: a line right above one of these is page furniture.
MENU_REASONS = frozenset(("navigation", "navigation menu", "section menu", "breadcrumb navigation"))
# Comment-section openers: after one of these (late in the page) every unit is reader comments.
COMMENT_SECTION = re.compile(
    r"^[\W_]*(?:leave a (?:reply|comment)|\d*\s*comments?(?:\s*\(\d+\))?|join the (?:conversation|discussion)|reader comments|"
    r"post (?:a )?comment|add (?:a )?comment|comments are closed|\d*\s*responses?(?: to .{1,120})?|discussion|"
    r"what do you think\??|have your say|conversation)[\W_]*$", re.I)
# Lines that only appear in a comment thread: "Reply", "Jane says:", a "... at 9:12 am" stamp.
COMMENT_ENTRY = re.compile(r"^(?:reply|report|like|\d+\s+likes?)$|\bsays:$|\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?$|\bago$", re.I)
# A line that is only a date, as printed under a listed story ("16 May 2019").
DATE_ONLY = re.compile(r"^(?:\d{1,2}\s+\w{3,9}\.?\s+\d{4}|\w{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4})$")
# Tokens for feature counting.
TOKEN = re.compile(r"[^\W_][\w'’&-]*")
# A paragraph opening that refers back to the paragraph before it.
CONTINUATION = re.compile(
    r"^(?:it|its|this|that|these|those|he|she|they|his|her|their|but|and|however|still|yet|also|moreover|"
    r"furthermore|instead|such|the (?:move|decision|offer|announcement|remarks|comments|step|proposal|deal|news|"
    r"report|statement|development))\b", re.I)
# Words of a heading that carry content (for the "does the paragraph develop it" test).
CONTENT_MIN = 3


# ---------------------------------------------------------------------------
# The stage
# ---------------------------------------------------------------------------

def clean(src: SourceText) -> Cleaned:
    """Sort the page's lines into article blocks and debris, recording each removal with a reason.

    Subheadings become ``Block('heading')``, paragraphs ``Block('paragraph')`` (the
    lines of one paragraph joined with a space). Inline HTML tags are removed with
    their text kept; scripts and styles with their content. Headline, deck, byline
    and date lines are kept in ``blocks`` for ``metadata``.
    """
    removed: list[Removed] = []
    problems: list[Problem] = []
    text = src.text
    if src.fmt == "html" or (src.fmt == "text" and HTML_DOC.match(text[:2000])):
        units = _html_units(text, removed)
    else:
        if src.fmt == "markdown":
            _, text, error = split_front_matter(text)
            if error:
                problems.append(Problem(src.source, error))
        text = _strip_inline_html(text, removed)
        # A date stamp opening the page, run into its first line: a line of its own.
        text = LEADING_DATE.sub(r"\1\n\n", text, count=1)
        units = _markdown_units(text, removed) if src.fmt == "markdown" else _text_units(text)
    blocks, headline = _classify(units, removed)
    return Cleaned(src, tuple(blocks), tuple(removed), tuple(problems), headline)


# ---------------------------------------------------------------------------
# Cutting the page into units
# ---------------------------------------------------------------------------

def _strip_inline_html(text: str, removed: list[Removed]) -> str:
    """Scripts/styles out with their content, block tags -> line breaks, inline tags out."""
    if not ANY_TAG.search(text):
        return text
    for m in SCRIPT_STYLE.finditer(text):
        removed.append(Removed(_short(m.group(0)), "script or style code"))
    text = SCRIPT_STYLE.sub("\n", text)
    for m in SCRIPT_OPEN.finditer(text):
        removed.append(Removed(_short(m.group(0)), "script or style code"))
    text = SCRIPT_OPEN.sub("", text)
    text = HTML_COMMENT.sub("", text)
    text = BLOCK_TAG.sub("\n", text)
    text = INLINE_TAG.sub("", text)
    if CHAR_REF.search(text):
        text = html.unescape(text).replace("\u00a0", " ")
    return text


def _short(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _text_units(text: str) -> list[Unit]:
    """Plain text: blank lines separate units; lines of a hard-wrapped paragraph are joined.

    A line starting with a bullet is a list item of its own, its bullet removed.
    """
    units: list[Unit] = []
    for group in _groups(text.split("\n")):
        run: list[str] = []
        for line in group:
            bm = BULLET.match(line)
            if bm and len(line) > bm.end():
                if run:
                    units.extend(Unit(t) for t in _join_wrapped(run))
                    run = []
                units.append(Unit(line[bm.end():], item=True))
            elif NUMBERED.match(line):
                if run:
                    units.extend(Unit(t) for t in _join_wrapped(run))
                    run = []
                units.append(Unit(line, item=True))  # the number is kept: it says the order
            else:
                run.append(line)
        if run:
            units.extend(Unit(t) for t in _join_wrapped(run))
    return units


def _groups(lines: list[str]) -> list[list[str]]:
    """Runs of non-blank lines (stripped, inner white space collapsed).

    A menu spaced out with runs of spaces ("Home  About  Contact") gets pipes between
    its items, so that it is judged as the menu it is.
    """
    groups: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if "  " in line and SPACED_MENU.match(line):
            line = " | ".join(line.split("  ")).replace("|  |", "|")
            line = " | ".join(part.strip() for part in line.split("|") if part.strip())
        line = " ".join(line.split())
        if line:
            current.append(line)
        elif current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


# A line of three or more short items (1-3 words) set apart by runs of two or more spaces.
SPACED_MENU = re.compile(r"^\s*[^\s.!?,;]+(?: [^\s.!?,;]+){0,2}(?:\s{2,}[^\s.!?,;]+(?: [^\s.!?,;]+){0,2}){2,}\s*$")
# A labelled date opening the page text with more text after it on the same line
# ("date 2022-09-14 The giant was said to ..."), as some stored copies of pages begin.
LEADING_DATE = re.compile(r"\A\s*((?:date|published|posted|updated)\s*:?\s*\d{4}-\d{2}-\d{2}"
                          r"(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?)[ \t]+(?=\S)", re.I)
# A number opening a plain-text list item: "1. ", "2) ".
NUMBERED = re.compile(r"^\d{1,2}[.)]\s+(?=\S)")
# A bullet opening a plain-text list item: •, ▪, ●, ·, -, *, – followed by a space.
BULLET = re.compile(r"^(?:[•▪●·◦‣∙]|[-–*](?=\s))\s*")
# Words that cannot end a line that ends a paragraph: the line continues on the next one.
CONTINUES = frozenset("a an the of to in on at for and or but with from by as that which who whose than into its their his her our your this these those is are was were be has have had will would can could".split())


def _join_wrapped(lines: list[str]) -> list[str]:
    """Join the lines of a run that belong to one paragraph; keep separate lines apart.

    A line continues onto the next one when the next starts in lower case, when it
    ends with a comma, hyphen or function word, or when the run is hard-wrapped
    (the next line's first word would not have fitted on this line).
    """
    if len(lines) == 1:
        return lines
    width = max(len(line) for line in lines)
    wrapped_breaks = 0
    if width >= 40 and len(lines) >= 3:
        for a, b in zip(lines, lines[1:]):
            if len(a) + 1 + len(b.split()[0]) > width and len(a) >= 0.6 * width:
                wrapped_breaks += 1
    wrapped = wrapped_breaks >= 2
    out: list[list[str]] = [[lines[0]]]
    for prev, line in zip(lines, lines[1:]):
        first = line.split()[0]
        last = prev.split()[-1].lower()
        hyphen = prev.endswith("-") and not prev.endswith(" -")
        joins = (
            (first[0].islower() and not any(c.isupper() for c in first[1:]) and not is_meta_line(line))
            or (len(prev) >= 30 and (prev.endswith((",", ";")) or hyphen or last in CONTINUES))
            or (wrapped and len(prev) + 1 + len(first) > width and len(prev) >= 0.6 * width)
        )
        if joins and not is_meta_line(prev):
            # A word broken at a hyphen is joined without a space ("e-" + "readers").
            out[-1].append(("\0" if hyphen else "") + line)
        else:
            out.append([line])
    return [" ".join(parts).replace(" \0", "") for parts in out]


def _markdown_units(text: str, removed: list[Removed]) -> list[Unit]:
    """Markdown: headings keep their level; links, images and emphasis reduced to text."""
    units: list[Unit] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            units.extend(Unit(t) for t in _join_wrapped(para))
            para.clear()

    lines = text.split("\n")
    for i, raw in enumerate(lines):
        if MD_FENCE.match(raw):
            flush()
            continue
        if MD_LINK_DEF.match(raw):
            continue
        line = MD_QUOTE.sub("", raw) if raw.lstrip().startswith(">") else raw
        hm = MD_HEADING.match(line.strip())
        if hm:
            flush()
            title = _md_inline(hm.group(2), removed)
            if title:
                units.append(Unit(title, heading=len(hm.group(1))))
            continue
        if MD_SETEXT.match(line) and para and len(para) == 1 and i > 0 and lines[i - 1].strip():
            title = para.pop()
            units.append(Unit(title, heading=1 if line.strip().startswith("=") else 2))
            continue
        if MD_RULE.match(line):
            flush()
            continue
        im = MD_ITEM.match(line)
        if im:
            flush()
            item = _md_inline(line[im.end():], removed)
            if item:
                units.append(Unit(item, item=True))
            continue
        stripped = _md_inline(line, removed)
        if stripped:
            para.append(stripped)
        else:
            flush()
    flush()
    return units


def _md_inline(text: str, removed: list[Removed]) -> str:
    for m in MD_IMAGE.finditer(text):
        removed.append(Removed(m.group(0), "image"))
    text = MD_IMAGE.sub("", text)
    text = MD_LINK.sub(r"\1", text)
    text = MD_CODE.sub(r"\1", text)
    text = MD_STRONG.sub(r"\2", text)
    text = MD_EM.sub(lambda m: m.group(1) or m.group(2) or "", text)
    text = MD_ESCAPE.sub(r"\1", text)
    return " ".join(text.split())


class _PageParser(HTMLParser):
    """Standard-library HTML to units: block elements -> paragraphs, h1-h6 -> headings.

    Scripts, styles, navigation, footers, sidebars and forms are dropped (recorded).
    """

    SKIP = {"script": "script or style code", "style": "script or style code", "noscript": "script or style code",
            "template": "script or style code", "svg": "image", "nav": "navigation menu", "footer": "page footer",
            "aside": "sidebar", "form": "form", "iframe": "embedded frame", "button": "button", "select": "form",
            "textarea": "form", "figcaption": "photo caption", "head": "", "dialog": "dialog box"}
    BLOCK = frozenset(("p", "div", "section", "article", "main", "header", "li", "ul", "ol", "dl", "dt", "dd",
                       "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead", "figure", "address",
                       "h1", "h2", "h3", "h4", "h5", "h6", "br", "hr", "body", "html", "center", "details", "summary"))
    VOID = frozenset(("br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed", "param", "track"))

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.units: list[Unit] = []
        self.removed: list[Removed] = []
        self.skip: list[str] = []
        self.skipped: list[str] = []
        self.buf: list[str] = []
        self.link_chars = 0
        self.in_link = 0
        self.heading = 0
        self.item = False

    def _flush(self) -> None:
        text = " ".join("".join(self.buf).split())
        if text:
            self.units.append(Unit(text, self.heading, min(1.0, self.link_chars / max(1, len(text))), self.item))
        self.buf = []
        self.link_chars = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip:
            if tag in self.SKIP and tag not in self.VOID:
                self.skip.append(tag)
            return
        if tag in self.SKIP:
            self._flush()
            self.skip.append(tag)
            self.skipped = []
            return
        if tag in self.BLOCK:
            self._flush()
            if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                self.heading = int(tag[1])
            elif tag == "li":
                self.item = True
        elif tag == "a":
            self.in_link += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self.skip and tag in self.BLOCK:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if self.skip:
            if tag in self.skip:
                while self.skip:
                    top = self.skip.pop()
                    if top == tag:
                        break
                if not self.skip:
                    text = _short(" ".join(self.skipped))
                    if text and self.SKIP[tag]:
                        self.removed.append(Removed(text, self.SKIP[tag]))
                    self.skipped = []
            return
        if tag in self.BLOCK:
            self._flush()
            if tag.startswith("h") and len(tag) == 2 and tag[1].isdigit():
                self.heading = 0
            elif tag == "li":
                self.item = False
        elif tag == "a" and self.in_link:
            self.in_link -= 1

    def handle_data(self, data: str) -> None:
        if self.skip:
            if data.strip():
                self.skipped.append(data.strip())
            return
        self.buf.append(data)
        if self.in_link:
            self.link_chars += len(data.strip())

    def close(self) -> None:
        super().close()
        self._flush()


def _html_units(text: str, removed: list[Removed]) -> list[Unit]:
    parser = _PageParser()
    try:
        parser.feed(text)
        parser.close()
    except Exception:  # noqa: BLE001 - html.parser may raise on broken markup; keep what was read
        parser._flush()
    removed.extend(parser.removed)
    return parser.units


# ---------------------------------------------------------------------------
# Judging units
# ---------------------------------------------------------------------------

def _tokens(text: str) -> list[str]:
    return TOKEN.findall(text)


def debris_reason(text: str) -> str | None:
    """Why ``text`` (one unit) is page debris by its own form, or None when it may be content."""
    words = text.split()
    n = len(words)
    if not any(ch.isalnum() for ch in text):
        return "separator line (no words)"
    for reason, pattern in LABELS:
        if n <= 8 and pattern.match(text):
            return reason
    if n <= 15:
        toks = [t.lower().strip(".:|") for t in words if t.strip("|·•/-")]
        rest = [t for t in toks if t not in SHARE_FILLER]
        if len(toks) >= 2 and rest and sum(t in SHARE_WORDS for t in rest) >= 0.8 * len(rest):
            return "share buttons"
        if len(toks) == 1 and toks[0] in SOCIAL_NETWORKS:
            return "share buttons"
        if BREADCRUMB.match(text) and not is_sentence(text):
            return "breadcrumb navigation"
        if PIPE_MENU.match(text) and all(len(part.split()) <= 4 for part in text.split(" | ")):
            return "navigation menu"
        if len(toks) >= 3 and sum(t in SECTION_WORDS for t in toks) >= 0.6 * len(toks) and not is_sentence(text):
            return "section menu"
    for reason, pattern, max_words in OPENINGS:
        if n <= max_words and pattern.match(text):
            if reason == "related-article link" and n >= 15 and is_sentence(text):
                continue  # "BREAKING: The minister resigned ...": a kicker glued to the lead, which stays
            return reason
    if n > 90:
        return None
    if n <= 40 and ("/" in text and AGENCY_CREDIT.search(text) or CREDIT_LIST_RE.search(text)):
        return "photo credit"
    words_in = set(text.lower().translate(TRIGGER_SPLIT).split())
    reader = reported = None
    for reason, pattern, max_words, needs_reader in PHRASES:
        if n > max_words or words_in.isdisjoint(TRIGGERS[reason]) or not pattern.search(text):
            continue
        if reported is None:
            reported = bool(REPORTED.search(_outside_quotes(text)))
        if reported:
            return None
        if needs_reader:
            if reader is None:
                reader = bool(READER.search(_outside_quotes(text)) or CALL_TO_ACT.search(text))
            if not reader:
                continue
        return reason
    return None


# A picture's credit closing a caption, agency and photographer: "(AP/Jeff Chiu)",
# "(AP Photo/Jeff Chiu)", "(Xinhua/Li Wen)".
AGENCY_CREDIT = re.compile(r"\([A-Z][\w .&-]{0,24}/[A-Z][^()/]{2,40}\)\s*$")
# Agencies credited for a picture, closing a caption or alone: "NASA, ESA, CSA, and STScI".
CREDIT_LIST_RE = re.compile(r"(?:^|[.!?]\s+)(?:[A-Z][A-Za-z]*[A-Z][A-Za-z]*,\s+){2,}(?:and\s+)?[A-Z][\w ]{1,40}$")
# A sentence boundary inside a unit: the unit holds more than one sentence.
INNER_STOP = re.compile(r"[.!?][\"'”’]?\s+[A-Z“\"]")
def _name_caption(words: list[str]) -> bool:
    """A caption naming a person by title: "Acme founder Jane Doe", "Finance Minister Jane Roe".

    Every word is capitalised, a title word or a small linking word, with at least one
    title word and two capitalised words: no verb, so not a headline or subheading.
    """
    titles = caps = 0
    for word in words:
        w = word.strip(",.'’()")
        if not w:
            return False
        lo = w.lower()
        if lo in PERSON_TITLES:
            titles += 1
        elif w[0].isupper() and w.replace("-", "").replace("'", "").replace("’", "").isalpha():
            caps += 1
        elif lo not in ("of", "the", "and", "at", "for", "&"):
            return False
    return titles >= 1 and caps >= 2


# Reported speech: page debris never attributes what it says to someone.
REPORTED = re.compile(r"\b(?:said|says|told|according to|reported|announced)\b")
# Quoted speech: a call to act inside a quotation is the speaker's, not the page's.
QUOTED = re.compile(r"[“\"][^”\"]{0,400}[”\"]")


def _outside_quotes(text: str) -> str:
    return QUOTED.sub(" ", text)


def _good(text: str) -> bool:
    """A real paragraph: long enough, sentence-like and with the stopwords of prose (a wire
    credit closing it aside: "... suspended from trading. -Bernama")."""
    text = CLOSING_CREDIT.sub("", text)
    toks = text.lower().split()
    n = len(toks)
    if n < 10:
        return False
    density = sum(map(STOPWORDS.__contains__, toks)) / n
    if density < 0.15:
        return False
    return is_sentence(text) or n >= 30 or bool(INNER_STOP.search(NUMBERED.sub("", text)))


def _content(text: str) -> set[str]:
    """Content-word stems of ``text`` (first five letters of each non-stopword)."""
    out = set()
    for tok in _tokens(text.lower()):
        tok = tok.strip("'’")
        if tok in STOPWORDS or (len(tok) < CONTENT_MIN and not any(c.isdigit() for c in tok)):
            continue
        if tok.endswith(("'s", "’s")):
            tok = tok[:-2]
        out.add(tok[:5])
    return out


def _develops(heading: str, following: str) -> bool:
    """True when the paragraph after a short line picks up its content words (a subheading)."""
    words = _content(heading)
    if not words:
        return False
    shared = words & _content(following)
    if not shared:
        return False
    toks = [t for t in _tokens(heading) if t.lower() not in STOPWORDS]
    title_case = len(toks) >= 4 and sum(t[0].isupper() for t in toks) >= 0.8 * len(toks)
    if title_case and len(shared) < len(words) / 3:
        return False
    # A paragraph that refers back ("The move ...", "It ...") continues the one before the
    # line: the line interrupted the story instead of opening a section.
    return not (CONTINUATION.match(following) and len(shared) <= 1)


def _classify(units: list[Unit], removed: list[Removed]) -> tuple[list[Block], int | None]:
    """Decide for every unit: paragraph, heading, or debris (recorded in ``removed``);
    and which block is the headline (None when the page has none).

    First each unit on its own (metadata line, debris by form, real paragraph), then
    by context: the comment section, lists of other headlines, the head (before the
    first real paragraph), the tail (after the last) and lone lines in the body.
    """
    n = len(units)
    reason: list[str | None] = [None] * n
    meta = [False] * n
    good = [False] * n
    for i, u in enumerate(units):
        if is_meta_line(u.text):
            meta[i] = True
            continue
        if u.links >= 0.6 and len(u.text.split()) <= 25 and not u.heading:
            reason[i] = "link list (navigation or related articles)"
            continue
        reason[i] = debris_reason(u.text)
        if reason[i] is None:
            good[i] = _good(u.text) and not u.heading
    texts = [u.text for u in units]
    for i, u in enumerate(units):
        if reason[i] is None and not meta[i] and _cut_copy(u.text, texts[:i] + texts[i + 1:]):
            reason[i], good[i] = "cut-off copy of another line (a feed's teaser)", False
    if not any(good):
        # A short text: any sentence of a few words counts as the article.
        for i, u in enumerate(units):
            if reason[i] is None and not meta[i] and not u.heading and is_sentence(u.text) and len(u.text.split()) >= 4:
                good[i] = True
    _mark_comments(units, reason, meta, good)
    _mark_lists(units, reason, meta, good)
    _mark_bios(units, reason, meta, good)
    goods = [i for i in range(n) if good[i]]
    headline: int | None = None
    if goods:  # with no real paragraph at all there is nothing to measure the edges against
        first, last = goods[0], goods[-1]
        lead = " ".join(units[i].text for i in goods[:3])
        headline = _mark_head(units, reason, meta, first, lead)
        _mark_tail(units, reason, meta, last)
        _mark_body(units, reason, meta, good, first, last)
    else:
        first, last = n, -1

    blocks: list[Block] = []
    headline_block: int | None = None
    for i, u in enumerate(units):
        if reason[i] is not None:
            removed.append(Removed(u.text, reason[i]))  # type: ignore[arg-type]
            continue
        if i == headline:
            headline_block = len(blocks)
        kind = "paragraph"
        if (first < i < last and not meta[i] and not good[i] and not u.item and title_like(u.text)
                and (u.heading or len(u.text.split()) <= 15)) or u.heading and not meta[i] and (i != headline or u.heading == 1):
            kind = "heading"
        blocks.append(Block(kind, u.text))  # type: ignore[arg-type]
    return blocks, headline_block


def _mark_comments(units: list[Unit], reason: list[str | None], meta: list[bool], good: list[bool]) -> None:
    """Reader comments: everything after a comment-section label that follows the article.

    The label must come after two real paragraphs, and either comment entries
    ("Reply", time stamps) follow it or the article before it is the longer part.
    """
    n = len(units)
    seen_good = 0
    tries = 0
    for i in range(n):
        if seen_good >= 2 and tries < 3 and len(units[i].text) <= 160 and COMMENT_SECTION.match(units[i].text):
            tries += 1
            after = sum(good[i + 1:])
            entries = any(len(u.text) <= 80 and COMMENT_ENTRY.search(u.text) for u in units[i + 1:])
            if entries or seen_good >= after:
                for j in range(i, n):
                    if reason[j] is None:
                        reason[j] = "comment section" if j == i else "reader comment"
                    meta[j] = good[j] = False
                return
        seen_good += good[i]


def _is_bio(text: str) -> bool:
    """An author bio: its first sentence names a person and their job or beat, the rest are about them."""
    if len(text.split()) > 60:
        return False
    parts = [text[a:b] for a, b in split_text(text)] or [text]
    if not BIO_SENTENCE.match(parts[0]):
        return False
    return all(BIO_SENTENCE.match(p) or BIO_MORE.match(p) for p in parts[1:])


def _mark_bios(units: list[Unit], reason: list[str | None], meta: list[bool], good: list[bool]) -> None:
    """Author bios at the foot: the last paragraphs, up to the story's last one, that are bios."""
    for i in range(len(units) - 1, -1, -1):
        if reason[i] is not None or meta[i]:
            continue
        if _is_bio(units[i].text):
            reason[i] = "author bio"
            good[i] = False
        elif good[i]:
            return


def _mark_lists(units: list[Unit], reason: list[str | None], meta: list[bool], good: list[bool]) -> None:
    """Lists of other headlines after a "Most Read"/"Related" label, up to the next real paragraph."""
    in_list = False
    first_good = next((j for j, g in enumerate(good) if g), len(units))
    for i in range(len(units)):
        if reason[i] in ("related-article links", "link list (navigation or related articles)"):
            in_list = True
            continue
        if in_list:
            if reason[i] is not None:
                continue  # a caption or label among the listed stories
            if meta[i] and DATE_ONLY.match(units[i].text):
                reason[i] = "related-article list"  # the date of a listed story
                meta[i] = False
                continue
            if good[i] or meta[i] or units[i].heading:
                in_list = False
                continue
            nxt = next((j for j in range(i + 1, min(len(units), i + 6)) if reason[j] is None), None)
            if i < first_good and nxt is not None and meta[nxt] and not DATE_ONLY.match(units[nxt].text):
                in_list = False  # right above the story's byline or date line: its own headline
                continue
            if reason[i] is None and not is_sentence(units[i].text) and len(units[i].text.split()) <= 25:
                reason[i] = "related-article list"
                continue
            in_list = False


def _mark_head(units: list[Unit], reason: list[str | None], meta: list[bool], first: int, lead: str) -> int | None:
    """Before the first real paragraph only the headline, deck and metadata lines stay.

    Returns the headline's index (None when the page has none).
    """
    n = len(units)
    for i in range(first):
        if reason[i] is None and not meta[i] and (bare_name(units[i].text) or byline_outlet(units[i].text)):
            near = [j for j in (i - 1, i + 1) if 0 <= j < n and reason[j] is None]
            if any(meta[j] for j in near):
                meta[i] = True  # a bare author or outlet name next to a date line
    headline = _pick_headline(units, reason, meta, first, lead)
    top = next((i for i in range(n) if reason[i] is None), n)
    for i in range(first):
        if reason[i] is not None or meta[i] or i == headline:
            continue
        text = units[i].text
        words = len(text.split())
        if is_sentence(text) and (words >= 6 or (words >= 3 and i + 1 == first)):
            continue  # a deck or a short lead
        after_meta = any(meta[j] for j in range((headline if headline is not None else -1) + 1, i))
        if (headline is None or i > headline) and _deck_like(text) and (not after_meta or words >= 12):
            continue  # a standfirst without a full stop
        if all(t.lower().strip(".,|") in SECTION_WORDS for t in text.split()):
            reason[i] = "section menu"
        elif headline is None or i < headline:
            reason[i] = ("site name or page furniture before the headline" if i == top
                         else "caption or page furniture before the headline")
        else:
            reason[i] = "photo caption or label after the headline"
    return headline


def _mark_tail(units: list[Unit], reason: list[str | None], meta: list[bool], last: int) -> None:
    """After the last real paragraph only short sentences that follow it directly stay."""
    contiguous = True
    for i in range(last + 1, len(units)):
        if reason[i] is not None:
            contiguous = False
            continue
        if meta[i]:
            continue
        text = units[i].text
        if contiguous and is_sentence(text) and len(text.split()) >= 3 and not units[i].heading:
            continue
        contiguous = False
        reason[i] = "lone line after the article" if len(text.split()) <= 12 else "page furniture after the article"


def _mark_body(units: list[Unit], reason: list[str | None], meta: list[bool], good: list[bool],
               first: int, last: int) -> None:
    """Between real paragraphs, a lone short line is a subheading only if the next paragraph develops it."""
    n = len(units)
    for i in range(first + 1, last):
        if reason[i] is not None or meta[i] or good[i]:
            continue
        u = units[i]
        if (is_sentence(u.text) or u.item) and not u.heading:
            continue
        words = len(u.text.split())
        if words > 15 and not u.heading:
            continue
        if 2 <= words <= 8 and _name_caption(u.text.split()):
            reason[i] = "photo caption (a name and a title)"
            continue
        if not u.heading and words <= 5 and any(0 <= j < n and meta[j] and reason[j] is None for j in (i - 1, i + 1)):
            reason[i] = "site or desk name beside a date line or byline"
            continue
        nxt = next((j for j in range(i + 1, min(n, i + 12)) if reason[j] is None and not meta[j]), None)
        follows = units[nxt].text if nxt is not None and (good[nxt] or is_sentence(units[nxt].text)) else None
        if follows is None:
            if not u.heading:
                reason[i] = "lone short line (related-article headline)"
            continue
        if u.heading or words <= 3 or _develops(u.text, follows):
            continue
        if nxt == i + 1 and good[nxt] and _subheading_shape(u.text) and not CONTINUATION.match(follows):
            continue  # a short sentence-case label right above a paragraph opens a section
        reason[i] = "related-article headline"


def _subheading_shape(text: str) -> bool:
    """A subheading's shape: 2-7 words in sentence case, no colon, pipe or quotation, no full stop.

    Headlines of other stories listed in the body are longer, in Title Case, or
    carry a label ("Explained: ...").
    """
    toks = text.split()
    if not 2 <= len(toks) <= 7 or any(c in text for c in ":|“”\"") or is_sentence(text):
        return False
    if not toks[0][:1].isupper():
        return False
    rest = [t for t in toks[1:] if t.lower() not in STOPWORDS]
    return bool(rest) and sum(t[:1].isupper() for t in rest) <= len(rest) // 2


def _pick_headline(units: list[Unit], reason: list[str | None], meta: list[bool], first: int,
                   lead: str) -> int | None:
    """Index of the headline among the units before the first real paragraph, or None.

    A markup <h1>/# heading wins. Otherwise each title-like line (not a list item) is
    scored by what headlines have and captions, site names, menus and teasers for
    other stories lack: four words or more (a long line only when summary bullets
    follow it, else it is a deck), function
    words (a headline is a clause), lower-case words (not a name or a label in Title
    Case), being followed by the article's start (a deck, a byline or date line, or the
    lead), not being a call to the reader, and words the lead takes up (``lead``: the
    first real paragraphs; a line the lead ignores is a teaser for another story or a
    site's tagline). The first line scoring 4 or more wins (a deck or caption
    may come after it); otherwise the best line scoring 3 or more; otherwise the page
    has no headline.
    """
    end = min(first, len(units))
    candidates = [i for i in range(end) if reason[i] is None and not meta[i] and not units[i].item
                  and title_like(units[i].text)]
    if not candidates:
        return None
    for i in candidates:
        if units[i].heading == 1:
            return i
    best: tuple[int, int] | None = None
    taken = set(content_words(lead))
    for i in candidates:
        toks = units[i].text.split()
        n = len(toks)
        if _repeats(toks):
            continue  # a tag cloud naming people twice
        score = 2 if n >= 4 else 1 if n == 3 else 0
        if n > HEADLINE_MAX_WORDS and not (i + 1 < len(units) and units[i + 1].item):
            continue  # long for a headline: a deck, unless summary bullets follow it
        words = set(content_words(units[i].text))
        share = len(words & taken) / len(words) if words else 0.0
        # A headline's words come back in the lead; a teaser for another story's do not.
        if taken and share < 0.25 and len(words) >= 2:
            score -= 2
        if any(t.lower() in STOPWORDS for t in toks[1:]):
            score += 1
        if any(t[:1].islower() for t in toks[1:] if t.lower() not in STOPWORDS):
            score += 1
        nxt = next((j for j in range(i + 1, min(len(units), i + 12)) if reason[j] is None), None)
        if nxt is not None and (nxt >= end or meta[nxt] or _deck_like(units[nxt].text)):
            score += 1
        if CALL_TO_ACT.match(units[i].text):
            score -= 2  # "Get our app", "Watch the video": addressed to the reader
        if i + 1 < len(units) and reason[i + 1] in MENU_REASONS:
            score -= 2  # a site's tagline sits above its menu; a headline does not
        if n < 2:
            continue
        if score >= 4:
            return i  # the first clear headline; a deck or caption may follow it
        if best is None or score > best[0]:
            best = (score, i)
    # A short label ("Watch Live", "Trending: Elections") is no headline: nothing scores enough.
    return best[1] if best and best[0] >= 3 else None


def _cut_copy(text: str, others: list[str]) -> bool:
    """``text`` is cut off ("…") and its last words run on in another line: a teaser copy of
    that line ("Start United States USA — mix In ancient cities … Morocco’s quake...")."""
    if not text.rstrip().endswith(("…", "...")):
        return False
    tail = " ".join(text.rstrip(" .…").split()[-5:])
    return len(tail.split()) >= 4 and any(tail in o and not o.rstrip().endswith(("…", "..."))
                                          and len(o) > len(o.split(tail)[0]) + len(tail) for o in others)


def _repeats(toks: list[str]) -> bool:
    """The same run of three words comes twice: a list of tags, not a sentence."""
    runs = [tuple(w.lower() for w in toks[k : k + 3]) for k in range(len(toks) - 2)]
    return len(runs) != len(set(runs))


def _deck_like(text: str) -> bool:
    """A standfirst: a sentence, or a long title-like line with function words."""
    toks = text.split()
    if is_sentence(text) and len(toks) >= 6:
        return True
    return len(toks) >= 8 and sum(t.lower() in STOPWORDS for t in toks) >= 2
