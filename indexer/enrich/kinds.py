"""Paragraph kinds (multi-valued): decision, declaration, question, answer, commitment, vote, procedural,
attendance, and discussion for a paragraph with none of the others. docs/format.md lists the rules."""

from __future__ import annotations

import re

from indexer.cues import AnyOf, Cued
from indexer.dates import MONTHS
from indexer.enrich.commitments import ROLE_ACTS
from indexer.enrich.speakers import ANSWERING, ASKING, PROPOSING, Speech

KINDS = ("decision", "declaration", "question", "answer", "commitment", "vote", "procedural", "attendance",
         "discussion")

_DECISION = AnyOf(
    Cued(re.compile(
        r"^\s*(?:\(?[a-z0-9]{1,3}[.)]\s*|\d{1,3}(?:\.\d{1,3})+\.?\s+)?"  # "(b)", "5.5 RECOMMENDED"
        r"(?:it\s+was\s+)?(?:unanimously\s+)?(?:AGREED|RESOLVED|ORDERED|DECIDED|NOTED|"
        r"RECOMMENDED|"
        r"(?:Agreed|Resolved|Noted|Decided|Ordered)(?:\s*[-–:,.]|\s+(?:that|to|unanimously|as follows)\b|\s*$)"
        r"|(?:DECISIONS?|Decisions?)\s*[-–:])"
        r"|(?-i:\b(?:AGREED|RESOLVED|ORDERED|DECIDED|RECOMMENDED)\b|(?<=\s)NOTED\b)"
        r"(?!\s+(?:[a-z]+\s+){0,3}(?:at|on|in|by)\s+(?:the|a)\s+(?:meeting|minute))"
        r"|\bit\s+was\s+(?:\w+\s+)?(?:agreed|resolved|decided|determined|recommended)\b"
        # its own, not "the County Council"; not a condition ("if the Forum did not agree, …")
        r"|(?<!\bif\s)(?<!\bwhether\s)(?<!\bunless\s)\b(?:Members|the\s+(?:(?:Parish|Town|Community|Full|Joint)\s+)?"
        r"(?:Panel|Board|Committee|Council|Cabinet|Sub-Committee|Authority|Forum)"
        # a body named in full or by its letters: "the Integration Joint Board", "the IJB" (not "the County Council")
        r"|the\s+(?-i:(?:[A-Z][\w'’-]*\s+(?:and\s+|&\s+)?){1,4}(?:Panel|Board|Committee|Sub-Committee|Forum|Partnership)"
        r"|[A-Z]{2,6}))\s+"
        r"(?:\w+\s+)?(?:(?:agreed|resolved|approved|endorsed|decided|noted)\s+(?:that|to)\b"
        r"|(?:agreed|resolved|decided)\s*(?::-?|[-–])(?:\s|$)"  # Scotland: "the Committee agreed:-"
        r"|(?:noted|approved|endorsed|agreed|accepted)\s+the\b|approved\s+(?:all|both)\b"
        r"|(?:did\s+not|declined\s+to|refused\s+to)\s+(?:agree|approve|endorse|accept|support)\b)"  # "did NOT AGREE"
        r"|\b(?:agreed|resolved|decided)\s+(?:the\s+following|as\s+follows)\s*:"  # "... and agreed the following:"
        # Scotland's "Decision" / "Council agreed to …": the body without "the", opening the sentence
        r"|(?:^|(?<=[.!?:]\s)|(?<=\bDecision\s))(?-i:Council|Cabinet|Committee|Board|Panel|Sub-Committee)\s+"
        r"(?:unanimously\s+)?(?:agreed|resolved|approved|decided|endorsed|noted)\b",
        re.I | re.M,
    ), "agree resolved ordered decided noted determined approve endorse decision recommended accept support"),
    Cued(re.compile(
        r"\b(?:motion|amendment|recommendations?|proposal)\s+(?:was|were|is)\s+(?:\w+\s+)?(?:carried|approved|"
        r"agreed|adopted|lost|defeated|passed|accepted|rejected|endorsed)\b"
        r"|\bmotion\s+(?:carried|lost|fell|defeated)\b",
        re.I,
    ), "motion amendment recommendation proposal"),
    Cued(re.compile(  # "The motion was put to the vote and CARRIED unanimously."
        r"\bput\s+to\s+(?:the|a)\s+vote\s+and\s+(?:was\s+)?(?:\w+\s+)?(?:carried|lost|defeated|agreed|approved|"
        r"passed|fell|rejected)\b",
        re.I,
    ), "vote"),
    Cued(re.compile(  # "The Mayor declared the amendment lost.", "… put to the meeting and declared carried"
        r"\bdeclared\s+(?:the\s+(?:motion|amendment|proposal|recommendations?|resolution)\s+(?:to\s+be\s+|as\s+)?)?"
        r"(?:to\s+be\s+)?(?:carried|lost|defeated|fallen|passed|adopted)\b"
        # "The Mayor declared that, the qualified majority … not having been reached, the decision … had fallen"
        r"|\bdeclared\s+that\b[^.]{0,200}?\b(?:had|has|was|were)\s+(?:been\s+)?(?:carried|lost|defeated|fallen)\b",
        re.I,
    ), "declared"),
    Cued(re.compile(  # a hearing's outcome: "The Chair announced the decision of the Sub-Committee"
        r"\bannounced\s+(?:the\s+)?(?:\w+\s+)?(?:decision|determination)\b"
        r"|\bthe\s+(?:Sub-Committee|Committee|Panel)['’]s\s+(?:decision|determination)\s+(?:was|is)\b",
        re.I,
    ), "announced decision determination"),
    Cued(re.compile(
        r"^\s*(?:CARRIED|LOST|Carried|Lost)\b"
        r"|\b(?:proposed|seconded|moved)\b[^.]{0,120}?[;,]\s*(?:and\s+)?(?:was\s+)?(?:carried|lost|defeated)\b",
        re.I | re.M,
    ), "carried lost defeated"),
    Cued(re.compile(  # a clerk's note of who moved what was carried: "Quote accepted. Prop Rhodri, sec Bryn.",
        # "Proposed Cllr Sowerby, seconded Cllr Quarrie" (not "proposed by X": a motion whose fate may follow)
        r"\bprop(?:osed)?\.?\s*:?\s+(?!by\b)(?-i:[A-Z])[^.;]{0,60}?[,;.]?\s+(?:and\s+)?"
        r"sec(?:onded)?\.?\s*:?\s+(?!by\b)(?-i:[A-Z])",
        re.I,
    ), "prop"),
    Cued(re.compile(
        r"\b(?:approved|accepted|agreed|signed|confirmed|adopted)\b[^.;]{0,60}?\bas\s+(?:a|an|the)\s+(?:correct|true|"
        r"accurate|fair)\s+record\b",
        re.I,
    ), "record"),
    Cued(re.compile(  # "The minutes of the meeting held on 14 January were agreed.", also after its mover: "On the
        # proposal of Cllr Tierney, seconded by Cllr Furlong, the minutes ... were confirmed."
        r"(?:^\s*|\bseconded\s+by\s[^.;]{2,60}?,\s*)the\s+minutes\b[^.;]{0,80}?\b(?:were|was)\s+(?:\w+\s+)?"
        r"(?:agreed|approved|confirmed|accepted|adopted)\b"
        # a clerk's shorthand: "Minutes of 12/6/24 agreed and signed."
        r"|^\s*minutes\b[^.;]{0,60}?\s(?:agreed|approved|confirmed|accepted|adopted)(?:\s+and\s+signed)?\s*(?:[.;]|$)",
        re.I,
    ), "minutes"),
    Cued(re.compile(  # a parish's answer to a planning consultation: "council OBJECTS: …", "NO OBJECTION"
        r"(?-i:\b(?:OBJECTS?|NO\s+OBJECTIONS?|SUPPORTS)\b)"), "objection objects supports"),
    Cued(re.compile(
        r"\b(?:permission|consent|application)\s+(?:be|was|is|to\s+be)\s+(?:\w+\s+)?(?:granted|refused|approved|"
        r"deferred|permitted)\b",
        re.I,
    ), "permission consent application"),
    # A parish's "No objection" or "the Council objected", but not in a sentence that reports someone's words or
    # another body's view ("Ms Achebe said the Highway Authority raised no objection").
    Cued(re.compile(
        r"(?:^|(?<=[.!?:]\s))(?![^.!?]*\b(?:said|says|reported|advised|explained|stated|confirmed|informed|reminded|"
        r"told|noted\s+that)\b)"
        r"(?:(?!\b(?:Authority|Agency|England|consultees?|Highways?|Trust|Police|officers?)\s+(?:had\s+|has\s+)?raised\b)"
        r"[^.!?])*?"
        r"(?:(?<!had raised )(?<!has raised )(?<!have raised )\bno\s+objections?\b"
        r"|\b(?:Members|the\s+(?:Parish\s+|Town\s+|Community\s+)?Council)\s+(?:unanimously\s+)?objected\b)",
        re.I,
    ), "objection objected"),
)
_DECLARATION = Cued(re.compile(
    r"\bdeclar\w*\s+(?:an?\s+|their\s+|his\s+|her\s+|the\s+following\s+|any\s+)?(?:[\w-]+\s+){0,4}interests?\b"
    r"|\binterests?\s+(?:was|were|had\s+been)\s+declared|\bdeclarations?\s+of\s+(?:\w+\s+)?interests?"
    r"|\b(?:disclosable\s+)?(?:non[- ])?pecuniary\s+interest|\bprejudicial\s+interest|\bregisterable\s+interest"
    r"|\bpersonal\s+interest|\bother\s+registrable\s+interest|\bconflicts?\s+of\s+interest|\bdispensation"
    r"|\bdeclared\s+that\s+(?:he|she|they)\s+(?:is|was|are|were|has|had)\s+(?:a|an|the)\b",  # "... a governor of"
    re.I,
), "interest dispensation declared")
_INTEREST_KIND = re.compile(
    r"\b((?:disclosable\s+)?(?:non[- ])?pecuniary|prejudicial|(?:non[- ])?registera?ble|personal|"
    r"other\s+registrable|non-registrable|significant|other|disclosable)\s+interest",
    re.I,
)
_QUESTION = Cued(re.compile(
    r"\b(?:it\s+was|was|were)\s+(?:\w+\s+)?(?:queried|asked|questioned|enquired|inquired)\s+(?:whether|if|"
    r"what|why|how|when|who|where|about|for|as\s+to)\b"
    r"|\b(?:a|one|the)\s+(?:further\s+)?(?:query|question)\s+(?:was|had\s+been)\s+(?:raised|asked|put|received)"
    r"|\b(?:members|councillors|residents|the\s+public)\s+(?:\w+\s+)?(?:queries|queried|asked)\b"
    r"|\bthe\s+(?:Committee|Sub-Committee|Panel|Board|Forum|Cabinet)\s+(?:\w+\s+)?(?:queried|asked|enquired)\s+"
    r"(?:whether|if|what|why|how|when|who|where|about)\b"
    r"|\bin\s+response\s+to\s+(?:a|an|the)\s+(?:further\s+)?(?:query|question)"
    r"|\bclarification\s+was\s+sought\b|\bsought\s+clarification\b"
    r"|\b(?:Q\d*|Question(?:\s+\d+)?|Supplementary(?:\s+question)?)\s*(?:\([^()]{1,60}\)\s*)?[:.\-–—]\s"
    r"|^\W*Question\s+(?:no\.?\s*)?\d{0,3}\s*(?:from|by)\s+[^:]{2,160}:\s",  # "Question 2 from Cllr X to Y: …"
    re.I,
), "q asked clarification supplementary")
_ANSWER = AnyOf(
    Cued(re.compile(r"\b(?:in\s+(?:response|reply|answer)|responding|the\s+response\s+was|(?:it\s+was|was)\s+"
                    r"(?:\w+\s+)?(?:responded|replied|answered))\b", re.I), "respon repl answer"),
    # "Answer:", "Response (Cllr Ruddle):", the written answers to members' questions
    # "Response from Councillor Kaur, Cabinet Member for Housing: ...", "Written response (Cllr Hurrell): ..."
    Cued(re.compile(r"^\s*(?:A\d*|(?:Written\s+)?(?:Answer|Response|Reply))\s*(?:\([^()]{1,60}\)\s*"
                    r"|\s(?:from|by)\s[^:]{2,100})?[:.\-–—]\s", re.I)),
)
_INFORMING = re.compile(r"\b(?:advised|explained|confirmed|informed|stated|clarified|indicated|assured|"
                        r"told|noted\s+that|reported|responded|replied|outlined)\b", re.I)
# A meeting to come, by when or by name ("the next meeting", "the April meeting"), and the bodies it is owed to.
_AHEAD = r"(?:next|future|subsequent|later|following|" + "|".join(
    month for month in MONTHS if len(month) > 3 and month != "sept") + ")"
_BODY = r"(?:Panel|Board|Committee|Sub-Committee|Members|members|Councillors|councillors|Council|Cabinet|Forum)"
_UNDERTAKING = Cued(re.compile(
    r"\b(?:undertook|gave\s+an\s+undertaking|assured\s+(?:\w+\s+){1,2}?)\s+that\b[^.;]{3,120}?\b(?:would|will)\b"
    # what a body had agreed or offered is its decision, reported ("the District Council had offered to transfer")
    r"|(?<!Council had )(?<!Committee had )(?<!Board had )(?<!Cabinet had )(?<!Authority had )"
    r"\b(?:agreed|undertook|undertakes|offered|promised|committed|volunteered|was\s+asked|were\s+asked|"
    r"be\s+asked|(?:Officers?|Clerk|Director|Chair|Manager|Head|Secretary|RFO|Chief\s+Executive))\s+to\s+"
    r"(?:(?:also|then|further|kindly)\s+)?(?!note|vary|consider|discuss|agree|comment|approve|endorse|accept|adopt|"
    r"receive|suspend|waive|extend|defer|support|recommend|object|introduce|speak|address|raise\s+no\b|the\b|a\b|"
    r"this\b|be\s+noted)"
    r"(?-i:[a-z]{3,}|[A-Z]{3,})"  # a verb ("the Clerk to write", "CLERK TO CHASE"), not "the Clerk to Ferncombe"
    r"|\breport\s+back\b|\bcome\s+back\s+to\s+the\b|\bbe\s+brought\s+back\b|\bfeed\s*back\s+to\b"
    rf"|\bbe\s+invited\s+to\s+(?:attend\s+)?(?:a|the)\s+(?:\w+['’]s\s+)?{_AHEAD}\b"
    r"|\b(?:to|would|will|should)\s+be\s+(?:\w+\s+)?(?:placed|included|added)\s+on\s+(?:the|a|its)\s+(?:\w+\s+)?"
    r"(?:agenda|work\s*programme|forward\s+plan)\b"
    r"|^\s*action\s*(?:by|point|:)|\baction\s*:\s*\w",
    re.I | re.M,
), "agreed undertook undertakes undertaking assured offered promised committed volunteered asked officer clerk "
   "director chair manager head secretary rfo chief back invited agenda programme plan action")
# "That figures ... be provided to the Committee's March meeting", "a progress report be brought to Cabinet in
# October": something to be delivered to a body or a meeting to come; "The Committee requested figures on
# out-of-borough placements for its March meeting".
_DELIVERY = Cued(re.compile(
    r"\bbe\s+(?:provided|brought|presented|submitted|circulated|reported|sent|made\s+available)\s+to\s+"
    rf"(?:(?:the|a|its|all)\s+)?(?:\w+['’]s\s+)?(?:{_AHEAD}\s+meeting|{_BODY})\b"
    rf"|\b(?:requested|asked\s+for)\s+(?:[\w'’-]+\s+){{1,10}}?(?:for|at|to)\s+(?:the|its|a)\s+{_AHEAD}\s+meeting\b",
    re.I,
), "provided brought presented submitted circulated reported sent available requested asked")
# Asking someone to act, not the chair's "I will ask the Clerk to introduce the report".
_ASK = (r"ask(?!\s+(?:[\w'’]+\s+){1,4}to\s+(?:introduce|present|speak|move|second|address|open|outline|summarise|"
        r"take|join|leave)\b)")
# Reported speech and answers in the first person: "He would write to the residents", "I will ask officers to".
_IN_PERSON = Cued(re.compile(
    r"\b(?:he|she|they|I|we)\s+(?:would|will)\s+(?:\w+ly\s+)?(?:write|circulate|provide|send|arrange|"
    r"look\s+into|investigate|contact|follow\s+up|share|liaise|chase|report|update|confirm|respond|reply|bring|"
    rf"email|e-mail|meet|publish|produce|check|explore|review|prepare|organise|{_ASK})\b",
    re.I,
), "would will")
_FUTURE_ACT = re.compile(
    r"\b(?:would|will|shall|could)\s+(?:(?:also|then|further|now|kindly|be|\w+ly)\s+){0,3}"
    r"(?:provide|provided|circulate|circulated|bring|brought|report|reported|prepare|prepared|present|presented|"
    r"arrange|arranged|look\s+into|investigate|investigated|write|written|contact|contacted|follow\s+up|"
    r"followed\s+up|share|shared|send|sent|liaise|check|checked|explore|explored|forward|forwarded|ascertain|"
    r"chase|chased|organise|organised|schedule|scheduled|circulate|submit|submitted|obtain|obtained|seek|"
    r"sought|draft|drafted|update|email|e-mail|return|confirm|confirmed|respond|reply|pursue|"
    r"raised?(?!\s+(?:an?\s+)?(?:additional\s+|extra\s+)?[£$€\d])|"  # not "would raise an additional £1.4m"
    r"pursued|publish|published|produce|produced|brief|briefed|inform|informed|advise|advised|escalate|"
    rf"escalated|invite|invited|{_ASK}|asked)\b",
    re.I,
)
# A future act is a commitment when it is owed to someone or something concrete is to be delivered.
_OWED = re.compile(
    r"\b(?:to|with|for)\s+(?:the\s+)?(?:Panel|Board|Committee|Sub-Committee|Members|members|Councillors|"
    r"councillors|Council|Cabinet|Forum|all\s+(?:Members|members|Councillors))\b"
    rf"|\b{_AHEAD}\s+meeting\b|\bin\s+due\s+course\b|\bin\s+the\s+future\b"
    r"|\bafter\s+the\s+meeting\b|\bby\s+(?:the\s+end\s+of\s+)?(?:\d|January|February|March|April|May|June|"
    r"July|August|September|October|November|December|next|the\s+next)"
    r"|\b(?:report|information|details|figures|data|update|briefing|breakdown|note|response|answer|paper|"
    r"copy|copies|list|clarification|feedback|presentation|letter)s?\s+(?:\w+\s+){0,6}?(?:would|will|could|to)\s+"
    r"(?:\w+\s+)?be\b"
    r"|\b(?:Officers?|Clerk|Director|Manager|Head|Chair)\b[^.]{0,40}\b(?:would|will)\b",
)
_DIGITS = "0 1 2 3 4 5 6 7 8 9"
_VOTE = AnyOf(  # "for" is in most paragraphs: the counted forms run only where a digit is too
    # "5 for, 2 against", "6 in favour" (not "262 for the year")
    Cued(re.compile(r"(?<![£$€.,\d])\b\d{1,3}\s+(?:votes?\s+)?(?:for(?=\s*(?:[,;.:()]|and\b|with\b|to\b|$|the\s+"
                    r"(?:motion|amendment|proposal|recommendation)))|in\s+favour\b)"
                    r"|\b(?:for|in\s+favour)\s*[:\-–]\s*\d+"
                    r"|\bagainst\s*[:\-–]\s*\d+|\bby\s+\d+\s+votes?\s+to\s+\d+|\b\d+\s+abstentions?\b"
                    # "Voting: For 5, Against 1", "For (8): Councillors ...", "Abstain (0)"
                    r"|\b(?:for|against|abstain\w*)\s*(?:\(\d{1,3}\)|\d{1,3}(?![\d.,]\d))\s*(?:[,:;(]|$)", re.I | re.M),
         "for favour against vote abstain", _DIGITS),
    Cued(re.compile(r"\b(?:for|against|abstentions?|abstained|abstaining)\s*:\s*(?:Councillors?|Cllrs?)", re.I),
         ":", "councillor cllr"),
    Cued(re.compile(r"\bunanimous(?:ly)?\b|\bput\s+to\s+(?:the|a)\s+vote\b|\brecorded\s+vote\b|\bnamed\s+vote\b"
                    r"|\bshow\s+of\s+hands\b|\ball\s+in\s+favour\b|\bnem(?:ine)?\.?\s+con\b"
                    r"|\bvoted\s+(?:for|against|in\s+favour|to)\b|\bcasting\s+vote\b|\bon\s+being\s+put\b"
                    r"|\bvote\s+was\s+taken\b|\bthe\s+voting\s+was\b|\broll[- ]call\s+vote\b|\bthere\s+voted\b"
                    r"|\b(?:for|against)\s+the\s+(?:motion|amendment)\s*\(\d{1,3}\)", re.I),
         "unanimous vote favour hands nem casting put voting motion amendment"),
)
_PROCEDURAL = AnyOf(
    Cued(re.compile(r"\border\s+of\s+(?:business|the\s+agenda)|\bvary\s+the\s+order\b", re.I), "order"),
    Cued(re.compile(r"\btook\s+the\s+chair\b|\bin\s+the\s+chair\b"
                    r"|\belected\s+(?:as\s+)?(?:the\s+)?(?:vice[- ]?)?chair"
                    r"|\b(?:appointed|elected)\s+(?:as\s+)?(?:vice[- ]?)?chair|\bsigned\s+by\s+the\s+chair", re.I),
         "chair"),
    Cued(re.compile(  # when the next meeting is, not "to be considered at the next meeting"
        r"\bdate\s+of\s+(?:the\s+)?next\b|^\W*(?:the\s+)?next\s+meeting\b"
        r"|\bnext\s+meeting\b[^.;]{0,60}?\b(?:held|scheduled|arranged|take\s+place|fixed|convened)\b"
        r"|\bnext\s+meeting\b[^.;]{0,30}?\b(?:on|at)\s+(?:\w+day\b|\d)", re.I | re.M), "next"),
    Cued(re.compile(r"\bexclu(?:de|sion\s+of)\s+(?:the\s+)?(?:press|public)"
                    r"|\b(?:press|public)\s+(?:and\s+(?:the\s+)?(?:press|public)\s+)?(?:be|were|was|are)\s+excluded\b",
                    re.I),
         "exclu"),
    Cued(re.compile(r"\badjourn", re.I), "adjourn"),
    Cued(re.compile(r"\bmeeting\s+(?:closed|ended|finished|concluded|opened|commenced|started|reconvened|resumed)\b"
                    r"|\bclosed\s+the\s+meeting\b|\bminutes\s+of\s+the\s+(?:previous|last)\s+meeting\b"
                    r"|\bdeclared\s+the\s+meeting\s+open", re.I), "meeting"),
    Cued(re.compile(r"\bas\s+(?:a|an)\s+(?:correct|true|accurate)\s+record\b", re.I), "record"),
    Cued(re.compile(r"^\s*no\s+(?:items?|business|other\s+business|urgent)\b", re.I | re.M), "item business urgent"),
    Cued(re.compile(r"\bprocedure\s+rules?\b|\bstanding\s+orders?\b|\bquorate\b|\bquorum\b", re.I),
         "procedure standing quor"),
    Cued(re.compile(r"\bwelcomed\s+(?:everyone|all|those\s+present|members)\b", re.I), "welcomed"),
)
_ATTENDANCE = Cued(re.compile(
    r"^\s*(?:present|apologies|also\s+present|in\s+attendance|absent)\b|\bapolog(?:y|ies)\s+(?:for\s+absence\s+)?"
    r"(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:received|submitted|given|noted)|\bno\s+apologies\b"
    r"|\b(?:was|were)\s+(?:also\s+)?(?:in\s+attendance|present\s+(?:at|for))\b|\b(?:arrived|left|joined)\s+"
    r"(?:the\s+meeting|at\s+\d)|\bleft\s+the\s+(?:room|chamber)\b|\binvited\s+to\s+attend\b|\battended\s+"
    r"(?:the\s+)?(?:meeting|board|panel|committee)\b|\bwelcomed\s+.{3,120}?\s+to\s+the\s+meeting\b"
    r"|\b(?:was|were)\s+absent\b|\bsubstitut(?:e|ing)\s+for\b",
    re.I | re.M,
), "present apolog absent attendance arrived left joined invited attended welcomed substitut")


def interest_kinds(text: str) -> list[str]:
    """The kinds of interest a declaration names ("non-pecuniary", "disclosable pecuniary")."""
    kinds = []
    for match in _INTEREST_KIND.finditer(text):
        kind = re.sub(r"\s+", " ", match.group(1).lower()).replace("non pecuniary", "non-pecuniary")
        if kind not in kinds:
            kinds.append(kind)
    return kinds


def is_commitment(sentence: str) -> bool:
    return bool(_UNDERTAKING.search(sentence) or _DELIVERY.search(sentence) or _IN_PERSON.search(sentence)
                or ROLE_ACTS.search(sentence) or (_FUTURE_ACT.search(sentence) and _OWED.search(sentence)))


def classify(text: str, sentences: list[str], speeches: list[list[Speech]], item_type: str) -> list[str]:
    """The kinds of one paragraph, from its text, its sentences with who spoke in each, and its item's type."""
    kinds: set[str] = set()
    if _DECISION.holds(text):
        kinds.add("decision")
    if _DECLARATION.search(text) or (item_type == "declarations" and re.search(r"\binterest", text, re.I)):
        kinds.add("declaration")
    vote = _VOTE.holds(text)
    asked_at = None
    for index, (sentence, said) in enumerate(zip(sentences, speeches, strict=True)):
        verbs = {speech.verb for speech in said}
        spoken = any(speech.verb == "said" and speech.position == 0 for speech in said)  # "Cllr Smith: Could we ...?"
        if not verbs.isdisjoint(ASKING) or _QUESTION.search(sentence) or (spoken and sentence.rstrip().endswith("?")):
            asked_at = index if asked_at is None else asked_at
            kinds.add("question")
        if not verbs.isdisjoint(ANSWERING) or _ANSWER.holds(sentence) or (
                asked_at is not None and index > asked_at and (_INFORMING.search(sentence) or said)):
            kinds.add("answer")
        if is_commitment(sentence):
            kinds.add("commitment")
        if not verbs.isdisjoint(PROPOSING):
            if re.search(r"\b(?:carried|agreed|resolved|lost)", text, re.I):
                kinds.add("decision")  # "Moved by X, seconded by Y, that the grant be approved. Carried unanimously."
            elif re.search(r"\bvote", text, re.I):
                kinds.add("vote" if vote else "decision")
    if vote:
        kinds.add("vote")
    if _PROCEDURAL.holds(text) or item_type in ("next-meeting", "procedural"):
        kinds.add("procedural")
    if _ATTENDANCE.search(text) or any(speech.verb == "attending" for said in speeches for speech in said) or (
            item_type == "apologies"):
        kinds.add("attendance")
    return [kind for kind in KINDS if kind in kinds] or ["discussion"]
