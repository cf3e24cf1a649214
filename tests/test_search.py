"""The index and the search API over the sample corpus, on a real Whoosh index on disk."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from indexer.engines import BACKENDS
from indexer.index.build import build_index
from indexer.index.schema import documents
from indexer.index.store import META, IndexError_, IndexLocation, write_json
from indexer.model import meeting_id
from indexer.parse import parse_file
from indexer.search.api import Searcher, SearchRequest
from indexer.search.snippets import Highlight, snippet

ROOT = Path(__file__).resolve().parents[1]


ENGINES = sorted(BACKENDS)


@pytest.fixture(scope="module", params=ENGINES)
def searcher(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Searcher:
    """The same suite runs on every engine."""
    index = tmp_path_factory.mktemp(f"index-{request.param}")
    build_index(ROOT / "corpus", IndexLocation(index), jobs=1, progress=False, engine=request.param)
    return Searcher(index)


@pytest.fixture(params=ENGINES)
def engine(request: pytest.FixtureRequest) -> str:
    return request.param


def _searcher_over(tmp_path: Path, engine: str, name: str, text: str) -> Searcher:
    """A searcher over a corpus of one document written for the test."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / name).write_text(text, encoding="utf-8")
    build_index(corpus, IndexLocation(tmp_path / "index"), jobs=1, progress=False, engine=engine)
    return Searcher(tmp_path / "index")


def ids(result) -> list[str]:
    return [hit.id for hit in result.hits]


def test_stats_say_what_the_sample_corpus_holds(searcher: Searcher) -> None:
    stats = searcher.stats()
    # Read from the seeds: five meetings, 25 October 2021 (000) to 21 March 2022 (001), two panels, one council.
    assert stats["meetings"] == 5
    assert (stats["first_date"], stats["last_date"]) == ("2021-10-25", "2022-03-21")
    assert stats["panels"] == ["Children and Young People's Social Care and Services Scrutiny Panel",
                               "Corporate Parenting Board"]
    assert stats["councils"] == ["Middlesbrough Council"] and stats["size_bytes"] > 0


def test_all_words_must_match_and_title_words_count(searcher: Searcher) -> None:
    result = searcher.search(SearchRequest("locality working newport", page_size=100))
    assert result.total > 0
    for hit in result.hits:
        text = (hit.text + " " + (hit.item_title or "")).lower()
        assert "localit" in text and "work" in text and "newport" in text


def test_a_quoted_phrase_matches_those_words_exactly(searcher: Searcher) -> None:
    result = searcher.search(SearchRequest('"pilot areas"', page_size=100))
    assert result.total > 0
    assert all("pilot areas" in hit.text.lower() for hit in result.hits)
    stemmed = searcher.search(SearchRequest('"pilot area"', page_size=100))
    assert all("pilot area" in hit.text.lower() for hit in stemmed.hits)


def test_minute_numbers_match_exactly(searcher: Searcher) -> None:
    result = searcher.search(SearchRequest("21/18", page_size=100))
    assert result.total > 0
    assert {hit.item_number for hit in result.hits} == {"21/18"}


def test_curly_and_straight_apostrophes_are_one(searcher: Searcher) -> None:
    straight = searcher.search(SearchRequest('"Children\'s Care"'))
    curly = searcher.search(SearchRequest('"Children’s Care"'))
    assert straight.total == curly.total > 0


def test_acronyms_learned_from_the_minutes_work_both_ways(searcher: Searcher) -> None:
    # 001 defines "CAMHS – Child and Adolescent Mental Health Services".
    short = searcher.search(SearchRequest("CAMHS"))
    long = searcher.search(SearchRequest('"child and adolescent mental health services"'))
    assert short.total >= 1 and long.total >= 1
    assert set(ids(short)) == set(ids(long))
    assert any("Child and Adolescent Mental Health Services" in pair for pair in short.expanded)


def test_an_acronym_finds_its_name_in_the_plural(tmp_path: Path, engine: str) -> None:
    searcher = _searcher_over(
        tmp_path, engine, "scrutiny.txt", "Minutes of the Children's Scrutiny Committee held on 3 March 2024\n\n"
        "1. SEND\n\nThe Education, Health and Care Plan (EHCP) process was explained.\n\n2. Timeliness\n\nThe "
        "proportion of new Education, Health and Care Plans issued within 20 weeks had risen.\n\n3. Budget\n\n"
        "The Panel noted the care plan budget.\n")
    result = searcher.search(SearchRequest("EHCP"))
    assert sorted(hit.item_title for hit in result.hits) == ["SEND", "Timeliness"]
    assert result.expanded == ["EHCP = Education, Health and Care Plan"]


def test_an_acronym_whose_name_is_listed_with_commas_is_learned() -> None:
    from indexer.index.acronyms import learn

    expected = {"ehcp": "Education, Health and Care Plan"}
    assert learn("EHCP – Education, Health and Care Plan – requests had risen by 14%.") == expected
    assert learn("Requests for an Education, Health and Care Plan (EHCP) had risen.") == expected


def test_a_minus_excludes_a_phrase_a_bracket_and_a_filter(searcher: Searcher) -> None:
    def total(query: str) -> int:
        return searcher.search(SearchRequest(query, page_size=100)).total

    covid = searcher.search(SearchRequest("covid", page_size=100)).hits
    board = 'panel:"Corporate Parenting Board"'
    assert total(f"covid -{board}") == len(covid) - total(f"covid {board}") > 0
    young = [hit for hit in covid if "young people" in hit.text.lower()]
    assert total('covid -"young people"') == len(covid) - len(young) and young
    schools = [hit for hit in covid if re.search(r"\bschools?\b", f"{hit.text} {hit.item_title}", re.I)]
    assert total("covid -(school OR schools)") == len(covid) - len(schools) and schools
    without = searcher.search(SearchRequest('covid -"young people"', page_size=100))
    assert all("young people" not in hit.text.lower() for hit in without.hits) and not without.notices


def test_or_not_and_brackets(searcher: Searcher) -> None:
    ofsted = searcher.search(SearchRequest("ofsted", page_size=100)).total
    either = searcher.search(SearchRequest("ofsted OR covid", page_size=100)).total
    without = searcher.search(SearchRequest("ofsted -covid", page_size=100))
    assert either > ofsted > 0
    assert all("covid" not in hit.text.lower() for hit in without.hits)
    grouped = searcher.search(SearchRequest("(ofsted OR covid) children", page_size=100))
    assert grouped.total >= 5 and not grouped.notices
    assert all("child" in (hit.text + (hit.item_title or "")).lower() for hit in grouped.hits)


def test_field_filters_and_dates(searcher: Searcher) -> None:
    board = searcher.search(SearchRequest("panel:corporate covid", page_size=100))
    assert board.total > 0 and {hit.panel for hit in board.hits} == {"Corporate Parenting Board"}
    dated = searcher.search(SearchRequest("date:2021-11 locality", page_size=100))
    assert dated.total > 0 and {hit.date for hit in dated.hits} == {"2021-11-22"}
    ranged = searcher.search(SearchRequest("ofsted date:2021-12..2022-03", page_size=100))
    assert ranged.total > 0 and all("2021-12-01" <= hit.date <= "2022-03-31" for hit in ranged.hits)
    decisions = searcher.search(SearchRequest("kind:decision", page_size=100))
    assert decisions.total > 0 and all("decision" in hit.kinds for hit in decisions.hits)


def test_a_filter_no_value_matches_finds_nothing_and_says_why(searcher: Searcher) -> None:
    """"covid panel:parks" must not count the Covid paragraphs of every panel while showing none of them."""
    for query in ('covid panel:"Parks Committee"', "covid speaker:nobodyatall", "panel:nosuchpanel"):
        result = searcher.search(SearchRequest(query))
        assert (result.total, result.hits) == (0, []), query
        assert all(value.count == 0 for values in result.facets.values() for value in values), query
        assert any("matches" in notice for notice in result.notices), query


def test_a_speaker_filter_finds_what_they_said(searcher: Searcher) -> None:
    # 000 introduces S Butcher as the Executive Director of Children's Services, who later "advised that
    # there was very little to report" on Covid recovery; the filter also finds the items she presented.
    result = searcher.search(SearchRequest("speaker:butcher", page_size=100))
    texts = [hit.text for hit in result.hits if "S Butcher" in hit.speakers]
    assert any(text.startswith("The Executive Director of Children’s Services advised that there was very little")
               for text in texts)
    assert searcher.search(SearchRequest("speaker:butcher covid")).total >= 1


def test_facet_counts_cover_every_match_and_ignore_their_own_selection(searcher: Searcher) -> None:
    # Counted by reading the corpus: "covid" is in 000 (item 21/20, titled Covid Recovery: 2 paragraphs),
    # 002 (2 paragraphs, undated), 003 (two paragraphs of the locality item, the 2 of its Covid Recovery item
    # and the Overview and Scrutiny Board update: 5) and 004 (the 6 paragraphs of "Covid 19 Update", undated).
    result = searcher.search(SearchRequest("covid", page_size=1))
    panels = {facet.value: facet.count for facet in result.facets["panel"]}
    assert result.total == 15
    assert panels == {"Children and Young People's Social Care and Services Scrutiny Panel": 9,
                      "Corporate Parenting Board": 6}
    assert {facet.value: facet.count for facet in result.facets["year"]} == {"2021": 7}
    assert result.facets["month"] == []  # months are counted once a year is chosen
    in_2021 = searcher.search(SearchRequest("covid", filters={"year": ["2021"]}, page_size=1))
    assert sum(facet.count for facet in in_2021.facets["month"]) == 7
    selected = searcher.search(SearchRequest("covid", filters={"panel": ["Corporate Parenting Board"]}))
    assert selected.total == 6 == len(selected.hits)
    assert {hit.panel for hit in selected.hits} == {"Corporate Parenting Board"}
    dated = searcher.search(SearchRequest("covid", date_from="2021", date_to="2021", sort="newest"))
    assert dated.total == 7 == len(dated.hits) and all(hit.date.startswith("2021") for hit in dated.hits)
    assert {facet.value: facet.count for facet in selected.facets["panel"]} == panels  # others stay visible
    assert selected.facets["year"] == []  # the board's minutes state no date


def test_a_facet_lists_its_most_frequent_values_and_the_selected_ones_and_says_how_many_more(
        searcher: Searcher) -> None:
    every = searcher.search(SearchRequest("", page_size=1, facet_size=None)).facets["speaker"]
    ranked = sorted(((value.value, value.count) for value in every), key=lambda pair: (-pair[1], pair[0]))
    assert len(ranked) > 4
    capped = searcher.search(SearchRequest("", page_size=1, facet_size=3))
    assert [(value.value, value.count) for value in capped.facets["speaker"]] == ranked[:3]
    assert capped.facets_more["speaker"] == len(ranked) - 3
    least = ranked[-1][0]  # selected, it stays listed with its count, after the three
    chosen = searcher.search(SearchRequest("", page_size=1, facet_size=3, filters={"speaker": [least]}))
    assert [(value.value, value.count, value.selected) for value in chosen.facets["speaker"]] == [
        *((value, count, False) for value, count in ranked[:3]), (least, ranked[-1][1], True)]
    assert all(len(capped.facets[facet]) == 3 for facet in capped.facets_more)  # none left out of shorter lists


def test_a_meeting_comes_whole_with_its_panel_neighbours(searcher: Searcher) -> None:
    # The scrutiny panel met on 25 October 2021 (000), 22 November 2021 (003) and 21 March 2022 (001).
    hit = searcher.search(SearchRequest("locality", date_from="2021-11-22", date_to="2021-11-22")).hits[0]
    meeting = searcher.meeting(meeting_id("003_0338bd580726c24e.txt"))
    assert meeting["date"] == "2021-11-22" and len(meeting["items"]) == 7
    assert hit.id in {paragraph["id"] for item in meeting["items"] for paragraph in item["paragraphs"]}
    assert any(person["name"] == "Councillor Davison" for person in meeting["attendees"])
    assert (meeting["previous"]["date"], meeting["next"]["date"]) == ("2021-10-25", "2022-03-21")
    assert searcher.meeting("no-such-meeting") is None
    assert [entry["date"] for entry in searcher.latest_meetings(3)] == ["2022-03-21", "2021-11-22", "2021-10-25"]


def test_an_export_holds_every_match_not_one_page(searcher: Searcher) -> None:
    total, hits, _ = searcher.export(SearchRequest("covid", page_size=5))
    assert total == len(hits) == 15 and len({hit.id for hit in hits}) == 15


def test_filters_combine_and_within_a_facet_or(searcher: Searcher) -> None:
    both = searcher.search(SearchRequest("", filters={"kind": ["decision", "commitment"]}, page_size=100))
    decisions = searcher.search(SearchRequest("", filters={"kind": ["decision"]}, page_size=100))
    assert both.total >= decisions.total > 0
    narrowed = searcher.search(SearchRequest("", filters={"kind": ["decision"], "year": ["2022"]}, page_size=100))
    assert 0 < narrowed.total < decisions.total
    assert all(hit.date.startswith("2022") for hit in narrowed.hits)


def test_a_whole_question_falls_back_to_most_of_its_words(searcher: Searcher) -> None:
    result = searcher.search(SearchRequest("what did the Chair say about the library closure"))
    assert result.total > 0
    assert any("showing those with some of" in notice for notice in result.notices)


def test_few_paragraphs_with_every_word_are_followed_by_those_with_some(searcher: Searcher) -> None:
    widened = searcher.search(SearchRequest("covid schools", page_size=100))
    with_all = [_has_all(hit, ("covid", "school")) for hit in widened.hits]
    assert any(f"Only {sum(with_all)} paragraphs have all of the words" in notice for notice in widened.notices)
    assert 0 < sum(with_all) < len(with_all) == widened.total
    assert with_all == sorted(with_all, reverse=True)  # every paragraph with both words comes first
    assert all(_has_all(hit, ("covid",)) or _has_all(hit, ("school",)) for hit in widened.hits)


def test_a_question_with_fewer_than_a_page_of_full_answers_shows_those_with_most_of_its_words(
        tmp_path: Path, engine: str) -> None:
    full = "".join(f"{n}. Flooding\n\nFlooding at the Mill Lane ford was reported in year {n}.\n\n"
                   for n in range(1, 7))
    searcher = _searcher_over(tmp_path, engine, "parish.txt", "Minutes of Ashby Parish Council held on 3 March 2024"
                              f"\n\n{full}7. Culvert\n\nThe culvert on Mill Lane blocked again after the flooding.\n")
    question = searcher.search(SearchRequest("what has been said about flooding at the Mill Lane ford?"))
    assert question.total == 7 and question.hits[-1].text.startswith("The culvert on Mill Lane")
    assert searcher.search(SearchRequest("flooding Mill Lane ford")).total == 6  # keywords: all of them


def test_the_paragraph_with_every_word_leads_a_widened_search_on_every_page_size(tmp_path: Path, engine: str) -> None:
    # One long paragraph has both words; thirty short ones have "road" alone and score higher on it.
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    short = "".join(f"{n}. Road works\n\nThe road at site {n} was resurfaced.\n\n" for n in range(1, 31))
    long = ("31. Youth forum\n\nThe young people presented their road map for the year, which covered the "
            + "consultation, the survey, the youth council elections and the summer programme, " * 6 + "in full.\n")
    (corpus / "roads.txt").write_text("Minutes of the meeting of the Highways Committee held on 4 March 2025\n\n"
                                      + short + long, encoding="utf-8")
    index = tmp_path / "index"
    build_index(corpus, IndexLocation(index), jobs=1, progress=False, engine=engine)
    searcher = Searcher(index)
    for size in (1, 5, 20):
        first = searcher.search(SearchRequest("road map", page_size=size, group_by_item=False))
        assert _has_all(first.hits[0], ("road", "map")), size
    total = first.total
    seen = [hit.id for page in range(1, total // 3 + 2) for hit in searcher.search(
        SearchRequest("road map", page=page, page_size=3, group_by_item=False)).hits]
    assert len(seen) == len(set(seen)) == total  # paging neither repeats nor skips
    searcher.close()


def test_a_widened_search_puts_the_rare_word_before_the_common_ones(tmp_path: Path, engine: str) -> None:
    """No paragraph has all the words: the one with the rare word ("shoplifting") comes before the many with
    two common ones ("spring repairs"), and before those with a word a question is put in ("done"), which a
    whole question does not even require; a word no paragraph has is named."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    common = "".join(f"{n}. Repairs at site {n}\n\nThe repairs at site {n} were done in the spring.\n\n"
                     for n in range(1, 21))
    (corpus / "board.txt").write_text(
        "Minutes of the meeting of the Community Safety Board held on 4 March 2025\n\n" + common
        + "21. Town centre crime\n\nShoplifting had increased by 38% in the town centre.\n", encoding="utf-8")
    index = tmp_path / "index"
    build_index(corpus, IndexLocation(index), jobs=1, progress=False, engine=engine)
    searcher = Searcher(index)
    asked = searcher.search(SearchRequest("what is being done about shoplifting?", group_by_item=False))
    assert [hit.text for hit in asked.hits] == ["Shoplifting had increased by 38% in the town centre."]
    assert not asked.notices  # "done" is how the question is put, not what it asks about
    result = searcher.search(SearchRequest("done shoplifting", group_by_item=False))  # no question: both words
    assert result.total == 21
    assert result.hits[0].text.startswith("Shoplifting had increased")
    assert any("showing those with some of" in notice for notice in result.notices)
    common = searcher.search(SearchRequest("spring repairs shoplifting", group_by_item=False))
    assert common.total == 21 and common.hits[0].text.startswith("Shoplifting had increased")
    unheld = searcher.search(SearchRequest("shoplifting lifegaurds", group_by_item=False))
    assert unheld.hits[0].text.startswith("Shoplifting had increased")
    assert any("No paragraph has “lifegaurds”" in notice for notice in unheld.notices)
    searcher.close()


def test_a_speakers_full_name_finds_what_they_said(tmp_path: Path, engine: str) -> None:
    """The minutes say "Cllr Oduya" and "PCSO Reeve"; the attendance list gives their full names, and a search
    for the name finds what they said. Titles and roles are not searched as words."""
    searcher = _searcher_over(tmp_path, engine, "panel.txt",
        "Minutes of the meeting of the Community Safety Panel held on 4 March 2025\n\n"
        "Present: Councillor Mark Oduya (Chair), Councillor Jane Hill\n\nIn attendance: PCSO Dan Reeve\n\n"
        "1. Town Centre Safety\n\nCllr Oduya asked about the potholes in Market Street.\n\n"
        "PCSO Reeve reported two thefts from vehicles.\n\nThe Director of Finance said the budget was on "
        "track.\n\nMark Lane was closed for resurfacing.\n")
    named = searcher.search(SearchRequest("Mark Oduya"))
    assert named.hits[0].text == "Cllr Oduya asked about the potholes in Market Street."
    assert any("Only 1 paragraph has all of the words" in notice for notice in named.notices)  # "Mark Lane" follows
    assert searcher.search(SearchRequest("dan reeve thefts")).hits[0].text == (
        "PCSO Reeve reported two thefts from vehicles.")
    searcher.close()
    # searched with the words: each paragraph's named speakers, without their titles; no role
    assert [doc["people"] for doc in documents(parse_file(tmp_path / "corpus" / "panel.txt"), "")] == [
        "Mark Oduya", "Dan Reeve", "", ""]


def test_an_answer_is_found_by_the_words_of_the_question_it_answers(tmp_path: Path, engine: str) -> None:
    """The reply says "the new bridge"; the question it answers says "footbridge"."""
    searcher = _searcher_over(tmp_path, engine, "council.txt",
        "Minutes of the meeting of the Council held on 27 November 2024\n\n1. Questions from Members\n\n"
        "Q1. Councillor Oakshott asked: \"Can the Cabinet Member confirm the timetable for the Millbrook "
        "footbridge?\"\n\nReply: Councillor Johal said that the new bridge would open in April 2025.\n\n"
        "Q2. Councillor Demir asked about the weight limit on Station Road.\n\n"
        "Reply: Councillor Johal said that the order had been made in December.\n")
    found = searcher.search(SearchRequest("footbridge april", group_by_item=False))
    assert found.hits[0].text == "Reply: Councillor Johal said that the new bridge would open in April 2025."
    assert any("Only 1 paragraph has all of the words" in notice for notice in found.notices)
    both = searcher.search(SearchRequest("footbridge", group_by_item=False))
    assert [hit.text[:3] for hit in both.hits] == ["Q1.", "Rep"]  # the question, which has the word, first
    for query in ('"millbrook footbridge" april', "footbridge december"):  # phrases: its own words; one question
        assert any(notice.startswith("No paragraph has all of the words") for notice in searcher.search(
            SearchRequest(query)).notices), query
    searcher.close()


def test_a_speaker_filter_for_a_role_finds_whoever_held_it(tmp_path: Path, engine: str) -> None:
    searcher = _searcher_over(
        tmp_path, engine, "planning.txt", "Minutes of the Planning Committee held on 3 March 2024\n\nPresent: Cllr "
        "A Brown (Chair), Cllr C Davis\n\nIn attendance: Lorraine Haigh (Head of Planning, Officer)\n\n1. Appeals\n\n"
        "Cllr Davis asked about the appeal. The Head of Planning advised that it had been allowed.\n\n2. Other\n\n"
        "Cllr Brown said the appeal costs were high.\n")
    for typed in ('"Head of Planning"', "Haigh"):
        found = searcher.search(SearchRequest(f"appeal speaker:{typed}"))
        assert [hit.item_title for hit in found.hits] == ["Appeals"], typed
        assert "Lorraine Haigh" in found.hits[0].speakers


def test_a_misspelt_word_among_others_gets_the_results_of_its_correction(tmp_path: Path, engine: str) -> None:
    """No paragraph has all of "lifegaurd cover" and one has all of its correction: the results are those of
    "lifeguard cover", saying so; `as_typed` searches the words as typed."""
    searcher = _searcher_over(tmp_path, engine, "beach.txt",
        "Minutes of the meeting of the Leisure Committee held on 4 March 2025\n\n1. Beaches\n\n"
        "The RNLI will extend lifeguard cover into September.\n\n2. Insurance\n\nThe insurance cover was "
        "renewed for a year.\n")
    corrected = searcher.search(SearchRequest("Lifegaurd cover", group_by_item=False))
    assert (corrected.query, corrected.corrected_from, corrected.suggestion) == (
        "Lifeguard cover", "Lifegaurd cover", None)
    assert corrected.hits[0].text.startswith("The RNLI will extend lifeguard cover")
    total, exported, _ = searcher.export(SearchRequest("Lifegaurd cover"))  # the export is what the page shows
    assert total == corrected.total and exported[0].id == corrected.hits[0].id
    typed = searcher.search(SearchRequest("Lifegaurd cover", group_by_item=False, as_typed=True))
    assert (typed.query, typed.corrected_from, typed.suggestion) == ("Lifegaurd cover", None, "Lifeguard cover")
    assert typed.total == 2  # "cover" alone, widened
    searcher.close()


def test_filter_values_as_users_type_them(tmp_path: Path, engine: str) -> None:
    """Plurals of kinds and item types, a role with the council's word before it, an item number punctuated
    another way, and a minute number typed as a word."""
    searcher = _searcher_over(tmp_path, engine, "town.txt",
        "Minutes of Ashby Town Council held on 4 March 2025\n\nC.49 Motion on Street Lighting\n\nThe Clerk "
        "reported that the lights had been repaired.\n\nRESOLVED that the motion be carried.\n\n"
        "FC/24/118 Finance\n\nThe Clerk said the accounts were in order.\n\nRESOLVED that the accounts be "
        "approved.\n\nC.51 Correspondence\n\nA letter about minute FC/24/118 was noted.\n")

    def found(query: str) -> list[str]:
        return sorted(hit.text for hit in searcher.search(SearchRequest(query, page_size=100)).hits)

    assert found("kind:decisions") == found("kind:decision") == [
        "RESOLVED that the accounts be approved.", "RESOLVED that the motion be carried."]
    assert found("type:motions") == found("type:motion") and found("type:motion")
    assert found('speaker:"Town Clerk"') == found("speaker:Clerk") == [
        "The Clerk reported that the lights had been repaired.", "The Clerk said the accounts were in order."]
    assert found("item:C49") == found("item:c.49") and len(found("item:C49")) == 2
    minute = found("FC/24/118")  # the item's paragraphs, and the one that mentions it
    assert minute == sorted(["The Clerk said the accounts were in order.", "RESOLVED that the accounts be approved.",
                             "A letter about minute FC/24/118 was noted."])
    searcher.close()


def test_the_pages_of_a_long_widened_search_neither_repeat_nor_skip(tmp_path: Path, engine: str) -> None:
    """Short paragraphs with the common word score above long ones with the rarer word, which a widened search
    ranks first only among the best scored: every page must agree on that order."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    filler = "The survey, the consultation, the budget and the programme were discussed at length. " * 40
    for part in range(3):
        roads = "".join(f"{n}. Site {n}\n\nThe road at site {n} was resurfaced.\n\n" for n in range(1, 85))
        maps = "".join(f"{n}. Plan {n}\n\n{filler}A map was tabled.\n\n" for n in range(85, 95))
        (corpus / f"roads{part}.txt").write_text(
            f"Minutes of the meeting of the Highways Committee held on {part + 4} March 2025\n\n{roads}{maps}",
            encoding="utf-8")
    index = tmp_path / "index"
    build_index(corpus, IndexLocation(index), jobs=1, progress=False, engine=engine)
    searcher = Searcher(index)
    first = searcher.search(SearchRequest("road map", page_size=20, group_by_item=False))
    assert first.total == 3 * 94 and any("some of them" in notice for notice in first.notices)
    seen = [hit.id for page in range(1, first.total // 20 + 2) for hit in searcher.search(
        SearchRequest("road map", page=page, page_size=20, group_by_item=False)).hits]
    assert len(seen) == len(set(seen)) == first.total
    searcher.close()


def test_what_users_type_finds_the_minutes_written_another_way(tmp_path: Path, engine: str) -> None:
    """A percentage typed with its sign, a reference without its suffix, two words typed as one, an American
    spelling and an acronym's plural: each finds the paragraph that writes it the minutes' way, and the
    response says what else was searched for."""
    searcher = _searcher_over(tmp_path, engine, "parish.txt",
        "Minutes of Ashby Parish Council held on 4 March 2025\n\n24/031 Budget\n\nThe Clerk presented the draft "
        "budget, an increase of 4.2 per cent on the precept.\n\n24/032 Planning\n\nThe Council considered "
        "application 24/01234/FUL for six dwellings on Mill Lane.\n\n24/033 Environment\n\nResidents reported "
        "fly-tipping in Church Lane. The Clerk will contact the Neighbourhood Team about HGVs using the lane.\n\n"
        "24/034 Housing\n\nThe Council noted the licensing of HMOs in the parish.\n\n24/035 Storm damage\n\n"
        "Cllr Seán Kavanagh said Storm Éowyn had brought down two trees.\n")
    for typed, found, said in (("precept 4.2%", "an increase of 4.2 per cent", "4.2% = 4.2 per cent"),
                               ("24/01234", "application 24/01234/FUL", "24/01234 = 24/01234/…"),
                               ("flytipping", "fly-tipping in Church Lane", "flytipping = fly tipping"),
                               ("neighborhood team", "Neighbourhood Team", "neighborhood = neighbourhood")):
        result = searcher.search(SearchRequest(typed))
        assert result.hits and found in result.hits[0].text, typed
        assert said in result.expanded, typed
    assert "HGVs" in searcher.search(SearchRequest("HGV")).hits[0].text
    assert "HGVs" in searcher.search(SearchRequest("lorries")).hits[0].text  # the synonyms file
    found = searcher.search(SearchRequest("HMO", as_typed=True))  # capitals, then a plural's "s"
    assert found.hits and "HMOs" in found.hits[0].text
    assert "Storm Éowyn" in searcher.search(SearchRequest("storm eowyn", as_typed=True)).hits[0].text  # accents
    assert searcher.search(SearchRequest('speaker:"Sean Kavanagh"')).total == 1
    assert searcher.search(SearchRequest('"4.2%"')).total == 0  # quoted: exactly as typed
    searcher.close()


def test_a_financial_year_typed_one_way_finds_it_written_every_way(tmp_path: Path, engine: str) -> None:
    searcher = _searcher_over(tmp_path, engine, "budget.txt",
        "Minutes of Ashby Parish Council held on 4 March 2025\n\n24/041 Precept\n\nThe Council set the precept "
        "for 2025–26 at £48,200.\n\n24/042 Grants\n\nThe grants budget for 2025/2026 was agreed.\n\n24/043 "
        "Accounts\n\nThe accounts for 2024-25 were noted.\n")
    for typed in ("2025/26", "2025-26", "2025/2026"):
        found = searcher.search(SearchRequest(typed))
        assert sorted(hit.text for hit in found.hits) == [
            "The Council set the precept for 2025–26 at £48,200.", "The grants budget for 2025/2026 was agreed."], typed
        assert "<mark>2025–26</mark>" in searcher.search(SearchRequest(f"precept {typed}")).hits[0].snippet
    assert [hit.text for hit in searcher.search(SearchRequest("accounts 2024/25")).hits] == [
        "The accounts for 2024-25 were noted."]
    searcher.close()


def test_did_you_mean_offers_words_not_stop_words_and_leaves_known_stems_alone(searcher: Searcher) -> None:
    from indexer.index.analysis import stop_words

    # as typed: searched without their correction, so that the correction is offered
    assert searcher.search(SearchRequest("localty working", as_typed=True)).suggestion == "locality working"
    # "neighborhood" was searched as "neighbourhood" (synonyms.txt): only the misspelling is corrected
    assert searcher.search(SearchRequest("neighborhood localty", as_typed=True)).suggestion == (
        "neighborhood locality")
    for query in ("decide", "s106x"):  # "decided" is in the minutes; a reference is no misspelling
        assert searcher.search(SearchRequest(query, as_typed=True)).suggestion is None, query
    for query in ("teh", "wiht", "ot"):  # each is a letter or two from a stop word
        suggestion = searcher.search(SearchRequest(query, as_typed=True)).suggestion
        assert suggestion is None or suggestion not in stop_words(), query


def test_typed_words_that_spell_a_synonym_still_match_in_any_order(searcher: Searcher) -> None:
    # synonyms.txt pairs "LAC" with "looked after children"; 003 and 004 write "children looked after".
    typed = searcher.search(SearchRequest("looked after children", page_size=100))
    assert any("children looked after" in hit.text.lower() for hit in typed.hits)
    assert any("LAC" in pair for pair in typed.expanded)


def test_cllr_and_councillor_are_one_title(searcher: Searcher) -> None:
    # 000: "Councillor Hellaoui declared a non-pecuniary interest"
    councillor = searcher.search(SearchRequest('speaker:"Councillor Hellaoui"'))
    assert councillor.total > 0
    assert searcher.search(SearchRequest('speaker:"Cllr Hellaoui"')).total == councillor.total
    typed = searcher.search(SearchRequest("Cllr Hellaoui", group_by_item=False))
    assert "Cllr = Councillor" in typed.expanded and "Councillor Hellaoui" in typed.hits[0].text


def test_a_question_mark_ends_a_question_not_a_word(searcher: Searcher) -> None:
    result = searcher.search(SearchRequest("ofsted?"))
    assert result.total == searcher.search(SearchRequest("ofsted")).total > 0 and not result.notices


def _has_all(hit, stems: tuple[str, ...]) -> bool:
    return all(word in (hit.text + " " + (hit.item_title or "")).lower() for word in stems)


def test_snippets_mark_matches_and_escape_the_text(searcher: Searcher) -> None:
    result = searcher.search(SearchRequest("locality"))
    assert "<mark>" in result.hits[0].snippet
    assert snippet("Fees <script>alert(1)</script> & locality", Highlight(stems={"locality"})) == (
        "Fees &lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>locality</mark>")


def test_prefix_and_fuzzy_matches_are_marked_too(searcher: Searcher) -> None:
    prefixed = searcher.search(SearchRequest("safeg*"))
    assert prefixed.total > 0
    assert all(re.search(r"<mark>safeg\w*</mark>", hit.snippet, re.I) for hit in prefixed.hits)
    fuzzy = searcher.search(SearchRequest("safegarding~"))
    assert fuzzy.total > 0
    assert all("<mark>safeguarding</mark>" in hit.snippet.lower() for hit in fuzzy.hits)


def test_did_you_mean(searcher: Searcher) -> None:
    result = searcher.search(SearchRequest("adoptoin", as_typed=True))
    assert result.total == 0 and result.suggestion == "adoption"
    corrected = searcher.search(SearchRequest("adoptoin"))
    assert (corrected.query, corrected.corrected_from) == ("adoption", "adoptoin")
    assert corrected.total == searcher.search(SearchRequest("adoption")).total > 0


@pytest.mark.parametrize("text", ['"unclosed', "((", "a OR", "OR", "-", "*1*", "ab*", "panel:", "date:20x",
                                  "nosuch:thing", "NOT", ")", "~", "\x00", "speaker:\"", "<script>",
                                  "0 (x 000*)", "-(", '-"', "-panel:", "Seán ﬁ"])
def test_any_input_searches_without_error(searcher: Searcher, text: str) -> None:
    result = searcher.search(SearchRequest(text))
    assert result.total >= 0


def test_wildcards_inside_words_are_refused_with_a_notice(searcher: Searcher) -> None:
    result = searcher.search(SearchRequest("*1*"))
    assert any("Wildcards work only at the end" in notice for notice in result.notices)
    assert searcher.search(SearchRequest("pilot*")).total > 0


def test_sorting_and_paging(searcher: Searcher) -> None:
    newest = searcher.search(SearchRequest("children", sort="newest", page_size=100))
    dates = [hit.date or "" for hit in newest.hits]
    assert dates == sorted(dates, reverse=True)
    first = searcher.search(SearchRequest("children", page_size=5))
    second = searcher.search(SearchRequest("children", page_size=5, page=2))
    assert not set(ids(first)) & set(ids(second))


def test_undated_meetings_come_after_the_dated_ones_oldest_first_as_newest_first(tmp_path: Path, engine: str) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, when in (("a.txt", "held on 3 March 2021"), ("b.txt", "(date not recorded)"),
                       ("c.txt", "held on 9 June 2024")):
        (corpus / name).write_text(f"Minutes of Little Snoring Parish Council {when}\n\n1. Verges\n\n"
                                   f"The grass verges in meeting {name[0]} were discussed.\n", encoding="utf-8")
    build_index(corpus, IndexLocation(tmp_path / "index"), jobs=1, progress=False, engine=engine)
    searcher = Searcher(tmp_path / "index")
    for sort, dated in (("oldest", ["2021-03-03", "2024-06-09"]), ("newest", ["2024-06-09", "2021-03-03"])):
        assert [hit.date for hit in searcher.search(SearchRequest("verges", sort=sort)).hits] == [*dated, None]


def test_grouping_keeps_at_most_n_per_item(searcher: Searcher) -> None:
    result = searcher.search(SearchRequest("locality", group_by_item=True, per_item=2, page_size=50))
    seen: dict[tuple, int] = {}
    for hit in result.hits:
        key = (hit.meeting_id, hit.item_number, hit.item_title)
        seen[key] = seen.get(key, 0) + 1
    assert max(seen.values()) <= 2
    assert any(hit.more_in_item for hit in result.hits)


def _corpus_copy(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    return corpus


def test_incremental_indexing_follows_edits_additions_and_deletions(tmp_path: Path, engine: str) -> None:
    corpus = _corpus_copy(tmp_path)
    location = IndexLocation(tmp_path / "index")
    build_index(corpus, location, jobs=1, progress=False, engine=engine)
    again = build_index(corpus, location, jobs=1, progress=False)
    assert (again.read, again.unchanged) == (0, 5)
    (corpus / "parish").mkdir()
    (corpus / "parish" / "new.txt").write_text(
        "Minutes of Little Snoring Parish Council held on 3 March 2025\n\n1. Bypass\n\nThe zebracrossing "
        "scheme was discussed at length by members.\n", encoding="utf-8")
    (corpus / "parish" / "new.txt.meta.json").write_text('{"url": "https://snoring.example/minutes/3"}')
    edited = corpus / "000_c9844fe6f421f4b2.txt"
    edited.write_text(edited.read_text(encoding="utf-8").replace("Hellaoui", "Quixotely"), encoding="utf-8")
    (corpus / "004_e9e32952ed0201e2.txt").unlink()
    report = build_index(corpus, location, jobs=1, progress=False)
    assert (report.read, report.unchanged, report.removed) == (2, 3, 1)
    searcher = Searcher(location.root)
    assert searcher.search(SearchRequest("zebracrossing")).total == 1
    added = searcher.search(SearchRequest("", filters={"council": ["Little Snoring Parish Council"]}))
    assert [hit.text for hit in added.hits] == ["The zebracrossing scheme was discussed at length by members."]
    assert added.hits[0].url == "https://snoring.example/minutes/3"  # hits link to the council's own page
    assert searcher.meeting(added.hits[0].meeting_id)["items"][0]["title"] == "Bypass"
    assert searcher.meeting(meeting_id("004_e9e32952ed0201e2.txt")) is None  # the deleted file's meeting
    assert searcher.search(SearchRequest("quixotely")).total >= 1
    assert searcher.search(SearchRequest("hellaoui")).total == 0
    assert searcher.search(SearchRequest('panel:"Corporate Parenting Board"')).total == 0
    assert searcher.stats()["engine"] == engine and searcher.stats()["meetings"] == 5
    # A selection with no words, over an index of several segments with deletions, asked twice (the second
    # answer may come from the engine's cache of document sets): every paragraph of the panel, no other.
    everything = searcher.search(SearchRequest(""))
    panel, count = everything.facets["panel"][0].value, everything.facets["panel"][0].count
    for _ in range(2):
        pages = [searcher.search(SearchRequest("", filters={"panel": [panel]}, page=page, page_size=50,
                                               sort="newest")) for page in (1, 2, 3)]
        hits = [hit for page in pages for hit in page.hits]
        assert pages[0].total == count == len(hits) and 100 < count <= 150
        assert {hit.panel for hit in hits} == {panel} and {hit.score for hit in hits} == {0.0}
        assert len({hit.id for hit in hits}) == count


def test_a_second_run_stops_with_a_clear_message_while_one_holds_the_lock(tmp_path: Path) -> None:
    location = IndexLocation(tmp_path / "index")
    with location.lock(wait=0), pytest.raises(IndexError_, match="another `minutes index` run"):
        build_index(ROOT / "corpus", location, jobs=1, progress=False)


def test_an_interrupted_rebuild_leaves_the_last_good_index_serving(tmp_path: Path, monkeypatch, engine: str) -> None:
    corpus = _corpus_copy(tmp_path)
    location = IndexLocation(tmp_path / "index")
    build_index(corpus, location, jobs=1, progress=False, engine=engine)
    before = Searcher(location.root).search(SearchRequest("locality")).total

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("indexer.index.build.documents", interrupted)
    with pytest.raises(KeyboardInterrupt):
        build_index(corpus, location, rebuild=True, jobs=1, progress=False, engine=engine)
    assert Searcher(location.root).search(SearchRequest("locality")).total == before
    edited = corpus / "000_c9844fe6f421f4b2.txt"  # an interrupted incremental run commits nothing either
    edited.write_text(edited.read_text(encoding="utf-8").replace("locality", "zebra"), encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        build_index(corpus, location, jobs=1, progress=False)
    assert Searcher(location.root).search(SearchRequest("locality")).total == before
    monkeypatch.undo()
    report = build_index(corpus, location, rebuild=True, jobs=1, progress=False, engine=engine)
    assert report.meetings == 5
    assert Searcher(location.root).stats()["engine"] == engine
    assert len(list(location.root.glob("gen-*"))) == 1


def test_an_index_of_another_version_asks_for_a_rebuild(tmp_path: Path) -> None:
    location = IndexLocation(tmp_path / "index")
    build_index(ROOT / "corpus", location, jobs=1, progress=False)
    write_json(location.current() / META, {"schema_version": 0, "analyzer": "old"})
    with pytest.raises(IndexError_, match="rebuild"):
        Searcher(location.root)
    report = build_index(ROOT / "corpus", location, jobs=1, progress=False)  # the next run rebuilds it
    assert report.rebuilt and report.meetings == 5 and any("another version" in note for note in report.notes)
    assert Searcher(location.root).search(SearchRequest("locality")).total > 0


def test_a_new_version_of_the_parser_reads_every_file_again_once(tmp_path: Path, monkeypatch) -> None:
    """An upgrade that reads minutes better must reach the files already indexed, not only the changed ones."""
    from indexer.index import build

    corpus = _corpus_copy(tmp_path)
    location = IndexLocation(tmp_path / "index")
    build_index(corpus, location, jobs=1, progress=False)
    monkeypatch.setattr(build, "parser_fingerprint", lambda: "a-newer-parser")
    upgraded = build_index(corpus, location, jobs=1, progress=False)
    assert (upgraded.read, upgraded.unchanged, upgraded.meetings, upgraded.rebuilt) == (5, 0, 5, False)
    assert any("parser has changed" in note for note in upgraded.notes)
    assert Searcher(location.root).stats()["meetings"] == 5
    again = build_index(corpus, location, jobs=1, progress=False)
    assert (again.read, again.unchanged, again.notes) == (0, 5, [])


def test_naming_another_engine_rebuilds_the_index_with_it(tmp_path: Path) -> None:
    location = IndexLocation(tmp_path / "index")
    build_index(ROOT / "corpus", location, jobs=1, progress=False)
    report = build_index(ROOT / "corpus", location, jobs=1, progress=False, engine="tantivy")
    assert report.rebuilt and report.meetings == 5 and any("tantivy" in note for note in report.notes)
    searcher = Searcher(location.root)
    assert searcher.stats()["engine"] == "tantivy" and searcher.search(SearchRequest("locality")).total > 0
    assert build_index(ROOT / "corpus", location, jobs=1, progress=False).unchanged == 5  # and stays so


def test_an_index_given_as_a_relative_path_survives_its_own_swap(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    build_index(ROOT / "corpus", IndexLocation("index"), jobs=1, progress=False)
    build_index(ROOT / "corpus", IndexLocation("index"), rebuild=True, jobs=1, progress=False)
    assert Searcher("index").search(SearchRequest("locality")).total > 0


def test_counting_stops_and_says_so_when_the_time_limit_has_passed(searcher: Searcher) -> None:
    result = searcher.search(SearchRequest("council", filters={"year": ["2021"]}, time_limit=0.0))
    assert any("Counting the filters took longer" in notice for notice in result.notices)
    assert searcher.search(SearchRequest("council")).facets["panel"]  # with time to spare, every count


_DEPOT = """MINUTES OF THE CABINET HELD ON TUESDAY 4 MARCH 2025

12. Westbrook Depot

The Cabinet Member for Environment introduced the report on the future of Westbrook Depot. Members discussed the
depot at length: the depot's roof, the depot's lease and the depot staff's move were raised, and the Westbrook
Depot site was compared with two others.

Councillor Bell asked whether Westbrook Depot staff had been consulted about the depot move.

RESOLVED that Westbrook Depot close on 31 March 2026 and its staff move to the Eastfield site.
"""


def test_a_question_about_what_was_decided_puts_the_decision_first(tmp_path: Path, engine: str) -> None:
    searcher = _searcher_over(tmp_path, engine, "depot.txt", _DEPOT)
    for question in ("what did we decide about Westbrook Depot?", "what was agreed on the Westbrook depot"):
        result = searcher.search(SearchRequest(question))
        assert result.total == 3  # the words asked about, not "decide" or "agreed", which the decision lacks
        assert result.hits[0].text.startswith("RESOLVED that Westbrook Depot close"), question
    plain = searcher.search(SearchRequest("Westbrook depot"))
    assert not plain.hits[0].text.startswith("RESOLVED")  # words alone rank by the words


def test_an_acronym_is_learned_from_a_name_in_lower_case_or_with_a_minor_word_in_it() -> None:
    from indexer.index.acronyms import learn

    assert learn("The pool was built with reinforced autoclaved aerated concrete (RAAC) in 1974.") == {
        "raac": "reinforced autoclaved aerated concrete"}
    assert learn("The Department for Transport (DfT) would not fund the road.") == {"dft": "Department for Transport"}
    assert learn("CAMHS – Child and Adolescent Mental Health Services") == {
        "camhs": "Child and Adolescent Mental Health Services"}
    assert learn("The Chair (Cllr Jones) and the Leader (Cllr Smith) spoke.") == {}


_POOL = """MINUTES OF THE COMMUNITIES SCRUTINY PANEL HELD ON MONDAY 12 MAY 2025

4. Kingsmead Pool

The Head of Leisure presented the report on the Kingsmead Pool roof. Members discussed the pool's roof, the pool's
opening hours and the pool's changing rooms at length, and the pool was compared with the Dunmore pool.

Councillor Ames asked how many swimmers had used the pool since it reopened. The Head of Leisure said that the figures
were being collected, that visits had risen over the summer, and that she would report back to the Panel on the pool's
visitor numbers in September.

Councillor Ames asked whether the pool cafe would reopen. The Head of Leisure said that she would look into it.

5. Fly-tipping

Members discussed fly-tipping on Tenter Road, where the number of reports had doubled since last year.

AGREED that the Head of Waste circulate the fly-tipping enforcement figures to members.
"""


def test_a_question_asking_what_was_promised_puts_the_commitment_first(tmp_path: Path, engine: str) -> None:
    searcher = _searcher_over(tmp_path, engine, "pool.txt", _POOL)
    for question in ("what have we promised on the Kingsmead pool?", "did anyone commit to anything on the pool?"):
        result = searcher.search(SearchRequest(question))
        assert "she would report back to the Panel" in result.hits[0].text, question
    assert "report back" not in searcher.search(SearchRequest("Kingsmead pool")).hits[0].text  # words alone


def test_a_question_asking_only_what_was_promised_lists_the_commitments(tmp_path: Path, engine: str) -> None:
    searcher = _searcher_over(tmp_path, engine, "pool.txt", _POOL)
    result = searcher.search(SearchRequest("what did we agree to report back on?"))
    assert result.total == 3 and all("commitment" in hit.kinds for hit in result.hits)
    assert "report back" in result.hits[0].text  # what says "report back" before the other undertakings
    assert result.sort == "newest" and any("asks for commitments" in notice for notice in result.notices)
    # the snippet shows the undertaking, not the question before it
    assert result.hits[0].snippet.startswith("… The Head of Leisure said that the figures")
    decided = searcher.search(SearchRequest("what did we decide?"))
    assert [hit.text[:6] for hit in decided.hits] == ["AGREED"]


_BYPASS_2021 = """MINUTES OF THE CABINET HELD ON TUESDAY 19 OCTOBER 2021

5. Ashcombe Relief Road

The Cabinet considered the Ashcombe Relief Road business case. The Ashcombe Relief Road would take lorries out of
Ashcombe High Street; the Ashcombe Relief Road's cost was estimated at £48.6 million.

RESOLVED that the Ashcombe Relief Road business case be approved.
"""
_BYPASS_2025 = """MINUTES OF THE CABINET HELD ON TUESDAY 15 JULY 2025

7. Ashcombe Relief Road

RESOLVED that the County Council does not proceed with the Ashcombe Relief Road.
"""


def test_a_question_about_how_things_stand_now_puts_the_newest_first(tmp_path: Path, engine: str) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "cabinet_2021.txt").write_text(_BYPASS_2021, encoding="utf-8")
    (corpus / "cabinet_2025.txt").write_text(_BYPASS_2025, encoding="utf-8")
    build_index(corpus, IndexLocation(tmp_path / "index"), jobs=1, progress=False, engine=engine)
    searcher = Searcher(tmp_path / "index")
    assert searcher.search(SearchRequest("Ashcombe relief road")).hits[0].date == "2021-10-19"  # words alone
    for question in ("what's happening with the Ashcombe bypass?", "where are we now with the Ashcombe relief road?"):
        result = searcher.search(SearchRequest(question))
        assert result.hits[0].date == "2025-07-15", question
        assert result.total == 3 and not result.notices, question  # "what's" and "now" asked nothing
    widened = searcher.search(SearchRequest("bypass lorries proceed"))  # no paragraph has all three
    assert widened.total == 3 and widened.notices == [
        "No paragraph has all of the words: showing those with some of them, those with the most (and the rarest) "
        "first."]  # not "No paragraph has “bypass”": the relief road was found for it


_CALL_IN = """MINUTES OF THE OVERVIEW AND SCRUTINY COMMITTEE HELD ON TUESDAY 27 SEPTEMBER 2022

4. Call-in: Library closures

The Committee considered the call-in of the Cabinet's decision to close Eastmoor Library, Sandy Lane Library and
the mobile library, and the library closures' effect on the library service as a whole.

Councillor Pryce, the lead signatory, set out the reasons for the call-in: the library had been given too little
time to find a community group.

RESOLVED that the decision to close the library be referred back to the Cabinet.

5. Date of Next Meeting

The next meeting will be held on 1 November 2022.
"""


def test_a_question_asking_why_puts_the_paragraph_giving_reasons_first(tmp_path: Path, engine: str) -> None:
    searcher = _searcher_over(tmp_path, engine, "call_in.txt", _CALL_IN)
    assert "lead signatory" not in searcher.search(SearchRequest("library closure call-in")).hits[0].text
    result = searcher.search(SearchRequest("why was the library closure called in?"))
    assert "set out the reasons for the call-in" in result.hits[0].text


def test_one_items_paragraphs_do_not_fill_the_first_page(tmp_path, engine):
    """A search for a decision's reference matches every paragraph of the call-in item its title names; the later
    decision that cites it in its text belongs on the first page too, not after all of that item."""
    call_in = "\n\n".join(f"Councillor {name} spoke to point {number} of the call-in request."
                          for number, name in enumerate(["Adeyemi", "Brook", "Carter", "Dunn", "Evans", "Fox",
                                                         "Gill", "Hart", "Ince", "Jones", "Khan", "Lowe"], 1))
    searcher = _searcher_over(tmp_path, engine, "scrutiny.txt",
        "Minutes of the Overview and Scrutiny Committee held on 4 March 2025\n\n"
        f"12. Call-in of Cabinet decision CAB/2024/031 – Library opening hours\n\n{call_in}\n\n"
        "13. Library lease\n\nThe Committee noted the lease of the library building to the trust.\n\n"
        "RESOLVED that the Cabinet be asked to vary decision CAB/2024/031 so that Saturday opening continues at "
        "the central library and at the three branch libraries until the review of the library service is "
        "complete, that the trust be consulted on the opening hours of every branch before any change is made, "
        "and that the Director of Communities report the outcome to the Committee at its meeting in September. "
        "The Committee asked that the report set out the visits, loans and computer sessions at each library "
        "over the last three years, the cost of opening each branch on a Saturday, the views of the trust and "
        "of the Friends groups, and the effect of any change on residents of the sheltered housing schemes.\n")
    result = searcher.search(SearchRequest("CAB/2024/031"))
    texts = [hit.text for hit in result.hits]
    assert result.total == 13 and any(text.startswith("RESOLVED that the Cabinet be asked") for text in texts[:3])
    assert sum(hit.item_title.startswith("Call-in") for hit in result.hits[:10]) == 9  # the call-in item still ranks
    searcher.close()
