"""Seeded generator of synthetic local-council minutes, for benchmarks.

    python -m bench.generate OUT_DIR --paragraphs N [--seed 1] [--councils 3] [--check 30]

The corpus imitates what Minutes Search reads in the field: a folder per council (`--councils` principal
councils, each with three parish or town councils in its area, each in a folder of its own); mostly
plain-text minutes in the layouts councils type (borough, district, parish, town, scrutiny-panel minutes
and ModernGov pages saved as text), some with a `.meta.json` sidecar naming the council, and about 15%
ModernGov "Agenda and minutes" HTML pages. About 40 panels and about 550 councillors and officers over
2005-2025 (with the default three councils), each spelled one way in every attendance list.

The words come from hand-written templates and word lists modelled on the minutes in `corpus/` and
`tests/documents/`. Every choice from a list is Zipf-weighted (the first entries common, the last rare) and
the lists of invented place names, organisations and people are long, so word frequencies have a head of
common words and a long tail of rare ones: "common word" and "rare word" benchmark queries both mean something.
(The middle of the curve is thinner than in real text: template words make the head, names the tail.)

What the parser should read back from each file (council, panel, date, time, item numbers, paragraphs per
item) goes to `OUT_DIR/.manifest.jsonl` (hidden, so the indexer skips it); `--check N` parses N sampled
files with the project's parser and prints how far it agrees.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import html
import itertools
import json
import random
import re
import sys
import time
import zlib
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

T = TypeVar("T")

MANIFEST = ".manifest.jsonl"
FIRST_YEAR, LAST_YEAR = 2005, 2025
MIN_WORDS, MAX_WORDS = 15, 120
PARISHES_PER_COUNCIL = 3
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to",
               "with", "&"}


class Zipf(Generic[T]):
    """Draws from `items` with weight 1/(rank + offset)^exponent: the first entries common, the last rare."""

    __slots__ = ("cum", "items", "total")

    def __init__(self, items: Sequence[T], exponent: float = 1.0, offset: float = 1.0) -> None:
        if not items:
            raise ValueError("Zipf needs at least one item")
        self.items = tuple(items)
        self.cum = list(itertools.accumulate((rank + offset) ** -exponent for rank in range(len(self.items))))
        self.total = self.cum[-1]

    def pick(self, rng: random.Random) -> T:
        index = bisect.bisect_right(self.cum, rng.random() * self.total)
        return self.items[min(index, len(self.items) - 1)]

    def __len__(self) -> int:
        return len(self.items)


def words(text: str) -> tuple[str, ...]:
    """A list of single words written as one string: `words("a b c")`."""
    return tuple(text.split())


def phrases(text: str) -> tuple[str, ...]:
    """A list of phrases written as one string, `|` between them; line breaks inside one are spaces."""
    return tuple(" ".join(part.split()) for part in text.split("|") if part.strip())


# ---------------------------------------------------------------------------------------------------------
# Names: people, places, organisations
# ---------------------------------------------------------------------------------------------------------

REAL_SURNAMES = words("""
    Patel Smith Jones Ahmed Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson
    Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Jackson Wood Turner Martin Cooper Hill
    Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott Phillips Watson Davis Parker Price
    Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey Collins Bell Shaw Murphy Miller Cox
    Richards Khan Marshall Anderson Simpson Ellis Adams Singh Begum Wilkinson Foster Chapman Powell Webb Rogers
    Gray Mason Ali Hunt Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell
    Barker Fisher Stevens Jenkins Murray Dixon Harvey Graham Pearson Fletcher Walsh Kaur Gibson Howard Andrews
    Stewart Elliott Reynolds Saunders Payne Fox Ford Pearce Day Brooks West Lawrence Cole Atkinson Bradley
    Spencer Gill Dawson Ball Burton O'Brien Watts Rose Booth Perry Ryan Grant Wells Armstrong Francis Rees
    Hayes Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe Page Marsh Riley Dunn Woods Parsons Berry
    Stone Reid Holland Hawkins Harding Porter Robertson Newton Oliver Reed Kennedy Williamson Bird Gardner Shah
    Dean Lane Cooke Bates Henderson Parry Burgess Bishop Walton Burns Nicholson Shepherd Ross Cross Long
    Freeman Warren Nicholls Hamilton Byrne Sutton McDonald Yates Hodgson Robson Curtis Hopkins O'Connor Harper
    Coleman Watkins Moss McCarthy Chambers O'Neill Griffin Sharp Hardy Wheeler Potter Osborne Johnston Gordon
    Doyle Wallace George Jordan Hutchinson Rowe Burke Pritchard Gilbert Willis Higgins Read Miah Okafor
    Okonjo Adeyinka Mensah Osei Nair Chana Sandhu Malik Rahman Uddin Varma Kaye Hellaoui Nugent Mawston
    Davison Connolly Sheridan Underwood Whitehead Thorne Beaumont Quinn Tranter Fraser Naylor Vaughan Oduya
    Hollis Bowen Pugh Lister Fenwick Jennings Farrow Holloway Doherty McBride Lambert Sharma Mahmood Iqbal
    Kowalski Nowak Achebe Boateng Chowdhury Choudhury Kapoor Mistry Joshi Desai Okoro Adebayo Nwosu Zaman
""")
SURNAME_HEADS = words("""
    Ash Black Brad Brom Chad Cold Crom Dal Dun Els Fair Fern Gold Hal Hart Haw Hol Kings Lang Lin Lock Mar
    Mid Mor Nor Oak Pen Ram Rad Rock Rush Sal Shel Stan Stock Sum Thorn Tod Wal Wen West Whit Wor Yar Bur
""")
SURNAME_TAILS = words("by combe croft den field ford ham hurst ley low more ridge stone ton well wick wood worth bury "
                      "cott")
TOWN_HEADS = words("""
    Castle Bracken Wen Ash Hadle Staple Kirby Thorn Elm Fen Glen Hather Kings Lang Mar Nor Oak Pen Rother Sand
    Stan Whit Wolver Brook Chester Dun Fair Hol Mill Red Salt Sedge Wick Alder Bar Bland Cal Dray Ever Hawk
""")
TOWN_TAILS = words("mere field ford ham bury bridge ton wick borough dale minster caster ley worth stow")
VILLAGE_PREFIXES = words("Nether Upper Little Great Long East West North South Much Church Kings Lower Old")
# Invented place names (Ashingthorpe, Kelerworth, Brombury): onset + join + ending gives tens of thousands, the
# long tail of proper nouns that real minutes are full of (streets, villages, farms, schools, businesses).
NAME_ONSETS = words("""
    Ab Ack Ald Alm Amb Ap Ark Arn Ask Ax Bab Bag Bal Bas Bat Baw Bed Bel Ben Bew Bick Bil Bin Bir Bish Bland
    Bol Bot Bram Bran Brat Brid Brig Brin Brough Buck Bud Bul Cad Cam Can Car Cas Cat Chap Char Chat Ched Chel
    Cher Chil Chip Chis Clan Clay Cleve Cliff Clop Cob Cod Col Con Cop Cor Cot Cow Crad Cran Crick Crow Cud Cul
    Dan Dar Dat Deb Den Der Dil Dit Dod Don Dor Drif Dur Ead Eas Ed Eg El Emb Ep Er Esh Ev Ex Fal Far Faw Fel
    Fil Fin Flam Flax Fol For Fox Fram Fres Ful Gal Gar Gat Gil Glas Gos Grat Graw Grim Gun Had Ham Han Har Has
    Hat Hay Hed Hel Hem Hen Her Hes Hey Hig Hil Hin Hom Hor Hun Hur Ick Il Ing Ip Ir Kel Ken Ker Kes Ket Kil Kim
    Kin Kirk Knap Lac Lam Lan Lax Led Lem Lev Lid Lit Lod Lox Lud Lyd Lym Mal Man Mat Mel Men Mer Mick Mil Min
    Mob Mon Mot Moul Nap Nas Neth Newb Not Ock Od Old Orm Ot Ov Pad Pag Pat Pel Per Pick Pil Pin Pol Pres Pud
    Pul Quar Rav Red Ren Rib Rid Rip Rod Rom Ros Rot Row Rud Ryd Sand Sax Scar Sel Shap Sher Shil Shot Sil Skel
    Slap Snet Sow Spal Stav Stog Stow Sud Sul Sut Swan Swin Syd Tad Tal Tam Tat Ted Thax Thur Til Tol Tot Tre
    Tun Tut Ul Up Wad Wan War Wat Wed Wel Wes Wey Wig Wil Win Wit Wix Wol Wom Wych Yat Yel Yox
""")
NAME_JOINS = ("", "ing", "er", "en", "el")
NAME_ENDINGS = words("""
    by thorpe worth ley ton ham field ford bury den well stead hurst combe caster minster wick mere dale holme
    bridge borough stow cote wood more low hope shaw ridge croft gate marsh moor thwaite thorne sett brook land
    wich mouth don bourne hall leigh lington side haven port wade hithe ness lade
""")
# The middle of the frequency curve: ordinary words for what councils worry about, and how they describe it.
ISSUES = phrases("""
    capacity|resilience|footfall|staff turnover|vacancies|absenteeism|overcrowding|congestion|littering|
    vandalism|graffiti|loneliness|social isolation|child poverty|deprivation|unemployment|inflation|rent
    arrears|council tax arrears|fuel poverty|food insecurity|obesity|physical inactivity|persistent absence|
    school exclusions|attainment|literacy|numeracy|wellbeing|dementia|frailty|falls|hospital admissions|
    readmissions|delayed discharges|the backlog|waiting lists|complaints|compliments|footfall in the town
    centre|hedgerow loss|blocked drains|flooding|coastal erosion|subsidence|speeding|inconsiderate parking|
    noise nuisance|odour complaints|rats|pigeons|gulls|dog fouling|fly-posting|begging|street drinking|
    shoplifting|burglary|vehicle crime|cybercrime|doorstep scams|county lines|radicalisation|arson|bonfires|
    fireworks|nuisance neighbours|empty shops|business rates arrears|payment delays|supplier failure|
    contract inflation|agency costs|recruitment difficulties|staff morale|sickness levels|training needs|
    digital exclusion|broadband coverage|mobile signal|bus cancellations|rail disruption|road closures|
    utility works|skip permits|scaffolding licences|pavement licences|tables and chairs on the highway|
    street trading|busking|car meets|off-road motorbikes|nuisance quad bikes|unauthorised encampments|
    abandoned trolleys|abandoned vehicles|untaxed cars|pavement parking|school gate parking|idling engines|
    air pollution|light pollution|water quality|sewage overflows|riverbank erosion|invasive species|tree
    disease|storm damage|heatwaves|drought|snow clearance|ice on footways|power cuts|water supply
    interruptions|damp homes|overcrowded homes|sofa surfing|hidden homelessness|evictions|section 21
    notices|landlord licensing|fire safety|cladding|lift breakdowns|anti-social behaviour in stairwells|
    drug litter|needle finds|alcohol-related harm|gambling harm|vaping among young people|teenage pregnancy|
    sexual health|vaccination rates|dental access|GP appointments|pharmacy closures|carer breakdown|
    respite availability|care home vacancies|home care hours|unmet need|safeguarding referrals|missing
    children|youth violence|bullying|online harms|cost pressures|income shortfalls|reserve levels
""")
ADJECTIVES = words("""
    significant modest considerable substantial marked gradual steady sharp slight notable unexpected
    sustained persistent growing rising falling seasonal temporary unprecedented exceptional disappointing
    encouraging worrying troubling concerning positive mixed uneven variable stable volatile limited
    widespread localised isolated recurring chronic serious minor major critical urgent pressing
    long-standing underlying structural operational financial statutory regional national rural urban
    coastal historic recent ongoing projected anticipated provisional interim revised detailed comprehensive
    robust fragile vulnerable affordable overcrowded underused vacant derelict congested hazardous
    inadequate insufficient excessive disproportionate reasonable proportionate effective efficient
    innovative ambitious realistic challenging complex transparent consistent inconsistent voluntary
    independent collaborative welcome remarkable considerable noticeable stubborn intermittent
""")
# Council business as compound nouns: "the {service} {document}" (the pest control service level agreement).
SERVICES = phrases("""
    parking|library|waste|recycling|housing|licensing|cemetery|crematorium|allotment|leisure|museum|theatre|
    market|tourism|events|grounds maintenance|street lighting|highways|drainage|flood defence|coastal|harbour|
    countryside|rights of way|tree|parks|play|youth|early years|childcare|school meals|school transport|
    adult learning|apprenticeship|employment support|welfare rights|debt advice|benefits|council tax|business
    rates|procurement|payroll|pensions|insurance|estates|facilities management|energy|fleet|depot|customer
    services|contact centre|complaints|translation|registration|coroner|emergency planning|CCTV|community
    safety|environmental health|food safety|trading standards|pest control|dog warden|animal welfare|noise|
    air quality|contaminated land|building control|planning enforcement|conservation|heritage|archaeology|
    urban design|regeneration|inward investment|town centre|high street|business support|digital|broadband|
    ICT|cyber security|information governance|records management|legal|elections|member support|scrutiny|
    communications|consultation|equalities|armed forces|refugee resettlement|asylum dispersal|domestic abuse|
    sexual health|substance misuse|smoking cessation|weight management|falls prevention|reablement|home care|
    extra care|supported living|day care|respite|shared lives|carers|advocacy|social prescribing|telecare|
    occupational therapy|adaptations|sheltered housing|homelessness prevention|temporary accommodation|
    private rented|empty homes|affordable housing|right to buy|tenancy|responsive repairs|voids|estate
    management|caretaking|concierge|bereavement|beach|seafront|marina|arts|sports development|swimming|golf
    course|country park|nature reserve|visitor centre|tourist information|bus station|park and ride|taxi
    rank|cycle hire|car club|electric vehicle|street cleansing|graffiti|abandoned vehicles|bulky waste|
    garden waste|trade waste|clinical waste|hazardous waste|fly-tipping enforcement|litter enforcement
""")
DOCUMENTS = phrases("""
    review|strategy|policy|action plan|consultation|contract|business case|tender|specification|framework|
    protocol|charter|audit|survey|pilot|scheme|programme|budget|restructure|procurement|evaluation|service
    plan|improvement plan|performance framework|fees schedule|risk assessment|delivery plan|partnership
    agreement|memorandum of understanding|service level agreement|needs assessment|options appraisal|
    feasibility study|working group|task and finish group|steering group|transformation project|savings
    plan|charging policy|eligibility criteria|operating model|commissioning plan|market review|staffing
    structure|peer review|annual report|health check|data dashboard|backlog
""")
# Terms of art that turn up now and then: real words for the rare end of the vocabulary.
JARGON = phrases("""
    the curtilage of the listed building|a wayleave agreement|the easement across the site|the dilapidations
    claim|the sequential test|the exception test|the viability appraisal|an overage clause|the ransom strip|the
    restrictive covenant|the leasehold interest|the sinking fund|the service charge|a budget virement|the
    accruals|debt write-offs|the prudential indicators|a capitalisation direction|a section 114 notice|the
    threat of judicial review|the Ombudsman's finding of maladministration|subject access requests|the data
    protection impact assessment|the equality impact assessment|the Welsh language scheme|the quorum|standing
    orders|the scheme of delegation|the call-in procedure|a dispensation|the register of gifts and
    hospitality|the annual canvass|purdah|the pre-election period|the boundary review|the electoral register|
    the parish poll|the neighbourhood referendum|the community right to bid|an asset of community value|the
    community right to build|permitted development rights|prior approval|an Article 4 direction|a certificate
    of lawfulness|a discharge of conditions application|a non-material amendment|a breach of condition
    notice|a stop notice|a planning contravention notice|the section 215 notice|the hedgerow regulations|the
    tree preservation order|a conservation area consent|the heritage statement|the archaeological watching
    brief|the ecological appraisal|the arboricultural method statement|the construction management plan|the
    travel plan|the noise impact assessment|the flood risk assessment|the drainage hierarchy|sustainable
    drainage systems|the nutrient neutrality requirement|phosphate mitigation|the recreational disturbance
    levy|the habitats regulations assessment|the appropriate assessment|the strategic environmental
    assessment|the sustainability appraisal|the duty to cooperate|the statement of common ground|the
    inspector's main modifications|the five-year review|the annual monitoring report|the brownfield register|
    the self-build register|the custom build register|the housing delivery test|the presumption in favour of
    sustainable development|the tilted balance|the planning balance|very special circumstances|the
    openness of the green belt|the valued landscape|the dark skies policy|the light pollution assessment|the
    odour management plan|the dust management plan|the pest control contract|the abandoned vehicles
    procedure|the bulky waste charge|the trade waste contract|the clinical waste collection|the fly-posting
    policy|the graffiti removal service|the chewing gum grant|the street naming and numbering policy|the
    land charges search fees|the local land charges register|the electoral services budget|the business
    continuity plan|the emergency plan|the rest centre arrangements|the winter maintenance agreement|the
    salt barn|the highways inspection manual|the category one defects|the section 58 defence|the duty to
    maintain|the adoption of the estate roads|the section 38 agreement|the section 278 agreement|the road
    space permit scheme|the lane rental scheme|the moving traffic enforcement powers|the bus lane cameras|
    the concessionary fares scheme|the demand responsive transport pilot|the community transport grant|the
    school streets scheme|the safer routes to school programme|the bikeability training|the blue badge
    scheme|the disabled parking bays|the residents' parking permit charges|the fixed penalty tariffs|the
    safeguarding adults review|the domestic homicide review|the child safeguarding practice review|the
    serious case review|the corporate parenting principles|the staying close offer|the kinship care
    allowance|the special guardianship orders|the regional adoption agency|the independent fostering
    agencies|the unregulated placements|the deprivation of liberty orders|the Mental Capacity Act|the
    continuing healthcare assessments|the section 117 aftercare|the Care Act assessments|the market
    position statement|the provider failure protocol|the fair cost of care exercise|the minimum income
    guarantee|the charging policy|the deferred payment agreements|the disability related expenditure
""")
STREET_STEMS = phrases("""
    Mill|Church|Station|Orchard|Meadow|Brook|Victoria|Albert|Queen's|King's|Park|School|Chapel|Bridge|Market|
    Castle|Abbey|Beech|Oak|Willow|Elm|Holly|Rowan|Cherry|Back|Manor|Vicarage|Rectory|Green|Mount|Spring|
    Wharf|Canal|Forge|Tannery|Pound|Well|Windmill|Cemetery|Hospital|Infirmary|Magdalen|Angel|Bell|Swan|
    Marsh|Harbour|Quarry|Gravel|Bakers|Tanners|Weavers|Coronation|Jubilee|Prospect|Pleasant|Union|Regent|
    Nelson|Wellington|Gladstone|Princess|Hawthorn|Blackthorn|Hazel|Laurel|Sycamore|Chestnut|Maple|Ash
""")
STREET_TYPES = words("Lane Road Street Close Avenue Drive Way Crescent Gardens Grove Terrace Rise View Place Walk")
FIRST_NAMES = words("""
    Joanne Susie Rachel Mark Jane Priya Sarah Mohammed Janet Harpreet Tom Daniel Richard Colin Caroline Antonia
    David Helen Paul Claire Stephen Gemma Andrew Nicola Michael Karen Simon Fiona Peter Louise James Emma Gareth
    Sian Imran Aisha Kwame Grace Oliver Chloe Ravi Anita Tariq Yasmin Martin Julie Ian Debra Chris Charlotte
""")
ORG_PATTERNS = phrases("""
    {town} Youth Trust|Friends of {village} Library|{town} Foodbank|{village} Allotment Society|{town} Citizens
    Advice|{village} Community Association|{surname} Developments Ltd|{surname} Grounds Ltd|{surname} Homes Ltd|
    {town} Hospice|{town} Rotary Club|{village} Village Hall Committee|{town} Chamber of Trade|{town} Scouts|
    {village} Cricket Club|{town} Wheelers Cycling Club|{town} Civic Society|{village} History Society|
    {surname} Construction Ltd|{town} Housing Association|{town} Mind|{village} Women's Institute|{town} Dementia
    Action Alliance|{town} Carers' Centre|{town} Credit Union|{surname} and Partners|{town} Sea Cadets|
    {town} Community Foundation|{village} Playing Field Trust|{surname} Taverns Ltd|{town} Pride|
    the {town} Business Improvement District|{village} Litter Pickers|{town} Table Tennis Club
""")

# ---------------------------------------------------------------------------------------------------------
# Rare details: the long tail of nouns parish and planning minutes are full of
# ---------------------------------------------------------------------------------------------------------

RARE_DETAILS = phrases("""
    bus shelter|noticeboard|defibrillator|grit bin|street light|dropped kerb|salt bin|litter bin|dog bin|
    bench|footbridge|culvert|gully|kissing gate|stile|lych gate|war memorial|village sign|hanging baskets|
    bollards|zebra crossing|speed cushions|skate ramp|zip wire|goalposts|safety surfacing|boundary fence|
    ditch|soakaway|manhole cover|telephone kiosk|bowling green|cricket square|pavilion roof|changing rooms|
    tennis courts|multi-use games area|wildflower verge|pond|bridleway|towpath|cycle rack|street nameplate|
    finger post|milestone|horse trough|pump house|water fountain|sensory garden|memorial bench|flagpole|
    clock tower|churchyard wall|chapel of rest|cemetery gates|allotment shed|polytunnel|compost bays|water
    troughs|car park barrier|pay and display machine|CCTV camera|fire hydrant|retaining wall|sea wall|
    slipway|jetty|lock gates|weir|fish pass|flood gate|gabion baskets|kerb stones|tactile paving|cattle
    grid|passing place|lay-by|rumble strips|chicane|mini roundabout|pelican crossing|puffin crossing|school
    keep clear markings|yellow lines|residents' parking bays|loading bay|taxi rank|coach bay|electric
    vehicle charger|cycle hub|bike shelter|scooter rack|bandstand|fountain basin|paddling pool|splash pad|
    climbing wall|trim trail|outdoor gym|pump track|BMX track|dog agility area|fenced dog field|youth
    shelter|graffiti wall|slide|roundabout|see-saw|basket swing|nest swing|heritage plaque|blue plaque|
    festive lights|Christmas tree|time capsule|book swap box|village pump|stone wall|timber footbridge
""")
# Things planning and licensing minutes name on a site: trees, wildlife, premises.
SITE_DETAILS = phrases("""
    badger sett|bat roost|swift bricks|hedgehog highway|great crested newts|Japanese knotweed|giant hogweed|
    Himalayan balsam|ash dieback|oak processionary moth|veteran oak|horse chestnut|lime avenue|yew hedge|
    leylandii|beech hedge|holly hedge|mature hedge|walnut tree|copper beech|orchard trees|dry stone wall|
    smoking shelter|beer garden|outdoor seating|extraction flue|air conditioning units|external staircase|
    roof terrace|bin store|car port|garden room|annexe|dormer window|rooflights|solar array|ground source
    heat pump|ménage|stable block|agricultural barn|polytunnels|shepherd's hut|glamping pods|boundary wall
""")
# The long tail of community life that parish and scrutiny minutes mention.
ACTIVITIES = phrases("""
    repair cafe|warm space|community fridge|toy library|men's shed|lunch club|tea dance|knit and natter
    group|toddler group|seed library|walking football|chair-based exercise class|memory cafe|youth club|
    homework club|coffee morning|craft group|reading group|community choir|park run|litter pick|dementia
    cafe|carers' drop-in|baby and toddler group|bereavement cafe|gardening club|digital skills session|
    job club|money advice surgery|food bank collection|community larder|holiday club|scrap store|
    community bus|good neighbour scheme|befriending service|volunteer drivers' scheme|parent and baby swim
""")

# ---------------------------------------------------------------------------------------------------------
# Topics: what items are about, and the words each brings
# ---------------------------------------------------------------------------------------------------------


@dataclass
class Topic:
    """An item subject: titles, noun phrases, acronyms it defines inline, and who reports on it."""

    key: str
    titles: tuple[str, ...]
    nouns: tuple[str, ...]
    officers: tuple[str, ...]
    acronyms: tuple[tuple[str, str], ...] = ()
    portfolio: str = "Finance and Resources"
    title_pick: Zipf[str] = field(init=False, repr=False)
    noun_pick: Zipf[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.title_pick = Zipf(self.titles, 0.8)
        self.noun_pick = Zipf(self.nouns, 1.0)


def _topic(key: str, titles: str, nouns: str, officers: str, acronyms: str = "", portfolio: str = "") -> Topic:
    pairs = tuple(tuple(part.split("=", 1)) for part in phrases(acronyms))
    return Topic(key, phrases(titles), phrases(nouns), phrases(officers), pairs,  # type: ignore[arg-type]
                 portfolio or "Finance and Resources")


TOPICS: dict[str, Topic] = {topic.key: topic for topic in (
    _topic("finance",
           """Revenue Budget {fy} and Medium Term Financial Strategy|Budget Monitoring – Quarter {q} {fy}|
           Treasury Management Mid-Year Review {fy}|Capital Programme {fy} to {fy3}|Fees and Charges {fy}|
           Council Tax Base {fy}|Revenue and Capital Outturn {fyp}|Savings Proposals {fy}|
           Council Tax Support Scheme {fy}|Reserves Strategy {fy}""",
           """the budget gap|the savings programme|council tax|the general fund balance|the Medium Term Financial
           Strategy|the capital programme|the projected overspend|the pay award|the budget stabilisation
           reserve|fees and charges|the Local Government Finance Settlement|business rates income|the council
           tax collection rate|energy costs|inflationary pressures|the contingency budget|capital receipts|
           borrowing costs|the treasury management strategy|the minimum revenue provision|the Council's
           investments|the Household Support Fund|the council tax support scheme|earmarked reserves|the
           outturn position|the transformation programme|agency staffing costs|income from car parking|the
           robustness of the estimates|the flexible use of capital receipts""",
           "Director of Finance|Section 151 Officer|Head of Finance|Chief Executive",
           """MTFS=Medium Term Financial Strategy|PWLB=Public Works Loan Board|MRP=Minimum Revenue Provision|
           CIPFA=Chartered Institute of Public Finance and Accountancy|HSF=Household Support Fund""",
           "Finance and Resources"),
    _topic("planning_policy",
           """Development Management Performance Report – Quarter {q} {fy}|Report on Appeal Decisions|
           Enforcement Update|Five-Year Housing Land Supply Position Statement|Biodiversity Net Gain Guidance|
           Design Code for {town}""",
           """the settlement boundary|the five-year housing land supply|affordable housing|the Local Plan|the
           Conservation Area|biodiversity net gain|the drainage strategy|the parking provision|the landscaping
           scheme|the Section 106 agreement|the Community Infrastructure Levy|surface water flooding|the listed
           building|the character of the open countryside|the appeal decision|the enforcement backlog|
           householder applications|the Planning Inspectorate|the National Planning Policy Framework|
           extensions of time|major applications|the design code""",
           "Head of Planning|Principal Planning Officer|Planning Solicitor",
           """NPPF=National Planning Policy Framework|CIL=Community Infrastructure Levy|BNG=Biodiversity Net
           Gain|SPD=Supplementary Planning Document|HMO=House in Multiple Occupation|TPO=Tree Preservation
           Order""",
           "Planning and Regeneration"),
    _topic("children",
           """Children's Services Improvement Plan – Progress Update|Social Care Workforce Update|Placement
           Sufficiency Strategy {year}|Early Help Annual Report|Covid Recovery in Children's Services|
           Children's Services Performance – Quarter {q}|Child Exploitation – Update|Family Hubs Programme""",
           """early help|the Multi-Agency Children's Hub|social worker caseloads|children looked after|the
           recruitment of permanent social workers|agency social workers|the improvement journey|placement
           sufficiency|the number of children in care|child exploitation|the front door|step-down to early
           help|the Workforce Development Strategy|permanency planning|adoption|foster carers|care leavers|the
           voice of the child|residential placements|the Family Hub|the Stronger Families programme|the My
           Family Plan assessment|referrals from schools|the Risk and Resilience Team|youth outreach work""",
           "Executive Director of Children's Services|Director of Children's Care|Head of Prevention|"
           "Team Manager (Early Help)",
           """MACH=Multi-Agency Children's Hub|MASH=Multi-Agency Safeguarding Hub|LAC=Looked After Children|
           UASC=Unaccompanied Asylum Seeking Children|NEET=Not in Education, Employment or Training""",
           "Children's Services"),
    _topic("camhs",
           """Child and Adolescent Mental Health Services – Update|Children's Emotional Health and Wellbeing|
           Mental Health Support in Schools|Neurodevelopmental Pathway – Waiting Times""",
           """waiting times for assessment|the eating disorder service|referrals to specialist services|mental
           health support teams in schools|crisis support|the online counselling service|the neurodevelopmental
           pathway|autism assessments|emotional wellbeing|self-harm|the transition to adult services|inpatient
           beds|the Single Point of Access|the Thrive model|school-based counselling""",
           "Director of Public Health|Head of Commissioning|Executive Director of Children's Services",
           """CAMHS=Child and Adolescent Mental Health Services|ICB=Integrated Care Board|MHST=Mental Health
           Support Team|CCG=Clinical Commissioning Group|ICS=Integrated Care System""",
           "Children's Services"),
    _topic("send",
           """SEND Improvement Plan – Progress|Special Educational Needs and Disabilities Strategy {year}|Home to
           School Transport Policy|High Needs Block – Financial Position|Education, Health and Care Plans –
           Timeliness""",
           """Education, Health and Care Plans|the high needs block|specialist school places|home to school
           transport|the Local Area inspection|annual reviews|the Local Offer|tribunal appeals|additional
           resource provision|the Written Statement of Action|the Safety Valve agreement|the parent carer
           forum|preparation for adulthood|out-of-area placements|the timeliness of new plans""",
           "Director of Education|Head of SEND|Executive Director of Children's Services",
           """SEND=Special Educational Needs and Disabilities|EHCP=Education, Health and Care Plan|
           PfA=Preparation for Adulthood|DSG=Dedicated Schools Grant|SENCO=Special Educational Needs
           Coordinator""",
           "Education and Skills"),
    _topic("ofsted",
           """Ofsted Inspection of Children's Services – Outcome|Ofsted Focused Visit – Action Plan|School
           Inspection Outcomes {year}|Improvement Board Update""",
           """the Ofsted inspection|the focused visit|the monitoring visit|the judgement of Requires
           Improvement|the improvement plan|areas for improvement|the quality of practice|management
           oversight|the Improvement Board|audit findings|the self-evaluation|school inspection outcomes|the
           proportion of good and outstanding schools""",
           "Executive Director of Children's Services|Director of Education|Head of Quality Assurance",
           """ILACS=Inspecting Local Authority Children's Services|DfE=Department for Education|JTAI=Joint
           Targeted Area Inspection""",
           "Children's Services"),
    _topic("locality",
           """Locality Working from a Children's Services Perspective|Locality Working – Further Information|
           Proposed Terms of Reference – Locality Working|Locality Working Pilots – Evaluation""",
           """locality working|the pilot areas|the locality working pilots|the Design Implementation Group|
           neighbourhood wardens|multi-agency action plans|anti-social behaviour|long-term empty properties|
           community capacity|the information sharing agreement|the weekly multi-agency meetings|the Community
           Asset mapping|community development|town-wide working|the roll-out of the model""",
           "Executive Director of Children's Services|Director of Environment and Community Services|"
           "Head of Stronger Communities|Neighbourhood Manager",
           "ASB=Anti-Social Behaviour|VCS=Voluntary and Community Sector",
           "Communities"),
    _topic("corporate_parenting",
           """Review of the Permanence Action Plan|Virtual School Annual Report|Care Leavers' Local Offer|Chair
           of Corporate Parenting Board – Verbal Update|Fostering Service Annual Report""",
           """care leavers|the Care Leavers' Covenant|the Permanence action plan|placement stability|foster
           carer recruitment|the Children in Care Council|the Virtual School|personal education plans|health
           assessments|staying put arrangements|council tax exemptions for care leavers|apprenticeships for
           care leavers|independent visitors|the Pledge""",
           "Head of Looked After Children and Corporate Parenting|Virtual School Headteacher|"
           "Director of Children's Care",
           "PEP=Personal Education Plan|IRO=Independent Reviewing Officer|UASC=Unaccompanied Asylum Seeking Children",
           "Children's Services"),
    _topic("youth",
           "Youth Services Review|Holiday Activities and Food Programme|Youth Council Annual Report",
           """youth services|the hub-and-spoke model|the Youth Council|detached youth work|the youth centre|
           holiday activities and food|the Duke of Edinburgh's Award|youth provision|young people's
           priorities|the summer programme|knife crime awareness|youth engagement""",
           "Head of Youth Services|Executive Director of Children's Services",
           "HAF=Holiday Activities and Food|NEET=Not in Education, Employment or Training",
           "Children and Young People"),
    _topic("adult_care",
           """Adult Social Care – Performance Update|Better Care Fund Plan {fy}|Hospital Discharge
           Arrangements|Care Market Sustainability|Carers' Strategy {year}""",
           """hospital discharge|domiciliary care|care home fees|the adult social care precept|the Better Care
           Fund|reablement|carers' assessments|deprivation of liberty safeguards|waiting lists for assessment|
           the market sustainability plan|the care workforce|direct payments|extra care housing|the CQC
           assessment""",
           "Director of Adult Social Care|Head of Commissioning",
           """CQC=Care Quality Commission|BCF=Better Care Fund|DoLS=Deprivation of Liberty Safeguards|
           CHC=Continuing Health Care|DToC=Delayed Transfers of Care""",
           "Adult Social Care and Health"),
    _topic("public_health",
           """Director of Public Health Annual Report {year}|Joint Strategic Needs Assessment|Health
           Inequalities Action Plan|Covid-19 Update|Drug and Alcohol Strategy""",
           """the Joint Strategic Needs Assessment|smoking cessation|childhood obesity|vaccination uptake|the
           drug and alcohol service|health inequalities|life expectancy|the annual report|lateral flow
           testing|social prescribing|the healthy weight strategy|air quality|suicide prevention|the NHS Health
           Check programme""",
           "Director of Public Health|Consultant in Public Health",
           "JSNA=Joint Strategic Needs Assessment|ICB=Integrated Care Board|GP=General Practitioner",
           "Adult Social Care and Health"),
    _topic("highways",
           """Highways Capital Programme {fy}|Winter Service Plan {fy}|20mph Limits in Residential Areas|
           Parking Strategy Review|Local Transport Plan Consultation|Road Safety – Petition|Street Lighting
           Replacement Programme""",
           """pothole repairs|the resurfacing programme|the winter gritting programme|street lighting|20mph
           limits|road safety|the speed of traffic|parking enforcement|the Traffic Regulation Order|the bus
           service|the cycle network|school crossing patrols|dropped kerbs|the maintenance backlog|the Active
           Travel Fund|electric vehicle charging points|the footway|verge cutting|the Local Transport Plan""",
           "Head of Highways|Director of Place|Traffic Engineer",
           """TRO=Traffic Regulation Order|DfT=Department for Transport|EV=Electric Vehicle|SID=Speed Indicator
           Device|PROW=Public Rights of Way""",
           "Highways and Transport"),
    _topic("licensing",
           """Statement of Licensing Policy {year}|Hackney Carriage Fare Review|Taxi and Private Hire Licensing
           Policy|Gambling Act 2005 – Statement of Principles|Licensing Fees and Charges {fy}""",
           """the statement of licensing policy|taxi and private hire licensing|the cumulative impact
           assessment|street trading consents|the hackney carriage fare tariff|driver safeguarding training|the
           gambling policy|Temporary Event Notices|the late night levy|the licensing fees|vehicle age limits|
           the knowledge test""",
           "Licensing Manager|Senior Licensing Officer|Legal Adviser",
           """TEN=Temporary Event Notice|DPS=Designated Premises Supervisor|SIA=Security Industry Authority|
           CIA=Cumulative Impact Assessment""",
           "Environment and Regulatory Services"),
    _topic("libraries",
           "Library Service: Community Managed Libraries|Library Strategy {year}|Library Opening Hours Consultation",
           """the library service|community managed libraries|opening hours|the mobile library|book stock|the
           library management system|the summer reading challenge|digital inclusion sessions|volunteers|the
           Community Asset Transfer Policy|the refurbishment of the central library|visitor numbers|e-book
           loans|the home library service""",
           "Head of Libraries and Culture|Director of Communities",
           "CAT=Community Asset Transfer", "Communities and Culture"),
    _topic("leisure",
           "Leisure Centre Refurbishment|Culture Strategy {year}|Events Programme {year}|Leisure Management Contract",
           """the leisure centre|the swimming pool|the filtration plant|the leisure contract|sports pitches|the
           health and fitness suite|membership numbers|the Active Communities programme|the museum|the arts
           centre|the events programme|the Christmas lights switch-on|cultural events""",
           "Head of Leisure and Culture|Director of Communities", "", "Communities and Culture"),
    _topic("waste",
           """Fly-Tipping Enforcement Update|Waste and Recycling Strategy {year}|Garden Waste Charges {fy}|
           Street Cleansing Performance""",
           """fly-tipping|the garden waste service|recycling rates|missed bin collections|the household waste
           recycling centre|fixed penalty notices|street cleansing|the food waste collection|the waste
           contract|litter picking|dog fouling|covert cameras|the Public Spaces Protection Order""",
           "Head of Environmental Services|Director of Environment and Community Services",
           "PSPO=Public Spaces Protection Order|HWRC=Household Waste Recycling Centre|FPN=Fixed Penalty Notice",
           "Environment"),
    _topic("climate",
           """Climate Action Plan {year}–{year5}|Tree Strategy|Carbon Management Annual Report|Local Nature
           Recovery Strategy""",
           """the Climate Action Plan|the net zero target|carbon emissions|tree planting|the retrofit of
           council buildings|solar panels|the climate emergency declaration|biodiversity|flood risk|the Local
           Nature Recovery Strategy|the electric fleet|the decarbonisation fund|community energy schemes""",
           "Climate Change Manager|Director of Place",
           "LNRS=Local Nature Recovery Strategy|PSDS=Public Sector Decarbonisation Scheme",
           "Environment and Climate Change"),
    _topic("housing",
           """Homelessness and Rough Sleeping Strategy {year}|Temporary Accommodation – Update|Housing
           Allocations Policy Review|Damp and Mould – Action Plan|Housing Revenue Account Business Plan""",
           """temporary accommodation|homelessness|bed and breakfast placements|the housing register|affordable
           homes|the Homelessness Reserve|rough sleeping|the allocations policy|empty homes|damp and mould|
           the Housing Revenue Account|Disabled Facilities Grants|private sector housing enforcement|the
           selective licensing scheme|council house building""",
           "Head of Housing|Director of Place",
           "HRA=Housing Revenue Account|DFG=Disabled Facilities Grant|HMO=House in Multiple Occupation",
           "Housing"),
    _topic("community_safety",
           """Community Safety Plan {year}|Anti-Social Behaviour – Update|Domestic Abuse Strategy|CCTV
           Replacement Programme|Serious Violence Duty""",
           """anti-social behaviour|knife crime|domestic abuse|CCTV coverage|neighbourhood policing|the Safer
           Streets fund|the serious violence duty|the Prevent duty|hate crime|retail crime|the night-time
           economy|off-road bikes""",
           "Community Safety Manager|Police Inspector|Head of Stronger Communities",
           """CSP=Community Safety Partnership|ASB=Anti-Social Behaviour|PCSO=Police Community Support
           Officer|CCTV=Closed Circuit Television""",
           "Community Safety"),
    _topic("audit",
           """Internal Audit Progress Report|Annual Governance Statement {fy}|Strategic Risk Register|External
           Audit Annual Report {fyp}|Statement of Accounts {fyp}|Counter Fraud Annual Report""",
           """the internal audit plan|the external auditor's annual report|the Annual Governance Statement|the
           risk register|the statement of accounts|limited assurance opinions|counter fraud work|outstanding
           audit recommendations|the value for money conclusion|the audit backlog|the anti-money laundering
           policy|the whistleblowing policy""",
           "Head of Internal Audit|Director of Finance|External Audit Manager",
           """AGS=Annual Governance Statement|CIPFA=Chartered Institute of Public Finance and Accountancy|
           NFI=National Fraud Initiative""",
           "Finance and Resources"),
    _topic("governance",
           """Review of the Constitution|Members' Code of Conduct – Annual Report|Members' Allowances Scheme|
           Review of Polling Districts and Places|Member Development Programme {year}""",
           """the Constitution|the Members' Code of Conduct|the register of interests|the scheme of
           delegation|the Council Procedure Rules|member training|the complaints process|the forward plan|the
           member development programme|the review of polling districts|the Independent Persons|the Members'
           Allowances Scheme""",
           "Monitoring Officer|Democratic Services Manager|Head of Legal Services",
           "IRP=Independent Remuneration Panel", "Corporate Services"),
    _topic("scrutiny",
           """Overview and Scrutiny Board – Update|Scrutiny Work Programme {fy}|Executive Forward Work
           Programme|Final Report – Cultural Events|Call-In of Executive Decision""",
           """the work programme|the Executive forward work programme|the final report of the review|the
           Executive's response|scrutiny recommendations|the call-in|the current scrutiny topic|the terms of
           reference|evidence from witnesses|the Scrutiny Chairs' updates""",
           "Democratic Services Officer|Chief Executive|Scrutiny Support Officer", "", "Corporate Services"),
    _topic("performance",
           """Strategic Plan {year}–{year3} – Progress at Quarter {q}|Corporate Performance Report – Quarter {q}
           {fy}|Complaints Annual Report {fyp}""",
           """the Strategic Plan|key performance indicators|the quarterly performance report|sickness absence|
           customer satisfaction|the complaints received|the corporate risk register|the Council Plan
           priorities|staff turnover|freedom of information requests""",
           "Chief Executive|Head of Strategy and Performance", "KPI=Key Performance Indicator",
           "Corporate Services"),
    _topic("regeneration",
           """Town Centre Masterplan|Disposal of Land at {street}|UK Shared Prosperity Fund – Investment Plan|
           Levelling Up Fund Bid|Economic Development Strategy {year}""",
           """the town centre masterplan|the Levelling Up Fund bid|the Towns Fund|the UK Shared Prosperity
           Fund|vacant shop units|the business rates relief scheme|the disposal of land|the preferred bidder|
           the market hall|inward investment|employment land|the high street|the enterprise zone""",
           "Director of Regeneration|Head of Economic Development",
           "UKSPF=UK Shared Prosperity Fund|LUF=Levelling Up Fund|LEP=Local Enterprise Partnership",
           "Regeneration"),
    _topic("parks",
           """Parks and Open Spaces Strategy|Play Area Improvements|Allotment Rents {fy}|Cemetery Regulations
           Review|Green Flag Award Applications""",
           """the play area|the parks maintenance contract|the allotments|the cemetery|grass cutting|tree works|
           the skate park|the Green Flag award|the bowling green|the memorial benches|the community orchard""",
           "Parks Manager|Head of Environmental Services", "MUGA=Multi-Use Games Area", "Environment"),
    _topic("schools",
           """Schools Funding Formula {fy}|Dedicated Schools Grant – Budget Monitoring|Early Years Funding
           Formula|School Balances {fyp}""",
           """the schools funding formula|the Dedicated Schools Grant|falling rolls|school admissions|pupil
           place planning|the central schools services block|the early years funding rate|de-delegated
           budgets|the growth fund|school balances""",
           "Director of Education|Head of Schools Finance",
           "DSG=Dedicated Schools Grant|NFF=National Funding Formula", "Education and Skills"),
    _topic("pensions",
           """Pension Fund Valuation {year}|Investment Strategy Statement|Pension Fund Annual Report {fyp}|
           Responsible Investment Policy""",
           """the pension fund valuation|the investment strategy|the funding level|employer contribution
           rates|responsible investment|the pooling arrangements|the triennial valuation|administration
           performance|the McCloud remedy|the pension fund accounts""",
           "Head of Pensions|Director of Finance", "LGPS=Local Government Pension Scheme",
           "Finance and Resources"),
    _topic("workforce",
           """Pay Policy Statement {fy}|Senior Management Restructure|Workforce Strategy {year}|Gender Pay Gap
           Report {year}""",
           """the pay policy statement|the staff survey|sickness absence|agency spend|the apprenticeship levy|
           recruitment and retention|the senior management restructure|the hybrid working policy|the gender
           pay gap|the workforce strategy""",
           "Head of Human Resources|Chief Executive", "", "Corporate Services"),
    _topic("local_plan",
           """Local Plan Review – Call for Sites|Preferred Options Consultation|Infrastructure Delivery Plan|
           Green Belt Review""",
           """the Local Plan review|the call for sites|the housing requirement|the land availability
           assessment|the green belt review|the preferred options consultation|the infrastructure delivery
           plan|the employment land review|the site allocations|the examination in public""",
           "Head of Planning Policy|Head of Planning",
           "SHLAA=Strategic Housing Land Availability Assessment|IDP=Infrastructure Delivery Plan",
           "Planning and Regeneration"),
    _topic("motions",
           """Notice of Motion: 20mph Limits in Residential Areas|Notice of Motion: Cost of Living|Notice of
           Motion: Climate Emergency|Notice of Motion: Pavement Parking|Notice of Motion: Water Quality in Our
           Rivers|Notice of Motion: Armed Forces Covenant|Notice of Motion: Fair Funding for Local Government|
           Notice of Motion: Rural Bus Services""",
           """the motion|the amendment|the cost of living|pavement parking|sewage discharges|the Armed Forces
           Covenant|fair funding for councils|rural bus services|the right of reply|the Council Procedure
           Rules""",
           "Monitoring Officer|Chief Executive", "", "Corporate Services"),
    _topic("parish_highways",
           "Highways|Highways and Footpaths|Speeding and Road Safety|Footpaths and Rights of Way",
           """the blocked drain|the speed of traffic through the village|Community Speedwatch|the speed
           indicator device|potholes|the public footpath|overgrown hedges|the bus shelter|the grit bins|the
           faulty street light|parking near the school|the village gateway signs""",
           "Clerk", "SID=Speed Indicator Device|PROW=Public Rights of Way", "Highways"),
    _topic("parish_finance",
           "Finance|Accounts and Payments|Budget and Precept {fy}|Annual Return {fyp}",
           """the bank reconciliation|the precept|the general reserve|the annual return|the internal auditor|
           the Clerk's salary|the VAT reclaim|the budget|the insurance renewal|the grants budget""",
           "Clerk", "AGAR=Annual Governance and Accountability Return|RFO=Responsible Financial Officer",
           "Finance"),
    _topic("parish_amenities",
           "Play Area and Village Green|Recreation Ground|Allotments|Cemetery and Churchyard|Village Hall",
           """the bench on the village green|the play area inspection|the safety surfacing|the goalposts|the
           village green|allotment rents|the water supply to the allotments|vacant plots|the waiting list|the
           churchyard wall|the village hall heating|the grass cutting contract""",
           "Clerk", "MUGA=Multi-Use Games Area|RoSPA=Royal Society for the Prevention of Accidents", "Amenities"),
    _topic("parish_community",
           """Community Matters|Correspondence|Councillors' Reports|Police Report|Christmas Lights|
           Neighbourhood Plan|Defibrillator|Remembrance Sunday""",
           """the defibrillator at the telephone kiosk|the Christmas lights|the Neighbourhood Plan|the village
           newsletter|the noticeboard|the annual parish meeting|the litter pick|the Remembrance Sunday service|
           the war memorial|the community website|the jubilee celebrations|the parish survey""",
           "Clerk", "NALC=National Association of Local Councils|ALC=Association of Local Councils",
           "Community"),
)}
PLANNING_TOPIC = "planning_policy"
PARISH_TOPICS = ("parish_highways", "parish_finance", "parish_amenities", "parish_community")

# ---------------------------------------------------------------------------------------------------------
# Panels
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PanelKind:
    """A committee as councils name it: who sits on it, what it discusses, and how often it meets."""

    name: str
    size: int  # members at a meeting; 0: the whole council
    topics: tuple[str, ...]  # most frequent first; "applications" and "hearings" are special items
    body: str  # how its minutes name it: "the Committee", "the Panel", "Cabinet"
    officers: tuple[str, ...]
    weight: float  # relative number of meetings


def _panel(name: str, size: int, topics: str, body: str, officers: str, weight: float) -> PanelKind:
    return PanelKind(name, size, words(topics), body, phrases(officers), weight)


CORE_PANELS = (
    _panel("Full Council", 0, "finance motions questions governance housing regeneration climate", "the Council",
           "Chief Executive|Director of Finance|Monitoring Officer|Democratic Services Manager", 5),
    _panel("Planning Committee", 13, "applications applications applications planning_policy", "the Committee",
           "Head of Planning|Principal Planning Officer|Planning Solicitor|Democratic Services Officer", 14),
    _panel("Cabinet", 8, """finance highways libraries housing climate waste leisure regeneration children
           performance send""", "Cabinet",
           "Chief Executive|Director of Finance|Director of Place|Monitoring Officer", 11),
    _panel("Licensing Sub-Committee", 3, "hearings", "the Sub-Committee",
           "Licensing Manager|Legal Adviser|Senior Licensing Officer", 6),
    _panel("Audit and Governance Committee", 8, "audit finance governance performance", "the Committee",
           "Head of Internal Audit|Director of Finance|External Audit Manager", 5),
    _panel("Overview and Scrutiny Board", 12, "scrutiny finance performance regeneration housing", "the Board",
           "Democratic Services Officer|Chief Executive|Scrutiny Support Officer", 6),
)
OPTIONAL_PANELS = (
    _panel("Children and Young People's Scrutiny Panel", 9, "children send camhs ofsted youth locality",
           "the Panel", "Executive Director of Children's Services|Director of Education|Head of Prevention", 6),
    _panel("Children and Young People's Social Care and Services Scrutiny Panel", 9,
           "locality children camhs corporate_parenting ofsted", "the Panel",
           "Executive Director of Children's Services|Director of Children's Care|Head of Prevention", 6),
    _panel("Adult Social Care and Health Scrutiny Panel", 9, "adult_care public_health camhs", "the Panel",
           "Director of Adult Social Care|Director of Public Health", 5),
    _panel("Health Scrutiny Committee", 9, "public_health adult_care camhs", "the Committee",
           "Director of Public Health|Director of Adult Social Care", 4),
    _panel("Corporate Parenting Board", 9, "corporate_parenting children send camhs", "the Board",
           "Head of Looked After Children and Corporate Parenting|Director of Children's Care", 5),
    _panel("Health and Wellbeing Board", 12, "public_health adult_care children camhs", "the Board",
           "Director of Public Health|Director of Adult Social Care", 4),
    _panel("Economic Development, Environment and Infrastructure Scrutiny Panel", 9,
           "regeneration highways climate waste", "the Panel", "Director of Regeneration|Director of Place", 5),
    _panel("Culture and Communities Scrutiny Panel", 9, "libraries leisure community_safety", "the Panel",
           "Director of Communities|Head of Libraries and Culture", 5),
    _panel("Environment and Climate Change Committee", 10, "climate waste parks highways", "the Committee",
           "Director of Place|Climate Change Manager", 4),
    _panel("Housing Committee", 10, "housing finance", "the Committee", "Head of Housing|Director of Place", 4),
    _panel("Community Safety Partnership", 12, "community_safety housing youth", "the Partnership",
           "Community Safety Manager|Police Inspector", 3),
    _panel("Schools Forum", 14, "schools send finance", "the Forum",
           "Director of Education|Head of Schools Finance", 4),
    _panel("Standards Committee", 7, "governance", "the Committee", "Monitoring Officer|Head of Legal Services", 2),
    _panel("Pensions Committee", 7, "pensions finance", "the Committee", "Head of Pensions|Director of Finance", 3),
    _panel("Highways and Transport Committee", 10, "highways climate", "the Committee",
           "Head of Highways|Director of Place", 4),
    _panel("Policy and Resources Committee", 12, "finance governance performance workforce", "the Committee",
           "Chief Executive|Director of Finance", 5),
    _panel("Finance and Resources Committee", 10, "finance performance audit", "the Committee",
           "Director of Finance|Head of Finance", 4),
    _panel("Licensing Committee", 12, "licensing", "the Committee", "Licensing Manager|Legal Adviser", 3),
    _panel("Development Control Committee", 12, "applications applications planning_policy", "the Committee",
           "Head of Planning|Principal Planning Officer|Planning Solicitor", 6),
    _panel("Leisure and Wellbeing Committee", 9, "leisure parks public_health", "the Committee",
           "Head of Leisure and Culture|Parks Manager", 3),
    _panel("Local Plan Working Group", 8, "local_plan planning_policy", "the Group",
           "Head of Planning Policy|Head of Planning", 2),
    _panel("Member Development Working Party", 6, "governance", "the Working Party",
           "Democratic Services Manager|Monitoring Officer", 1),
    _panel("Appointments and Employment Committee", 6, "workforce", "the Committee",
           "Head of Human Resources|Chief Executive", 1),
    _panel("Regulatory Committee", 10, "licensing planning_policy", "the Committee",
           "Licensing Manager|Head of Planning", 2),
    _panel("Adults and Health Select Committee", 9, "adult_care public_health", "the Committee",
           "Director of Adult Social Care|Director of Public Health", 3),
    _panel("Communities and Place Overview Committee", 9, "community_safety libraries highways waste",
           "the Committee", "Director of Communities|Director of Place", 3),
)
PARISH_PANEL_TOPICS = "parish_highways parish_amenities parish_community parish_finance"
BASE_OFFICERS = phrases("""Chief Executive|Director of Finance|Monitoring Officer|Democratic Services Officer|
                      Democratic Services Manager|Director of Place""")

# ---------------------------------------------------------------------------------------------------------
# Sentence templates. Slots in braces are filled per sentence; clauses never begin a paragraph with a
# decision word, so a paragraph stays one paragraph for the parser.
# ---------------------------------------------------------------------------------------------------------

CLAUSES = phrases("""
    {np} had {risen} by {pct} since {month_year}|{np} had been discussed with {org} in {month_year}|
    {np} would be {reviewed} as part of {np2}|{np} remained a {significant} {pressure} for the {council_word}|
    a further {money} had been {allocated} for {np} in {fy}|
    the {council_word} had received {n} {contacts} about {np} since {month_year}|
    work with {org} on {np} was {progress}|{np} would be {completed} {deadline}|
    the {rare} at {place} had been {fixed} {recently}|{np} in {place} had {changed} over the last {period}|
    the cost of {np} was estimated at {money}, {funded}|{n} {people} had {engaged} {np}|
    {np} could not be delivered without {np2}|progress on {np} was monitored {often} and reported to {body}|
    {acr} {acr_fact}|the position on {np} was better than had been forecast in {month_year}|
    there had been {n} {contacts} regarding the {rare} near {place}|
    officers were working with {org} to {improve} {np}|{np} remained a priority in the {plan}|
    the {council_word} was on course to meet its target for {np} by {month_next}|
    {n} people had attended the {activity} at {place} since {month_year}|the {activity} in {place} had been
    supported by {org}|funding for the {activity} at {place} would end in {month_next}|
    {np} had been affected by {np2}|the consultation on {np} had received {n} responses|
    benchmarking showed that {np} compared well with {comparators}|{np} and {np2} were closely linked|
    a pilot at {place} had shown that {np} could be {improved} at modest cost|the report also addressed {jargon}|
    {jargon} would need to be resolved before {np} could proceed|legal advice on {jargon} had been sought|
    the {school} had asked for help with {np}|the owner of {farm} had raised {np} with officers|
    there had been a {adjective} increase in {issue} across {place}|{issue} remained {adjective} compared with
    {comparators}|the {adjective} rise in {issue} reported in {month_year} had since eased|officers were
    monitoring {issue} and {issue2} closely|{issue} in {place} had been {adjective} since {month_year}|
    {np} was expected to reduce {issue} in {place}|the {adjective} level of {issue} had put pressure on {np}|
    the {scheme} would be {reviewed} {deadline}|the {scheme} had been agreed with {org}|work on the {scheme}
    was {progress}|the {scheme} would help to address {issue}|the {scheme} and the {scheme2} would be
    considered together|responses to the {scheme} had raised {issue}|the {scheme} was due to be completed
    {deadline}|staff from the {service} team had supported {np}
""")
QUESTION_CLAUSES = phrases("""
    {np} would be affected by {np2}|the {council_word} could {extend} {np}|residents in {place} had been consulted
    on {np}|the {money} set aside for {np} would be sufficient|{np} would be completed {deadline}|{org} had been
    involved in {np}|the {rare} near {place} could be {fixed} {deadline}|lessons had been learned from {np}|
    {np} would be extended to {place}|the {activity} at {place} could continue|there was any risk to {np}|
    the figures for {np} included {np2}|{jargon} had been taken into account|the {scheme} would cover {place}|
    the {scheme} had been benchmarked against {comparators}|
    other councils had found a better way of managing {np}|{np} had been included in {plan_the}
""")
WH_QUESTIONS = phrases("""
    how {np} would be funded|what impact {np} had had on {np2}|when {np} would next be reviewed|why {np} had
    not improved since {month_year}|how many {people} were affected by {np}|what the {council_word} was doing
    about {np} in {place}|how {np} compared with {comparators}|who was responsible for the {rare} at {place}
""")
OPENERS = phrases("""
    {Officer} presented the report, which {set_out} {np} and {np2}.|
    {Officer} introduced the report on {np}, which had been circulated with the agenda.|
    {Officer} gave a presentation on {np} and the progress made since {month_year}.|
    {Body} received a report of {officer} on {np}.|
    {Body} considered a report on {np}, which {sought} {np2}.|
    {Officer} provided an update on {np}, explaining that {clause}.|
    {intro} was in attendance to provide {body} with an update on {np}.|
    {portfolio_holder} presented the report on {np}, which {set_out} {np2}.
""")
PARISH_OPENERS = phrases("""
    The Clerk reported that {clause}.|{Member} reported that {clause}.|{Member} gave an update on {np}, explaining
    that {clause}.|The Council considered {np} and {np2}.|Members discussed {np}, and {member} reported that
    {clause}.|The Clerk presented an update on {np}, noting that {clause}.|{Member} raised the matter of the
    {rare} at {place}, which {rare_state}.
""")
DETAILS = phrases("""
    It was explained that {clause}.|{Body} was informed that {clause}.|{Officer} advised that {clause}.|
    {Officer} explained that {clause}.|{Officer} reported that {clause}.|It was highlighted that {clause}.|
    Members were advised that {clause}.|{Officer} confirmed that {clause}.|In relation to {np}, {clause}.|
    The report indicated that {clause}.|{Officer} added that {clause}.|It was acknowledged that {clause}.|
    {Officer} highlighted that {clause}.|It was noted that {clause}.|{Officer} stated that {clause}.|
    In terms of {np}, {clause}.|The report set out how {np} would be delivered over the next {period}.|
    Members also discussed {jargon}.
""")
QUESTIONS = phrases("""
    {Member} asked whether {q}.|{Member} queried whether {q}.|{Member} asked {wh}.|A Member asked whether {q}.|
    It was queried whether {q}.|Reference was made to {np} and it was queried whether {q}.|
    {Member} sought clarification on {np}.|{Member} asked {officer} {wh}.|
    {Member} questioned whether {q}.
""")
ANSWERS = phrases("""
    {Officer} replied that {clause}.|In response, {officer} explained that {clause}.|
    {Officer} responded that {clause}.|The Chair confirmed that {clause}.|{Officer} advised that {clause}.|
    In response, it was confirmed that {clause}.|{Officer} explained that {clause}, and that {clause2}.
""")
COMBINED_QA = phrases("""
    In response to a question from {member} about {np}, {officer} advised that {clause}.|
    In response to a query from {member}, {officer} confirmed that {clause}.
""")
COMMENTS = phrases("""
    {Member} expressed concern about {np}, {concern}.|{Member} welcomed {np} and thanked officers for their work.|
    {Member} commented that {clause}.|{Member} suggested that {np} be considered at a future meeting.|
    {Member} praised {np}, noting that {clause}.|{Member} raised concerns about {np} in {place}.|
    {Member} emphasised the importance of {np} for residents in {place}.|
    {Member} noted the {adjective} level of {issue} in {place}.|{Member} asked about the timetable for the
    {scheme}.|{Member} welcomed the {scheme}, which {clause}.|{Member} asked that {issue} be considered
    alongside {np}.|{Member} drew attention to {issue} near {place} and to {adjective} {issue2}.
""")
COMMITMENTS = phrases("""
    {Officer} undertook to {action} {deadline}.|{Officer} agreed to {action} {deadline}.|
    It was agreed that {officer} would {action} {deadline}.|
    {Officer} would report back to the next meeting on {np}.|
    A further report on {np} would be brought to {body} {deadline}.|
    {Officer} would provide {body} with {info} on {np} {deadline}.|
    {Officer} undertook to circulate the figures for {np} to all Members {deadline}.
""")
PARISH_COMMITMENTS = phrases("""
    Clerk to write to {org} regarding {np}. ACTION: Clerk|
    The Clerk to report the {rare} at {place} to the {principal}. ACTION: Clerk|
    The Clerk would report back to the next meeting on {np}.|
    {Member} undertook to check the {rare} at {place} each month and to report any faults to the Clerk.|
    The Clerk to obtain three quotations for the {rare} for consideration at the next meeting. ACTION: Clerk
""")
DECISIONS = phrases("""
    the report be noted|{np} be approved|the recommendations set out in the report be approved|
    {officer} be authorised, in consultation with the Chair, to {action}|
    a further report on {np} be brought to {body} in {month_next}|
    {np} be referred to {other_panel} for consideration|
    the information provided be noted and considered in the context of the work programme|
    {money} be allocated to {np} from the {reserve}|the update on {np} be noted|
    {np} be added to the work programme for {fy}|the {scheme} be approved|the {scheme} be noted and that
    the {service} team be thanked for its work|the {scheme} be referred to {other_panel}|
    representatives of {org} be invited to a future meeting|
    {officer} write to {org} setting out the concerns raised about {np}
""")
FILLERS = phrases("""
    Members noted the position.|The Chair thanked officers for the report.|Members welcomed the update.|
    The matter would be kept under review.|There were no further questions.|
    Members thanked officers for their hard work.
""")
SLOT_WORDS: dict[str, tuple[str, ...]] = {
    "risen": words("risen fallen increased reduced"),
    "reviewed": words("reviewed considered revisited examined"),
    "significant": words("significant growing key major"),
    "pressure": words("pressure priority concern risk"),
    "allocated": phrases("allocated|set aside|identified|earmarked"),
    "contacts": words("complaints enquiries referrals reports requests"),
    "progress": phrases("progressing well|on track|behind schedule|at an early stage"),
    "completed": phrases("completed|in place|delivered|finished"),
    "fixed": words("repaired replaced inspected reported cleaned removed"),
    "recently": phrases("within the last month|during the summer|since the last meeting|over the winter|last week"),
    "changed": phrases("improved|deteriorated|changed little"),
    "funded": phrases("""to be met from existing budgets|funded by a government grant|to be met from reserves|
                    funded through developer contributions|to be shared with partners"""),
    "people": phrases("residents|families|young people|businesses|households|children|older people|volunteers"),
    "engaged": phrases("benefited from|taken part in|responded to|been affected by"),
    "often": phrases("monthly|quarterly|weekly|annually"),
    "improve": phrases("improve|strengthen|speed up|reduce the cost of|review"),
    "improved": phrases("improved|delivered|expanded"),
    "extend": phrases("extend|accelerate|review|fund|expand"),
    "set_out": phrases("set out|outlined|provided an update on|summarised"),
    "sought": phrases("sought approval for|asked Members to note|proposed changes to|sought views on"),
    "concern": phrases("""particularly for residents in {place}|and asked that it be kept under review|given the
                     pressures on {np2}|noting the number of complaints received|and the effect on {people}"""),
    "info": phrases("further information|a written briefing|the detailed figures|a breakdown of the figures"),
    "comparators": phrases("neighbouring authorities|statistical neighbours|the national average|the regional average"),
    "reserve": phrases("budget stabilisation reserve|general reserve|transformation reserve|contingency budget"),
    "plan": phrases("Council Plan|Corporate Plan|Strategic Plan|annual delivery plan"),
    "plan_the": phrases("the Council Plan|the capital programme|the annual delivery plan|the budget proposals"),
    "council_word": phrases("Council|Council|Council|authority"),
    "period": phrases("year|six months|three years|quarter|two years|twelve months"),
    "rare_state": phrases("""had been damaged|needed attention|had been reported to the {principal}|was no longer safe
                          to use|had been out of action for several weeks|had been vandalised"""),
}
ACTIONS = phrases("""
    circulate the figures to all Members|write to {org} regarding {np}|provide a written response on {np}|
    arrange a site visit to {place}|report back on {np}|share the briefing note on {np} with Members|
    raise the matter with {org}|contact the residents of {place}|investigate {np} and report back|
    agree the final terms with {org}|publish the results of the consultation on {np}|
    meet the ward councillors for {place} to discuss {np}
""")
ACRONYM_FACTS = phrases("""
    would be reviewed by {month_next}|was central to {np}|was referred to at paragraph {n} of the report|
    had been discussed at the last meeting|remained under pressure|had been considered alongside {np}|
    would feature in the next update on {np}
""")
DEADLINES = phrases("""
    by the end of {month_next}|before the next meeting|within six weeks|in the autumn|by {month_next}|
    as soon as possible|within the next month|in the new year|before the start of {fy}
""")

SCHOOL_KINDS = ("Primary", "Primary", "Academy", "High", "Church of England Primary")
FARM_KINDS = ("Farm", "Farm", "Hall", "Manor", "Grange", "Nurseries")

# Paragraph moves inside a report item: how its middle paragraphs open.
MIDDLE_MOVES = Zipf(("detail", "qa", "comment", "qa2", "commit", "list", "vote"), 0.9)


# ---------------------------------------------------------------------------------------------------------
# The world: councils, people, panels
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    initial: str
    surname: str
    honorific: str = ""  # "Mrs", "Ms", "Mr", "Dr" or ""
    first: int = FIRST_YEAR  # first and last year in office
    last: int = LAST_YEAR
    role: str = ""

    def listed(self) -> str:
        """As an attendance list writes them: `Mrs A Baker`."""
        return f"{self.honorific} {self.initial} {self.surname}" if self.honorific else \
            f"{self.initial} {self.surname}"

    def serves(self, year: int) -> bool:
        return self.first <= year <= self.last


@dataclass
class Council:
    name: str
    folder: str
    place: str
    parish: bool
    stated: bool  # the text can state the name in a title line (else a sidecar names it)
    panels: list[PanelKind]
    panel_pick: Zipf[PanelKind]
    members: list[Person]
    officers: dict[str, list[Person]]
    venue: str
    weight: float
    principal: str = ""  # for a parish, the district council of its area
    active_cache: dict[int, list[Person]] = field(default_factory=dict, repr=False)

    def active(self, year: int) -> list[Person]:
        if year not in self.active_cache:
            self.active_cache[year] = [person for person in self.members if person.serves(year)]
        return self.active_cache[year]

    def officer(self, role: str, year: int) -> Person | None:
        for person in self.officers.get(role, ()):
            if person.serves(year):
                return person
        return None


def village_name(name: str) -> str:
    """A village's full name, the same every time: `Little Ashingthorpe` for about one in five."""
    code = zlib.crc32(name.encode())
    return f"{VILLAGE_PREFIXES[code // 5 % len(VILLAGE_PREFIXES)]} {name}" if code % 5 == 0 else name


class Streets:
    """Street names: the common ones every town has (Mill Lane), or an invented name and a street type."""

    def __init__(self, names: Zipf[str], rng: random.Random) -> None:
        common = [f"{stem} {kind}" for stem in STREET_STEMS for kind in STREET_TYPES]
        rng.shuffle(common)
        self.common = Zipf(common, 1.0)
        self.names = names
        self.kinds = Zipf(STREET_TYPES, 0.8)

    def pick(self, rng: random.Random) -> str:
        if rng.random() < 0.45:
            return self.common.pick(rng)
        return f"{self.names.pick(rng)} {self.kinds.pick(rng)}"


class Villages:
    def __init__(self, names: Zipf[str]) -> None:
        self.names = names

    def pick(self, rng: random.Random) -> str:
        return village_name(self.names.pick(rng))


@dataclass
class Vocabulary:
    """The world's long lists of names and terms, drawn Zipf-weighted so a few recur and most are rare."""

    names: Zipf[str]
    streets: Streets
    villages: Villages
    towns: list[str]
    orgs: Zipf[str]
    surnames: Zipf[str]  # residents, agents and objectors who speak
    rare: Zipf[str]
    site: Zipf[str]
    activities: Zipf[str]
    jargon: Zipf[str]
    issues: Zipf[str]
    adjectives: Zipf[str]
    services: Zipf[str]
    documents: Zipf[str]


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("'", "")).strip("-")


def _synthetic_names(heads: Sequence[str], tails: Sequence[str]) -> list[str]:
    return [head + tail for head in heads for tail in tails if head[-1] != tail[0]]


def _surname_pool(rng: random.Random) -> list[str]:
    """Real surnames first, then invented ones, each once: people are told apart by surname."""
    real = list(dict.fromkeys(REAL_SURNAMES))
    invented = [name for name in _synthetic_names(SURNAME_HEADS, SURNAME_TAILS) if name not in real]
    rng.shuffle(real)
    rng.shuffle(invented)
    return real + invented


def invented_names(rng: random.Random) -> list[str]:
    """Every onset + join + ending (no doubled letter where they meet), shuffled: the order sets how common each is."""
    names = [onset + join + ending for onset in NAME_ONSETS for join in NAME_JOINS for ending in NAME_ENDINGS
             if (join or onset)[-1] != ending[0]]
    names = list(dict.fromkeys(names))
    rng.shuffle(names)
    return names


def build_vocabulary(rng: random.Random) -> Vocabulary:
    names = invented_names(rng)
    towns = _synthetic_names(TOWN_HEADS, TOWN_TAILS)
    rng.shuffle(towns)
    public = list(REAL_SURNAMES[:120]) + names[-80:]
    rng.shuffle(public)
    orgs = []
    for index in range(6000):
        pattern = ORG_PATTERNS[index % len(ORG_PATTERNS)]
        orgs.append(pattern.format(town=towns[index % len(towns)], village=village_name(names[index * 7 % len(names)]),
                                   surname=names[index * 13 % len(names)]))
    orgs = list(dict.fromkeys(orgs))
    rng.shuffle(orgs)
    lists = [list(entries) for entries in (RARE_DETAILS, SITE_DETAILS, ACTIVITIES, JARGON, ISSUES, ADJECTIVES,
                                           SERVICES, DOCUMENTS)]
    for entries in lists:
        rng.shuffle(entries)
    name_pick = Zipf(names, 0.9)
    return Vocabulary(name_pick, Streets(name_pick, rng), Villages(name_pick), towns, Zipf(orgs, 1.0),
                      Zipf(public, 0.9), *(Zipf(entries, 1.0) for entries in lists))


class SurnameSource:
    """Hands out each surname once while they last, so ~500 people have ~500 names."""

    def __init__(self, rng: random.Random) -> None:
        self.pool = _surname_pool(rng)
        self.used = 0

    def take(self) -> str:
        name = self.pool[self.used % len(self.pool)]
        self.used += 1
        return name


def _honorific(rng: random.Random, officer: bool) -> str:
    roll = rng.random()
    if officer:
        return "Mrs" if roll < 0.3 else "Ms" if roll < 0.5 else "Mr" if roll < 0.95 else "Dr"
    return "Mrs" if roll < 0.12 else "Dr" if roll < 0.14 else ""


def _members(rng: random.Random, names: SurnameSource, seats: int, term: int) -> list[Person]:
    """Councillors over the years: each seat held in turn by people serving one to five `term`-year terms, so
    the council is at full strength every year and turns over at elections."""
    people = []
    for _ in range(seats):
        year = FIRST_YEAR - rng.randrange(0, 3 * term)
        while year <= LAST_YEAR:
            span = term * rng.choice((1, 1, 2, 2, 3, 4, 5))
            people.append(Person(rng.choice("ABCDEFGHJKLMNPRSTW"), names.take(), _honorific(rng, False), year,
                                 year + span - 1))
            year += span
    return people


def _holders(rng: random.Random, names: SurnameSource, role: str) -> list[Person]:
    """One to three people hold a post in turn over the twenty years."""
    count = rng.choice((1, 1, 2))
    cuts = sorted(rng.sample(range(FIRST_YEAR + 1, LAST_YEAR), count - 1))
    starts = [FIRST_YEAR - 3, *cuts]
    ends = [cut - 1 for cut in cuts] + [LAST_YEAR + 1]
    return [Person(rng.choice("ABCDEFGHJKLMNPRSTW"), names.take(), _honorific(rng, True), start, end, role)
            for start, end in zip(starts, ends, strict=True)]


PRINCIPAL_TYPES = ("Borough Council", "District Council", "City Council", "Council", "County Council",
                   "Metropolitan Borough Council")


def _principal(rng: random.Random, names: SurnameSource, town: str, kind: str) -> Council:
    stem = f"{town[:-1] if town.endswith('e') else town}shire" if kind == "County Council" else town
    name = f"{stem} {kind}"
    panels = list(CORE_PANELS) + rng.sample(OPTIONAL_PANELS, 14)
    if rng.random() < 0.4:
        panels[2] = PanelKind("Executive", 8, panels[2].topics, "the Executive", panels[2].officers, 11)
    topics = {key for panel in panels for key in panel.topics if key in TOPICS}
    roles = sorted({role for panel in panels for role in panel.officers}
                   | {role for key in topics for role in TOPICS[key].officers} | set(BASE_OFFICERS))
    officers = {role: _holders(rng, names, role) for role in roles}
    venue = rng.choice((f"the Council Chamber, {town} House", "Committee Room 1, Civic Centre",
                        "Committee Room 2, Town Hall", f"the Guildhall, {town}", "the Council Chamber, Civic Offices"))
    return Council(name, slug(name), town, False, kind != "Council", panels,
                   Zipf(sorted(panels, key=lambda panel: -panel.weight), 0.7),
                   _members(rng, names, 22, 4), officers, venue, rng.uniform(0.7, 1.3))


def _parish(rng: random.Random, names: SurnameSource, village: str, principal: Council, town: bool) -> Council:
    kind = "Town Council" if town else rng.choice(("Parish Council", "Parish Council", "Community Council"))
    name = f"{village} {kind}"
    clerk = "Town Clerk" if town else "Clerk"
    topics = PARISH_PANEL_TOPICS
    panel = PanelKind(name, 0, words(topics), "the Council", (clerk,), 1.0)
    venue = rng.choice(("the Town Hall", "the Council Chamber, Town Hall") if town else
                       (f"the Memorial Hall, {village}", "the Village Hall", "the Church Rooms",
                        f"the Pavilion, {village} Recreation Ground", f"{village} Community Centre"))
    officers = {clerk: _holders(rng, names, clerk)}
    if town:
        officers["Deputy Clerk"] = _holders(rng, names, "Deputy Clerk")
    return Council(name, slug(name), village, True, True, [panel], Zipf([panel]),
                   _members(rng, names, 6, 4), officers, venue, rng.uniform(0.06, 0.1), principal.name)


def build_world(rng: random.Random, councils: int, vocab: Vocabulary) -> list[Council]:
    """`councils` principal councils, each with its parish and town councils; names unique."""
    names = SurnameSource(rng)
    towns = vocab.towns
    kinds = list(PRINCIPAL_TYPES)
    rng.shuffle(kinds)
    world: list[Council] = []
    used = 0
    for index in range(councils):
        principal = _principal(rng, names, towns[used], kinds[index % len(kinds)])
        used += 1
        world.append(principal)
        for number in range(PARISHES_PER_COUNCIL):
            village = village_name(vocab.names.items[used])
            used += 1
            world.append(_parish(rng, names, village, principal, town=number == 0))
    return world


# ---------------------------------------------------------------------------------------------------------
# Meeting plans: decided up front, so the paragraph total is known and minute numbers run on in date order
# ---------------------------------------------------------------------------------------------------------

LAYOUTS_PRINCIPAL = Zipf(("borough", "moderngov-html", "district", "scrutiny", "moderngov-text"), 0.9, 1.3)
HTML_SHARE = 0.19  # of principal-council meetings; parish and town councils publish text


@dataclass
class ItemPlan:
    kind: str  # apologies declarations previous public report application hearing questions next exempt
    topic: str
    paragraphs: int


@dataclass
class MeetingPlan:
    council: Council
    panel: PanelKind
    date: dt.date
    layout: str
    items: list[ItemPlan]
    index: int
    first_number: int = 1
    previous: dt.date | None = None
    following: dt.date | None = None

    @property
    def paragraphs(self) -> int:
        return sum(item.paragraphs for item in self.items)


def _layout(rng: random.Random, council: Council) -> str:
    if council.parish:  # one layout per local council, so its people are always spelled the same way
        return "town" if council.name.endswith("Town Council") else "parish"
    if rng.random() < HTML_SHARE:
        return "moderngov-html"
    return rng.choices(("borough", "district", "scrutiny", "moderngov-text"), (0.5, 0.2, 0.15, 0.15))[0]


def _meeting_date(rng: random.Random, council: Council, panel: PanelKind, taken: set[dt.date]) -> dt.date:
    """A weekday the panel usually meets on, not in August or the Christmas fortnight, not taken if avoidable."""
    weekday = zlib.crc32(f"{council.name}/{panel.name}".encode()) % 4
    span = (dt.date(LAST_YEAR, 12, 15) - dt.date(FIRST_YEAR, 1, 10)).days
    day = dt.date(FIRST_YEAR, 1, 10)
    for _ in range(6):
        day = dt.date(FIRST_YEAR, 1, 10) + dt.timedelta(days=rng.randrange(span))
        day += dt.timedelta(days=(weekday - day.weekday()) % 7)
        if day.month == 8 or (day.month == 12 and day.day > 20) or (day.month == 1 and day.day < 5):
            continue
        if day not in taken:
            break
    return day


def _report_paragraphs(rng: random.Random) -> int:
    return rng.choices((2, 3, 4, 5, 6, 7, 8), (4, 18, 24, 22, 16, 9, 7))[0]


# How often one subject may come up in a meeting. "Questions from Members" once: the parser drops a title line
# that recurs three times in a file as a running header.
TOPIC_CAP = {"applications": 12, "hearings": 4, "questions": 1}


def _agenda_topics(rng: random.Random, panel: PanelKind, count: int) -> list[str]:
    """The subjects of a meeting's main items: the panel's usual business first, each at most twice."""
    pick = Zipf(panel.topics, 1.0)
    taken: dict[str, int] = defaultdict(int)
    keys = []
    for _ in range(count):
        key = pick.pick(rng)
        if taken[key] >= TOPIC_CAP.get(key, 2):
            spare = [other for other in dict.fromkeys(panel.topics) if taken[other] < TOPIC_CAP.get(other, 2)]
            if not spare:
                break
            key = rng.choice(spare)
        taken[key] += 1
        keys.append(key)
    return keys


def _items(rng: random.Random, council: Council, panel: PanelKind, layout: str) -> list[ItemPlan]:
    items = [ItemPlan("apologies", "", rng.choice((1, 1, 2))), ItemPlan("declarations", "", rng.choice((1, 1, 2))),
             ItemPlan("previous", "", rng.choice((1, 1, 2)))]
    if council.parish or panel.name == "Full Council" or (panel.name == "Cabinet" and rng.random() < 0.3):
        items.append(ItemPlan("public", "", rng.randint(2, 5)))
    for key in _agenda_topics(rng, panel, rng.choices((3, 4, 5, 6, 7), (10, 25, 30, 22, 13))[0]):
        if key == "applications":
            items.append(ItemPlan("application", PLANNING_TOPIC, rng.randint(3, 8)))
        elif key == "hearings":
            items.append(ItemPlan("hearing", "licensing", rng.randint(4, 7)))
        elif key == "questions":
            items.append(ItemPlan("questions", "", rng.randint(2, 4)))
        else:
            items.append(ItemPlan("report", key, _report_paragraphs(rng)))
    if layout == "moderngov-html" and rng.random() < 0.12:
        items.append(ItemPlan("exclusion", "", 1))
        items.append(ItemPlan("exempt", "regeneration", 0))
    elif rng.random() < 0.65:
        items.append(ItemPlan("next", "", rng.choice((1, 2))))
    return items


def plan_meetings(rng: random.Random, world: list[Council], paragraphs: int) -> list[MeetingPlan]:
    """Meetings until their paragraphs reach `paragraphs`; then numbered per panel in date order."""
    council_pick = rng.choices
    weights = [council.weight for council in world]
    taken: dict[tuple[str, str], set[dt.date]] = defaultdict(set)
    plans: list[MeetingPlan] = []
    total = 0
    while total < paragraphs:
        council = council_pick(world, weights)[0]
        panel = council.panel_pick.pick(rng)
        day = _meeting_date(rng, council, panel, taken[council.name, panel.name])
        taken[council.name, panel.name].add(day)
        layout = _layout(rng, council)
        plan = MeetingPlan(council, panel, day, layout, _items(rng, council, panel, layout), len(plans))
        plans.append(plan)
        total += plan.paragraphs
    _number(plans)
    return plans


def _number(plans: list[MeetingPlan]) -> None:
    """Minute numbers run on through a municipal year (May to April), per panel, as councils number them."""
    plans.sort(key=lambda plan: (plan.council.name, plan.panel.name, plan.date, plan.index))
    for _, group in itertools.groupby(plans, key=lambda plan: (plan.council.name, plan.panel.name)):
        meetings = list(group)
        counter: dict[int, int] = defaultdict(int)
        for position, plan in enumerate(meetings):
            year = _municipal_year(plan.date)
            plan.first_number = counter[year] + 1
            counter[year] += len(plan.items)
            plan.previous = meetings[position - 1].date if position else plan.date - dt.timedelta(days=28)
            plan.following = meetings[position + 1].date if position + 1 < len(meetings) else \
                plan.date + dt.timedelta(days=35)


def _municipal_year(day: dt.date) -> int:
    return day.year if day.month >= 5 else day.year - 1


# ---------------------------------------------------------------------------------------------------------
# Dates, times, money
# ---------------------------------------------------------------------------------------------------------


def ordinal(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def long_date(day: dt.date, style: int = 0) -> str:
    """0: `Tuesday 10 December 2024`; 1: `Wednesday, 12 June 2024`; 2: `Monday 25th October, 2021`;
    3: `10 December 2024`; 4: `Tuesday, 14th January, 2025` (ModernGov)."""
    weekday, month = WEEKDAYS[day.weekday()], MONTHS[day.month - 1]
    return (f"{weekday} {day.day} {month} {day.year}", f"{weekday}, {day.day} {month} {day.year}",
            f"{weekday} {ordinal(day.day)} {month}, {day.year}", f"{day.day} {month} {day.year}",
            f"{weekday}, {ordinal(day.day)} {month}, {day.year}")[style]


def clock(hour: int, minute: int, style: int) -> str:
    """0: `7.00 pm`; 1: `7.30pm` / `7pm`."""
    half = "am" if hour < 12 else "pm"
    twelve = hour % 12 or 12
    if style == 0:
        return f"{twelve}.{minute:02d} {half}"
    return f"{twelve}{half}" if minute == 0 else f"{twelve}.{minute:02d}{half}"


def financial_year(year: int) -> str:
    return f"{year}/{(year + 1) % 100:02d}"


def money(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.35:
        return f"£{rng.randrange(2, 99) * 1000 + rng.choice((0, 0, 500, 250)):,}"
    if roll < 0.7:
        return f"£{rng.randrange(10, 999) / 100:.2f} million"
    return f"£{rng.randrange(50, 9999):,}"


# ---------------------------------------------------------------------------------------------------------
# Writing one meeting
# ---------------------------------------------------------------------------------------------------------


@dataclass
class ListPara:
    """A lead-in and its short entries: the parser keeps them as one paragraph."""

    lead: str
    entries: list[str]
    lettered: bool = False  # (a) (b) (c) rather than bullets


Para = str | ListPara


@dataclass
class Item:
    number: str | None
    title: str
    agenda: str | None
    paragraphs: list[Para]


class _Slots(dict):  # type: ignore[type-arg]
    """Fills a template's slots on demand; a slot used twice in one template gets one value."""

    def __init__(self, writer: MeetingWriter, topic: Topic) -> None:
        super().__init__()
        self.writer = writer
        self.topic = topic

    def __missing__(self, key: str) -> str:
        value = self.writer.slot(key, self.topic, self)
        self[key] = value
        return value


class MeetingWriter:
    """Writes the items of one meeting from its plan, with its own seeded Random."""

    def __init__(self, plan: MeetingPlan, vocab: Vocabulary, seed: int) -> None:
        self.plan = plan
        self.vocab = vocab
        self.rng = random.Random(seed * 1_000_003 + plan.index)
        self.council = plan.council
        self.year = plan.date.year
        self.members = self._panel_members()
        self.member_pick = Zipf(self.members, 0.6)
        self.absent = [p for p in self.council.active(self.year) if p not in self.members][:12]
        self.officers = self._officers()
        self.chair_title = "Chairman" if self.council.parish or self.rng.random() < 0.3 else "Chair"
        self.makers: dict[str, Callable[[Topic, _Slots], str]] = self._makers()
        self.leads: dict[str, int] = defaultdict(int)

    # -- who is there ------------------------------------------------------------------------------

    def _panel_members(self) -> list[Person]:
        """The panel's members this year: a stable choice, so a committee keeps its people from meeting to meeting."""
        active = self.council.active(self.year)
        key = self.plan.panel.name
        ranked = sorted(active, key=lambda person: zlib.crc32(f"{key}/{person.surname}".encode()))
        size = self.plan.panel.size or len(ranked)
        present = ranked[: max(3, size)]
        if len(present) > 4 and self.rng.random() < 0.7:  # apologies leave a gap or two
            present = present[: len(present) - self.rng.choice((1, 1, 2))]
        return present or [Person("A", "Smith")]

    def _officers(self) -> dict[str, Person]:
        roles = list(self.plan.panel.officers)
        for item in self.plan.items:
            if item.topic in TOPICS:
                roles.extend(TOPICS[item.topic].officers)
        found: dict[str, Person] = {}
        for role in dict.fromkeys(roles):
            person = self.council.officer(role, self.year)
            if person is not None:
                found[role] = person
        return found

    # -- slots ---------------------------------------------------------------------------------------

    def fill(self, template: str, topic: Topic) -> str:
        text = template.format_map(_Slots(self, topic))
        return text[:1].upper() + text[1:]

    def slot(self, key: str, topic: Topic, slots: _Slots) -> str:
        maker = self.makers.get(key)
        if maker is not None:
            return maker(topic, slots)
        choices = SLOT_WORDS.get(key)
        if choices is None:
            raise KeyError(f"unknown slot {key!r}")
        value = choices[int(self.rng.random() ** 1.6 * len(choices))]
        return value.format_map(slots) if "{" in value else value

    def _makers(self) -> dict[str, Callable[[Topic, _Slots], str]]:
        rng, vocab = self.rng, self.vocab
        return {
            "np": lambda topic, _: topic.noun_pick.pick(rng),
            "np2": lambda topic, slots: self._other(topic.noun_pick, slots["np"]),
            "place": lambda topic, _: vocab.streets.pick(rng) if rng.random() < 0.7 else vocab.villages.pick(rng),
            "street": lambda topic, _: vocab.streets.pick(rng),
            "school": lambda topic, _: f"{vocab.names.pick(rng)} {rng.choice(SCHOOL_KINDS)} School",
            "farm": lambda topic, _: f"{vocab.names.pick(rng)} {rng.choice(FARM_KINDS)}",
            "org": lambda topic, _: vocab.orgs.pick(rng),
            "rare": lambda topic, _: vocab.rare.pick(rng),
            "activity": lambda topic, _: vocab.activities.pick(rng),
            "jargon": lambda topic, _: vocab.jargon.pick(rng),
            "issue": lambda topic, _: vocab.issues.pick(rng),
            "issue2": lambda topic, slots: self._other(vocab.issues, slots["issue"]),
            "adjective": lambda topic, _: vocab.adjectives.pick(rng),
            "service": lambda topic, _: vocab.services.pick(rng),
            "scheme": lambda topic, _: f"{vocab.services.pick(rng)} {vocab.documents.pick(rng)}",
            "scheme2": lambda topic, _: f"{vocab.services.pick(rng)} {vocab.documents.pick(rng)}",
            "money": lambda topic, _: money(rng),
            "pct": lambda topic, _: f"{rng.randint(2, 45)}{' per cent' if rng.random() < 0.6 else '%'}",
            "n": lambda topic, _: str(rng.choice((2, 3, 4, 5, 6, 8, 12, 14, 18, 23, 31, 46, 58, 112, 214))),
            "month_year": lambda topic, _: self._month_year(-500, -20),
            "month_next": lambda topic, _: self._month_year(30, 300),
            "fy": lambda topic, _: financial_year(self.year + rng.choice((0, 0, 1))),
            "deadline": lambda topic, slots: rng.choice(DEADLINES).format_map(slots),
            "body": lambda topic, _: self.plan.panel.body,
            "Body": lambda topic, _: self.plan.panel.body[:1].upper() + self.plan.panel.body[1:],
            "member": lambda topic, _: self.mention(self.member_pick.pick(rng)),
            "Member": lambda topic, _: self.mention(self.member_pick.pick(rng)),
            "officer": lambda topic, _: self.officer_role(topic),
            "Officer": lambda topic, _: self._capital(self.officer_role(topic)),
            "intro": lambda topic, _: self.introduction(topic),
            "portfolio_holder": lambda topic, _: self.portfolio_holder(topic),
            "clause": lambda topic, _: self.fill_lower(rng.choice(CLAUSES), topic),
            "clause2": lambda topic, _: self.fill_lower(rng.choice(CLAUSES), topic),
            "q": lambda topic, _: self.fill_lower(rng.choice(QUESTION_CLAUSES), topic),
            "wh": lambda topic, _: self.fill_lower(rng.choice(WH_QUESTIONS), topic),
            "acr": lambda topic, _: self.acronym(topic),
            "acr_fact": lambda topic, slots: rng.choice(ACRONYM_FACTS).format_map(slots),
            "action": lambda topic, slots: rng.choice(ACTIONS).format_map(slots),
            "other_panel": lambda topic, _: self._other_panel(),
            "principal": lambda topic, _: self.council.principal or self.council.name,
        }

    def _other_panel(self) -> str:
        if self.council.parish:
            return self.council.principal
        others = [panel for panel in self.council.panels if panel is not self.plan.panel]
        return f"the {self.rng.choice(others).name}"

    def fill_lower(self, template: str, topic: Topic) -> str:
        return template.format_map(_Slots(self, topic))

    def _other(self, pick: Zipf[str], first: str) -> str:
        """A second choice from the same list, different from the first where it can be."""
        for _ in range(4):
            value = pick.pick(self.rng)
            if value != first:
                return value
        return pick.items[-1] if pick.items[-1] != first else pick.items[0]

    def _month_year(self, earliest: int, latest: int) -> str:
        """A month and year some days before (negative) or after the meeting."""
        day = self.plan.date + dt.timedelta(days=self.rng.randrange(earliest, latest))
        return f"{MONTHS[day.month - 1]} {day.year}"

    @staticmethod
    def _capital(text: str) -> str:
        return text[:1].upper() + text[1:]

    def mention(self, person: Person) -> str:
        """How minutes name a member in a sentence: `Councillor Patel`, `Cllr Patel`, `Councillor J Patel`."""
        roll = self.rng.random()
        if self.council.parish:
            return f"Cllr {person.surname}" if roll < 0.8 else f"Councillor {person.surname}"
        if roll < 0.65:
            return f"Councillor {person.surname}"
        return f"Cllr {person.surname}" if roll < 0.9 else f"Councillor {person.initial} {person.surname}"

    def officer_role(self, topic: Topic) -> str:
        for role in topic.officers:
            if role in self.officers and self.rng.random() < 0.75:
                return f"the {role}"
        roles = list(self.officers) or ["Clerk"]
        return f"the {roles[int(self.rng.random() ** 2 * len(roles))]}"

    def resident(self) -> str:
        """A member of the public who speaks: `Mrs Holloway`, always with the same title."""
        surname = self.vocab.surnames.pick(self.rng)
        return f"{('Mr', 'Mrs', 'Ms', 'Mr')[zlib.crc32(surname.encode()) % 4]} {surname}"

    def portfolio_holder(self, topic: Topic) -> str:
        """`Councillor Price, Cabinet Member for Finance and Resources,` where Cabinet members present reports."""
        if self.plan.panel.name in ("Cabinet", "Executive", "Full Council"):
            return f"{self.mention(self.member_pick.pick(self.rng))}, Cabinet Member for {topic.portfolio},"
        return self.introduction(topic)

    def introduction(self, topic: Topic) -> str:
        """`S Butcher, Executive Director of Children's Services,` naming the officer once."""
        for role in topic.officers:
            person = self.officers.get(role)
            if person is not None:
                return f"{person.initial} {person.surname}, {role},"
        return self._capital(self.officer_role(topic))

    def acronym(self, topic: Topic) -> str:
        """An acronym, defined inline about half the time, in the ways minutes define them."""
        if not topic.acronyms:
            return topic.noun_pick.pick(self.rng)
        short, long = topic.acronyms[int(self.rng.random() ** 1.5 * len(topic.acronyms))]
        roll = self.rng.random()
        if roll < 0.2:
            return f"{short} – {long} –"
        if roll < 0.35:
            return f"{long} ({short})"
        if roll < 0.5:
            return f"{short} ({long})"
        return short

    # -- paragraphs --------------------------------------------------------------------------------

    def target_words(self) -> int:
        return max(MIN_WORDS, min(MAX_WORDS, int(self.rng.lognormvariate(3.9, 0.45))))

    def grow(self, text: str, pools: Sequence[Sequence[str]], topic: Topic) -> str:
        """Add sentences from the pools until the paragraph reaches its drawn length."""
        target = self.target_words()
        count = len(text.split())
        for _ in range(8):
            if count >= target:
                break
            pool = pools[int(self.rng.random() * len(pools))]
            sentence = self.fill(self.rng.choice(pool), topic)
            extra = len(sentence.split())
            if count + extra > MAX_WORDS:
                break
            text, count = f"{text} {sentence}", count + extra
        return self.pad(text, count)

    def pad(self, text: str, count: int) -> str:
        while count < MIN_WORDS:
            filler = self.rng.choice(FILLERS)
            text, count = f"{text} {filler}", count + len(filler.split())
        return text

    def move(self, name: str, topic: Topic) -> Para:
        """One paragraph of a report item, opening with the given move."""
        fill, rng = self.fill, self.rng
        if name == "open":
            openers = PARISH_OPENERS if self.council.parish else OPENERS
            return self.grow(fill(rng.choice(openers), topic), (DETAILS, DETAILS, COMMENTS), topic)
        if name == "detail":
            return self.grow(fill(rng.choice(DETAILS), topic), (DETAILS,), topic)
        if name == "qa":
            return self.qa(topic)
        if name == "qa2":
            return self.grow(fill(rng.choice(COMBINED_QA), topic), (DETAILS, ANSWERS), topic)
        if name == "comment":
            return self.grow(fill(rng.choice(COMMENTS), topic), (ANSWERS, DETAILS), topic)
        if name == "commit":
            pool = PARISH_COMMITMENTS if self.council.parish and rng.random() < 0.6 else COMMITMENTS
            return self._commitment(pool, topic)
        if name == "list":
            return self.bullet_list(topic)
        if name == "vote":
            return self.vote(topic)
        if name == "decision":
            return self.decision(topic)
        raise ValueError(f"unknown paragraph move {name!r}")

    def qa(self, topic: Topic) -> str:
        first = f"{self.fill(self.rng.choice(QUESTIONS), topic)} {self.fill(self.rng.choice(ANSWERS), topic)}"
        return self.grow(first, (DETAILS, COMMITMENTS, QUESTIONS + ANSWERS), topic)

    def _commitment(self, pool: Sequence[str], topic: Topic) -> str:
        text = self.fill(self.rng.choice(pool), topic)
        if text.endswith("ACTION: Clerk"):
            prefix = self.fill(self.rng.choice(DETAILS), topic)
            return f"{prefix} {text}"
        return self.grow(text, (DETAILS,), topic)

    def decision_body(self, topic: Topic) -> str:
        return self.fill_lower(self.rng.choice(DECISIONS), topic)

    def decision(self, topic: Topic) -> Para:
        """A decision paragraph: `RESOLVED that ...`, or a lead-in with lettered decisions."""
        rng = self.rng
        word = "AGREED" if self.plan.panel.body in ("the Panel", "the Board") and rng.random() < 0.6 else "RESOLVED"
        if rng.random() < 0.25:
            entries = [self.decision_body(topic) for _ in range(rng.randint(2, 4))]
            entries = [f"{entry};" for entry in entries[:-1]] + [f"{entries[-1]}."]
            entries[-2] = entries[-2] + " and"
            lead = f"{word} – That:" if word == "RESOLVED" else "AGREED as follows:-"
            return ListPara(self.lead(lead), entries, lettered=True)
        opener = rng.choice((f"{word} that", f"{word} – That", f"It was {word} that", f"{word} that"))
        bodies = [self.decision_body(topic)]
        while len(opener.split()) + sum(len(body.split()) + 2 for body in bodies) < MIN_WORDS + 2:
            body = self.decision_body(topic)
            if body not in bodies:
                bodies.append(body)
        return f"{opener} {' and that '.join(bodies)}."

    def vote(self, topic: Topic) -> str:
        rng = self.rng
        first = self.member_pick.pick(rng)
        second = next((person for person in rng.sample(self.members, len(self.members)) if person != first), first)
        mover, seconder = self.mention(first), self.mention(second)
        size = len(self.members)
        votes_for = rng.randint(size // 2 + 1, max(size // 2 + 1, size))
        against = rng.randint(0, size - votes_for)
        outcome = "carried unanimously" if against == 0 else f"carried by {_votes(votes_for)} to {against}"
        proposal = self.decision_body(topic)
        roll = rng.random()
        if roll < 0.4:
            return (f"It was proposed by {mover} and seconded by {seconder} that {proposal}. "
                    f"On being put to the vote, the proposal was {outcome}.")
        if roll < 0.7:
            return (f"{mover} proposed, and {seconder} seconded, an amendment that {proposal}. "
                    f"The amendment was lost by {_votes(max(against, 1))} to {votes_for}.")
        return (f"Proposed by {mover}, seconded by {seconder}, that {proposal}. A recorded vote was taken. "
                f"For: {votes_for}; Against: {against}; Abstain: {rng.randint(0, 2)}.")

    def bullet_list(self, topic: Topic) -> ListPara:
        """A lead-in with short entries (each one sentence), which the parser keeps as one paragraph."""
        rng = self.rng
        lead = rng.choice(("The following issues were raised during the discussion:-",
                           f"{self._capital(self.officer_role(topic))} highlighted the following points:",
                           "The key themes of the report were as follows:-",
                           "Members were informed of progress in the following areas:"))
        entries = []
        for _ in range(rng.randint(3, 6)):
            noun = self._capital(topic.noun_pick.pick(rng))
            entries.append(rng.choice((noun, f"{noun} ({self.vocab.orgs.pick(rng)})",
                                       f"{noun} in {self.vocab.villages.pick(rng)}",
                                       f"{noun} – {rng.choice(SLOT_WORDS['progress'])}")))
        return ListPara(self.lead(lead), list(dict.fromkeys(entries)))

    def lead(self, text: str) -> str:
        """A list's lead-in. The parser takes a line that recurs three times in a file and does not end a sentence
        (":-" does not) for a running header and drops it, so a third ":-" lead-in ends in ":" instead."""
        self.leads[text] += 1
        return text[:-1] if text.endswith(":-") and self.leads[text] > 2 else text

    # -- items -------------------------------------------------------------------------------------

    def report(self, plan: ItemPlan) -> list[Para]:
        topic = TOPICS[plan.topic]
        count = plan.paragraphs
        if count == 1:
            return [self.move("open", topic)]
        middle = [MIDDLE_MOVES.pick(self.rng) for _ in range(count - 2)]
        votes = middle.count("vote")
        if votes:  # one vote, just before the decision
            middle = [move for move in middle if move != "vote"] + ["detail"] * (votes - 1) + ["vote"]
        return [self.move(name, topic) for name in ["open", *middle, "decision"]]

    def apologies(self, plan: ItemPlan) -> list[Para]:
        if not self.absent:
            first = (f"There were no apologies for absence, and all Members of {self.plan.panel.body} were present "
                     f"for the meeting.")
        else:
            reasons = ("work commitments", "family commitment", "illness", "holiday", "working away")
            away = self.absent[: self.rng.randint(1, min(3, len(self.absent)))]
            names = [f"{self.mention(person)} ({self.rng.choice(reasons)})" for person in away]
            listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" and {names[-1]}"
            first = f"Apologies for absence were received from {listed}."
            if len(first.split()) < MIN_WORDS:
                first += " The apologies were accepted by Members."
        out: list[Para] = [first]
        if plan.paragraphs > 1:
            substitute = self.mention(self.member_pick.pick(self.rng))
            out.append(f"{substitute} attended as a substitute. Members agreed to accept the apologies and noted "
                       "the reasons given.")
        return out

    def declarations(self, plan: ItemPlan, numbers: list[str | None], titles: list[str]) -> list[Para]:
        rng = self.rng
        out: list[Para] = []
        kinds = ("non-pecuniary", "disclosable pecuniary", "non-registerable", "personal", "prejudicial",
                 "other registrable")
        for index in range(plan.paragraphs):
            if index == 0 and rng.random() < 0.3:
                out.append("There were no Declarations of Interest made by Members at this point in the meeting.")
                continue
            target = rng.randrange(len(numbers))
            where = f"minute {numbers[target].rstrip('.')}" if numbers[target] else "the item"
            reason = rng.choice((f"a trustee of {self.vocab.orgs.pick(rng)}",
                                 f"a member of {self.vocab.orgs.pick(rng)}",
                                 f"Ward Councillor for {self.vocab.villages.pick(rng)}",
                                 "the applicant was a close personal friend",
                                 f"a governor at {self.vocab.names.pick(rng)} Primary School"))
            stay = rng.choice(("remained in the meeting and took part in the discussion and vote",
                               "would leave the room while the item was considered",
                               "took no part in the debate or vote on that item"))
            member = self.mention(self.member_pick.pick(rng))
            kind = rng.choice(kinds)
            article = "an" if kind[0] in "aeiou" else "a"
            out.append(f"{member} declared {article} {kind} interest in {where} ({titles[target]}) as "
                       f"{reason}, and {stay}.")
        return out

    def previous(self, plan: ItemPlan) -> list[Para]:
        earlier = long_date(self.plan.previous or self.plan.date, 3)
        panel = self.plan.panel.name
        first = self.rng.choice((
            f"The minutes of the previous meeting of the {panel} held on {earlier} were submitted and approved as a "
            f"correct record.",
            f"RESOLVED that the minutes of the meeting of the {panel} held on {earlier} be approved as a correct "
            f"record and signed by the {self.chair_title}.",
            f"The minutes of the meeting held on {earlier}, having been circulated, were taken as read and approved "
            f"as a true record.",
        ))
        out: list[Para] = [first]
        if plan.paragraphs > 1:
            keys = [key for key in self.plan.panel.topics if key in TOPICS] or ["governance"]
            topic = TOPICS[self.rng.choice(keys)]
            out.append(self.grow(f"Matters arising: {self.fill(self.rng.choice(DETAILS), topic)}", (DETAILS,), topic))
        return out

    def public(self, plan: ItemPlan) -> list[Para]:
        rng = self.rng
        topic = TOPICS[rng.choice(PARISH_TOPICS)] if self.council.parish else TOPICS["highways"]
        chair = f"The {self.chair_title}"
        out: list[Para] = []
        for index in range(plan.paragraphs):
            if index == 0 and self.council.parish:
                out.append(f"The meeting was adjourned at {clock(19, rng.randint(31, 40), 1)} to allow members of "
                           f"the public to speak, and the {self.chair_title} invited questions from those present.")
                continue
            who = rng.choice((f"A resident of {self.vocab.streets.pick(rng)}",
                              f"{self.resident()}, a resident of {self.vocab.streets.pick(rng)},",
                              f"A representative of {self.vocab.orgs.pick(rng)}"))
            question = self.fill(f"{who} raised concerns about {{np}} and asked whether {{q}}.", topic)
            answer = self.fill(rng.choice((f"{chair} replied that {{clause}}.", "In response, it was explained "
                                           "that {clause}.")), topic)
            out.append(f"{question} {answer}")
        return out

    def questions(self, plan: ItemPlan) -> list[Para]:
        keys = [key for key in self.plan.panel.topics if key in TOPICS] or ["finance"]
        return [self.move(self.rng.choice(("qa", "qa2")), TOPICS[self.rng.choice(keys)])
                for _ in range(plan.paragraphs)]

    def application(self, plan: ItemPlan, site: str) -> list[Para]:
        """A planning application: officer, objector, agent, ward member, questions, vote, decision."""
        rng = self.rng
        topic = TOPICS[PLANNING_TOPIC]
        officer = self._capital(self.officer_role(topic))
        development = rng.choice(("the erection of four two-storey dwellings with associated access and parking",
                                  "a single-storey rear extension and a replacement garage",
                                  "the change of use of the ground floor to a café",
                                  "up to 45 dwellings, public open space and a children's play area",
                                  "the conversion of the barn to two holiday lets",
                                  "a detached double garage with a store above",
                                  "the demolition of the existing bungalow and the erection of three houses"))
        opening = (f"{officer} presented the report on the application for {development} at {site}. "
                   f"Members' attention was drawn to the late representations sheet, which reported "
                   f"{rng.randint(2, 9)} further letters of objection.")
        middle_pool = [self._objector, self._agent, self._ward_member, self._planning_question,
                       self._planning_question, self._planning_vote]
        chosen = rng.sample(middle_pool, min(len(middle_pool), plan.paragraphs - 2))
        chosen.sort(key=lambda maker: maker is self._planning_vote)
        decision = rng.choice((
            "RESOLVED that planning permission be GRANTED subject to the conditions set out in the report and an "
            f"additional condition requiring the {self.vocab.site.pick(rng)} to be retained.",
            "RESOLVED that planning permission be REFUSED for the reasons set out in the report, and that the "
            "Head of Planning be authorised to finalise the wording of the reasons.",
            "RESOLVED that the application be DEFERRED to allow a site visit to take place before the next "
            "meeting of the Committee.",
        ))
        return [opening, *(maker(topic, site) for maker in chosen), decision][: plan.paragraphs] \
            if plan.paragraphs >= 2 else [opening]

    def _objector(self, topic: Topic, site: str) -> str:
        rng = self.rng
        street = self.vocab.streets.pick(rng)
        grounds = rng.choice((f"the new access onto {street} was too narrow for refuse vehicles",
                              f"the development would overlook the gardens of properties in {street}",
                              "the scheme would add to surface water flooding in the lane",
                              f"the loss of the {self.vocab.site.pick(rng)} would harm the character of the area"))
        return (f"{self.resident()}, a neighbouring resident, addressed the Committee in objection "
                f"to the application, stating that {grounds}.")

    def _agent(self, topic: Topic, site: str) -> str:
        return self.grow(f"{self.resident()}, the agent, addressed the Committee in support of "
                         f"the application, explaining that the scheme had been amended following pre-application "
                         f"advice.", (DETAILS,), topic)

    def _ward_member(self, topic: Topic, site: str) -> str:
        member = self.mention(self.member_pick.pick(self.rng))
        return (f"{member}, the Ward Member, spoke on behalf of residents and asked the Committee to consider a site "
                f"visit before reaching a decision on {site}.")

    def _planning_question(self, topic: Topic, site: str) -> str:
        return self.qa(topic)

    def _planning_vote(self, topic: Topic, site: str) -> str:
        return self.vote(topic)

    def hearing(self, plan: ItemPlan, premises: str) -> list[Para]:
        """A Licensing Sub-Committee hearing of a premises licence application."""
        rng = self.rng
        topic = TOPICS["licensing"]
        officer = self._capital(self.officer_role(topic))
        opening = (f"{officer} presented the report on an application by {premises} for a new premises licence, "
                   f"to permit the sale of alcohol until {rng.choice(('11.00 pm', 'midnight', '1.00 am'))} "
                   f"and regulated entertainment on {rng.choice(('Fridays and Saturdays', 'every day', 'Sundays'))}.")
        source = rng.choice(("the Police", "Environmental Health", "local residents"))
        representations = self.grow(f"Representations had been received from {source} concerning noise and the "
                                    f"{self.vocab.site.pick(rng)} at the rear of the premises.", (DETAILS,), topic)
        extras = [self.qa(topic) for _ in range(max(0, plan.paragraphs - 4))]
        adviser = ("The Legal Adviser reminded the Sub-Committee that it must promote the licensing objectives and "
                   "that its decision must be appropriate and proportionate.")
        decision = rng.choice((
            "RESOLVED that the application be granted subject to the conditions agreed with the Police and the "
            "additional conditions set out in the decision notice.",
            "RESOLVED that the application be refused, as the Sub-Committee was not satisfied that the prevention "
            "of public nuisance objective would be promoted.",
        ))
        return [opening, representations, *extras, adviser, decision][-plan.paragraphs:] \
            if plan.paragraphs >= 4 else [opening, decision][: plan.paragraphs]

    def next_meeting(self, plan: ItemPlan) -> list[Para]:
        later = self.plan.following or self.plan.date
        style = 1 if self.rng.random() < 0.5 else 0
        first = (f"The next meeting of the {self.plan.panel.name} will be held on {long_date(later, style)} at "
                 f"{self.start_time()} in {self.council.venue}.")
        out: list[Para] = [first]
        if plan.paragraphs > 1:
            hour, _ = self.plan_time()
            close = clock(min(hour + self.rng.randint(1, 3), 23), self.rng.choice((5, 10, 15, 42)), 1)
            out.append(f"There being no further business, the {self.chair_title} closed the meeting at {close}, "
                       "and thanked everyone for attending.")
        return out

    def exclusion(self) -> list[Para]:
        return ["RESOLVED that, under Section 100A(4) of the Local Government Act 1972, the press and public be "
                "excluded from the meeting for the following item of business on the grounds that it involved the "
                "likely disclosure of exempt information."]

    def start_time(self) -> str:
        hour, minute = self.plan_time()
        return clock(hour, minute, 1 if self.council.parish else 0)

    def plan_time(self) -> tuple[int, int]:
        return start_time(self.council, self.plan.panel)

    # -- the whole meeting ---------------------------------------------------------------------------

    def title(self, plan: ItemPlan, used: set[str]) -> str:
        fixed = {"apologies": "Apologies for Absence", "declarations": "Declarations of Interest",
                 "previous": "Minutes of the Previous Meeting", "next": "Date of Next Meeting",
                 "questions": "Questions from Members", "exclusion": "Exclusion of the Press and Public",
                 "public": "Public Participation" if self.council.parish else "Public Question Time"}
        if plan.kind in fixed:
            return fixed[plan.kind]
        if plan.kind == "exempt":
            return f"Proposed Acquisition of Land at {self.vocab.streets.pick(self.rng)} (Exempt)"
        title = self._topic_title(plan)
        for _ in range(6):
            if title not in used:
                return title
            title = self._topic_title(plan)
        while title in used:  # a second item on the same subject names its part of the area
            title = f"{title.split(' – ')[0]} – {self.vocab.villages.pick(self.rng)}"
        return title

    def _topic_title(self, plan: ItemPlan) -> str:
        rng = self.rng
        if plan.kind == "application":
            kind = rng.choice(("FUL", "FUL", "HOU", "OUT", "REM", "LBC", "VAR"))
            ref = f"{self.year % 100:02d}/{rng.randrange(100, 3999):05d}/{kind}"
            return f"Application {ref} – {self._site()}"
        if plan.kind == "hearing":
            return f"Application for a Premises Licence – {self.vocab.orgs.pick(rng)}"
        topic = TOPICS[plan.topic]
        year = self.year
        return topic.title_pick.pick(rng).format(
            fy=financial_year(year), fyp=financial_year(year - 1), fy3=financial_year(year + 3), q=rng.randint(1, 4),
            year=year, year3=year + 3, year5=year + 5, town=self.council.place, street=self.vocab.streets.pick(rng))

    def _site(self) -> str:
        rng = self.rng
        street, village = self.vocab.streets.pick(rng), self.vocab.villages.pick(rng)
        return rng.choice((f"Land off {street}, {village}", f"{rng.randint(1, 120)} {street}, {village}",
                           f"Land Rear of {rng.randint(1, 60)} {street}, {village}", f"Former Garage Site, {street}",
                           f"{self.vocab.names.pick(rng)} Farm, {street}, {village}"))

    def number(self, position: int) -> str | None:
        layout, n = self.plan.layout, self.plan.first_number + position
        yy = _municipal_year(self.plan.date) % 100
        if layout == "scrutiny":
            return None
        if layout == "town":
            return f"{position + 1}."
        if layout == "parish":
            return f"{yy:02d}/{n:03d}"
        if layout == "moderngov-text":
            return f"{yy:02d}/{n}"
        return f"{n}."

    def agenda(self, plan: ItemPlan, title: str) -> str | None:
        """The agenda text ModernGov prints above `Minutes:` (metadata, not minutes)."""
        if plan.kind in ("apologies", "declarations"):
            return "To receive any apologies for absence." if plan.kind == "apologies" else \
                "Members are asked to declare any interests in items on this agenda."
        if plan.kind == "report" and self.rng.random() < 0.6:
            topic = TOPICS[plan.topic]
            return self.fill(f"Report of {self.officer_role(topic)} on {{np}}.", topic)
        return None

    def items(self) -> list[Item]:
        plans = self.plan.items
        numbers = [self.number(position) for position in range(len(plans))]
        used: set[str] = set()
        titles = []
        for plan in plans:
            titles.append(self.title(plan, used))
            used.add(titles[-1])
        items = []
        for position, plan in enumerate(plans):
            paragraphs = self.item_paragraphs(plan, numbers, titles, titles[position])
            items.append(Item(numbers[position], titles[position], self.agenda(plan, titles[position]), paragraphs))
        return items

    def item_paragraphs(self, plan: ItemPlan, numbers: list[str | None], titles: list[str], title: str) -> list[Para]:
        kind = plan.kind
        if kind == "report":
            out = self.report(plan)
        elif kind == "apologies":
            out = self.apologies(plan)
        elif kind == "declarations":
            subjects = [index for index, item in enumerate(self.plan.items)
                        if item.kind in ("report", "application", "hearing")] or [0]
            out = self.declarations(plan, [numbers[i] for i in subjects], [titles[i] for i in subjects])
        elif kind == "previous":
            out = self.previous(plan)
        elif kind == "public":
            out = self.public(plan)
        elif kind == "questions":
            out = self.questions(plan)
        elif kind == "application":
            out = self.application(plan, title.split(" – ", 1)[-1])
        elif kind == "hearing":
            out = self.hearing(plan, title.split(" – ", 1)[-1])
        elif kind == "next":
            out = self.next_meeting(plan)
        elif kind == "exclusion":
            out = self.exclusion()
        else:
            out = []
        if len(out) != plan.paragraphs:
            raise AssertionError(f"{kind}: wrote {len(out)} paragraphs for {plan.paragraphs} planned")
        return out


# ---------------------------------------------------------------------------------------------------------
# Layouts: the same meeting as the text, HTML or ModernGov-text a council publishes
# ---------------------------------------------------------------------------------------------------------


def _votes(count: int) -> str:
    return "1 vote" if count == 1 else f"{count} votes"


def _caps_safe(name: str) -> bool:
    """Whether the parser's title-casing gives `name` back from capitals (no hyphens, plain words)."""
    return "-" not in name and all(
        word in SMALL_WORDS if word.islower() else word[:1].isupper() and word[1:] == word[1:].lower()
        for word in name.replace(",", "").split())


def _text_paragraph(para: Para, bullet: str = "•") -> str:
    if isinstance(para, str):
        return para
    if para.lettered:
        entries = "\n\n".join(f"({chr(97 + index)}) {entry}" for index, entry in enumerate(para.entries))
        return f"{para.lead}\n\n{entries}"
    return para.lead + "".join(f"\n{bullet} {entry}" for entry in para.entries)


def _joined(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" and {names[-1]}"


class Renderer:
    """Turns a written meeting into the file a council would publish, in the plan's layout."""

    def __init__(self, writer: MeetingWriter) -> None:
        self.writer = writer
        self.plan = writer.plan
        self.council = writer.council
        self.rng = writer.rng
        self.hour, self.minute = writer.plan_time()

    def statement(self, date_style: int, time_style: int) -> str:
        plan, rng = self.plan, self.rng
        venue = "remotely via Microsoft Teams" if _virtual(plan.date) else f"in {self.council.venue}"
        panel = plan.panel.name
        opener = rng.choice(("Minutes of the meeting of", "Minutes of the meeting of the",
                             "Minutes of a meeting of the"))
        if rng.random() < 0.04:
            opener = "Minutes of an extraordinary meeting of the"
        return (f"{opener} {panel} held {venue} on {long_date(plan.date, date_style)} at "
                f"{clock(self.hour, self.minute, time_style)}")

    def chair_label(self) -> str:
        return f"({self.writer.chair_title})"

    def present(self, style: str) -> str:
        members = self.writer.members
        chair, rest = members[0], members[1:]
        if style == "borough":
            names = [f"Cllr {chair.listed()} {self.chair_label()}"] + [f"Cllr {p.listed()}" for p in rest]
            return "PRESENT: " + _joined(names)
        if style == "district":
            others = _joined([p.listed() for p in rest]) if rest else ""
            return f"PRESENT: Councillor {chair.listed()} {self.chair_label()}; Councillors {others}."
        if style == "parish":
            clerk = self.writer.officers.get("Clerk")
            clerk_text = f"; {clerk.listed()} (Clerk)" if clerk else ""
            return (f"Present: Cllrs {chair.surname} {self.chair_label()}, " + ", ".join(p.surname for p in rest)
                    + f"{clerk_text}; {self.rng.randint(2, 9)} members of the public")
        names = [f"Cllr {chair.listed()} {self.chair_label()}"] + [f"Cllr {p.listed()}" for p in rest]
        return "Present: " + ", ".join(names)

    def officers_line(self, style: str) -> str | None:
        officers = list(self.writer.officers.items())[:5]
        if not officers:
            return None
        names = _joined([f"{p.initial} {p.surname} ({role})" for role, p in officers])
        return f"Officers present: {names}" if style == "borough" else f"Officers: {names}."

    def text(self, items: list[Item]) -> str:
        layout = self.plan.layout
        if layout == "moderngov-text":
            return self.moderngov_text(items)
        if layout == "scrutiny":
            return self.scrutiny(items)
        head = self.header(layout)
        body = []
        for item in items:
            title = item.title.upper() if layout in ("district", "parish") else item.title
            body.append(f"{item.number} {title}")
            body.extend(_text_paragraph(para) for para in item.paragraphs)
        tail = ["Signed ........................................ Chairman"] if self.rng.random() < 0.3 else []
        return "\n\n".join(head) + "\n\n\n" + "\n\n".join(body) + ("\n\n" + "\n".join(tail) if tail else "") + "\n"

    def header(self, layout: str) -> list[str]:
        council, panel, plan = self.council, self.plan.panel, self.plan
        lines: list[str] = []
        if layout == "district":
            name = panel.name.upper() if _caps_safe(panel.name) else panel.name
            venue = "remotely via Microsoft Teams" if _virtual(plan.date) else f"in {council.venue}"
            lines.append(f"MINUTES of a meeting of the {name} held {venue}, on {long_date(plan.date, 1)} at "
                         f"{clock(self.hour, self.minute, 0)}")
            lines.append(self.present("district"))
        else:
            lines.append(council.name.upper() if layout != "town" else council.name)
            if layout == "borough" and not council.parish and self.rng.random() < 0.5:
                lines.append(panel.name.upper())
            time_style = 1 if council.parish else 0
            lines.append(self.statement(self.rng.choice((0, 0, 1)), time_style))
            lines.append(self.present("parish" if layout == "parish" else "borough" if layout == "borough" else "town"))
        officers = None if council.parish else self.officers_line("borough" if layout == "borough" else "district")
        if officers:
            lines.append(officers)
        if layout == "town":
            role = "Town Clerk" if "Town Clerk" in self.writer.officers else "Clerk"
            clerk = self.writer.officers.get(role)
            if clerk:
                lines.append(f"In attendance: {clerk.listed()} ({role}), {self.rng.randint(2, 9)} members of "
                             "the public")
        return lines

    def scrutiny(self, items: list[Item]) -> str:
        """Middlesbrough-style minutes: no minute numbers, headings in capitals, Markdown attendance."""
        panel, plan = self.plan.panel, self.plan
        members = self.writer.members
        lines = []
        if _caps_safe(panel.name):
            lines.append(panel.name.upper())
        lines.append(f"A meeting of the {panel.name} was held on {long_date(plan.date, 3)}.")
        vice = f", Councillor {members[1].listed()} (Vice Chair)" if len(members) > 1 else ""
        others = f"; Councillors: {_joined([p.listed() for p in members[2:]])}" if len(members) > 2 else ""
        attendance = f"- **PRESENT:** Councillor {members[0].listed()} (Chair){vice}{others}."
        officers = ", ".join(f"{p.initial} {p.surname} ({role})" for role, p in self.writer.officers.items())
        lines.append(attendance + (f"\n- **OFFICERS:** {officers}." if officers else ""))
        for item in items:
            lines.append(item.title.upper())
            lines.extend(_text_paragraph(para, "-") for para in item.paragraphs)
        return "\n\n".join(lines) + "\n"

    def moderngov_text(self, items: list[Item]) -> str:
        """A ModernGov "Agenda and minutes" page saved as text."""
        plan = self.plan
        contact = self._contact()
        lines = ["Agenda and minutes",
                 f"{plan.panel.name} - {long_date(plan.date, 2)} {clock(self.hour, self.minute, 0)}",
                 f"Venue: {'Virtual' if _virtual(plan.date) else self.council.venue.removeprefix('the ')}",
                 f"Contact: {contact}", "Items\nNo. Item"]
        for item in items:
            lines.append(item.number or "")
            lines.append(item.title)
            if item.agenda:
                lines.append(item.agenda)
            lines.append("Minutes:")
            lines.extend(_text_paragraph(para, "·       ") for para in item.paragraphs)
        return "\n\n".join(lines) + "\n"

    def _contact(self) -> str:
        person = self.writer.officers.get("Democratic Services Officer") or next(iter(self.writer.officers.values()),
                                                                                  None)
        first = FIRST_NAMES[zlib.crc32((person.surname if person else "x").encode()) % len(FIRST_NAMES)]
        return f"{first} {person.surname}" if person else "Democratic Services"

    def html(self, items: list[Item]) -> str:
        """A saved ModernGov "Agenda and minutes" page (ieListDocuments.aspx)."""
        plan, council = self.plan, self.council
        esc = html.escape
        when = f"{long_date(plan.date, 4)} {clock(self.hour, self.minute, 0)}"
        site = f"https://democracy.{slug(council.place)}.gov.uk"
        members = self.writer.members
        present = _joined([f"Councillor {members[0].listed()} (Chair)"]
                          + [f"Councillor {p.listed()}" for p in members[1:]])
        attending = list(self.writer.officers.items())[:4]
        officers = _joined([f"{p.initial} {p.surname} ({role})" for role, p in attending]) if attending else ""
        home = f"https://www.{slug(council.place)}.gov.uk"
        rows = "\n".join(self._html_row(item, position, site) for position, item in enumerate(items))
        venue = "Virtual meeting" if _virtual(plan.date) else council.venue.removeprefix("the ")
        return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8">
<meta name="DC.title" content="Agenda for {esc(plan.panel.name)} on {when}">
<title>Agenda for {esc(plan.panel.name)} on {when} - {esc(council.name)}</title>
<link rel="stylesheet" type="text/css" href="mgStyles.css">
</head>
<body class="mgBody">
<header class="site-header"><a class="site-logo" href="{home}/">{esc(council.name)} home page</a></header>
<nav class="site-nav" aria-label="Main"><ul>
<li><a href="/bins-and-recycling">Bins and recycling</a></li><li><a href="/council-tax">Council tax</a></li>
<li><a href="/planning">Planning and building control</a></li>
<li><a href="{site}/mgListCommittees.aspx">Councillors and committees</a></li>
</ul></nav>
<main id="mgMainContent">
<div id="modgov"><div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda and minutes</h1></div>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt">{esc(plan.panel.name)} - {when}</h2></div>
<div class="mgContent">
<p><span class="mgLabel">Venue: </span>{esc(venue)}</p>
<p><span class="mgLabel">Contact: </span>{esc(self._contact())} </p>
<h2 class="mgSectionTitle">Attendance</h2>
<p><span class="mgLabel">Present: </span>{esc(present)}</p>
{f'<p><span class="mgLabel">In attendance: </span>{esc(officers)}</p>' if officers else ''}
<h2 class="mgSectionTitle">Items</h2>
<table class="mgItemTable" summary="Table of agenda items">
<tbody><tr><th class="mgItemNumberCell" scope="col">No.</th><th scope="col">Item</th></tr>
{rows}
</tbody></table>
</div></div>
</main>
<footer class="site-footer"><p>{esc(council.name)}. Powered by Modern.Gov.</p></footer>
</body></html>
"""

    def _html_row(self, item: Item, position: int, site: str) -> str:
        esc = html.escape
        ident = 20000 + self.plan.index * 20 + position
        pdf = (f'&nbsp;<a href="{site}/documents/s{ident}/report.pdf" class="mgPdfLnk"><img src="logo-pdf.png" '
               f'alt="pdf icon" width="16" height="16">&nbsp;PDF {self.rng.randint(90, 900)} KB</a>'
               if self.rng.random() < 0.4 else "")
        parts = [f'<tr>\n<td class="mgItemNumberCell"><p class="mgAiTitleTxt">{esc(item.number or "")}</p></td>',
                 f'<td><p class="mgAiTitleTxt"><a href="{site}/mgAi.aspx?ID={ident}">{esc(item.title)}</a>{pdf}</p>']
        if item.agenda:
            parts.append(f'<div class="mgWordPara"><p>{esc(item.agenda)}</p></div>')
        if item.paragraphs:
            parts.append('<p class="mgSubItemTitleTxt">Minutes:</p>\n<div class="mgWordPara">')
            spacer = '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
            parts.append(spacer.join(self._html_paragraph(para) for para in item.paragraphs))
            parts.append("</div>")
        parts.append("</td>\n</tr>")
        return "\n".join(parts)

    @staticmethod
    def _html_paragraph(para: Para) -> str:
        esc = html.escape

        def strong(text: str) -> str:
            return re.sub(r"^(RESOLVED|AGREED)\b", r"<strong>\1</strong>", esc(text))

        if isinstance(para, str):
            return f'<p class="MsoNormal">{strong(para)}<o:p></o:p></p>'
        tag = "ol" if para.lettered else "ul"
        start = ' type="a"' if para.lettered else ""
        entries = "\n".join(f'<li class="MsoNormal">{esc(entry)}</li>' for entry in para.entries)
        return f'<p class="MsoNormal">{strong(para.lead)}<o:p></o:p></p>\n<{tag}{start}>\n{entries}\n</{tag}>'


def start_time(council: Council, panel: PanelKind) -> tuple[int, int]:
    """The panel's usual start time (hour, minute), the same at every meeting."""
    options = ((19, 30), (19, 0), (19, 15)) if council.parish else \
        ((19, 0), (18, 30), (10, 0), (14, 0), (16, 0), (17, 30), (18, 0))
    return options[zlib.crc32(f"{council.name}/{panel.name}".encode()) % len(options)]


def _virtual(day: dt.date) -> bool:
    return dt.date(2020, 4, 1) <= day <= dt.date(2021, 5, 6)


# ---------------------------------------------------------------------------------------------------------
# The corpus on disk
# ---------------------------------------------------------------------------------------------------------


@dataclass
class GenerateReport:
    """What `generate` wrote. `files` counts documents and sidecars; `meetings` the documents alone."""

    files: int
    meetings: int
    paragraphs: int
    councils: int = 0


def _expected(plan: MeetingPlan, items: list[Item], path: str, sidecar: bool) -> dict[str, object]:
    time_known = plan.layout != "scrutiny"
    hour, minute = start_time(plan.council, plan.panel)
    return {
        "path": path, "layout": plan.layout, "sidecar": sidecar, "council": plan.council.name,
        "panel": plan.panel.name, "date": plan.date.isoformat(),
        "time": f"{hour:02d}:{minute:02d}" if time_known else None,
        "items": [{"number": item.number, "title": item.title, "paragraphs": len(item.paragraphs)} for item in items],
        "paragraphs": sum(len(item.paragraphs) for item in items),
    }


def _clear_previous(out_dir: Path) -> None:
    """Remove what an earlier run wrote here (listed in its manifest); refuse any other non-empty folder."""
    if not out_dir.exists():
        return
    manifest = out_dir / MANIFEST
    if not manifest.exists():
        if any(out_dir.iterdir()):
            raise FileExistsError(f"{out_dir} is not empty and was not made by bench.generate")
        return
    folders = set()
    with manifest.open(encoding="utf-8") as handle:
        for line in handle:
            path = out_dir / json.loads(line)["path"]
            path.unlink(missing_ok=True)
            path.with_name(path.name + ".meta.json").unlink(missing_ok=True)
            folders.add(path.parent)
    manifest.unlink()
    for folder in folders:
        if folder.exists() and not any(folder.iterdir()):
            folder.rmdir()


def _file_name(plan: MeetingPlan, taken: set[str]) -> str:
    ext = "html" if plan.layout == "moderngov-html" else "txt"
    stem = f"{plan.date.isoformat()}_{slug(plan.panel.name)}" if not plan.council.parish else \
        f"{plan.date.isoformat()}_minutes"
    name, copy = f"{stem}.{ext}", 2
    while name in taken:
        name, copy = f"{stem}-{copy}.{ext}", copy + 1
    taken.add(name)
    return name


def _needs_sidecar(rng: random.Random, plan: MeetingPlan) -> bool:
    if not plan.council.stated or plan.layout in ("district", "scrutiny", "moderngov-text", "moderngov-html"):
        return True
    return rng.random() < 0.1


def generate(out_dir: Path, paragraphs: int, seed: int = 1, councils: int = 3) -> GenerateReport:
    """Write a corpus of about `paragraphs` paragraphs (never fewer) under `out_dir`; same seed, same files."""
    out_dir = Path(out_dir)
    _clear_previous(out_dir)
    rng = random.Random(seed)
    vocab = build_vocabulary(rng)
    world = build_world(rng, councils, vocab)
    plans = plan_meetings(rng, world, paragraphs)
    taken: dict[str, set[str]] = defaultdict(set)
    files = total = 0
    out_dir.mkdir(parents=True, exist_ok=True)
    for council in world:
        (out_dir / council.folder).mkdir(exist_ok=True)
    with (out_dir / MANIFEST).open("w", encoding="utf-8") as manifest:
        for plan in plans:
            writer = MeetingWriter(plan, vocab, seed)
            items = writer.items()
            renderer = Renderer(writer)
            content = renderer.html(items) if plan.layout == "moderngov-html" else renderer.text(items)
            name = _file_name(plan, taken[plan.council.folder])
            relative = f"{plan.council.folder}/{name}"
            (out_dir / relative).write_text(content, encoding="utf-8")
            sidecar = _needs_sidecar(writer.rng, plan)
            if sidecar:
                (out_dir / f"{relative}.meta.json").write_text(json.dumps({"council": plan.council.name}) + "\n",
                                                               encoding="utf-8")
                files += 1
            files += 1
            expected = _expected(plan, items, relative, sidecar)
            total += expected["paragraphs"]  # type: ignore[operator]
            manifest.write(json.dumps(expected, ensure_ascii=False) + "\n")
    return GenerateReport(files, len(plans), total, len(world))


# ---------------------------------------------------------------------------------------------------------
# Checking the corpus against the project's parser
# ---------------------------------------------------------------------------------------------------------


def _number_key(number: str | None) -> str | None:
    return number.rstrip(".") if number else None


def check(out_dir: Path, sample: int, seed: int = 1) -> dict[str, tuple[int, int]]:
    """Parse `sample` manifest files with `indexer.parse.parse_file`; per field, (agreeing, compared)."""
    from indexer.parse import parse_file  # the project's parser; only the check needs it

    rows = [json.loads(line) for line in (out_dir / MANIFEST).read_text(encoding="utf-8").splitlines()]
    chosen = random.Random(seed).sample(rows, min(sample, len(rows)))
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])

    def score(name: str, ok: bool) -> None:
        tally[name][0] += ok
        tally[name][1] += 1

    for row in chosen:
        meeting = parse_file(out_dir / row["path"])
        got_items = [len(item.paragraphs) for item in meeting.items]
        want_items = [item["paragraphs"] for item in row["items"]]
        score("council", meeting.council == row["council"])
        score("panel", meeting.panel == row["panel"])
        score("date", meeting.date == row["date"])
        if row["time"]:
            score("time", meeting.time == row["time"])
        score("item count", len(meeting.items) == len(row["items"]))
        score("item numbers", [_number_key(item.number) for item in meeting.items]
              == [_number_key(item["number"]) for item in row["items"]])
        score("paragraphs per item", got_items == want_items)
        score("paragraphs exact", meeting.paragraph_count() == row["paragraphs"])
        slack = max(1, row["paragraphs"] // 50)
        score("paragraphs within 2%", abs(meeting.paragraph_count() - row["paragraphs"]) <= slack)
        tally["paragraphs (parser / expected)"][0] += meeting.paragraph_count()
        tally["paragraphs (parser / expected)"][1] += row["paragraphs"]
    return {name: (agree, compared) for name, (agree, compared) in tally.items()}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, metavar="OUT_DIR")
    parser.add_argument("--paragraphs", type=int, required=True, help="about how many paragraphs to write")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--councils", type=int, default=3, help="principal councils (each with 3 local councils)")
    parser.add_argument("--check", type=int, default=0, metavar="N",
                        help="then parse N sampled files with the project's parser and report agreement")
    args = parser.parse_args(argv)
    if args.paragraphs < 1 or args.councils < 1:
        parser.error("--paragraphs and --councils must be at least 1")
    started = time.perf_counter()
    try:
        report = generate(args.out_dir, args.paragraphs, args.seed, args.councils)
    except FileExistsError as error:
        print(f"bench.generate: {error}", file=sys.stderr)
        return 2
    seconds = time.perf_counter() - started
    print(f"{report.files:,} files, {report.meetings:,} meetings, {report.paragraphs:,} paragraphs expected, "
          f"{report.councils} councils in {args.out_dir}, {seconds:.1f} s")
    if args.check:
        for name, (agree, compared) in check(args.out_dir, args.check, args.seed).items():
            print(f"  {name:<32} {agree:>8,} / {compared:,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
