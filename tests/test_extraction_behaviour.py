"""What the extractor reads from particular sentence shapes, on small articles written here."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extract.model import Article, Predicate, Role, Verification


def extract(extractor, text: str, **meta):
    return extractor.extract(Article(text=text, source="test", **meta))


def relations(extraction) -> set[tuple[str, str, str | None]]:
    names = {e.key: e.name for e in extraction.entities}
    return {(names[c.subject], c.predicate.value, names.get(c.object, c.object_text)) for c in extraction.claims}


def types_of(extractor, text: str) -> dict[str, str]:
    """The class of each entity an article of this text yields, by name."""
    return {e.name: e.type.value for e in extract(extractor, text).entities}


def read(extractor, text: str) -> set[tuple[str, str, str | None]]:
    """The relations an article of this text yields, by name."""
    return relations(extract(extractor, text))


def reporters_of(extraction, claim) -> dict[str, str]:
    names = {e.key: e.name for e in extraction.entities}
    return {names[a.reporter]: a.role.value for a in claim.attributions}


def reporters(extraction, predicate: Predicate) -> dict[str, str]:
    return reporters_of(extraction, next(c for c in extraction.claims if c.predicate is predicate))


@pytest.mark.parametrize(
    "sentence",
    [
        "Soldiers of the 155th Naval Infantry Brigade did not refuse to fight in Ukraine, the ministry said.",
        "Soldiers of the 155th Naval Infantry Brigade could refuse to fight in Ukraine, a lawyer warned.",
        "If soldiers of the 155th Naval Infantry Brigade refuse to fight in Ukraine, they face prison.",
    ],
)
def test_negated_and_hypothetical_refusals_are_not_asserted(extractor, sentence):
    assert not [c for c in extract(extractor, sentence).claims if c.predicate is Predicate.REFUSED]


def test_a_deputy_commander_did_not_command(extractor):
    result = extract(extractor, "Maj. Ivan Petrov, the deputy commander of the 64th Motor Rifle Brigade, was detained.")
    assert not [c for c in result.claims if c.predicate is Predicate.COMMANDED]


def test_commander_appositive_and_led_by(extractor):
    result = extract(
        extractor,
        "Lt. Col. Anton Orlov, commander of the 237th Guards Air Assault Regiment, was killed in Kherson.\n"
        "The 95th Air Assault Brigade, led by Colonel Maksym Myrhorodskyi, holds the line near Kupiansk.",
    )
    found = relations(result)
    assert ("Anton Orlov", "commanded", "237th Guards Air Assault Regiment") in found
    assert ("237th Guards Air Assault Regiment", "lost", "Anton Orlov") in found
    assert ("Maksym Myrhorodskyi", "commanded", "95th Air Assault Brigade") in found


def test_short_names_titles_and_descriptions_resolve_to_one_entity(extractor):
    result = extract(
        extractor,
        "Human rights activist Olga Romanova said the 72nd Brigade had lost 40 men.\n"
        "Romanova added that the activist had spoken to relatives.",
    )
    people = [e for e in result.entities if e.type.value == "Person"]
    assert [p.name for p in people] == ["Olga Romanova"]
    assert "Romanova" in people[0].aliases


def test_transliteration_variants_meet_in_the_gazetteer(extractor):
    result = extract(extractor, "Russian troops shelled Kharkov on Monday. Kharkiv's mayor said 3 people died.")
    regions = {e.name for e in result.entities if e.type.value == "Region"}
    assert "Kharkiv" in regions and "Kharkov" not in regions


def test_reported_citing_and_according_to(extractor):
    result = extract(
        extractor,
        "At least 20 soldiers of the 4th Guards Tank Division deserted, The Moscow Times reported, "
        "citing the human rights group Agora.",
    )
    assert reporters(result, Predicate.REFUSED) == {"The Moscow Times": "said", "Agora": "cited"}


def test_unattributed_claim_is_reported_by_the_publisher(extractor):
    result = extract(
        extractor,
        "The 200th Separate Motor Rifle Brigade has suffered heavy losses in Kharkiv region.",
        url="https://www.theguardian.com/world/2022/jun/01/x",
    )
    assert reporters(result, Predicate.LOST) == {"The Guardian": "publisher"}


def test_hedges_quantities_and_relative_dates(extractor):
    result = extract(
        extractor,
        "Up to 30 servicemen of the 20th Guards Army reportedly refused to return to Ukraine last month, "
        "the outlet Vot Tak wrote. The outlet could not independently verify the account.",
        published=date(2024, 3, 15),
    )
    claim = next(c for c in result.claims if c.predicate is Predicate.REFUSED)
    assert claim.verification is Verification.UNVERIFIED
    assert "reportedly" in claim.hedges
    [quantity] = claim.quantities
    assert (quantity.qualifier, quantity.value, quantity.maximum) == ("up to", 30, 30)
    assert claim.event_date == date(2024, 2, 1) and claim.date_text == "last month"
    assert Role.SAID in {a.role for a in claim.attributions}


def test_evidence_offsets_point_at_the_sentence(extractor):
    text = "Intro line.\nThe 1st Guards Tank Army lost at least 50 tanks near Kupiansk, Ukraine's General Staff said."
    result = extract(extractor, text)
    claim = next(c for c in result.claims if c.predicate is Predicate.LOST)
    assert text[claim.start : claim.end] == claim.sentence
    assert claim.sentence.startswith("The 1st Guards Tank Army lost")


def test_what_someone_refuses_or_threatens_to_do_is_not_done(extractor):
    result = extract(
        extractor,
        "Marines of the 40th Naval Infantry Brigade said they would not be sent to Kherson.\n"
        '"We are refusing to die in the marshes," one of the marines told the outlet Sibir.Realii.\n'
        "The commander threatened to kill deserters from the 40th Naval Infantry Brigade.",
    )
    assert not [c for c in result.claims if c.predicate is Predicate.LOST]
    names = {e.key: e.name for e in result.entities}
    assert all(names[c.subject] != "we" for c in result.claims)


def test_deaths_reported_passively_and_of_residents(extractor):
    found = read(
        extractor,
        "The 810th Naval Infantry Brigade is based in Sevastopol.\n"
        "At least 300 marines of the brigade were confirmed killed, the outlet said.\n"
        "Local officials in Dagestan said 120 residents of the republic had died in the war.",
    )
    assert ("810th Naval Infantry Brigade", "lost", "At least 300 marines of the brigade") in found
    assert any(s == "Dagestan" and p == "lost" for s, p, _ in found)


def test_a_predecessor_in_command_and_a_commanders_own_unit(extractor):
    found = read(
        extractor,
        "Col. Artem Zhukov, commander of the 200th Separate Motor Rifle Brigade, was appointed last year,"
        " replacing Col. Denis Kurilo.\n"
        "Zhukov said his brigade had lost 90 men in a week.",
    )
    assert ("Denis Kurilo", "commanded", "200th Separate Motor Rifle Brigade") in found
    assert ("200th Separate Motor Rifle Brigade", "lost", "90 men") in found


def test_an_unnamed_unit_known_by_its_commander(extractor):
    found = read(extractor, "Relatives said the company commander, Capt. Igor Sokolov, had beaten two conscripts.")
    assert ("Igor Sokolov", "commanded", "Igor Sokolov's company") in found


def test_structure_from_belonging_attachment_and_places_within_places(extractor):
    found = read(
        extractor,
        "The 83rd Air Assault Brigade, which is stationed in Ussuriysk in Primorye, belongs to the VDV.\n"
        "A Storm-V detachment attached to the 1st Guards Tank Army fought near Kupiansk in Kharkiv Oblast.",
    )
    assert ("83rd Air Assault Brigade", "partOf", "VDV") in found
    assert ("83rd Air Assault Brigade", "locatedIn", "Ussuriysk") in found
    assert ("Ussuriysk", "locatedIn", "Primorsky Krai") in found or ("Ussuriysk", "locatedIn", "Primorye") in found
    assert ("Kupiansk", "locatedIn", "Kharkiv Oblast") in found


def test_desertion_phrases_parts_of_units_and_the_units_a_passage_is_about(extractor):
    found = read(
        extractor,
        "Dozens of soldiers of the 59th Motorized Brigade went AWOL in October, the outlet Strana reported.\n"
        "Elements of the 76th Guards Air Assault Division suffered heavy casualties near Kupiansk.\n"
        "A platoon of conscripts from the 4th Guards Tank Division refused to cross the river.\n"
        "The 36th Marine Brigade was sent to Mariupol. About 40 marines deserted while training in Crimea.",
    )
    assert any(s == "59th Motorized Brigade" and p == "refused" for s, p, _ in found)
    assert any(s == "76th Guards Air Assault Division" and p == "lost" for s, p, _ in found)
    assert any(s == "4th Guards Tank Division" and p == "refused" for s, p, _ in found)
    refusals = {(s, o) for s, p, o in found if p == "refused"}
    assert any(s == "36th Marine Brigade" for s, _ in refusals)
    assert ("36th Marine Brigade", "Crimea") not in refusals  # where they trained, not where they would not go


def test_a_commander_the_parser_hung_on_the_unit_and_loyalty(extractor):
    found = read(
        extractor,
        "A blogger accused the commander of the 20th Army, Lt. Gen. Sergei Milchakov, of lying.\n"
        "The fighters of the Sparta Battalion, who are loyal to Denis Pushilin, withdrew.",
    )
    assert ("Sergei Milchakov", "commanded", "20th Army") in found
    assert any(p == "affiliatedWith" and o == "Denis Pushilin" for _, p, o in found)


def test_convictions_for_refusing_and_charges_that_only_accuse(extractor):
    result = extract(
        extractor,
        "A garrison court in Kostroma sentenced a paratrooper of the 331st Guards Parachute Regiment to three years"
        " for refusing to deploy to Ukraine, the outlet Verstka reported.\n"
        "Two sailors of the Northern Fleet were charged with desertion, prosecutors said.",
    )
    found = relations(result)
    assert ("331st Guards Parachute Regiment", "refused", "Ukraine") in found
    assert not any(s == "Northern Fleet" and p == "refused" for s, p, _ in found)
    assert reporters(result, Predicate.REFUSED).get("Verstka") == "said"


def test_confirmed_deaths_bases_and_subordination(extractor):
    found = read(
        extractor,
        "Lt. Col. Pavel Orlov, the commander of the 234th Guards Air Assault Regiment, was killed, a governor"
        " said.\n"
        "The regional news site Pskovskaya Lenta confirmed the colonel's death, citing sources in the Pskov region"
        " where the regiment is based.\n"
        "The regiment, which is subordinate to the 76th Guards Air Assault Division, has not commented on"
        " Orlov's death or on the losses it suffered, which soldiers said betrayed the Motherland.",
    )
    assert ("234th Guards Air Assault Regiment", "locatedIn", "Pskov Oblast") in found
    assert ("234th Guards Air Assault Regiment", "partOf", "76th Guards Air Assault Division") in found
    assert not any("Motherland" in (s, o) for s, _, o in found)


def test_surrender_phrases_inflicted_losses_and_the_ministry_as_source(extractor):
    result = extract(
        extractor,
        "Ukraine's Defense Ministry said that soldiers of the 144th Motor Rifle Division had put down their arms"
        " near Kreminna.\n"
        "According to the ministry, Ukrainian drones inflicted heavy losses on the division's tank crews.\n"
        "The Rybar Telegram channel reported that the 144th Motor Rifle Division was withdrawn.",
    )
    found = relations(result)
    assert any(s == "144th Motor Rifle Division" and p == "refused" for s, p, _ in found)
    assert any(s == "144th Motor Rifle Division" and p == "lost" for s, p, _ in found)
    assert "Ukrainian Ministry of Defense" in reporters(result, Predicate.LOST)


def test_former_commanders_coordinated_roles_and_closeness(extractor):
    found = read(
        extractor,
        "Col. Gen. Gennady Zhidko, the deputy defense minister and a former commander of the Eastern Military"
        " District, was seen as close to Sergei Shoigu.\n"
        "Those who surrendered were not named, a source said.",
    )
    assert ("Gennady Zhidko", "commanded", "Eastern Military District") in found
    assert ("Gennady Zhidko", "affiliatedWith", "Sergei Shoigu") in found


def test_soldiers_a_national_body_admits_losing_are_its_own(extractor):
    admitted = read(extractor, "Russia's Defense Ministry admitted that 40 sailors were killed.")
    counted = read(extractor, "Russia's Defense Ministry said that 40 sailors were killed.")
    assert any(s == "Russian Armed Forces" and p == "lost" for s, p, _ in admitted)
    assert not any(p == "lost" for _, p, _ in counted)


def test_declining_to_comment_is_no_refusal_and_they_are_the_soldiers_just_named(extractor):
    result = extract(
        extractor,
        "The 20th Motor Rifle Division's spokesman declined to comment on the desertions.\n"
        "Lawyers received complaints from conscripts in the Kursk and Belgorod regions."
        ' "Many of them refuse to sign contracts," one of them said.',
    )
    assert not [c for c in result.claims if c.predicate is Predicate.REFUSED]
    names = {e.name for e in result.entities}
    assert {"Kursk Oblast", "Belgorod Oblast"} <= names and "Kursk" not in names


def test_a_bare_city_name_is_its_province_where_the_article_names_the_province(extractor):
    province = {e.name for e in extract(extractor, "Drones hit the Belgorod region. Two died in Belgorod.").entities}
    city = {e.name for e in extract(extractor, "Two died in Belgorod on Sunday.").entities}
    assert "Belgorod Oblast" in province and "Belgorod" not in province
    assert "Belgorod" in city


def test_unnamed_sources_inside_a_body_and_deaths_told_by_a_relative_clause(extractor):
    result = extract(
        extractor,
        "The commander of the 155th Naval Infantry Brigade, Col. Oleg Petrov, was killed in a HIMARS strike,"
        " two sources in Ukraine's military intelligence told Reuters.\n"
        'The death was confirmed by blogger Yuri Kotenok, who wrote that Petrov "died a hero".',
    )
    found = relations(result)
    assert ("155th Naval Infantry Brigade", "lost", "Oleg Petrov") in found
    assert "HIMARS" not in {e.name for e in result.entities}
    reported = {
        a.reporter.split(":", 1)[1] for c in result.claims if c.predicate is Predicate.LOST for a in c.attributions
    }
    assert {"hur", "yuri kotenok"} <= reported


def test_listed_units_destroyed_units_and_command_held_under(extractor):
    result = extract(
        extractor,
        "UK intelligence said the 25th and 29th Combined Arms Armies had suffered heavy casualties near Lyman.\n"
        "The 3rd Army Corps, which is under the command of Lt. Gen. Yevgeny Nikiforov, was nearly wiped out,"
        " a Ukrainian spokesman said.\n"
        "The 3rd Army Corps, known as Kaskad, lost several tanks but did not lose ground.",
    )
    found = relations(result)
    losers = {s for s, p, _ in found if p == "lost"}
    assert {"25th Combined Arms Army", "29th Combined Arms Army", "3rd Army Corps"} <= losers
    assert ("Yevgeny Nikiforov", "commanded", "3rd Army Corps") in found
    assert ("3rd Army Corps", "lost", "several tanks") in found
    assert not any(o == "ground" for _, p, o in found if p == "lost")
    names = {e.name for e in result.entities}
    assert "Kaskad" not in names


def test_soldiers_of_a_named_unit_are_its_soldiers_and_late_attribution(extractor):
    result = extract(
        extractor,
        "Dozens of Russian soldiers from the 4th Guards Tank Division abandoned their positions near Vuhledar.\n"
        "The division is led by Maj. Gen. Andrei Kuzmenko, who was decorated in 2022, the outlet Vot Tak reported.",
    )
    found = relations(result)
    assert any(s == "4th Guards Tank Division" and p == "refused" for s, p, _ in found)
    assert reporters(result, Predicate.COMMANDED).get("Vot Tak") == "said"


def test_appointments_chiefs_of_staff_and_what_they_say_of_themselves(extractor):
    result = extract(
        extractor,
        "Marines of the 61st Naval Infantry Brigade wrote on VKontakte that they refuse to go back to Kursk.\n"
        "Maj. Pavel Ilyin, the brigade's chief of staff, said the unit had lost 30 men.\n"
        "Col. Igor Orlov was appointed commander of the 61st Naval Infantry Brigade in May. He replaced"
        " Col. Denis Sokolov.",
    )
    found = relations(result)
    assert ("61st Naval Infantry Brigade", "refused", "Kursk") in found
    assert ("Pavel Ilyin", "memberOf", "61st Naval Infantry Brigade") in found
    assert not any(s == "Pavel Ilyin" and p == "commanded" for s, p, _ in found)
    assert ("Igor Orlov", "commanded", "61st Naval Infantry Brigade") in found
    assert ("Denis Sokolov", "commanded", "61st Naval Infantry Brigade") in found


def test_nominal_desertions_and_losses_with_passive_sources_and_pen_names(extractor):
    result = extract(
        extractor,
        "The desertion of 30 soldiers from Russia's 35th Separate Motor Rifle Brigade was reported by the outlet"
        " Astra.\n"
        "Losses of the brigade near Pokrovsk were estimated at 500 by the analytical group Frontelligence Insight.\n"
        "Its former commander was criticised by the Russian military blogger Igor Girkin, who writes under the"
        " name Strelkov.",
    )
    found = relations(result)
    assert ("35th Separate Motor Rifle Brigade", "refused", "desertion") in found
    assert any(s == "35th Separate Motor Rifle Brigade" and p == "lost" for s, p, _ in found)
    assert reporters(result, Predicate.REFUSED).get("Astra") == "said"
    assert "Frontelligence Insight" in reporters(result, Predicate.LOST)
    names = {e.name: e for e in result.entities}
    assert "Strelkov" in names["Igor Girkin"].aliases and "Russian Armed Forces" not in names


def test_quoted_unit_names_and_the_command_as_a_source(extractor):
    result = extract(
        extractor,
        "Ukraine's Operational Command South said the 7th Guards Mountain Air Assault Division lost 50 men.\n"
        'The so-called "Somalia" battalion refused to attack near Avdiivka, the command said.',
    )
    found = relations(result)
    assert any(s == "Somalia battalion" and p == "refused" for s, p, _ in found)
    assert "Operational Command South" in reporters(result, Predicate.REFUSED)


def test_refusals_told_after_a_preposition_and_jobs_are_no_losses(extractor):
    found = read(
        extractor,
        "Twenty officers from the SOBR unit in Tatarstan lost their jobs after declining to go to Kherson,"
        " the outlet Idel.Realii reported.",
    )
    assert ("SOBR", "refused", "Kherson") in found
    assert ("SOBR", "locatedIn", "Tatarstan") in found
    assert not any(p == "lost" for _, p, _ in found)


def test_commanding_officers_and_taking_command(extractor):
    found = read(
        extractor,
        "The regiment's commanding officer, Col. Yuri Medvedev, was wounded at the 37th Motor Rifle Brigade's"
        " base.\nMaj. Gen. Andrei Kolotovkin took command of the 41st Combined Arms Army in May.",
    )
    assert ("Andrei Kolotovkin", "commanded", "41st Combined Arms Army") in found
    assert not any(s == "Yuri Medvedev" and p == "memberOf" for s, p, _ in found)


def test_sources_quoted_by_an_outlet(extractor):
    result = extract(
        extractor,
        "The 98th Guards Airborne Division lost 200 men near Bakhmut, according to relatives quoted by the"
        " outlet Sibir.Realii.",
    )
    assert reporters(result, Predicate.LOST).get("Sibir.Realii") == "via"


def test_counts_of_the_dead(extractor):
    found = read(
        extractor,
        "Mediazona and the BBC have confirmed the names of 900 Russian soldiers killed near Vuhledar.\n"
        "At least 300 convicts recruited by the Wagner Group have been identified among the dead.",
    )
    assert any(s == "Russian Armed Forces" and p == "lost" for s, p, _ in found)
    assert any(s == "Wagner Group" and p == "lost" for s, p, _ in found)


def test_soldiers_serving_in_a_unit_subjects_hung_on_the_source_and_commanders_named_as(extractor):
    result = extract(
        extractor,
        "About 30 mobilized men from the Republic of Tuva serving in the 36th Combined Arms Army refused to be"
        " sent to Bakhmut, the outlet Verstka reported.\n"
        "According to Verstka, the army, which is based in Chita, lost more than 500 soldiers last year.\n"
        "The outlet identified the army's commander as Lt. Gen. Valery Solodchuk.",
    )
    found = relations(result)
    assert ("36th Combined Arms Army", "refused", "Bakhmut") in found
    assert any(s == "36th Combined Arms Army" and p == "lost" for s, p, _ in found)
    assert ("Valery Solodchuk", "commanded", "36th Combined Arms Army") in found


def test_among_those_who_left_posts_names_with_dots_and_trailing_sources(extractor):
    result = extract(
        extractor,
        "Soldiers of the 115th Mechanized Brigade were among those who left their posts near Pokrovsk.\n"
        "Its commander was not among those who left their posts.\n"
        "Dozens of troops from the 211th Pontoon Bridge Brigade also deserted after their commander was"
        " accused of abuse, the Ukrainian outlet Slidstvo.Info reported.",
    )
    found = relations(result)
    refusers = {s for s, p, _ in found if p == "refused"}
    assert refusers == {"115th Mechanized Brigade", "211th Pontoon Bridge Brigade"}
    desertion = next(c for c in result.claims if c.subject == "Unit:211th brigade" and c.predicate is Predicate.REFUSED)
    assert "Outlet:slidstvo.info" in {a.reporter for a in desertion.attributions}


def test_among_those_killed_a_former_member_who_joined_a_unit_and_call_signs(extractor):
    result = extract(
        extractor,
        "Among those killed was Ihor Ivanov, a former member of the Azov Regiment who had joined the Kraken unit"
        " in 2022.\nKraken is led by Konstantin Nemichev, who uses the call sign Kraken-1.",
    )
    assert ("Kraken", "lost", "Ihor Ivanov") in relations(result)
    assert not any(e.name == "Kraken-1" for e in result.entities)


def test_routed_armies_their_divisions_and_equipment_left_behind(extractor):
    found = read(
        extractor,
        "Russia's 20th Combined Arms Army was routed near Lyman, UK intelligence said.\n"
        "Its 3rd Motor Rifle Division abandoned dozens of tanks near Svatove.",
    )
    assert any(s == "20th Combined Arms Army" and p == "lost" for s, p, _ in found)
    assert ("3rd Motor Rifle Division", "partOf", "20th Combined Arms Army") in found
    assert not any(p == "refused" for _, p, _ in found)


def test_a_deputy_commander_killed_is_his_units_loss(extractor):
    found = read(
        extractor,
        "Maj. Gen. Pavel Lebedev, the deputy commander of the 58th Combined Arms Army, died near Robotyne.",
    )
    assert ("58th Combined Arms Army", "lost", "Pavel Lebedev") in found
    assert not any(p == "commanded" for _, p, _ in found)


def test_a_report_noun_names_its_author_and_officials_of_a_bloc_speak(extractor):
    result = extract(
        extractor,
        "The 35th Naval Infantry Brigade lost its commander near Kherson, according to a post by Ukraine's"
        " military intelligence agency, the HUR.\n"
        "Western officials estimate that the 36th Motor Rifle Brigade has lost most of its soldiers.",
    )
    names = {e.key: e.name for e in result.entities}
    by_subject = {names[c.subject]: {names[a.reporter] for a in c.attributions} for c in result.claims}
    assert by_subject["35th Naval Infantry Brigade"] == {"HUR"}
    assert by_subject["36th Motor Rifle Brigade"] == {"Western officials"}


def test_an_unknown_site_is_the_outlet_the_text_names_or_else_its_host(extractor):
    text = (
        "The 61st Naval Infantry Brigade lost dozens of men near Kharkiv, the Arctic Herald reported.\n"
        "The brigade is based in Pechenga."
    )
    named = extract(extractor, text, url="https://thearcticherald.com/en/2022/10/brigade")
    assert named.publisher is not None and named.publisher.startswith("Outlet:")
    assert {e.name for e in named.entities if e.key == named.publisher} == {"Arctic Herald"}
    unnamed = extract(extractor, "The 61st Naval Infantry Brigade is based in Pechenga.", url="https://example.org/a")
    assert reporters(unnamed, Predicate.LOCATED_IN) == {"example.org": "publisher"}


def test_a_given_name_makes_a_person_whatever_the_model_says(extractor):
    result = extract(
        extractor,
        "Soldiers of the 200th Motor Rifle Brigade refused to return to Ukraine, a lawyer who represents them,"
        " Maxim Grebenyuk, told the independent outlet Mediazona.",
    )
    types = {e.name: e.type.value for e in result.entities}
    assert types["Maxim Grebenyuk"] == "Person"
    assert {"Maxim Grebenyuk", "Mediazona"} <= set(reporters(result, Predicate.REFUSED))


def test_a_successor_takes_the_command_his_predecessor_held(extractor):
    found = read(
        extractor,
        "The brigade's former commander, Col. Oleksandr Sak, was replaced in November.\n"
        "His successor, Col. Oleksandr Pavlii, previously served as deputy commander of the 47th Mechanized"
        " Brigade.",
    )
    assert ("Oleksandr Pavlii", "commanded", "47th Mechanized Brigade") not in found  # the deputy post is not it
    found = read(
        extractor,
        "The 47th Mechanized Brigade's former commander, Col. Oleksandr Sak, was replaced in November.\n"
        "His successor, Col. Oleksandr Pavlii, previously served in the General Staff.",
    )
    assert ("Oleksandr Sak", "commanded", "47th Mechanized Brigade") in found
    assert ("Oleksandr Pavlii", "commanded", "47th Mechanized Brigade") in found


def test_denied_refusals_are_not_asserted_and_interviews_carry_their_outlet(extractor):
    result = extract(
        extractor,
        "Dozens of soldiers of the 110th Mechanized Brigade refused to return to their positions in Avdiivka,"
        " the brigade's spokesman, Ivan Sekach, said in an interview with Radio Liberty.\n"
        "Sekach denied that the men of the 110th Mechanized Brigade had deserted.",
    )
    refusals = [c for c in result.claims if c.predicate is Predicate.REFUSED]
    assert len(refusals) == 1
    assert set(reporters(result, Predicate.REFUSED)) == {"Ivan Sekach", "Radio Free Europe/Radio Liberty"}


def test_some_of_the_men_are_the_units_men_whoever_spoke_last(extractor):
    found = read(
        extractor,
        "At least 25 servicemen of the 64th Motor Rifle Brigade were killed, the outlet iStories said.\n"
        "Relatives of soldiers from the brigade told the BBC that some of the men had refused to go back to"
        " Ukraine.",
    )
    assert ("64th Motor Rifle Brigade", "refused", "Ukraine") in found


def test_weapons_are_no_entities_and_the_journal_is_the_wall_street_journal(extractor):
    result = extract(
        extractor,
        "Ukraine's 47th Mechanized Brigade has lost at least five of its Leopard 2 tanks near Avdiivka,"
        " soldiers told The Wall Street Journal.\nThe Journal could not verify their account.",
    )
    names = {e.name for e in result.entities}
    assert not any(n.startswith("Leopard") for n in names)
    assert "Journal" not in names
    assert set(reporters(result, Predicate.LOST)) == {"The Wall Street Journal"}


def test_a_units_destroyed_ship_is_its_loss_and_a_speakers_title_is_not_his_claim(extractor):
    result = extract(
        extractor,
        "Ukraine's air force destroyed the Black Sea Fleet's landing ship Novocherkassk, Ukrainian officials"
        " said.\nAir force commander Mykola Oleshchuk said on Telegram that jets had fired missiles.",
        url="https://www.reuters.com/world/europe/ship",
    )
    assert ("Black Sea Fleet", "lost", "landing ship") in relations(result)
    assert reporters(result, Predicate.LOST) == {"Ukrainian officials": "said"}
    assert reporters(result, Predicate.COMMANDED) == {"Reuters": "publisher"}
    assert ("Mykola Oleshchuk", "commanded", "Ukrainian Air Force") in relations(result)


def test_men_sent_with_a_regiment_are_its_men_and_a_given_name_beats_a_place(extractor):
    result = extract(
        extractor,
        "Dozens of mobilized men from Chuvashia who were sent to the front with the 1st Guards Motor Rifle"
        " Regiment have refused to return to the Luhansk region, their relatives told The Moscow Times.\n"
        "Chuvashia's governor, Oleg Nikolayev, said he would look into the complaints.",
    )
    assert ("1st Guards Motor Rifle Regiment", "refused", "Luhansk Oblast") in relations(result)
    assert {e.name: e.type.value for e in result.entities}.get("Oleg Nikolayev") == "Person"


def test_a_commander_lost_unnamed_is_the_person_killed_next(extractor):
    result = extract(
        extractor,
        "The Georgian National Legion has lost its deputy commander near Bakhmut, the legion's commander,"
        " Mamuka Mamulashvili, said on Facebook.\n"
        "Mamulashvili said that Irakli Kupradze, known by the call sign Tsitso, was killed by artillery fire.",
    )
    assert ("Georgian National Legion", "lost", "Irakli Kupradze") in relations(result)
    assert "Tsitso" not in {e.name for e in result.entities}
    killed = next(c for c in result.claims if c.object == "Person:irakli kupradze")
    assert [a.reporter for a in killed.attributions] == ["Person:mamuka mamulashvili"]


def test_his_men_are_the_unit_he_leads_and_he_acknowledged_it(extractor):
    result = extract(
        extractor,
        'Apti Alaudinov, who leads the Akhmat unit, acknowledged in a video that "several dozen" of his men'
        " had been killed near Bilohorivka.",
    )
    losses = [c for c in result.claims if c.predicate is Predicate.LOST]
    assert [c.subject for c in losses] == ["Unit:akhmat"]
    assert [a.reporter for a in losses[0].attributions] == ["Person:apti alaudinov"]


def test_a_command_handed_over_is_not_the_one_now_held(extractor):
    found = read(
        extractor,
        "Col. Oleksandr Vdovychenko was appointed commander of the 115th Brigade.\n"
        "He replaced Col. Andriy Kovalchuk, who now heads the 47th Mechanized Brigade.",
    )
    assert ("Andriy Kovalchuk", "commanded", "47th Mechanized Brigade") in found
    assert ("Oleksandr Vdovychenko", "commanded", "47th Mechanized Brigade") not in found


def test_commander_in_chief_hard_hit_units_and_appeals_seen_by_an_outlet(extractor):
    result = extract(
        extractor,
        "Ukraine's Commander-in-Chief Oleksandr Syrskyi visited the front.\n"
        "Reservists say the 3rd Motor Rifle Division has lost half of its men, according to an appeal published"
        " by their wives and seen by Reuters.\n"
        "Its 752nd Motor Rifle Regiment has been especially hard hit, one of the wives, Yekaterina Sidorova,"
        " told Reuters.",
    )
    found = relations(result)
    assert ("Oleksandr Syrskyi", "commanded", "Armed Forces of Ukraine") in found
    assert any(s == "752nd Motor Rifle Regiment" and p == "lost" for s, p, _ in found)
    names = {e.key: e.name for e in result.entities}
    division = next(c for c in result.claims if c.subject == "Unit:3rd division" and c.predicate is Predicate.LOST)
    assert "Reuters" in {names[a.reporter] for a in division.attributions}
    assert "Yekaterina Sidorova" not in {names[a.reporter] for a in division.attributions}


def test_as_reported_by_an_outlet_before_the_claim(extractor):
    result = extract(
        extractor,
        "As reported by the independent outlet Verstka, dozens of marines from the 155th Naval Infantry Brigade"
        " have refused to take part in further assaults.",
    )
    assert reporters(result, Predicate.REFUSED) == {"Verstka": "said"}


def test_media_reports_are_no_particular_source_and_an_acronym_in_brackets_speaks(extractor):
    result = extract(
        extractor,
        "Dozens of soldiers from the 126th Coastal Defense Brigade have refused to fight in the Kherson region,"
        " Ukraine's Main Intelligence Directorate (HUR) claimed on Telegram.\n"
        "Its former commander, Col. Oleg Pavlov, was killed in March 2022, according to Ukrainian media reports.",
        url="https://www.newsweek.com/x",
    )
    assert reporters(result, Predicate.REFUSED) == {"HUR": "said"}
    assert reporters(result, Predicate.COMMANDED) == {"Newsweek": "publisher"}


def test_prisoners_taken_and_conscripts_who_served_with_a_regiment(extractor):
    result = extract(
        extractor,
        "Several conscripts captured by Ukrainian forces in August served with the 488th Motor Rifle Regiment,"
        " their relatives told the regional news site Ura.ru.\n"
        "Ukraine's military said it had taken 100 Russian servicemen prisoner near Sudzha, including members of"
        " the Akhmat special forces unit.",
    )
    losers = {c.subject: {a.reporter for a in c.attributions} for c in result.claims if c.predicate is Predicate.LOST}
    assert losers["Unit:488th regiment"] == {"Outlet:ura.ru"}
    assert losers["Unit:akhmat"] == {"Unit:armed forces of ukraine"}


def test_national_troops_of_a_unit_per_a_source_and_a_bare_number(extractor):
    result = extract(
        extractor,
        "Russian troops of the 810th Naval Infantry Brigade mutinied near the Dnipro River.\n"
        "Per the UK's Ministry of Defence, the brigade has lost around 85% of its original personnel.\n"
        "The 810th, which is based in Sevastopol, is part of the Black Sea Fleet.",
    )
    found = relations(result)
    assert ("810th Naval Infantry Brigade", "partOf", "Black Sea Fleet") in found
    assert not any(s == "Russian Armed Forces" for s, _, _ in found)
    assert "Dnipro" not in {e.name for e in result.entities}
    assert set(reporters(result, Predicate.LOST).values()) == {"cited"}


def test_the_intelligence_agency_is_the_intelligence_body_named_before(extractor):
    result = extract(
        extractor,
        "Soldiers of Russia's 3rd Army Corps have deserted their positions near Kupiansk, Ukraine's military"
        " intelligence said.\n"
        "Its commander, Lt. Gen. Andrei Kuzmenko, ordered the deserters to be hunted down, the intelligence"
        " agency added.",
    )
    assert reporters(result, Predicate.COMMANDED) == {"HUR": "said"}


def test_the_few_left_out_of_many_and_a_refusal_to_withdraw_others(extractor):
    found = read(
        extractor,
        "Fighters attached to the 114th Motor Rifle Brigade recorded a video near Avdiivka.\n"
        '"Out of 150 men, 18 are left," one of the fighters says in the video.\n'
        "The brigade's commander, Col. Sergei Kovalev, has refused to withdraw the company from the front.",
    )
    assert ("114th Motor Rifle Brigade", "lost", "Out of 150 men, 18 are left") in found
    assert not any(p == "refused" for _, p, _ in found)


def test_a_speaker_introduced_by_role_is_the_person_named_in_that_role_next(extractor):
    result = extract(
        extractor,
        "A pro-Kremlin blogger said on Friday that the 83rd Air Assault Brigade had lost at least 30 men near"
        " Toretsk.\n"
        "The blogger, Yuri Podolyaka, wrote that the paratroopers had been sent forward without drones.",
    )
    assert reporters(result, Predicate.LOST) == {"Yuri Podolyaka": "said"}


def test_words_said_in_a_video_are_carried_by_whoever_published_it(extractor):
    posted = extract(
        extractor,
        "In the appeal, which was published on Monday by the Telegram channel Astra, the wives of several"
        " servicemen say the 1st Motor Rifle Regiment lost half of its men near Svatove.",
    )
    assert reporters(posted, Predicate.LOST) == {"Astra": "via"}
    earlier = extract(
        extractor,
        "The outlet Sibir.Realii published a video of men from the 36th Motor Rifle Brigade on Tuesday.\n"
        '"The brigade has lost 90 men," one of them says in the video.',
    )
    assert "Sibir.Realii" in reporters(earlier, Predicate.LOST)


def test_its_soldiers_belong_to_the_numbered_unit_named_in_the_same_sentence(extractor):
    result = extract(
        extractor,
        "The Russian Navy has removed the commander of the 61st Naval Infantry Brigade, Col. Ivan Petrov, after"
        " dozens of its marines had refused to advance, the military said.\n"
        "He was replaced by his deputy, Col. Pavel Guk, and the navy did not say how many marines had deserted.",
    )
    found = relations(result)
    assert ("61st Naval Infantry Brigade", "refused", "to advance") in found
    assert ("Pavel Guk", "commanded", "61st Naval Infantry Brigade") in found
    assert not any(p == "refused" and s != "61st Naval Infantry Brigade" for s, p, _ in found)
    assert reporters(result, Predicate.REFUSED) == {"Russian Navy": "said"}


def test_a_predecessor_who_had_led_the_unit_and_a_loss_of_most_of_its_infantry(extractor):
    result = extract(
        extractor,
        "Col. Ihor Skybiuk, who had led the 80th Air Assault Brigade since 2022, was replaced by Col. Emil"
        " Ishkulov.\n"
        "Analysts said the brigade had fled its trenches, and that the brigade had lost most of its infantry"
        " near Sudzha.",
    )
    found = relations(result)
    assert ("Emil Ishkulov", "commanded", "80th Air Assault Brigade") in found
    assert ("80th Air Assault Brigade", "lost", "most of its infantry") in found
    assert not any(p == "refused" and o == "Sudzha" for _, p, o in found)


def test_ukrainian_operational_commands_are_units_above_brigades(extractor):
    found = read(extractor, "The 24th Mechanized Brigade, which is part of Operational Command West, holds Chasiv Yar.")
    assert ("24th Mechanized Brigade", "partOf", "Operational Command West") in found


def test_battalion_commanders_serve_in_the_division_and_quotes_do_not_name_their_speaker(extractor):
    result = extract(
        extractor,
        "Lt. Col. Pavel Orlov, the commander of a tank battalion of the 90th Guards Tank Division, was killed.\n"
        "His death was announced by the mayor of the Chelyabinsk region's Kopeysk district, Sergei Gerasimov.\n"
        '"He led his men from the front," Gerasimov wrote.',
    )
    found = relations(result)
    assert ("Pavel Orlov", "memberOf", "90th Guards Tank Division") in found
    assert not any(p == "commanded" for _, p, _ in found)
    assert {e.name: e.type.value for e in result.entities}["Sergei Gerasimov"] == "Person"


def test_confirmed_deaths_restated_refusals_and_members_who_belong(extractor):
    found = read(
        extractor,
        "The BBC has confirmed the deaths of 14 officers of the 8th Combined Arms Army since May.\n"
        "Soldiers from the 20th Motor Rifle Division refused to return to Russia's Belgorod region, their"
        " wives said.\n"
        "The men belong to the division's 33rd Motor Rifle Regiment, and the soldiers who refused are now held"
        " in a cellar.",
    )
    assert any(s == "8th Combined Arms Army" and p == "lost" for s, p, _ in found)
    refusals = {(s, o) for s, p, o in found if p == "refused"}
    assert refusals == {("20th Motor Rifle Division", "Belgorod Oblast")}
    assert ("33rd Motor Rifle Regiment", "partOf", "20th Motor Rifle Division") in found
    assert not any(p == "partOf" and o == "33rd Motor Rifle Regiment" for _, p, o in found)


def test_one_of_its_commanders_admitted_is_the_commander_named_next(extractor):
    result = extract(
        extractor,
        "Wagner fighters suffered heavy losses near Bakhmut, one of the group's commanders has admitted.\n"
        "Andrei Troshev, the deputy head of the Defense Ministry's volunteer department and commander of"
        ' Wagner, said that "many of our guys died" there.\n'
        "Yevgeny Prigozhin later disputed that account on Telegram, writing that the Wagner unit had lost only a"
        " few men.",
    )
    found = relations(result)
    assert ("Andrei Troshev", "commanded", "Wagner Group") in found
    losses = {
        c.object_text: {a.reporter for a in c.attributions} for c in result.claims if c.predicate is Predicate.LOST
    }
    assert all(c.subject == "Unit:wagner group" for c in result.claims if c.predicate is Predicate.LOST)
    assert losses["heavy losses"] >= {"Person:andrei troshev"}
    assert losses["many of our guys"] >= {"Person:andrei troshev"}
    assert losses["only a few men"] == {"Person:yevgeny prigozhin"}


def test_bracketed_acronyms_known_bodies_before_a_role_and_whoever_refused(extractor):
    result = extract(
        extractor,
        "The 35th Combined Arms Army lost most of its tanks near Vuhledar, Ukraine's Center for Strategic"
        " Communications (CSC) said.\n"
        "Ukrainian military intelligence spokesman Andriy Yusov said the army's soldiers were told that whoever"
        " refused would be shot, the CSC added.",
    )
    names = {e.name: e.type.value for e in result.entities}
    assert "CSC" not in names
    assert names["HUR"] == "Organization"
    assert not [c for c in result.claims if c.predicate is Predicate.REFUSED]


def test_a_by_phrase_the_parser_hung_further_in_still_names_the_author(extractor):
    result = extract(
        extractor,
        "Russia's 150th Motor Rifle Division lost at least 30 tanks in a week, according to an analysis of"
        " satellite imagery and drone footage by the open-source group Oryx.",
    )
    assert reporters(result, Predicate.LOST) == {"Oryx": "cited"}


def test_a_body_introduced_by_kind_and_place_speaks_through_its_press_service(extractor):
    result = extract(
        extractor,
        "A military court in Rostov has jailed a soldier of the 20th Motor Rifle Division for refusing to fight"
        " in Ukraine, the court's press service said.",
    )
    assert reporters(result, Predicate.REFUSED) == {"Rostov-on-Don military court": "said"}


def test_men_who_refused_are_the_one_unit_their_sentence_names(extractor):
    result = extract(
        extractor,
        "The 9th Motor Rifle Brigade was formed from units of the self-proclaimed Luhansk People's Republic.\n"
        "Former soldiers of the brigade said that officers had beaten men who refused to go on assaults.",
    )
    names = {e.name: e.type.value for e in result.entities}
    assert names["Luhansk People's Republic"] == "Region"
    assert ("9th Motor Rifle Brigade", "refused", "to go on assaults") in relations(result)
    assert all(e.type.value != "Unit" or e.name == "9th Motor Rifle Brigade" for e in result.entities)


def test_a_short_form_of_a_name_with_of_is_that_name(extractor):
    result = extract(
        extractor,
        "The General Staff of Ukraine's Armed Forces said Russia lost 1,100 soldiers on Monday.\n"
        "Most of them fell near Toretsk, the General Staff said in its evening update.",
    )
    organizations = [e.name for e in result.entities if e.type.value == "Organization"]
    assert organizations == ["General Staff of the Armed Forces of Ukraine"]


def test_a_nations_casualties_are_its_forces_losses_and_civilians_are_not(extractor):
    result = extract(
        extractor,
        "Ukrainian casualties around Chasiv Yar rose sharply in April, the Estonian military intelligence"
        " service said.\nCivilian casualties in Kharkiv have also grown.",
    )
    losses = [(c.subject, c.object_text) for c in result.claims if c.predicate is Predicate.LOST]
    assert losses == [("Unit:armed forces of ukraine", "Ukrainian casualties")]


def test_we_in_an_unnamed_soldiers_words_is_the_unit_the_passage_is_about(extractor):
    result = extract(
        extractor,
        "Reservists of the 3rd Motor Rifle Division recorded a video near Lyman.\n"
        '"We refuse to attack without artillery," a soldier in the video says.',
    )
    assert [c.subject for c in result.claims if c.predicate is Predicate.REFUSED] == ["Unit:3rd division"]


def test_losses_a_commander_speaks_of_are_his_units_on_his_word(extractor):
    result = extract(
        extractor,
        "Colonel Viktor Demin commanded the 74th Motor Rifle Brigade until March.\n"
        "In a letter to the governor, Demin complained about heavy losses among his men.\n"
        "He also wrote of the deaths of his soldiers near Avdiivka.",
    )
    losses = {c.object_text: c for c in result.claims if c.predicate is Predicate.LOST}
    assert {c.subject for c in losses.values()} == {"Unit:74th brigade"}
    assert len(losses) == 2
    assert all({a.reporter for a in c.attributions} == {"Person:viktor demin"} for c in losses.values())


def test_a_refusal_told_again_without_its_place_is_the_place_given(extractor):
    found = read(
        extractor,
        "Soldiers of the 15th Motor Rifle Brigade refused to return to the front in the Kharkiv region, their"
        " relatives told Sibir.Realii.\n"
        "The soldiers of the brigade are refusing to die for nothing, one of the wives said.",
    )
    refusals = {(s, o) for s, p, o in found if p == "refused"}
    assert refusals == {("15th Motor Rifle Brigade", "Kharkiv Oblast")}


def test_a_deputy_commander_is_a_member_and_rivers_are_places(extractor):
    result = extract(
        extractor,
        "Maj. Gen. Pavel Klimenko, the deputy commander of the 36th Combined Arms Army, was wounded on the"
        " bank of the Dnieper River.",
    )
    found = relations(result)
    assert ("Pavel Klimenko", "memberOf", "36th Combined Arms Army") in found
    assert not any(p == "commanded" for _, p, _ in found)
    assert {e.name for e in result.entities if e.type.value == "Region"} == {"Dnipro River"}


def test_a_blogger_introduced_by_role_is_the_pen_name_given_next(extractor):
    result = extract(
        extractor,
        "Soldiers of the 810th Naval Infantry Brigade refused to cross the river near Kherson, a Russian"
        " military blogger has claimed.\n"
        "The blogger, who writes under the name Rybar, said on Telegram that 20 marines had refused.",
    )
    refusals = [c for c in result.claims if c.predicate is Predicate.REFUSED]
    assert [{a.reporter for a in c.attributions} for c in refusals] == [{"Outlet:rybar"}] * 2
    assert {c.subject for c in refusals} == {"Unit:810th brigade"}  # "20 marines": the brigade's men


def test_a_speakers_own_description_before_a_posted_video_is_the_publishers(extractor):
    result = extract(
        extractor,
        "Fighters of the Akhmat unit left their positions near Sudzha, the blogger Rybar wrote on Telegram.\n"
        "Apti Alaudinov, the Akhmat commander, rejected the claim in a video posted the next day.",
        publisher="Meduza",
    )
    assert reporters(result, Predicate.COMMANDED) == {"Meduza": "publisher"}


def test_a_place_in_a_countrys_province_is_in_the_province(extractor):
    found = read(extractor, "Shelling hit the village of Tyotkino in Russia's Kursk region on Friday.")
    assert ("Tyotkino", "locatedIn", "Kursk Oblast") in found
    assert not any(s == "Tyotkino" and o == "Russia" for s, _, o in found)


def test_those_accused_of_deserting_refused_on_the_accusers_word(extractor):
    result = extract(
        extractor,
        "The 47th Mechanized Brigade accused soldiers of the 14th Mechanized Brigade of abandoning their positions"
        " in Bakhmut, the brigade's spokesman wrote on X.",
    )
    assert [c.subject for c in result.claims if c.predicate is Predicate.REFUSED] == ["Unit:14th brigade"]
    assert {e.name: e.type.value for e in result.entities}["X"] == "Outlet"


def test_whose_death_the_parser_hung_on_a_unit_is_the_persons(extractor):
    result = extract(
        extractor,
        "The latest was Major General Roman Kutuzov, deputy commander of the 1st Army Corps, whose death near"
        " Donetsk was announced by the war correspondent Alexander Sladkov in June.",
    )
    assert ("1st Army Corps", "lost", "Roman Kutuzov") in relations(result)


def test_soldiers_of_one_nation_in_another_country_are_not_from_there(extractor):
    result = extract(extractor, "At least 500 Russian paratroopers in Ukraine have been killed, Mediazona reported.")
    units = {e.name for e in result.entities if e.type.value == "Unit"}
    assert units == {"Russian paratroopers"}


def test_a_bare_role_before_a_name_is_a_title_and_a_named_groups_losses_are_its_own(extractor):
    result = extract(
        extractor,
        "Chechen leader Ramzan Kadyrov and Wagner chief Yevgeny Prigozhin criticised the army's commanders.\n"
        "Russia's Wagner mercenary group has suffered tens of thousands of casualties near Soledar, UK"
        " intelligence said, most of them among convicts.",
    )
    found = relations(result)
    assert ("Yevgeny Prigozhin", "commanded", "Wagner Group") in found
    assert reporters(result, Predicate.LOST) == {"UK intelligence": "said"}
    assert ("Wagner Group", "lost", "casualties") in found


def test_who_after_a_persons_description_is_the_person(extractor):
    found = read(
        extractor,
        "Western officials say Dmitry Utkin, a former officer of Russia's GRU military intelligence who is"
        " believed to command Wagner's fighters in the field, has not been seen for months.",
    )
    assert ("Dmitry Utkin", "commanded", "Wagner Group") in found
    assert all(o != "Russia" for _, _, o in found)


def test_an_honorific_is_its_unit_and_his_unit_is_the_one_the_article_names(extractor):
    result = extract(
        extractor,
        "A Russian soldier told his mother that his unit had lost 30 men near Kupiansk, according to an"
        " intercepted call released by Ukraine's HUR.\n"
        "The man says he serves in the 2nd Guards Tamanskaya Motor Rifle Division.\n"
        "The Tamanskaya division is based near Moscow.",
        publisher="Kyiv Post",
    )
    units = [e.name for e in result.entities if e.type.value == "Unit" and e.name != "Russian Armed Forces"]
    assert units == ["2nd Guards Tamanskaya Motor Rifle Division"]
    assert reporters(result, Predicate.LOST) == {"HUR": "cited"}


def test_a_finite_report_the_parser_hung_on_an_outlet_and_no_speaker_from_citing(extractor):
    result = extract(
        extractor,
        "Several soldiers of the 3rd Army Corps refused to return to Ukraine after leave in Rostov, the"
        " independent Russian outlet Verstka reported in May, citing relatives.",
    )
    assert reporters(result, Predicate.REFUSED) == {"Verstka": "said"}


def test_an_armys_eastern_group_is_no_other_group(extractor):
    found = read(
        extractor,
        "The Wagner Group withdrew from Bakhmut in May.\n"
        "A spokesman for Ukraine's eastern group of forces, Serhiy Cherevatyi, said the town was still contested.",
    )
    assert not any(s == "Serhiy Cherevatyi" and o == "Wagner Group" for s, _, o in found)


def test_soldiers_a_later_sentence_places_in_a_unit_are_its_men(extractor):
    result = extract(
        extractor,
        "More than 30 reservists from Russia's Altai region are refusing to return to the front in Ukraine,"
        " their mothers told Sibir.Realii.\n"
        "The men, who serve in the 55th Separate Motor Rifle Brigade, say they were sent to attack without"
        " artillery.",
    )
    refusals = {(s, o) for s, p, o in relations(result) if p == "refused"}
    assert refusals == {("55th Separate Motor Rifle Brigade", "Ukraine")}
    assert not [e for e in result.entities if e.name.startswith("reservists")]


def test_a_countrys_province_is_the_groups_origin_and_counts_stay_out_of_its_name(extractor):
    result = extract(extractor, "More than 40 conscripts from Russia's Tver region deserted, Mediazona reported.")
    [group] = [e for e in result.entities if e.type.value == "Unit"]
    assert group.name == "conscripts from Tver Oblast"
    assert not any("40" in alias or "More" in alias for alias in group.aliases)


def test_many_of_them_from_a_unit_and_a_unit_that_ceased_to_exist(extractor):
    found = read(
        extractor,
        "Dozens of conscripts, many of them from the 1st Motor Rifle Regiment, surrendered near Sudzha.\n"
        "Ukrainian officials said the regiment had ceased to exist as a fighting unit.",
    )
    assert ("1st Motor Rifle Regiment", "refused", "Sudzha") in found
    assert ("1st Motor Rifle Regiment", "lost", "ceased to exist") in found


def test_ukraines_special_forces_and_a_place_based_unit(extractor):
    result = extract(
        extractor,
        "Ukraine's special forces said a strike killed 20 sailors of the Novorossiysk-based 11th Landing Ship Brigade.",
    )
    names = {e.name: e.type.value for e in result.entities}
    assert names["Special Operations Forces of Ukraine"] == "Unit"
    assert ("11th Landing Ship Brigade", "locatedIn", "Novorossiysk") in relations(result)


def test_soldiers_opening_a_sentence_are_no_place(extractor):
    result = extract(
        extractor,
        "Servicemen of Russia's 70th Motor Rifle Regiment refused to go on the offensive near Orikhiv, the HUR said.",
    )
    assert "Servicemen" not in {e.name for e in result.entities}
    assert ("70th Motor Rifle Regiment", "refused", "Orikhiv") in relations(result)


def test_an_outlet_and_another_joined_to_it_both_report(extractor):
    result = extract(
        extractor,
        "Independent Russian outlet Mediazona and the BBC's Russian Service have identified at least 90 servicemen"
        " of the 98th Guards Airborne Division killed in Ukraine.",
    )
    assert reporters(result, Predicate.LOST) == {"Mediazona": "said", "BBC": "said"}


def test_who_was_killed_hung_on_the_unit_of_a_commanders_description_is_the_commander(extractor):
    found = read(
        extractor,
        "Among them is Lieutenant Colonel Oleg Kuzin, the commander of the division's 104th Guards Air Assault"
        " Regiment, who was killed near Kherson in May, his school wrote on VKontakte.",
    )
    assert ("104th Guards Air Assault Regiment", "lost", "Oleg Kuzin") in found


def test_a_local_paper_whose_last_word_names_another_outlet_is_its_own(extractor):
    result = extract(
        extractor,
        "In an interview with the local newspaper Pskovskaya Lenta, a soldier said his company had lost 20 men.",
    )
    outlets = {e.name for e in result.entities if e.type.value == "Outlet"}
    assert outlets == {"Pskovskaya Lenta"}


def test_a_denial_asserts_nothing_and_its_own_fighters_are_the_speakers(extractor):
    result = extract(
        extractor,
        "The Sibir Battalion and the Russian Volunteer Corps crossed the border near Tyotkino on Monday.\n"
        "The battalion denied suffering heavy losses and said on Telegram that only three of its fighters were"
        " wounded.",
    )
    losses = [c for c in result.claims if c.predicate is Predicate.LOST]
    assert [c.object_text for c in losses] == ["only three of its fighters"]
    assert {a.reporter for a in losses[0].attributions} == {losses[0].subject} == {"Unit:sibir battalion"}


def test_a_pen_name_given_in_a_description_of_a_person_is_theirs(extractor):
    result = extract(
        extractor,
        "The corps is led by Denis Kapustin, a Russian nationalist who goes by the name Denis Nikitin.",
    )
    people = [e for e in result.entities if e.type.value == "Person"]
    assert [p.name for p in people] == ["Denis Kapustin"] and "Denis Nikitin" in people[0].aliases


def test_a_quoted_honorific_a_successors_successor_and_the_press_service_named_before(extractor):
    result = extract(
        extractor,
        'The 24th Separate Mechanized Brigade "King Danylo" has a new commander, the brigade\'s press service said.\n'
        "Colonel Ivan Hrytsenko led the brigade until March. His successor, Colonel Oleh Marchuk, was replaced"
        " this week by Colonel Petro Zhuk, the press service said.\n"
        "The King Danylo brigade is fighting near Toretsk.",
    )
    found = relations(result)
    assert {s for s, p, o in found if p == "commanded"} == {"Ivan Hrytsenko", "Oleh Marchuk", "Petro Zhuk"}
    assert [e.name for e in result.entities if e.type.value == "Unit"] == ["24th Separate Mechanized Brigade"]
    zhuk = next(c for c in result.claims if c.subject == "Person:petro zhuk")
    assert {a.reporter for a in zhuk.attributions} == {"Unit:24th brigade"}


def test_soldiers_in_general_who_deserted_make_no_group(extractor):
    result = extract(
        extractor,
        "Prosecutors have opened 20,000 cases against soldiers who left their units without permission.",
    )
    assert not result.claims


def test_civilians_a_governor_says_were_killed_are_his_regions_loss(extractor):
    found = read(extractor, "Kursk Governor Alexei Smirnov said two civilians were killed in the shelling.")
    assert ("Kursk", "lost", "two civilians") in found


def test_a_branchs_men_from_a_numbered_unit_are_the_units_and_a_base_is_a_place(extractor):
    result = extract(
        extractor,
        "At least 20 Russian marines from the 40th Separate Naval Infantry Brigade refused to return to the front"
        " near Krynky, their wives told Vot Tak.\n"
        "The brigade, based in Sputnik, has lost hundreds of men.",
    )
    found = relations(result)
    assert ("40th Separate Naval Infantry Brigade", "refused", "Krynky") in found
    assert {e.name: e.type.value for e in result.entities}["Sputnik"] == "Region"


def test_his_unit_in_an_unnamed_soldiers_words_is_the_soldiers(extractor):
    result = extract(
        extractor,
        "Chechen fighters loyal to Ramzan Kadyrov were filmed in Mariupol, The Telegraph reported.\n"
        "A soldier from the 1st Guards Tank Regiment told the newspaper that his unit had lost 40 men near"
        " Izium.\n"
        "Kadyrov said that Chechen units had lost only a few fighters.",
    )
    losses = {c.object_text: (c.subject, {a.reporter for a in c.attributions}) for c in result.claims}
    assert losses["40 men"] == ("Unit:1st regiment", {"Unit:1st regiment", "Outlet:telegraph"})
    assert losses["only a few fighters"][0] == "Unit:akhmat"


def test_a_mobilised_soldiers_account_his_mother_and_a_governors_acknowledgement(extractor):
    result = extract(
        extractor,
        "Dmitry Ovchinnikov, a mobilised soldier from the Tambov region, told the Guardian that his company of"
        " the 1st Motor Rifle Regiment had been left near Kreminna. "
        '"Out of 120 men, maybe 40 are still alive," he said.\n'
        "His mother, Natalia, said several survivors had refused to return to the front and were being held in"
        " a cellar in Kreminna.\n"
        "The Russian defence ministry said the unit had been rotated. Tambov's governor, Maxim Yegorov,"
        " acknowledged that there had been losses among the mobilised men.",
        publisher="The Guardian",
    )
    names = {e.name: e.type.value for e in result.entities}
    assert names["Natalia"] == "Person" and names["Russian Ministry of Defense"] == "Organization"
    claims = {(c.predicate.value, c.object or c.object_text): c for c in result.claims}
    assert {c.subject for c in claims.values()} == {"Unit:1st regiment"}
    assert {a.reporter for a in claims["lost", "Out of 120 men, maybe 40 are still alive"].attributions} >= {
        "Person:dmitry ovchinnikov"
    }
    assert {a.reporter for a in claims["refused", "to return to the front"].attributions} == {"Person:natalia"}
    assert {a.reporter for a in claims["lost", "losses"].attributions} == {"Person:maxim yegorov"}


def test_taking_over_an_army_commands_it_and_a_source_is_no_unit(extractor):
    result = extract(
        extractor,
        "Russia has replaced the commander of its 20th Combined Arms Army, two sources told Reuters.\n"
        "Major General Sergei Milchakov took over the army last month, one of the sources said.\n"
        "His predecessor, Major General Yevgeny Nikiforov, was promoted.",
        publisher="Reuters",
    )
    found = relations(result)
    assert {s for s, p, o in found if p == "commanded"} == {"Sergei Milchakov", "Yevgeny Nikiforov"}
    assert reporters(result, Predicate.COMMANDED) == {"Reuters": "via"}  # the sources told Reuters


def test_russias_republics_and_provinces_are_known(extractor):
    result = extract(extractor, "Officers from Kabardino-Balkaria and the Tver region were dismissed in Nalchik.")
    regions = {e.name for e in result.entities if e.type.value == "Region"}
    assert regions >= {"Kabardino-Balkaria", "Tver Oblast", "Nalchik"}


def test_according_to_and_citing_hung_on_a_trailing_report_and_a_site_known_by_its_domain(extractor):
    result = extract(
        extractor,
        "Crews of Russia's 3rd Separate Tank Battalion refused to take part in a new assault on Marinka after"
        " losing 20 tanks, according to Ukraine's military intelligence, Newsweek reported, citing Ukrainska"
        " Pravda.\n"
        "Relatives said the battalion was almost destroyed near Marinka, the regional news site E1.ru reported.",
    )
    assert reporters(result, Predicate.REFUSED) == {"HUR": "cited", "Newsweek": "said", "Ukrainska Pravda": "cited"}
    names = {e.name: e.type.value for e in result.entities}
    assert names["E1.ru"] == "Outlet"


@pytest.mark.parametrize(
    ("text", "loss"),
    [
        (
            "Wives of soldiers of the 1st Motor Rifle Regiment spoke to reporters.\n"
            '"Of 300 men who went on the assault, 42 came back," one of the women said.',
            ("1st Motor Rifle Regiment", "lost", "Of 300 men who went on the assault, 42 came back"),
        ),
        (
            "Meduza spoke to soldiers of the 37th Separate Motor Rifle Brigade.\n"
            '"Our company went in with 120 people. Two days later, about 30 were left," one of them said.',
            ("37th Separate Motor Rifle Brigade", "lost", "Two days later, about 30 were left"),
        ),
    ],
)
def test_of_many_who_went_in_few_came_back(extractor, text, loss):
    assert loss in read(extractor, text)


def test_a_channel_named_after_its_kind_claims_what_happened_near_a_place(extractor):
    result = extract(
        extractor,
        "Convicts of a Storm-Z company attached to the 20th Motor Rifle Division mutinied after being ordered to"
        " attack near Kreminna, the Russian Telegram channel VChK-OGPU claimed, citing relatives.",
    )
    names = {e.name: e.type.value for e in result.entities}
    assert names["Kreminna"] == "Region" and names["VChK-OGPU"] == "Outlet"
    assert reporters(result, Predicate.REFUSED) == {"VChK-OGPU": "said"}


def test_whose_commander_and_a_conversation_published_by_a_body(extractor):
    result = extract(
        extractor,
        "A Russian marine complained to his mother that his unit had been ground down near Krynky, according to"
        " an intercepted conversation published by Ukraine's Security Service on Monday.\n"
        "The unit is part of the 810th Naval Infantry Brigade, whose commander, Colonel Alexei Berngard, was"
        " wounded in 2023.",
    )
    assert ("Alexei Berngard", "commanded", "810th Naval Infantry Brigade") in relations(result)


def test_a_unit_served_in_before_is_not_the_one_joined_after(extractor):
    result = extract(
        extractor,
        "The Pahonia Regiment, a unit of Belarusian volunteers, lost one of its commanders near Siversk.\n"
        "The commander, Ales Hrynko, was killed on May 2, the regiment said.\n"
        "Hrynko had previously served in the Belarusian army and joined the regiment in 2022.",
    )
    found = relations(result)
    assert ("Pahonia Regiment", "lost", "Ales Hrynko") in found
    assert not any("Belarus" in str(o) for _, _, o in found)


def test_a_countrys_top_commander_and_the_brigade_the_story_is_about(extractor):
    result = extract(
        extractor,
        "The soldiers of Ukraine's 47th Mechanized Brigade arrived in Avdiivka in February.\n"
        '"We lost a lot of good guys," said a sergeant who gave only his call sign, Bison.\n'
        "The brigade said in a statement that it had inflicted heavy casualties on Russia's 15th Motor Rifle"
        " Brigade and the 30th Motor Rifle Brigade.\n"
        "Ukraine's top commander, Gen. Oleksandr Syrskyi, ordered the withdrawal from Avdiivka.\n"
        "Ivan Petrov, the brigade's deputy commander, wrote on Telegram that the town had been lost.",
        publisher="The New York Times",
    )
    found = relations(result)
    assert ("Oleksandr Syrskyi", "commanded", "Armed Forces of Ukraine") in found
    assert ("Ivan Petrov", "memberOf", "47th Mechanized Brigade") in found
    assert ("47th Mechanized Brigade", "lost", "a lot of good guys") in found
    inflicted = next(c for c in result.claims if c.object_text == "heavy casualties")
    assert {a.reporter for a in inflicted.attributions} == {"Unit:47th brigade"}


def test_a_count_by_two_outlets_intelligence_estimates_and_a_lawyer_named_next(extractor):
    result = extract(
        extractor,
        "Several dozen soldiers of Russia's 2nd Guards Motor Rifle Division have refused to go back to Ukraine,"
        " a lawyer representing some of them told Vot Tak.\n"
        "The lawyer, Maxim Grebenyuk, said the men had been threatened with prison.\n"
        "The division took heavy losses near Kharkiv, according to Western intelligence estimates.\n"
        "According to a count by the BBC and the independent outlet Mediazona, at least 40 of its soldiers have"
        " been confirmed killed.",
    )
    claims = {
        (c.predicate.value, c.object or c.object_text): {a.reporter for a in c.attributions} for c in result.claims
    }
    assert "Person:maxim grebenyuk" in claims["refused", "Region:ukraine"]
    assert claims["lost", "heavy losses"] == {"Organization:western intelligence"}
    assert claims["lost", "at least 40 of its soldiers"] >= {"Outlet:bbc", "Outlet:mediazona"}


def test_the_republic_named_with_its_article_is_the_gazetteers_and_a_hyphenated_company(extractor):
    result = extract(
        extractor,
        "Fighters of a Storm-V assault company, attached to the 1st Slavic Brigade of the Donetsk People's"
        " Republic, lost about 100 of their 150 men, the Telegram channel Astra reported.",
    )
    names = {e.name: e.type.value for e in result.entities}
    assert names["Donetsk People's Republic"] == "Region"
    assert not any(" - " in name for name in names)


def test_someone_sentenced_by_rank_alone_is_the_person_named_next(extractor):
    result = extract(
        extractor,
        "A military court in Tver has sentenced a lieutenant who refused to return to the front in Ukraine to"
        " four years in a penal colony, the rights group Memorial said.\n"
        "Lieutenant Pavel Morozov, a former officer of the 6th Tank Regiment, told the court he could not kill.",
    )
    assert ("Pavel Morozov", "refused", "Ukraine") in relations(result)
    assert reporters(result, Predicate.REFUSED) == {"Memorial": "said"}


def test_a_passives_by_hung_on_a_time_phrase_still_names_the_commander(extractor):
    found = read(
        extractor,
        "The 137th Guards Airborne Regiment, part of the 106th Guards Airborne Division, was commanded at the"
        " time by Colonel Ivan Belov, the investigation found.",
    )
    assert ("Ivan Belov", "commanded", "137th Guards Airborne Regiment") in found


def test_a_replacement_commands_and_a_bare_national_guard_is_the_one_named_countrys(extractor):
    result = extract(
        extractor,
        "The 157th Mechanized Brigade's first commander, Col. Ihor Pavlenko, was removed in December.\n"
        "His replacement, Col. Oleh Kravets, came from the 4th Rapid Reaction Brigade of the National Guard.\n"
        "Ukraine's ground forces command confirmed the change.",
    )
    found = relations(result)
    assert ("Oleh Kravets", "commanded", "157th Mechanized Brigade") in found
    assert not any("Rosgvardia" in (s, o) for s, _, o in found)
    units = {e.name for e in result.entities if e.type.value == "Unit"}
    assert units >= {"National Guard of Ukraine", "Ukrainian Ground Forces"}


def test_known_as_a_name_with_its_echelon(extractor):
    result = extract(
        extractor,
        "The 4th Guards Tank Division, known as the Kantemirovskaya division, has suffered heavy losses near"
        " Kharkiv, Ukraine's General Staff said.",
    )
    units = [e for e in result.entities if e.type.value == "Unit"]
    assert [u.name for u in units] == ["4th Guards Tank Division"]


def test_a_name_after_the_body_a_spokesperson_is_of_names_the_spokesperson(extractor):
    result = extract(
        extractor,
        "The spokesman of the Ukrainian Khortytsia Group of Forces, Nazar Voloshyn, said that the 41st Combined"
        " Arms Army lost about 300 troops near Lyman.",
    )
    assert reporters(result, Predicate.LOST) == {"Nazar Voloshyn": "said"}
    assert ("Nazar Voloshyn", "memberOf", "Ukrainian Khortytsia Group of Forces") in relations(result)


def test_unnamed_milbloggers_are_one_reporting_body(extractor):
    result = extract(
        extractor,
        "A Russian milblogger claimed that servicemen of the 3rd Army Corps refused orders to advance toward"
        " Siversk after suffering heavy losses.\n"
        "The milblogger claimed that the corps' commander, Major General Ivan Popov, had been dismissed.",
    )
    kinds = {c.predicate: reporters(result, c.predicate) for c in result.claims}
    assert kinds[Predicate.REFUSED] == kinds[Predicate.LOST] == kinds[Predicate.COMMANDED]
    [(name, role)] = kinds[Predicate.REFUSED].items()
    assert (name.lower(), role) == ("russian milblogger", "said")
    assert ("3rd Army Corps", "lost", "heavy losses") in relations(result)


def test_formations_in_brackets_hold_the_unit(extractor):
    found = read(
        extractor,
        "Elements of the 27th Motorized Rifle Division (2nd Combined Arms Army, Central Military District)"
        " attacked near Pokrovsk, the Ukrainian General Staff reported.",
    )
    assert ("27th Motorized Rifle Division", "partOf", "2nd Combined Arms Army") in found
    assert ("27th Motorized Rifle Division", "partOf", "Central Military District") in found


def test_a_wire_dateline_is_not_the_subject_of_the_story(extractor):
    found = read(
        extractor,
        "LONDON, March 3 (Reuters) - Russia's 200th Separate Motor Rifle Brigade has lost most of its tanks near"
        " Vuhledar, a spokesman for Ukraine's general staff said.",
    )
    assert {s for s, p, _ in found if p == "lost"} == {"200th Separate Motor Rifle Brigade"}


def test_a_quoted_speaker_the_model_takes_for_a_title_is_a_person(extractor):
    result = extract(
        extractor,
        "The 1st Guards Tank Regiment attacked near Kupiansk again this week.\n"
        '"The regiment has been destroyed twice," Oleksandr Shtupun told Ukrainian television.',
    )
    assert reporters(result, Predicate.LOST) == {"Oleksandr Shtupun": "said"}


def test_passive_prisoners_and_who_hung_on_a_thing(extractor):
    result = extract(
        extractor,
        "The channel Rybar reported that 25 paratroopers from the 83rd Air Assault Brigade were taken prisoner.\n"
        "Prosecutors said they had opened cases against soldiers of the 83rd brigade who refused to fight.",
    )
    found = relations(result)
    assert ("83rd Air Assault Brigade", "lost", "25 paratroopers") in found
    assert any(s == "83rd Air Assault Brigade" and p == "refused" for s, p, _ in found)


def test_an_editor_writes_for_the_outlet(extractor):
    found = read(
        extractor,
        "Roman Tsymbaliuk, the correspondent of the news agency UNIAN, wrote that the 59th Brigade lost a"
        " battalion commander.",
    )
    assert ("Roman Tsymbaliuk", "affiliatedWith", "UNIAN") in found


def test_hyphenated_designations_and_the_unit_after_a_service(extractor):
    found = read(
        extractor,
        "Officers of Ukraine's 14th Anti-Tank Battalion were detained in Lviv.\n"
        "The Ground Forces said investigators had been sent to the unit, which is part of the 24th Mechanized"
        " Brigade.",
    )
    assert ("14th Anti-Tank Battalion", "partOf", "24th Mechanized Brigade") in found


def test_the_investigation_points_back_to_the_investigation(extractor):
    result = extract(
        extractor,
        "Commanders of the 47th Mechanized Brigade sold their soldiers' fuel, an investigation by Ukrainska Pravda"
        " has found.\n"
        "The brigade's press service said the claims were false.\n"
        "Dozens of soldiers of the 47th Mechanized Brigade deserted in the spring, according to the investigation.",
    )
    assert reporters(result, Predicate.REFUSED) == {"Ukrainska Pravda": "cited"}


def test_a_chief_of_staff_serves_in_the_unit_and_is_its_loss(extractor):
    found = read(
        extractor,
        "Col. Pavel Ivanov, the chief of staff of the 20th Combined Arms Army, was killed near Kreminna, the"
        " war correspondent Yevgeny Poddubny, who reports for the broadcaster VGTRK, said.",
    )
    assert ("Pavel Ivanov", "memberOf", "20th Combined Arms Army") in found
    assert ("20th Combined Arms Army", "lost", "Pavel Ivanov") in found
    assert ("Pavel Ivanov", "commanded", "20th Combined Arms Army") not in found
    assert ("Yevgeny Poddubny", "affiliatedWith", "VGTRK") in found


def test_destroyed_vehicles_that_belonged_to_a_unit_are_its_loss(extractor):
    found = read(
        extractor,
        "The 36th Separate Motor Rifle Brigade lost a column near Vuhledar last week.\n"
        "Many of the burned-out tanks belonged to the brigade's 1st Tank Battalion, the open-source analyst who"
        " goes by the name WarSpotting noted.\n"
        "Ukraine's 72nd Mechanized Brigade said its gunners had destroyed 12 Russian armored vehicles.",
    )
    assert not any(p == "partOf" and o == "1st Tank Battalion" for _, p, o in found)
    assert ("Russian Armed Forces", "lost", "12 Russian armored vehicles") in found


def test_a_loss_told_by_an_analyst_known_by_a_pen_name(extractor):
    result = extract(
        extractor,
        "The 5th Tank Brigade lost dozens of tanks, according to an analyst who goes by the name Jakub Janovsky.\n"
        "Most of the destroyed tanks belonged to the 5th Tank Brigade's second battalion, the analyst noted.",
    )
    claims = [c for c in result.claims if c.predicate is Predicate.LOST and "belonged" in c.sentence]
    names = {e.key: e.name for e in result.entities}
    assert [names[a.reporter] for c in claims for a in c.attributions] == ["Jakub Janovsky"]


def test_a_surname_the_model_left_off_a_given_name(extractor):
    found = read(extractor, "Oleksandr Syrskyi, the commander-in-chief of Ukraine's armed forces, did not respond.")
    assert ("Oleksandr Syrskyi", "commanded", "Armed Forces of Ukraine") in found


def test_a_brigade_introduced_by_echelon_is_the_one_named_next(extractor):
    found = read(
        extractor,
        "Hundreds of soldiers from a Ukrainian brigade fighting near Toretsk have left their positions, two officers"
        " told the BBC.\n"
        "The officers said the 109th Territorial Defense Brigade had lost half of its men since June.",
    )
    assert {s for s, p, _ in found if p in ("refused", "lost")} == {"109th Territorial Defense Brigade"}


def test_a_unit_moved_somewhere_is_there(extractor):
    found = read(
        extractor,
        "Russia has redeployed the 76th Guards Air Assault Division to the Kursk region, Ukraine's General Staff"
        " said.\nThe 98th Guards Airborne Division was moved to Bakhmut in the spring, the ministry said.",
    )
    assert ("76th Guards Air Assault Division", "locatedIn", "Kursk Oblast") in found
    assert ("98th Guards Airborne Division", "locatedIn", "Bakhmut") in found


def test_an_officer_hung_on_the_interview_tells_how_his_company_refused(extractor):
    result = extract(
        extractor,
        "In an interview with Novaya Gazeta, a sergeant from the 1009th Motor Rifle Regiment described how his"
        " platoon refused to attack near Kreminna in the Luhansk region.",
    )
    assert ("1009th Motor Rifle Regiment", "refused", "Kreminna") in relations(result)


def test_a_quote_running_over_sentences_is_the_speakers_after_it(extractor):
    result = extract(
        extractor,
        "A soldier from the 35th Separate Motor Rifle Brigade spoke to the BBC.\n"
        '"We lost 40 men in one week. Then they sent us back again," the soldier said.',
    )
    claim = next(c for c in result.claims if c.predicate is Predicate.LOST)
    assert claim.subject.endswith("35th brigade") and claim.attributions


def test_battlegroups_and_losses_on_the_manpower_of_brigades(extractor):
    found = read(
        extractor,
        "Units of Battlegroup South inflicted losses on the manpower and equipment of the Ukrainian 24th and 28th"
        " mechanized brigades near Chasiv Yar, the Russian Defense Ministry said.",
    )
    assert {s for s, p, _ in found if p == "lost"} == {"24th Mechanized Brigade", "28th Mechanized Brigade"}


def test_the_men_are_the_counted_soldiers_before_not_the_ones_shooting_them(extractor):
    found = read(
        extractor,
        "Ukrainian prosecutors said they had opened an investigation into the suspected killing of two Ukrainian"
        " soldiers who surrendered to Russian troops near the village of Verbove in the Zaporizhzhia region.\n"
        "A video shared online appeared to show Russian marines shooting the men after they had laid down their"
        " weapons.",
    )
    refusers = {s for s, p, _ in found if p == "refused"}
    assert refusers == {"Armed Forces of Ukraine"}


def test_an_investigation_into_killings_reports_them(extractor):
    result = extract(
        extractor,
        "Ukraine's Prosecutor General's Office said it had opened an investigation into the suspected killing of"
        " four Ukrainian soldiers of the 47th Mechanized Brigade near Avdiivka.",
    )
    [claim] = [c for c in result.claims if c.predicate is Predicate.LOST]
    assert claim.subject.endswith("47th brigade")
    assert claim.verification is Verification.ALLEGED


def test_its_commander_killed_is_the_units_loss_named_or_not(extractor):
    found = read(
        extractor,
        "Soldiers of the 237th Guards Air Assault Regiment refused to attack after their commander was killed.\n"
        "The regiment's commander, Colonel Pavel Orlov, died on May 3, the ministry said.\n"
        "A second company said it had stopped advancing after its commander, a captain from the 104th Guards"
        " Air Assault Regiment, was killed.",
    )
    assert ("237th Guards Air Assault Regiment", "lost", "Pavel Orlov") in found
    assert any(p == "lost" and o == "its commander" for _, p, o in found)


def test_a_capitals_forces_are_its_countrys(extractor):
    found = read(
        extractor,
        "Ukraine's army said Moscow's forces had lost 20 tanks near Avdiivka, while Russia said Kyiv's troops"
        " had lost up to 300 soldiers.",
    )
    assert {s for s, p, _ in found if p == "lost"} == {"Russian Armed Forces", "Armed Forces of Ukraine"}


def test_the_official_is_the_countrys_officials_named_before(extractor):
    result = extract(
        extractor,
        "A U.S. official, speaking on condition of anonymity, said the estimates were plausible.\n"
        "The official said the commander of the 20th Guards Motor Rifle Division, Colonel Ivan Sidorov, had been"
        " dismissed.",
    )
    [(name, role)] = reporters(result, Predicate.COMMANDED).items()
    assert (name.lower(), role) == ("us official", "said")


def test_occupiers_and_a_regiment_fighting_somewhere_named_next(extractor):
    found = read(
        extractor,
        "A Russian regiment fighting near Marinka lost half of its men in a month, according to intercepted"
        " calls.\nThe calls were made by soldiers of the 1008th Motor Rifle Regiment.\n"
        "At least 30 occupiers from the 1008th regiment have fled, the Ukrainian General Staff said.",
    )
    assert {p for s, p, _ in found if s == "1008th Motor Rifle Regiment"} >= {"lost", "refused"}


def test_nobody_refusing_is_no_refusal(extractor):
    found = read(
        extractor,
        "Chechen leader Ramzan Kadyrov wrote on Telegram that not a single fighter of the Akhmat unit had refused"
        " an order, and that no soldiers had deserted.",
    )
    assert not [r for r in found if r[1] == "refused"]


def test_dismissed_as_commander_and_replaced_with(extractor):
    found = read(
        extractor,
        "President Volodymyr Zelensky dismissed Lieutenant General Serhii Naiev as commander of the Joint Forces,"
        " replacing him with Major General Yurii Sodol.\n"
        "Sodol's critics accused him of causing the deaths of hundreds of Ukrainian soldiers near Kharkiv.",
    )
    commanders = {s for s, p, o in found if p == "commanded" and o == "Joint Forces of Ukraine"}
    assert commanders == {"Serhii Naiev", "Yurii Sodol"}
    assert any(s == "Armed Forces of Ukraine" and p == "lost" for s, p, _ in found)


def test_a_place_the_tagger_took_for_an_adjective_is_still_the_place(extractor):
    found = read(extractor, "Dozens of fighters from the Akhmat unit refused to deploy to Bakhmut last month.")
    assert ("Akhmat", "refused", "Bakhmut") in found


def test_their_battalion_in_soldiers_words_and_the_video_before(extractor):
    result = extract(
        extractor,
        "Marines of the 155th Naval Infantry Brigade recorded a video appeal, the Telegram channel Astra reported.\n"
        "In the video, about 20 men say their battalion lost 100 men in a week.\n"
        "The rights group Memorial said 40 marines from the brigade had been killed since May.",
    )
    names = {e.key: e.name for e in result.entities}
    claim = next(c for c in result.claims if c.predicate is Predicate.LOST and "video" in c.sentence)
    assert names[claim.subject] == "155th Naval Infantry Brigade"
    assert "Memorial" not in {names[a.reporter] for a in claim.attributions}


def test_orders_no_longer_carried_out_are_refused_and_a_right_to_refuse_is_not(extractor):
    found = read(
        extractor,
        "Fighters of the 103rd Territorial Defense Brigade said they will no longer carry out orders to hold"
        " positions near Lysychansk.\n"
        "A lawyer said contract soldiers of the 27th Motor Rifle Brigade had the right to refuse.",
    )
    refusers = {s for s, p, _ in found if p == "refused"}
    assert refusers == {"103rd Territorial Defense Brigade"}


def test_reports_refusing_and_where_it_suffered(extractor):
    found = read(
        extractor,
        "At least 20 contract soldiers of the 56th Air Assault Regiment have submitted reports refusing to"
        " continue serving in Ukraine, relatives said.\n"
        "The regiment later fought near Bakhmut, where it suffered heavy losses, according to Ukraine's General"
        " Staff.",
    )
    assert {p for s, p, _ in found if s == "56th Air Assault Regiment"} >= {"refused", "lost"}


def test_the_district_is_the_military_district_named_before(extractor):
    found = read(
        extractor,
        "Colonel General Rustam Muradov was appointed commander of the Eastern Military District.\n"
        "The district's 5th Combined Arms Army has suffered heavy losses near Vuhledar, officials said.",
    )
    assert ("5th Combined Arms Army", "partOf", "Eastern Military District") in found


def test_a_battalion_named_in_quotes_and_its_commander_by_call_sign(extractor):
    found = read(
        extractor,
        'Fighters of the Russian volunteer battalion "Sudoplatov" refused to attack near Pyatykhatky, Ukraine\'s'
        " HUR said.\n"
        'The unit is commanded by a man with the call sign "Granit," the agency said.',
    )
    assert ("Sudoplatov Battalion", "refused", "Pyatykhatky") in found
    assert ("Granit", "commanded", "Sudoplatov Battalion") in found


def test_the_casualties_are_the_losses_spoken_of_before(extractor):
    result = extract(
        extractor,
        "North Korean troops in the Kursk region have suffered about 300 deaths, South Korea's spy agency said.\n"
        "A lawmaker, Park Sun-won, said the casualties included several officers.",
    )
    names = {e.key: e.name for e in result.entities}
    lost = [c for c in result.claims if c.predicate is Predicate.LOST]
    assert {names[c.subject] for c in lost} == {"Korean People's Army"}
    assert "Park Sun-won" in {names[a.reporter] for c in lost for a in c.attributions}


def test_a_soldiers_wife_speaks_of_his_unit_and_a_group_placed_in_a_unit_is_not_its_home(extractor):
    result = extract(
        extractor,
        "At least 30 mobilized men from the Omsk region who serve in the 55th Motor Rifle Brigade have refused to"
        " return to the front, their relatives told Sibir.Realii.\n"
        "One of the men's wives said her husband's company had lost half of its soldiers near Kreminna.",
    )
    found = relations(result)
    assert {p for s, p, _ in found if s == "55th Motor Rifle Brigade"} >= {"refused", "lost"}
    assert not any(s == "55th Motor Rifle Brigade" and p == "locatedIn" for s, p, _ in found)
    names = {e.key: e.name for e in result.entities}
    lost = next(c for c in result.claims if c.predicate is Predicate.LOST)
    assert "55th Motor Rifle Brigade" not in {names[a.reporter] for a in lost.attributions}


def test_servicemen_fighting_somewhere_refuse_there_and_fold_into_their_base(extractor):
    found = read(
        extractor,
        "About 150 servicemen from Abkhazia who were fighting alongside Russian forces in Ukraine have returned"
        " home after refusing to continue, officials said.\n"
        "Most of the men served at Russia's 7th Military Base, which is stationed in Gudauta.",
    )
    assert ("7th Military Base", "refused", "Ukraine") in found
    assert ("7th Military Base", "locatedIn", "Gudauta") in found


def test_a_surname_the_model_took_for_an_organization_and_a_speaker_hung_in_the_subject(extractor):
    result = extract(
        extractor,
        "Russian forces have lost between 13,000 and 16,000 men near Avdiivka, the spokesman for Ukraine's"
        " Tavria group of forces said on Monday.\n\n"
        "Oleksandr Shtupun told national television that the Russian 114th Motorised Rifle Brigade alone had lost"
        " as many as 2,000 men since October 10.",
    )
    names = {e.key: e.name for e in result.entities}
    said = {names[c.subject]: [names[a.reporter] for a in c.attributions] for c in result.claims}
    assert said["114th Motorised Rifle Brigade"] == ["Oleksandr Shtupun"]
    assert said["Russian Armed Forces"] == ["Tavria Operational-Strategic Group"]


def test_an_unnamed_formation_and_a_channel_named_after_its_platform(extractor):
    result = extract(
        extractor,
        "A Russian regiment refused orders to advance near Avdiivka after losing dozens of men, according to the"
        " Wagner-linked Telegram channel Grey Zone.\n"
        "Russian units near Avdiivka had lost 90 troops over the past day, a Ukrainian spokesman said.",
    )
    found = relations(result)
    assert {p for s, p, _ in found if s == "Russian regiment"} >= {"refused", "lost"}
    assert ("Grey Zone", "affiliatedWith", "Wagner Group") in found
    assert ("Russian Armed Forces", "lost", "90 troops") in found


def test_a_channel_reporting_after_a_comma_as_a_participle(extractor):
    result = extract(
        extractor,
        "Igor Sergeyev, the commander of the Sparta battalion, was wounded in fighting near Avdiivka, the pro-war"
        " Telegram channel Voenny Osvedomitel reported on Monday.",
    )
    assert reporters(result, Predicate.LOST) == {"Military Informant": "said"}


def test_one_of_the_letters_and_a_bodys_website(extractor):
    result = extract(
        extractor,
        "According to one of the letters, seen by Mediazona, 30 of the 50 men of the 1st Battalion of the 9th"
        " Motor Rifle Brigade were killed in a single night.\n"
        "The brigade is commanded by Colonel Pavel Ivanov, according to the Russian Defense Ministry's website.",
    )
    assert reporters(result, Predicate.LOST) == {"Mediazona": "cited"}
    assert reporters(result, Predicate.COMMANDED) == {"Russian Ministry of Defense": "cited"}


def test_under_the_command_of_a_name_made_subject_and_a_place_of_losses_is_no_refusals(extractor):
    found = read(
        extractor,
        "Chechen units under the command of Ramzan Kadyrov withdrew from the area around Lyman, a spokesman said.\n"
        "He said the Chechen fighters had refused to take part in the defense of the town after suffering losses"
        " near Yampil.",
    )
    assert ("Ramzan Kadyrov", "commanded", "Akhmat") in found
    assert ("Akhmat", "refused", "Lyman") in found


def test_a_designation_with_a_quoted_name_inside(extractor):
    found = read(
        extractor,
        'Many of the prisoners taken near Sudzha served in the 1434th "Akhmat" regiment, which lost 40 men,'
        " Ukraine's General Staff said.",
    )
    assert any(s.startswith("1434th") and p == "lost" for s, p, _ in found)


def test_one_of_them_goes_on_speaking_in_the_video_named_before(extractor):
    result = extract(
        extractor,
        "Fighters of the 87th Rifle Regiment appear in a video published by the Telegram channel Vot Tak.\n"
        "In the video, the men say their regiment lost 40 soldiers near Kupiansk. "
        '"We refused to attack again," one of them says.',
    )
    said = reporters(result, Predicate.REFUSED)
    assert "Vot Tak" in said
    assert said.get("87th Rifle Regiment") == "said"


def test_an_outlets_name_running_on_past_the_word_the_model_took(extractor):
    result = extract(
        extractor,
        "At least 12 men of the 98th Airborne Division were killed, the local news site Kommersant Ural reported.",
    )
    assert reporters(result, Predicate.LOST) == {"Kommersant Ural": "said"}


def test_doubt_about_figures_given_by_a_named_source_falls_on_that_source(extractor):
    result = extract(
        extractor,
        "The 35th Marine Brigade lost 80 men near Kherson, the blogger Roman Donetsky wrote on Telegram. "
        "The brigade's commander, Col. Ihor Palchuk, said the 36th Marine Brigade had lost 20 men.\n"
        "Reuters could not verify the figures given by Donetsky.",
    )
    status = {c.object_text: c.verification for c in result.claims if c.predicate is Predicate.LOST}
    assert status["80 men"] is Verification.UNVERIFIED
    assert status["20 men"] is not Verification.UNVERIFIED


def test_the_unit_is_the_one_the_story_is_about_when_no_subject_is_near(extractor):
    result = extract(
        extractor,
        "Reservists of the 1009th Rifle Regiment refused to attack near Kupiansk, their mothers said.\n"
        "The 1009th Rifle Regiment was formed in Kursk, and the 1009th Rifle Regiment was sent to the front in May."
        " It later came under the 6th Army.\n"
        'The mothers say the officers lied. "Our sons were not trained," one of them wrote. '
        "Another told Reuters that the unit had lost 30 men.",
    )
    names = {e.key: e.name for e in result.entities}
    losers = {names[c.subject] for c in result.claims if c.predicate is Predicate.LOST}
    assert losers == {"1009th Rifle Regiment"}


def test_an_outlets_edition_and_a_provinces_administration_report(extractor):
    result = extract(
        extractor,
        "Sergeant Pavel Orlov of the 45th Spetsnaz Brigade was killed near Bakhmut, according to the Kostroma"
        " regional administration.\n"
        "The Kazan edition of the newspaper Biznes Online reported that the 45th Spetsnaz Brigade refused to"
        " return to Ukraine.",
    )
    assert "Kostroma administration" in reporters(result, Predicate.LOST)
    assert reporters(result, Predicate.REFUSED) == {"Biznes Online": "said"}


def test_a_village_set_off_by_its_province_and_a_spokesman_titled_by_his_body(extractor):
    result = extract(
        extractor,
        "SBU spokesman Artem Dekhtiarenko said a strike hit the 810th Naval Infantry Brigade in Kozache, Crimea.",
    )
    types = {e.name: e.type.value for e in result.entities}
    assert types.get("Kozache") == "Region"
    assert ("Artem Dekhtiarenko", "memberOf", "SBU") in relations(result)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sergeant Pavel Orlov of the 45th Spetsnaz Brigade was killed near Bakhmut, his sister said.",
        "Pavel Orlov, a sergeant of the 45th Spetsnaz Brigade, was killed near Bakhmut, his sister said.",
    ],
)
def test_a_ranked_soldier_of_a_unit_killed_is_the_units_loss(extractor, sentence):
    assert ("45th Spetsnaz Brigade", "lost", "Pavel Orlov") in read(extractor, sentence)


def test_isw_abbreviations_another_milblogger_and_a_think_tank_as_publisher(extractor):
    result = extract(
        extractor,
        "- Russian milbloggers claimed that the 58th Combined Arms Army (CAA) lost 300 men near Robotyne.\n\n"
        "Another milblogger claimed that the commander of the 58th CAA, Major General Ivan Popov, was dismissed."
        " ISW cannot independently verify these claims.",
    )
    names = {e.key: e.name for e in result.entities}
    armies = [e for e in result.entities if e.name.startswith("58th")]
    assert len(armies) == 1
    commanded = next(c for c in result.claims if c.predicate is Predicate.COMMANDED)
    assert names[commanded.subject] == "Ivan Popov"
    assert {names[a.reporter] for a in commanded.attributions} == {"Russian milbloggers"}
    assert all(c.attributions for c in result.claims)
    assert reporters(result, Predicate.LOST) == {"Russian milbloggers": "said"}


def test_losses_hidden_happened_and_losses_not_reported_are_no_claim(extractor):
    found = read(
        extractor,
        "A colonel was removed for failing to report the losses of the 20th Motor Rifle Division accurately.\n"
        "The general dismissed his deputy for concealing the scale of the 33rd Motor Rifle Regiment's losses.",
    )
    losers = {s for s, p, _ in found if p == "lost"}
    assert losers == {"33rd Motor Rifle Regiment"}


def test_an_outlet_has_learned_and_one_of_them_goes_on_telling_it(extractor):
    result = extract(
        extractor,
        "Conscripts of the 20th Guards Motor Rifle Division say 40 of their comrades were killed near Avdiivka,"
        " Verstka has learned.\n"
        "Three soldiers told Verstka that the officers had fled. One of them said that 30 men of the division"
        " refused to attack.",
    )
    assert "Verstka" in reporters(result, Predicate.LOST)
    assert "Verstka" in reporters(result, Predicate.REFUSED)


def test_a_leads_unnamed_head_of_a_unit_is_the_man_quoted_next(extractor):
    result = extract(
        extractor,
        "The commander of Russia's Akhmat special forces on Monday accused a regular army regiment of fleeing.\n"
        '"The 70th Motor Rifle Regiment simply ran away," Apti Alaudinov said in a video. He said 40 of his men'
        " had been killed.",
    )
    found = relations(result)
    assert ("Apti Alaudinov", "commanded", "Akhmat") in found
    assert ("70th Motor Rifle Regiment", "refused", None) in {(s, p, None) for s, p, _ in found}
    lost = next(c for c in result.claims if c.predicate is Predicate.LOST)
    assert {e.key: e.name for e in result.entities}[lost.subject] == "Akhmat"


def test_the_brigade_is_the_one_the_story_is_about_and_prisoners_among_them_a_lieutenant(extractor):
    result = extract(
        extractor,
        "At least 20 marines of the 155th Naval Infantry Brigade were killed near Kurakhove, relatives said.\n"
        "The brigade, based in Vladivostok, was sent to the front in May. Its marines held the line for weeks.\n"
        "Ukraine's 79th Brigade said it had taken 8 prisoners, among them a lieutenant of the 155th brigade.\n"
        "Separately, a Russian channel reported that the brigade's commander, Col. Ivan Orlov, had been dismissed.",
    )
    found = relations(result)
    assert ("Ivan Orlov", "commanded", "155th Naval Infantry Brigade") in found
    lost_by = [c for c in result.claims if c.predicate is Predicate.LOST]
    assert len(lost_by) == 2
    assert all(c.subject == lost_by[0].subject for c in lost_by)


def test_operational_groups_and_founders_command(extractor):
    found = read(
        extractor,
        "Brig. Gen. Ihor Skybiuk previously commanded Ukraine's Luhansk Operational-Tactical Group.\n"
        "Azov founder Andriy Biletsky said the unit would stay in Kharkiv.",
    )
    assert ("Ihor Skybiuk", "commanded", "Luhansk Operational-Tactical Group") in found
    assert ("Andriy Biletsky", "commanded", "Azov") in found


def test_attackers_lose_what_is_destroyed_and_units_of_a_clause(extractor):
    found = read(
        extractor,
        "The 3rd Assault Brigade repelled an attack by the 4th Tank Division near Kupiansk, destroying 12 tanks,"
        " the brigade said. The attacking units belonged to the 1st Guards Tank Army.\n"
        "Former convicts said they served in a Storm-Z detachment of the 4th Tank Division in which 60 of 100"
        " fighters were killed.",
    )
    losers = {s for s, p, _ in found if p == "lost"}
    assert losers == {"4th Tank Division"}
    assert not any(p == "partOf" and s == "3rd Assault Brigade" for s, p, _ in found)


def test_a_clause_on_a_units_parent_and_the_marines_brigade(extractor):
    found = read(
        extractor,
        "Ukraine's 36th Mechanized Brigade said the attackers came from the 40th Naval Infantry Brigade of Russia's"
        " Pacific Fleet, which has suffered heavy losses since May. The 36th Mechanized Brigade holds the line.\n"
        "A Russian blogger wrote that the marines were sent into a minefield and that the brigade's commander,"
        " Col. Ivan Orlov, had ignored warnings.",
    )
    assert ("40th Naval Infantry Brigade", "lost", "heavy losses") in found
    assert ("Ivan Orlov", "commanded", "40th Naval Infantry Brigade") in found


def test_a_movements_founder_commands_no_unit(extractor):
    found = read(extractor, "The 3rd Assault Brigade is now led by Maksym Zhorin, the founder of the Azov movement.")
    assert ("Maksym Zhorin", "commanded", "3rd Assault Brigade") in found
    assert not any(o == "Azov" for _, _, o in found)


def test_retreat_without_orders_a_source_by_first_name_and_survivors_after_according_to(extractor):
    result = extract(
        extractor,
        "Convicts who joined the Storm-V units told Verstka that officers shot men who retreated without orders."
        " One of them, Ruslan, served in a Storm-V company attached to the 20th Motor Rifle Division.\n"
        "According to Ruslan, of the 120 men in his company, only 15 were still alive in May.",
    )
    found = relations(result)
    assert any(p == "refused" and s.startswith("Storm-V") for s, p, _ in found)
    types = {e.name: e.type.value for e in result.entities}
    assert types.get("Ruslan") == "Person"
    lost = next(c for c in result.claims if c.predicate is Predicate.LOST)
    assert "Ruslan" in {a.reporter.split(":")[1].title() for a in lost.attributions}


def test_one_of_the_soldiers_goes_on_in_the_video_and_will_not_go_back_to_the_front(extractor):
    result = extract(
        extractor,
        "Soldiers of the 37th Guards Motor Rifle Brigade have recorded a video appeal to the governor, the"
        " Free Buryatia Foundation said.\n"
        "In the video, about 30 men say that their battalion has lost half of its men and that they will not"
        ' return to the front line. "We will not die for nothing," one of the soldiers says.',
    )
    refusals = [c for c in result.claims if c.predicate is Predicate.REFUSED]
    assert refusals
    names = {e.key: e.name for e in result.entities}
    assert all("Free Buryatia Foundation" in {names[a.reporter] for a in c.attributions} for c in refusals)


def test_a_participle_says_for_its_clauses_subject_not_the_name_before_it(extractor):
    result = extract(
        extractor,
        "Fighters of the 92nd Rifle Brigade recorded a video addressed to General Ivan Petrov, saying they"
        " lacked ammunition.\n"
        "In the video, the men say their company has lost 40 soldiers near Toretsk.",
    )
    assert "Ivan Petrov" not in reporters(result, Predicate.LOST)


def test_a_closing_according_to_and_a_ministrys_own_losses(extractor):
    result = extract(
        extractor,
        "The 98th Guards Airborne Division has suffered such heavy losses that it may take years to rebuild it,"
        " according to British intelligence.\n"
        "The Russian Defense Ministry last reported its own losses in 2022.",
    )
    names = {e.key: e.name for e in result.entities}
    losers = {names[c.subject] for c in result.claims if c.predicate is Predicate.LOST}
    assert "Russian Defense Ministry" not in losers and "Russian Ministry of Defense" not in losers
    assert "UK intelligence" in reporters(result, Predicate.LOST)


def test_a_quoted_count_and_its_soldiers_after_a_parent_in_apposition(extractor):
    found = read(
        extractor,
        "The 33rd Motor Rifle Regiment holds the riverbank. A spokesman said that the regiment, part of"
        ' Russia\'s 20th Motor Rifle Division, had lost "up to half of its personnel" and that its soldiers'
        " were refusing to rotate back to the front.",
    )
    assert {(s, p) for s, p, _ in found if p in ("lost", "refused")} == {
        ("33rd Motor Rifle Regiment", "lost"),
        ("33rd Motor Rifle Regiment", "refused"),
    }


def test_a_brigades_honorary_name_and_a_battalion_commander_of_it(extractor):
    result = extract(
        extractor,
        "The brigade will be led by Col. Petro Hnatiuk, a former battalion commander of the 72nd Mechanized"
        " Brigade Black Zaporozhians, the General Staff said.",
    )
    types = {e.name: e.type.value for e in result.entities}
    assert types.get("72nd Mechanized Brigade Black Zaporozhians") == "Unit"
    assert ("Petro Hnatiuk", "memberOf", "72nd Mechanized Brigade Black Zaporozhians") in relations(result)
    assert not any(p == "commanded" and o.startswith("72nd") for _, p, o in relations(result))


def test_civilians_killed_by_a_strike_on_a_places_building(extractor):
    found = read(
        extractor,
        "The strike on the Kramatorsk railway station, which killed dozens of civilians, was"
        " carried out by the 3rd Missile Brigade, prosecutors said.",
    )
    assert any(s == "Kramatorsk" and p == "lost" for s, p, _ in found)


def test_a_possessive_name_the_captured_who_served_and_passive_reviews(extractor):
    result = extract(
        extractor,
        "Fighters of Ramzan Kadyrov's Akhmat unit withdrew, residents said. Kadyrov denied it.\n"
        "Dozens of the captured men served in the 488th Motor Rifle Regiment and the 41st Motor Rifle Regiment,"
        " the SBU said. Those figures could not be independently verified.",
    )
    people = [e.name for e in result.entities if e.type.value == "Person"]
    assert people == ["Ramzan Kadyrov"]
    lost = [c for c in result.claims if c.predicate is Predicate.LOST]
    names = {e.key: e.name for e in result.entities}
    assert {names[c.subject] for c in lost} == {"488th Motor Rifle Regiment", "41st Motor Rifle Regiment"}
    assert all(c.verification is Verification.UNVERIFIED for c in lost)


def test_a_claim_echoed_by_an_outlet_is_corroborated_by_it(extractor):
    result = extract(
        extractor,
        "Col. Ivan Sidorov, the commander of the 200th Motor Rifle Brigade, was killed, the HUR said.\n"
        "The claim was echoed by the Russian outlet Verstka.",
    )
    claim = next(c for c in result.claims if c.predicate is Predicate.LOST)
    assert claim.verification is Verification.CORROBORATED
    assert reporters(result, Predicate.LOST).get("Verstka") == "corroborated"


def test_many_of_whom_surrendered_and_neither_claim_verified(extractor):
    result = extract(
        extractor,
        "The first units the Ukrainians met were made up of conscripts from the 488th Motor Rifle Regiment,"
        " many of whom surrendered within hours.\n"
        "The regiment lost 40 men, its commander said. Neither claim could be independently verified.",
    )
    names = {e.key: e.name for e in result.entities}
    refused = [c for c in result.claims if c.predicate is Predicate.REFUSED]
    assert {names[c.subject] for c in refused} == {"488th Motor Rifle Regiment"}
    lost = next(c for c in result.claims if c.predicate is Predicate.LOST)
    assert lost.verification is Verification.UNVERIFIED


def test_a_unit_said_it_lost_no_fighters_and_the_attackers_routed(extractor):
    result = extract(
        extractor,
        "Fighters of the Siberian Battalion said they had crossed the border near Tetkino.\n"
        "The ministry said its troops had routed the attackers, killing 40 of them. The battalion said it had"
        " lost three fighters. Its commander said the battalion had lost no vehicles.",
    )
    names = {e.key: e.name for e in result.entities}
    lost = [c for c in result.claims if c.predicate is Predicate.LOST]
    assert {names[c.subject] for c in lost} == {"Siberian Battalion"}
    assert len(lost) == 2


def test_most_of_a_battalion_of_a_brigade_destroyed(extractor):
    found = read(
        extractor,
        "The 47th Brigade said it had destroyed most of a Russian battalion of the 30th Motor Rifle Brigade.",
    )
    assert any(s == "30th Motor Rifle Brigade" and p == "lost" for s, p, _ in found)


def test_call_sign_and_one_of_the_mothers_name_people(extractor):
    result = extract(
        extractor,
        "An officer of the 20th Motor Rifle Division, known by the call sign Kedr, beat two conscripts.\n"
        "One of the mothers, Yekaterina, said her son had been threatened.",
    )
    types = {e.name: e.type.value for e in result.entities}
    assert types.get("Kedr") == "Person"
    assert types.get("Yekaterina") == "Person"


def test_a_single_anonymous_soldier_is_not_his_unit(extractor):
    result = extract(
        extractor,
        "Soldiers of the 36th Brigade have fought near Pokrovsk since May.\n"
        "The soldier, who asked not to be named, said a private, Ivan Lomov, had deserted twice.",
    )
    assert "36th Brigade" not in reporters(result, Predicate.REFUSED)


def test_strike_on_a_units_post_killing_officers(extractor):
    found = read(
        extractor,
        "Ukraine's navy said its drones had hit a headquarters of the 126th Coastal Defense Brigade in Crimea,"
        " killing four officers.",
    )
    assert any(s == "126th Coastal Defense Brigade" and p == "lost" for s, p, _ in found)


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("Soldiers of the 58th Regiment were ordered to advance again. They said they would not go.", True),
        ("Soldiers of the 58th Regiment said they would not go unless they got artillery support.", False),
        ("The commander of the 58th Regiment said he would not go into details.", False),
    ],
)
def test_would_not_go_is_a_refusal_unless_conditional(extractor, text, refused):
    found = read(extractor, text)
    assert any(p == "refused" for _, p, _ in found) is refused


def test_who_after_part_of_a_force_is_the_men(extractor):
    result = extract(
        extractor,
        "A court upheld the firing of nine officers of the local SOBR unit, part of Rosgvardia, who were"
        " dismissed after refusing to enter Ukraine, their lawyer said.",
    )
    names = {e.key: e.name for e in result.entities}
    refused = [c for c in result.claims if c.predicate is Predicate.REFUSED]
    assert refused
    assert all(names[c.subject] != "Rosgvardia" for c in refused)


def test_honorific_with_of_and_a_service_named_before_its_country(extractor):
    result = extract(
        extractor,
        'Soldiers of the 153rd Separate Mechanized Brigade "Yaroslav of Kyiv" criticised the command of the'
        " Ground Forces. Ukraine's Ground Forces did not comment.",
    )
    names = [e.name for e in result.entities]
    assert "Kyiv" not in names
    assert sum("Ground Forces" in n for n in names) == 1


def test_deputy_commander_among_the_dead_and_a_defence_ministers_count(extractor):
    found = read(
        extractor,
        "Among the dead were 12 officers of the 98th Guards Airborne Division, based in Ivanovo, and its"
        " deputy commander, Colonel Pavel Ilyin.\n"
        "Russia's Defence Ministry gave no figure; in March, Defence Minister Andrei Belousov said 400"
        " soldiers had been killed.",
    )
    assert ("98th Guards Airborne Division", "lost", "Pavel Ilyin") in found
    assert any(s == "Russian Armed Forces" and p == "lost" for s, p, _ in found)


def test_bracketed_chain_of_formations(extractor):
    found = read(
        extractor,
        "Elements of the 42nd Motorized Rifle Division (58th Combined Arms Army, Southern Military District)"
        " attacked near Robotyne, a milblogger claimed.",
    )
    assert ("42nd Motorized Rifle Division", "partOf", "58th Combined Arms Army") in found
    assert ("58th Combined Arms Army", "partOf", "Southern Military District") in found


def test_a_complaint_in_a_clause_of_time_reports_nothing(extractor):
    result = extract(
        extractor,
        "The commander of the 36th Motor Rifle Brigade, Colonel Pavel Lebedev, was dismissed after soldiers"
        " of the brigade complained about losses, the outlet Vot Tak reported.",
    )
    assert "36th Motor Rifle Brigade" not in reporters(result, Predicate.COMMANDED)
    assert "Vot Tak" in reporters(result, Predicate.COMMANDED)


def test_a_plural_demonym_is_the_nations_forces_not_a_place(extractor):
    result = extract(extractor, "The Russians lost 40 tanks near Vuhledar, the brigade said.")
    types = {e.name: e.type.value for e in result.entities}
    assert "Russians" not in types
    assert types.get("Russian Armed Forces") == "Unit"


def test_a_named_company_and_one_of_them_named_beside(extractor):
    result = extract(
        extractor,
        "Fighters of a Storm-V assault company attached to the 3rd Brigade spoke to Sibir.Realii.\n"
        "According to one of them, Andrei, the company lost 60 of its 90 men in a month.",
    )
    names = {e.key: e.name for e in result.entities}
    lost = next(c for c in result.claims if c.predicate is Predicate.LOST)
    assert names[lost.subject] == "Storm-V"
    assert "Andrei" in reporters(result, Predicate.LOST)


def test_my_battalion_in_a_quote_and_the_quote_that_goes_on(extractor):
    result = extract(
        extractor,
        '"My battalion lost 25 men in four days," said Capt. Ihor Lysenko, who commands the 1st Battalion of'
        ' the 24th Mechanized Brigade. "Half of them stepped on mines."\n'
        "The 24th was among the first brigades to cross the river.",
    )
    names = {e.key: e.name for e in result.entities}
    lost = [c for c in result.claims if c.predicate is Predicate.LOST]
    assert "1st Battalion" in {names[c.subject] for c in lost}
    assert all("Ihor Lysenko" in {names[a.reporter] for a in c.attributions} for c in lost)
    assert not any("first brigades" in n for n in names.values())


def test_vehicles_belonging_to_a_brigade_and_a_ministrys_directorate(extractor):
    result = extract(
        extractor,
        "The Defense Ministry's Main Military Medical Directorate said Russian forces had destroyed 12 tanks"
        " belonging to the 33rd Mechanized Brigade.",
    )
    names = {e.name for e in result.entities}
    assert "Main Military Medical Directorate" in names
    assert any(s == "33rd Mechanized Brigade" and p == "lost" for s, p, _ in relations(result))


def test_quitting_the_army_and_a_provinces_losses(extractor):
    result = extract(
        extractor,
        "Dozens of soldiers of the 36th Motor Rifle Brigade, based in Borzya in Russia's Zabaykalsky Krai,"
        " have quit the army, the outlet Lyudi Baikala reported. One of them, a private who gave his name only"
        " as Zorikto, said his platoon was wiped out.\n"
        "The governor said the region's losses were painful.",
    )
    found = relations(result)
    types = {e.name: e.type.value for e in result.entities}
    assert types.get("Zorikto") == "Person"
    assert any(s == "36th Motor Rifle Brigade" and p == "refused" for s, p, _ in found)
    assert ("Borzya", "locatedIn", "Zabaykalsky Krai") in found
    assert any(s == "Zabaykalsky Krai" and p == "lost" for s, p, _ in found)


def test_soldiers_of_an_unnamed_battalion_surrender_to_the_speaker(extractor):
    result = extract(
        extractor,
        "Ukraine's 4th Army Corps said that 15 soldiers of a Russian tank battalion had surrendered to its troops.\n"
        "The captured men belong to the 20th Combined Arms Army. In a video, one of the prisoners says his"
        " platoon lost most of its men.",
    )
    names = {e.key: e.name for e in result.entities}
    refused = next(c for c in result.claims if c.predicate is Predicate.REFUSED)
    assert names[refused.subject] != "4th Army Corps"
    lost = next(c for c in result.claims if c.predicate is Predicate.LOST)
    assert names[lost.subject] == "20th Combined Arms Army"


def test_people_familiar_with_a_unit_are_not_the_unit(extractor):
    result = extract(
        extractor,
        "Two people familiar with the 3rd Motor Rifle Division confirmed the figures.\n"
        "Its commander, Colonel Oleg Shved, was dismissed, one of the people said.",
    )
    assert "3rd Motor Rifle Division" not in reporters(result, Predicate.COMMANDED)


def test_a_detachment_of_a_security_service_and_a_member_of_a_group(extractor):
    result = extract(
        extractor,
        "Conscripts serving in a border guard detachment of the FSB refused to take up positions, the channel"
        " Baza reported. Pavel Chikov of the human rights group Agora confirmed it.",
    )
    names = {e.key: e.name for e in result.entities}
    refused = next(c for c in result.claims if c.predicate is Predicate.REFUSED)
    assert "FSB" in names[refused.subject]
    assert ("Pavel Chikov", "memberOf", "Agora") in relations(result)


def test_a_reporting_clause_ending_in_a_colon(extractor):
    result = extract(
        extractor,
        "Writes the Odesa outlet Dumska: the 10th Mountain Assault Brigade is led by Colonel Pavlo Fedosenko.",
    )
    assert "Dumska" in reporters(result, Predicate.COMMANDED)


def test_the_owner_of_a_company_and_his_forces_rebellion(extractor):
    found = read(
        extractor,
        "The owner of the Vega private military company, Konstantin Mirzoyants, said his forces had seized"
        " an airfield near Kursk, launching a rebellion against the army's command.",
    )
    assert ("Konstantin Mirzoyants", "commanded", "Vega") in {(s, p, o.split()[0]) for s, p, o in found if o}
    assert any(s.startswith("Vega") and p == "refused" for s, p, _ in found)


def test_left_his_unit_and_cases_for_desertion(extractor):
    found = read(
        extractor,
        "Ivan Sorokin, a former private of the 20th Guards Motor Rifle Brigade, said he left his unit in June.\n"
        "Russia has opened more than 9,000 criminal cases for desertion, according to Mediazona.",
    )
    assert any(s == "Ivan Sorokin" and p == "refused" for s, p, _ in found)
    assert any(s == "Russian Armed Forces" and p == "refused" for s, p, _ in found)


def test_a_territorial_defense_battalion_and_a_bureau_that_speaks(extractor):
    result = extract(
        extractor,
        "Ukraine's State Bureau of Investigation said that soldiers of a territorial defense battalion of the"
        " 117th Territorial Defense Brigade had left their positions without an order.\n"
        "A soldier, who asked that only his first name, Taras, be used, said they had no ammunition.",
    )
    names = {e.name: e.type.value for e in result.entities}
    assert "Territorial Defense Forces" not in names
    assert names.get("Taras") == "Person"
    assert "State Bureau of Investigation" in reporters(result, Predicate.REFUSED)


def test_listed_brigades_each_with_its_own_kind_and_the_enemys_losses(extractor):
    result = extract(
        extractor,
        "Russian units repelled attacks by Ukraine's 33rd Mechanized and 65th Motorized Infantry brigades,"
        ' the Russian Defense Ministry said. "The enemy lost up to 90 servicemen," the ministry said.',
    )
    names = {e.name for e in result.entities}
    assert {"33rd Mechanized Brigade", "65th Motorized Infantry Brigade"} <= names
    assert any(s == "Armed Forces of Ukraine" and p == "lost" for s, p, _ in relations(result))


def test_its_commander_is(extractor):
    found = read(extractor, "The 110th Mechanized Brigade holds Avdiivka. Its commander is Colonel Ivan Shapovalov.")
    assert ("Ivan Shapovalov", "commanded", "110th Mechanized Brigade") in found


def test_placed_in_command_said_to_an_outlet(extractor):
    found = read(
        extractor,
        "In an interview with Meduza, Lieutenant General Sergei Kuzovlev, who was placed in command of the"
        " 58th Combined Arms Army in May, denied the reports.",
    )
    assert ("Sergei Kuzovlev", "commanded", "58th Combined Arms Army") in found


def test_others_who_died_and_a_post_on_the_units_page(extractor):
    result = extract(
        extractor,
        "Dozens of marines from the 40th Naval Infantry Brigade were killed near Vuhledar, an official said.\n"
        "Three others died of their wounds, according to a post on the brigade's page on VKontakte.",
    )
    names = {e.key: e.name for e in result.entities}
    lost = [c for c in result.claims if c.predicate is Predicate.LOST]
    assert len(lost) == 2
    later = max(lost, key=lambda c: c.start)
    assert {names[a.reporter] for a in later.attributions} == {"40th Naval Infantry Brigade"}


def test_a_man_who_identifies_himself_as_a_role_in_a_unit(extractor):
    found = read(
        extractor,
        "In one recording, a man who identifies himself as a company commander in the 3rd Army Corps says"
        " his company lost 40 of 90 men in a week.",
    )
    assert any(s == "3rd Army Corps" and p == "lost" for s, p, _ in found)


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("Officers of the 3rd Rosgvardia Regiment told their commander they would not take part in the war.", True),
        (
            "Officers of the 3rd Rosgvardia Regiment said they would not take part in the war unless ordered to.",
            False,
        ),
        ("Putin promised that soldiers of the 3rd Rosgvardia Regiment would not take part in the war.", False),
    ],
)
def test_would_not_take_part(extractor, text, refused):
    assert any(p == "refused" for _, p, _ in read(extractor, text)) is refused


def test_shelling_of_a_community_killed_a_civilian(extractor):
    found = read(
        extractor,
        "The Sumy regional military administration said Russian shelling of the Velyka Pysarivka community"
        " killed two civilians.",
    )
    assert any(s == "Velyka Pysarivka" and p == "lost" for s, p, _ in found)


def test_a_units_name_on_a_compound_and_a_mutiny_suffered(extractor):
    found = read(
        extractor,
        "A court rejected the appeal of nine SOBR riot police officers who were fired after refusing to go to"
        " Ukraine.\nThe 25th Motorized Rifle Regiment suffered a mutiny in March, Ukrainian intelligence said.",
    )
    refusers = {s for s, p, _ in found if p == "refused"}
    assert {"SOBR", "25th Motorized Rifle Regiment"} <= refusers


def test_a_channel_named_after_its_kind_noun_reports(extractor):
    result = extract(
        extractor,
        "The commander of the 83rd Guards Air Assault Brigade, Colonel Pavel Sorokin, has since been removed"
        " from his post, according to the Telegram channel VChK-OGPU.",
        publisher="Novaya Gazeta Europe",
    )
    assert reporters(result, Predicate.COMMANDED) == {"VChK-OGPU": "cited"}


def test_researchers_who_established_a_toll_report_it(extractor):
    result = extract(
        extractor,
        "The 20th Motor Rifle Division lost at least 900 men in 2024, Mediazona and the BBC have established"
        " from obituaries.",
        publisher="Meduza",
    )
    assert set(reporters(result, Predicate.LOST)) == {"Mediazona", "BBC"}


def test_a_units_honorific_alone_is_the_unit(extractor):
    result = extract(
        extractor,
        "The 47th Magura Brigade said it held its positions near Pokrovsk.\n"
        "Magura's commander, Colonel Oleksandr Sak, said the brigade had lost two vehicles.",
    )
    found = relations(result)
    assert ("Oleksandr Sak", "commanded", "47th Magura Brigade") in found
    assert not [e for e in result.entities if e.name == "Magura"]


def test_a_named_unit_of_a_force_read_apart_by_the_parser_is_part_of_it(extractor):
    found = read(extractor, "The 13th Khartia Brigade of Ukraine's National Guard said its drones hit a fuel depot.")
    assert ("13th Khartia Brigade", "partOf", "National Guard of Ukraine") in found


def test_a_leads_unnamed_commander_is_the_man_named_next(extractor):
    result = extract(
        extractor,
        "KUPIANSK, Ukraine (Reuters) —\n"
        "The 14th Mechanized Brigade has lost dozens of drones to Russian jamming this month, its commander told"
        " Reuters.\nColonel Petro Lysenko, who took over the brigade in May, spoke to Reuters by phone.",
        publisher="Reuters",
    )
    assert "Petro Lysenko" in reporters(result, Predicate.LOST)


def test_a_blogger_who_amplified_complaints_reports_them(extractor):
    result = extract(
        extractor,
        "Russian war blogger Roman Saponkov relayed complaints from marines of the 40th Naval Infantry Brigade"
        " that their commander, Colonel Dmitry Kozlov, had sent them into minefields.",
    )
    assert ("Dmitry Kozlov", "commanded", "40th Naval Infantry Brigade") in relations(result)
    assert "Roman Saponkov" in reporters(result, Predicate.COMMANDED)


def test_their_in_a_clause_of_time_is_the_subject_of_the_clause_it_hangs_on(extractor):
    found = read(
        extractor,
        "The Southern Defense Forces said that men of the 1st Battalion of the 70th Motorized Rifle Regiment"
        " refused to advance after their commander was killed.",
    )
    assert any(s == "1st Battalion" and p == "lost" for s, p, _ in found)
    assert not any(s == "Southern Defense Forces" and p == "lost" for s, p, _ in found)


def test_an_analysts_bracketed_chain_with_abbreviations_stays_one_sentence(extractor):
    found = read(
        extractor,
        "Russian milbloggers claimed on May 2 that elements of the 27th Motorized Rifle Division (2nd Combined Arms"
        " Army [CAA], Central Military District [CMD]) advanced near Pokrovsk, but ISW has not observed"
        " confirmation of this claim.",
    )
    assert ("27th Motorized Rifle Division", "partOf", "2nd Combined Arms Army") in found
    assert ("2nd Combined Arms Army", "partOf", "Central Military District") in found


def test_a_capitalized_title_before_a_name_makes_a_member(extractor):
    found = read(
        extractor,
        "Ukrainian Tavria Group of Forces Spokesperson Colonel Oleksandr Shtupun stated that Russian forces"
        " attacked near Vuhledar.",
    )
    assert any(s == "Oleksandr Shtupun" and p == "memberOf" and "Tavria" in o for s, p, o in found)


def test_a_force_named_before_its_command_is_one_node(extractor):
    result = extract(
        extractor,
        "Two officials of the Ground Forces command confirmed the dismissal of Colonel Petro Kovalenko, commander"
        " of the 47th Mechanized Brigade.\nThe Ground Forces' press service declined to comment.",
    )
    assert len([e for e in result.entities if e.name.endswith("Ground Forces")]) == 1


def test_doubt_about_soldiers_accounts_reaches_their_units_claims(extractor):
    result = extract(
        extractor,
        "Conscripts from the Kursk region told the outlet Vot Tak that they had refused to cross into"
        " Ukraine.\nThe men serve in the 488th Motor Rifle Regiment.\nSeveral soldiers from the regiment"
        " said they had been threatened with prison.\nVot Tak could not verify their accounts.",
    )
    refusal = next(c for c in result.claims if c.predicate is Predicate.REFUSED)
    assert refusal.verification is Verification.UNVERIFIED


def test_an_acronym_defined_in_brackets_beats_the_gazetteers(extractor):
    result = extract(
        extractor,
        "The Rapid Support Forces (RSF) said on Sunday that the RSF had lost 20 fighters near Omdurman.",
    )
    assert not [e for e in result.entities if e.name == "Reporters Without Borders"]
    assert any(s == "Rapid Support Forces" and p == "lost" for s, p, _ in relations(result))


def test_seizing_a_units_base_killing_soldiers_is_the_units_loss(extractor):
    found = read(
        extractor,
        "Insurgents said they had stormed the barracks of the 33rd Light Infantry Division, killing scores of"
        " soldiers.",
    )
    assert any(s == "33rd Light Infantry Division" and p == "lost" for s, p, _ in found)


def test_a_bare_army_is_the_one_countrys_forces_named(extractor):
    result = extract(
        extractor,
        "The Sudanese Armed Forces said they had retaken a bridge in Khartoum.\nArmy spokesman Brigadier General"
        " Nabil Abdallah said the army's 9th Airborne Division had led the assault.",
    )
    found = relations(result)
    assert ("Nabil Abdallah", "memberOf", "Sudanese Armed Forces") in found
    assert ("9th Airborne Division", "partOf", "Sudanese Armed Forces") in found
    assert not [e for e in result.entities if e.name in ("Army", "Brigadier General")]


def test_a_place_described_as_the_capital_of_another(extractor):
    found = read(extractor, "Drones struck Kramatorsk, the capital of the Donetsk region, on Tuesday night.")
    assert ("Kramatorsk", "locatedIn", "Donetsk Oblast") in found


def test_doubt_about_either_sides_claims_reaches_both(extractor):
    result = extract(
        extractor,
        "Ukraine's General Staff said the 11th Army Corps had lost 300 men near Kupiansk.\nRussia's Defence"
        " Ministry said the 14th Mechanized Brigade had lost 200 servicemen.\nReuters could not verify battlefield"
        " reports from either side.",
        publisher="Reuters",
    )
    losses = [c for c in result.claims if c.predicate is Predicate.LOST]
    assert len(losses) == 2 and all(c.verification is Verification.UNVERIFIED for c in losses)


def test_a_soldiers_name_parsed_as_a_conjunct_of_his_unit(extractor):
    found = read(
        extractor,
        "A garrison military court in Kursk has sentenced a paratrooper of the 83rd Separate Guards Air Assault"
        " Brigade, Private Denis Lukin, to six years in a penal colony for desertion, Mediazona reported, citing"
        " the court's press service.",
    )
    assert ("Denis Lukin", "memberOf", "83rd Separate Guards Air Assault Brigade") in found


def test_a_soldiers_own_commander_killed_is_his_units_loss(extractor):
    result = extract(
        extractor,
        '"Half of us are gone," says Timur, a drone operator in the 5th battalion of the 1442nd Regiment. He says'
        " his platoon commander, a lieutenant he would only name as Oleg, was killed in May.",
    )
    found = relations(result)
    assert ("Timur", "memberOf", "5th battalion") in found
    assert ("5th battalion", "lost", "Oleg") in found
    assert "Timur" in reporters(result, Predicate.LOST)


def test_a_unit_that_recorded_its_men_killed_lost_them(extractor):
    found = read(
        extractor,
        "According to leaked documents, the 201st Military Base recorded 230 servicemen killed in the first half"
        " of the year.",
    )
    assert any(s == "201st Military Base" and p == "lost" for s, p, _ in found)


def test_a_name_set_off_after_a_role_but_hung_higher(extractor):
    found = read(
        extractor,
        "Kyiv Independent obtained documents of the 64th Separate Motor Rifle Brigade.\nThe documents include"
        " casualty lists signed by the brigade's chief of staff, Colonel Pavel Grechko.",
    )
    assert ("Pavel Grechko", "memberOf", "64th Separate Motor Rifle Brigade") in found


def test_a_body_named_with_its_acronym_and_then_by_kind(extractor):
    result = extract(
        extractor,
        "Ukraine's National Anti-Corruption Bureau (NABU) said on Friday that it had charged the former commander"
        " of the 211th Pontoon-Bridge Brigade, Colonel Oleh Kovalchuk, with abuse of office.\nThe bureau said"
        " that the brigade's soldiers had deserted.",
    )
    assert not [e for e in result.entities if "(" in e.name]
    refusal = next(c for c in result.claims if c.predicate is Predicate.REFUSED)
    names = {e.key: e.name for e in result.entities}
    assert [names[a.reporter] for a in refusal.attributions] == ["National Anti-Corruption Bureau"]


def test_appointed_to_lead_a_countrys_forces(extractor):
    found = read(
        extractor,
        "Belarus has appointed Major General Pavel Muraveiko to lead its forces on the border, officials said.",
    )
    assert ("Pavel Muraveiko", "commanded", "Belarusian Armed Forces") in found


def test_commanders_of_a_unit_accused_of_abandoning_positions(extractor):
    found = read(
        extractor,
        "Soldiers of the 1st Slavic Brigade have accused commanders of the 72nd Motor Rifle Brigade of abandoning"
        " their positions near Kurakhove.",
    )
    assert any(s == "72nd Motor Rifle Brigade" and p == "refused" for s, p, _ in found)


def test_part_of_a_force_after_being_based_somewhere(extractor):
    found = read(extractor, "The 76th Guards Air Assault Division is based in Pskov and is part of the VDV.")
    assert any(s == "76th Guards Air Assault Division" and p == "partOf" for s, p, _ in found)


def test_doubt_about_the_authenticity_of_a_video_reaches_the_videos_claims(extractor):
    result = extract(
        extractor,
        "Members of the 1st Battalion of the 35th Brigade said in a video posted by the outlet Astra that their"
        " battalion lost 80 men near Kurakhove.\nA soldier of the 35th Brigade said his commander had fled.\n"
        "Reuters could not verify the authenticity of the video.",
        publisher="Reuters",
    )
    loss = next(c for c in result.claims if c.predicate is Predicate.LOST)
    assert loss.verification is Verification.UNVERIFIED


def test_men_killed_whom_a_units_soldiers_reported_are_that_units(extractor):
    found = read(
        extractor,
        "The outlet Sibirsky Express, citing three soldiers of the 35th Motor Rifle Brigade, said that at least"
        " nine mobilized men were killed in the shelling.",
    )
    assert any(s == "35th Motor Rifle Brigade" and p == "lost" for s, p, _ in found)


def test_a_company_commander_killed_is_not_the_brigades_commander(extractor):
    found = read(
        extractor,
        "Marines from the 61st Naval Infantry Brigade refused to attack near Kursk, a Ukrainian spokesman said.\n"
        "Its commander at the time, Col. Ilya Petrov, was later promoted.\nThe spokesman said the marines' company"
        " commander had been killed by a drone a day earlier.",
    )
    assert not any(p == "lost" and o == "Ilya Petrov" for _, p, o in found)


def test_part_of_in_a_relative_clause_after_being_based(extractor):
    found = read(
        extractor,
        "The 40th Naval Infantry Brigade, which is based in Kamchatka and is part of the Pacific Fleet, lost 30 men.",
    )
    assert ("40th Naval Infantry Brigade", "partOf", "Pacific Fleet") in found


def test_a_role_said_again_is_the_person_named_in_it_before(extractor):
    result = extract(
        extractor,
        "Dmytro Lykhovii, a spokesman for the Tavria group of forces, said Russian troops attacked near Robotyne.\n"
        "Soldiers of the 71st Air Assault Brigade refused to advance, a Ukrainian military spokesman said.",
        publisher="Insider",
    )
    assert reporters(result, Predicate.REFUSED) == {"Dmytro Lykhovii": "said"}


def test_a_commander_the_relatives_named_in_a_relative_clause(extractor):
    found = read(
        extractor,
        "Mothers of conscripts say the 1431st Motor Rifle Regiment was sent to Kursk.\nThe regiment's commander,"
        " whom the mothers named as Colonel Oleg Rybakov, has not responded to their appeals.",
    )
    assert ("Oleg Rybakov", "commanded", "1431st Motor Rifle Regiment") in found


def test_the_dead_identified_as_a_units_servicemen(extractor):
    found = read(
        extractor,
        "Prosecutors said they had identified the bodies as servicemen of the 92nd Assault Brigade.",
    )
    assert any(s == "92nd Assault Brigade" and p == "lost" for s, p, _ in found)


def test_prisoners_executed_are_a_loss(extractor):
    found = read(extractor, "Ukraine's ombudsman said Russian soldiers had executed 16 Ukrainian prisoners of war.")
    assert any(p == "lost" for _, p, _ in found)


def test_an_outlets_analysis_reports(extractor):
    result = extract(
        extractor,
        "Soldiers of the 30th Motor Rifle Brigade deserted near Pokrovsk, according to a CNN analysis of the footage.",
        publisher="Insider",
    )
    assert reporters(result, Predicate.REFUSED) == {"CNN": "cited"}


def test_a_regions_government_reports(extractor):
    result = extract(
        extractor,
        "The 1194th Motor Rifle Regiment lost more than 400 men near Bakhmut, according to the Buryatia government.",
        publisher="Kommersant",
    )
    assert reporters(result, Predicate.LOST) == {"Buryatia government": "cited"}


def test_a_first_name_introduced_by_a_relative_clause_is_a_person(extractor):
    result = extract(
        extractor,
        "Tatyana, whose husband serves in Russia's 3rd Motor Rifle Division, says his battalion was almost"
        " completely wiped out near Lyman.",
    )
    assert [e.type.value for e in result.entities if e.name == "Tatyana"] == ["Person"]
    assert "Tatyana" in reporters(result, Predicate.LOST)


def test_men_serving_in_a_named_unit_speak_for_it_through_the_article(extractor):
    result = extract(
        extractor,
        "Former convicts serving in a Storm-Z assault company of Russia's 20th Army have recorded an appeal,"
        " saying that 50 of the 80 men in their unit were killed near Kreminna.\n\nThe appeal was posted by the"
        ' Telegram channel "Ne Zhdi Menya".\n\nIn the video, the men name their unit\'s commander as Major Ilya'
        " Sorokin and accuse him of beating a fighter who refused to attack.",
    )
    found = relations(result)
    assert any(s == "Storm-Z" and p == "lost" for s, p, _ in found)
    assert ("Ilya Sorokin", "commanded", "Storm-Z") in found
    assert any(s == "Storm-Z" and p == "refused" for s, p, _ in found)
    assert [e.type.value for e in result.entities if e.name == "Ne Zhdi Menya"] == ["Outlet"]


def test_a_datelines_agency_is_no_acronym_of_the_place(extractor):
    result = extract(
        extractor,
        "KHARKIV, Ukraine (AP) — The 92nd Assault Brigade lost 30 men, its commander told the AP.",
    )
    assert all("AP" not in e.aliases for e in result.entities if e.name == "Ukraine")


def test_a_leads_deputy_commander_is_the_deputy_named_next(extractor):
    result = extract(
        extractor,
        "KYIV, Ukraine (AP) — Ukraine's 47th Mechanized Brigade lost 90 soldiers near Avdiivka, its former deputy"
        " commander said, a figure far higher than the brigade has acknowledged.\nIhor Hrytsenko, who served as"
        " deputy commander until 2024, told The Associated Press that the brigade had asked for rotation.",
        publisher="The Associated Press",
    )
    assert reporters(result, Predicate.LOST) == {"Ihor Hrytsenko": "said"}


def test_paratroopers_buried_are_a_loss(extractor):
    found = read(
        extractor,
        "At least 14 paratroopers of the 104th Guards Air Assault Division have been buried in Pskov this month,"
        " relatives said.",
    )
    assert any(s == "104th Guards Air Assault Division" and p == "lost" for s, p, _ in found)


def test_servicemen_taken_prisoner_parsed_as_a_compound(extractor):
    found = read(
        extractor,
        "Ramzan Kadyrov said on his Telegram channel that fighters of the Akhmat special forces had taken 12"
        " Ukrainian servicemen prisoner near Tetkino.",
    )
    assert any(s == "Armed Forces of Ukraine" and p == "lost" for s, p, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of soldiers of their unit were killed near Bakhmut, the men said.",
        "The mobilized men said that many soldiers of their battalion had been killed near Kreminna.",
    ],
)
def test_soldiers_of_their_unit_do_not_chase_their_own_tail(extractor, text):
    extract(extractor, text)  # "their" asks the soldiers, who ask their unit, which asks "their": once only


def test_a_unit_called_by_its_number_alone(extractor):
    found = read(
        extractor,
        "The 59th Separate Motorized Brigade has fought near Avdiivka since spring.\n"
        "The Ground Forces declined to comment on its losses.\n"
        "Blogger Ivan Petrenko wrote that some soldiers of the 59th left their positions.",
    )
    assert not any(s == "Ground Forces" and p == "refused" for s, p, _ in found)
    assert any(s == "59th Separate Motorized Brigade" and p == "refused" for s, p, _ in found)


def test_appointed_commander_of_the_unit_his_own_role_names(extractor):
    found = read(
        extractor,
        "Lt. Col. Oleh Shyrokyi, the 24th Mechanized Brigade's chief of staff, was appointed interim commander"
        " on Monday, the army said.",
    )
    assert ("Oleh Shyrokyi", "commanded", "24th Mechanized Brigade") in found


def test_one_of_them_who_introduces_himself_speaks_for_his_unit(extractor):
    result = extract(
        extractor,
        "Soldiers of the 102nd Motor Rifle Regiment posted a video on Sunday. Nine men stand beside a truck.\n"
        "One of them, who introduces himself as Sergeant Timur Bagirov, says their regiment lost 25 men in a"
        ' week.\n"We did not run away, but we refuse to storm the village again," Bagirov says.',
    )
    assert [e.name for e in result.entities if "Bagirov" in e.name] == ["Timur Bagirov"]
    assert reporters(result, Predicate.LOST) == {"Timur Bagirov": "said"}
    assert reporters(result, Predicate.REFUSED) == {"Timur Bagirov": "said"}
    assert ("102nd Motor Rifle Regiment", "refused", "to storm the village again") in relations(result)


def test_a_named_passive_carries_on_the_announcement_before_it(extractor):
    result = extract(
        extractor,
        "The Estonian Defence Forces said on Friday that an officer had died in a training accident.\n"
        "He was named as Major Tanel Kask, commander of the 2nd Infantry Brigade's Kuperjanov Battalion.",
    )
    claim = next(c for c in result.claims if c.predicate is Predicate.COMMANDED)
    names = {e.key: e.name for e in result.entities}
    assert [names[a.reporter] for a in claim.attributions] == ["Estonian Defence Forces"]


def test_a_unit_operating_under_a_division_is_part_of_it(extractor):
    found = read(
        extractor,
        "The 7th Armored Brigade, which operates under the 36th Division, lost two tank crews on Tuesday.",
    )
    assert ("7th Armored Brigade", "partOf", "36th Division") in found


def test_the_village_of_a_long_name_is_a_place(extractor):
    result = extract(
        extractor,
        "Troops of the 91st Division clashed with fighters near the village of Umm al-Tut on Monday.",
    )
    assert any(e.name == "Umm al-Tut" and e.type.value == "Region" for e in result.entities)


def test_a_malian_army_and_rebels_named_by_a_hyphenated_adjective(extractor):
    result = extract(
        extractor,
        "Arab-led rebels said on Sunday that 22 Malian soldiers were killed in an attack on a convoy near Kidal.",
    )
    names = {e.name for e in result.entities}
    assert "Malian Armed Forces" in names and not any(n.startswith("Arab") for n in names)
    assert ("Malian Armed Forces", "lost", "22 Malian soldiers") in relations(result)


def test_an_unnamed_battalion_of_the_story_brigade_is_the_brigade(extractor):
    found = read(
        extractor,
        "The 64th Motor Rifle Brigade has been fighting near Kupiansk since the spring.\n"
        "A soldier's mother said the battalion had lost at least 45 men since August.",
    )
    assert any(s == "64th Motor Rifle Brigade" and p == "lost" for s, p, _ in found)


def test_whole_companies_of_the_unit_just_named_refuse(extractor):
    found = read(
        extractor,
        '"The 20th Motor Rifle Division has run out of reserves. Whole battalions refuse to advance," the'
        " spokesman said.",
    )
    assert any(s == "20th Motor Rifle Division" and p == "refused" for s, p, _ in found)


def test_a_channel_named_before_its_platform(extractor):
    result = extract(
        extractor,
        "The Frontline Diary Telegram channel reported on Monday that 20 sailors of the 200th Separate Motor Rifle"
        " Brigade had refused to return to Kursk.",
    )
    assert reporters(result, Predicate.REFUSED) == {"Frontline Diary": "said"}


def test_a_commander_named_in_a_participle_after_his_rank(extractor):
    found = read(
        extractor,
        "Fighters of the Bratstvo volunteer battalion refused to storm the village, their commander, a retired"
        " major named Pavel Yurchenko, told reporters.",
    )
    assert any(s.startswith("Bratstvo") and p == "refused" for s, p, _ in found)
    assert any(s == "Pavel Yurchenko" and p == "commanded" and o.startswith("Bratstvo") for s, p, o in found)


def test_the_dead_named_by_an_official_are_the_units_losses(extractor):
    result = extract(
        extractor,
        "Three airmen of the 559th Bomber Aviation Regiment died when their plane crashed on Monday.\n"
        "Governor Yuri Slyusar named the dead as Lieutenant Ivan Gurov and Sergeant Pyotr Lebedev.",
    )
    assert ("559th Bomber Aviation Regiment", "lost", "Ivan Gurov") in relations(result)
    assert ("559th Bomber Aviation Regiment", "lost", "Pyotr Lebedev") in relations(result)
    names = {e.key: e.name for e in result.entities}
    gurov = next(c for c in result.claims if names.get(c.object) == "Ivan Gurov")
    assert [names[a.reporter] for a in gurov.attributions] == ["Yuri Slyusar"]


def test_a_unit_based_at_a_named_airfield(extractor):
    found = read(extractor, "The 47th Bomber Aviation Regiment is based at the Baltimor airfield.")
    assert ("47th Bomber Aviation Regiment", "locatedIn", "Baltimor") in found


def test_a_formation_named_by_an_unknown_word_before_its_echelon(extractor):
    found = read(
        extractor,
        "Volunteers of the Belgorod region's BARS-Belgorod reservist detachment refused to be sent to Kharkiv,"
        " relatives said.",
    )
    assert any(s == "BARS-Belgorod reservist detachment" and p == "refused" for s, p, _ in found)


def test_a_platoon_killed_is_the_story_units_loss(extractor):
    found = read(
        extractor,
        "A soldier of the 27th Guards Motor Rifle Brigade was jailed for desertion on Friday.\n"
        'He told the court that "nearly the entire company was killed" near Kupiansk.',
    )
    assert any(s == "27th Guards Motor Rifle Brigade" and p == "lost" for s, p, _ in found)


def test_appointed_in_his_place_takes_over_his_command(extractor):
    found = read(
        extractor,
        "The defence minister removed Major General Oleg Tsokov as commander of the 144th Motor Rifle Division"
        " and appointed Colonel Ivan Belov in his place.",
    )
    assert ("Ivan Belov", "commanded", "144th Motor Rifle Division") in found
    assert ("Oleg Tsokov", "commanded", "144th Motor Rifle Division") in found


def test_our_battalion_commander_serves_in_the_speakers_unit(extractor):
    found = read(
        extractor,
        "An officer of the 25th Guards Motor Rifle Regiment spoke to reporters on condition of anonymity.\n"
        '"Our company commander, Captain Oleg Zimin, died in March," the officer said.',
    )
    assert ("Oleg Zimin", "memberOf", "25th Guards Motor Rifle Regiment") in found
    assert not any(o and "Zimin's" in o for _, _, o in found)


def test_saboteurs_killed_are_not_their_killers_losses(extractor):
    found = read(
        extractor,
        "Russia's defence ministry says its forces stopped a group of Ukrainian saboteurs near Kursk, killing"
        " nine of them.",
    )
    assert not any(p == "lost" and "Defense" in s for s, p, _ in found)


def test_a_unit_confirming_the_deaths_of_its_own_as_a_dotted_outlet_reports(extractor):
    result = extract(
        extractor,
        "The 61st Separate Naval Infantry Brigade has confirmed the deaths of 9 of its marines in the Kursk"
        " region, Sever.Realii reports.",
    )
    assert any(s == "61st Separate Naval Infantry Brigade" and p == "lost" for s, p, _ in relations(result))
    assert reporters(result, Predicate.LOST) == {"Sever.Realii": "said", "61st Separate Naval Infantry Brigade": "said"}


def test_soldiers_a_commander_reports_absent_are_his_units(extractor):
    found = read(
        extractor,
        "The 11th Guards Air Assault Brigade is based in Ulan-Ude. Its commander is Colonel Pavel Ivanov.\n"
        "The Kremlin has praised the work of the Defence Ministry in the Kursk region.\n"
        "In a report leaked this week, Ivanov wrote that 51 paratroopers had gone absent without leave.",
    )
    assert ("11th Guards Air Assault Brigade", "refused", "gone absent without leave") in found


def test_a_share_of_a_company_lost(extractor):
    result = extract(
        extractor,
        '"We lost half of our platoon in the first week," said Andriy, a medic in the 57th Motorized Brigade.',
    )
    assert reporters(result, Predicate.LOST) == {"Andriy": "said"}
    assert any(s == "57th Motorized Brigade" and p == "lost" for s, p, _ in relations(result))


def test_a_dateline_without_an_agency_is_not_the_subject(extractor):
    found = read(
        extractor,
        "Odesa, June 3 - Russia's 810th Naval Infantry Brigade has lost dozens of marines near Krynky, Ukraine's"
        " navy said on Tuesday.",
    )
    assert not any(s == "Odesa" for s, _, _ in found)
    assert any(s == "810th Naval Infantry Brigade" and p == "lost" for s, p, _ in found)


def test_men_said_to_be_dead_are_a_loss(extractor):
    result = extract(
        extractor,
        "Her son serves in the 35th Guards Motor Rifle Brigade.\n"
        '"Most of his platoon is dead," his mother, Irina Volkova, told the outlet.',
    )
    assert any(s == "35th Guards Motor Rifle Brigade" and p == "lost" for s, p, _ in relations(result))


def test_prisoners_of_war_shot_dead_are_their_armys_loss(extractor):
    result = extract(
        extractor,
        "Soldiers of Russia's 57th Motor Rifle Brigade shot dead three Ukrainian prisoners of war near the village"
        " of Novyi Komar, Ukraine's prosecutors said.",
    )
    assert any(s == "Armed Forces of Ukraine" and p == "lost" for s, p, _ in relations(result))
    assert any(e.name == "Novyi Komar" and e.type.value == "Region" for e in result.entities)


def test_he_says_after_an_unnamed_soldier_spoke(extractor):
    result = extract(
        extractor,
        "Men of the 9th Motor Rifle Brigade recorded a video. In it, a soldier in a helmet says their company was"
        ' sent to attack without armour.\n"We refuse to die for nothing," he says.',
    )
    assert reporters(result, Predicate.REFUSED) == {"9th Motor Rifle Brigade": "said"}


def test_the_prosecutors_are_their_office(extractor):
    result = extract(
        extractor,
        "The Prosecutor General's Office opened a case on Monday.\n"
        "According to the prosecutors, soldiers of the 36th Brigade had surrendered near Kursk.",
    )
    assert reporters(result, Predicate.REFUSED) == {"Prosecutor General's Office": "cited"}


def test_a_title_before_a_name_the_model_took_for_a_body(extractor):
    result = extract(
        extractor,
        "Lawyer Maxim Grebenyuk of the Military Ombudsman project said soldiers of the 15th Brigade had refused"
        " to fight.",
    )
    assert any(e.name == "Maxim Grebenyuk" and e.type.value == "Person" for e in result.entities)


def test_an_unnamed_mans_platoon_is_the_story_units(extractor):
    result = extract(
        extractor,
        "Relatives of paratroopers from the 234th Guards Air Assault Regiment say the unit has suffered heavily."
        ' "Later I learned that his whole platoon died," said Marina, whose son served as a sniper.',
    )
    assert reporters(result, Predicate.LOST) == {"Marina": "said"}
    assert any(s == "234th Guards Air Assault Regiment" and p == "lost" for s, p, _ in relations(result))


def test_attackers_refuse_where_they_attack(extractor):
    found = read(
        extractor,
        "Russian units attacking the 3rd Assault Brigade near Borova have been refusing to advance, the"
        " brigade's spokesperson said.",
    )
    assert ("Russian Armed Forces", "refused", "Borova") in found


def test_a_unit_with_a_relative_clause_lost_men(extractor):
    found = read(
        extractor,
        "The 40th brigade, which is based in Petropavlovsk-Kamchatsky, lost at least 75 marines in the Kherson"
        " region this summer, Pletenchuk said, citing intercepted communications.",
    )  # the parser makes "lost" a participle of "brigade"; only this wording reproduced it
    assert any(s == "40th brigade" and p == "lost" for s, p, _ in found)


def test_a_group_of_national_troops_from_a_numbered_unit(extractor):
    found = read(
        extractor,
        "A group of 11 Russian marines from the 155th Separate Guards Naval Infantry Brigade surrendered near"
        " Kurakhove, the Ukrainian military said.",
    )
    assert any(s == "155th Separate Guards Naval Infantry Brigade" and p == "refused" for s, p, _ in found)
    assert not any(s == "Russian Naval Infantry" for s, _, _ in found)


def test_a_husband_writes_that_he_refused(extractor):
    result = extract(
        extractor,
        "Wives of servicemen from the 333rd Combined Arms Training Center in Mulino say their husbands were sent"
        " back to the front.\nOne of the wives, Irina Sokolova, said her husband had written to her that he and"
        " three comrades had refused to return to their trenches.",
    )
    assert any(s == "333rd Combined Arms Training Center" and p == "refused" for s, p, _ in relations(result))
    assert not any(s == "Irina Sokolova" and p == "refused" for s, p, _ in relations(result))


def test_the_commander_of_an_unnamed_unit_is_no_one_named_later(extractor):
    result = extract(
        extractor,
        "In the messages, the commander of a neighbouring unit of the 810th Naval Infantry Brigade complains"
        " that his marines lost 31 men.\nApti Alaudinov, the commander of the Akhmat special forces, denied it.",
    )
    assert "Apti Alaudinov" not in reporters(result, Predicate.LOST)


def test_a_refusal_to_advance_on_the_village_of_a_named_place(extractor):
    found = read(
        extractor,
        'Fighters of the Chechen "Akhmat-Chechnya" special forces regiment refused an order to advance on the'
        " village of Sverdlikovo, according to leaked messages.",
    )
    assert ("Akhmat", "refused", "Sverdlikovo") in found


def test_its_commander_in_what_a_units_press_service_said(extractor):
    found = read(
        extractor,
        "The 92nd Assault Brigade's 2nd battalion lost 40 men in March, relatives say.\n"
        "The brigade's press service called the claims false and said its commander, Colonel Pavlo"
        " Fedosenko, had ordered an inquiry.",
    )
    assert ("Pavlo Fedosenko", "commanded", "92nd Assault Brigade") in found


def test_it_says_takes_up_the_letter_before(extractor):
    result = extract(
        extractor,
        "Soldiers of the 155th Brigade sent a letter, published by the blogger Yuriy Butusov on Monday.\n"
        "The letter says the brigade lacks drones. It also says that several soldiers of the brigade"
        " deserted in March.",
    )
    assert reporters(result, Predicate.REFUSED) == {"Yuriy Butusov": "cited"}


def test_one_of_them_who_gave_her_name_speaks_under_it(extractor):
    result = extract(
        extractor,
        "Mothers of conscripts in the 44th Army Corps gathered outside the ministry.\n"
        "One of the mothers, who gave her name as Svetlana, said the corps had lost 200 men near Tetkino.",
    )
    assert reporters(result, Predicate.LOST) == {"Svetlana": "said"}


def test_a_named_person_stays_a_person_beside_a_group(extractor):
    result = extract(
        extractor,
        "In a letter to Defence Minister Andrei Belousov, a group of the marines' relatives said the 810th"
        " Brigade had lost half its men.",
    )
    kinds = {e.name: e.type.value for e in result.entities}
    assert kinds.get("Andrei Belousov") == "Person"


def test_a_court_named_by_its_district_reports_through_its_press_service(extractor):
    result = extract(
        extractor,
        "The 2nd Eastern District Military Court jailed Corporal Denis Orlov of the 37th Motor Rifle Brigade"
        " for deserting his unit, the court's press service said.",
    )
    kinds = {e.name: e.type.value for e in result.entities}
    assert kinds.get("2nd Eastern District Military Court") == "Organization"
    assert "2nd Eastern District Military Court" in reporters(result, Predicate.REFUSED)


def test_the_quoted_serviceman_speaks_again_through_the_same_outlet(extractor):
    result = extract(
        extractor,
        "Novaya Gazeta Europe quoted a sergeant of the 3rd battalion of the 36th Brigade as saying the"
        " battalion had no ammunition.\n"
        "The sergeant, who did not give his name, said the brigade's commander, Colonel Oleg Sidorov, had"
        " hidden the losses.",
    )
    assert reporters(result, Predicate.COMMANDED) == {"Novaya Gazeta Europe": "via", "3rd battalion": "said"}


def test_an_acting_commander_appointed_without_a_unit_takes_the_storys(extractor):
    found = read(
        extractor,
        "The 24th Mechanized Brigade lost several villages near Chasiv Yar last month.\n"
        "A brigade officer confirmed that Major Taras Bondar had been appointed acting commander.",
    )
    assert ("Taras Bondar", "commanded", "24th Mechanized Brigade") in found


def test_a_unit_based_on_an_island(extractor):
    found = read(extractor, "The 18th Machine Gun Artillery Division, based on Iturup, has lost 30 men.")
    assert ("18th Machine Gun Artillery Division", "locatedIn", "Iturup") in found


def test_their_battalion_is_their_brigades_when_no_battalion_is_named(extractor):
    found = read(
        extractor,
        "Paratroopers of the 83rd Air Assault Brigade refused to advance after their battalion lost half its"
        " men near Sudzha, their relatives said.",
    )
    assert ("83rd Air Assault Brigade", "lost", "half its men") in found


def test_they_who_spoke_to_an_outlet_are_the_storys_soldiers(extractor):
    result = extract(
        extractor,
        "Conscripts of the 488th Motor Rifle Regiment have complained about beatings by officers.\n"
        "The newspaper Kommersant interviewed 12 soldiers. Four of them said they had deserted in May.",
    )
    assert ("488th Motor Rifle Regiment", "refused", "deserted") in relations(result)
    assert reporters(result, Predicate.REFUSED) == {"488th Motor Rifle Regiment": "said"}


def test_what_was_lost_is_quoted_as_written(extractor):
    found = read(
        extractor, 'The 25th Airborne Brigade lost two-thirds of its "new" US-made vehicles, the brigade said.'
    )
    assert ("25th Airborne Brigade", "lost", "two-thirds of its new US-made vehicles") in found


def test_infiltrators_placed_in_a_force_a_sentence_later_are_its_losses(extractor):
    result = extract(
        extractor,
        "Belarus's KGB said its officers had killed three Ukrainian infiltrators near Gomel.\n"
        "The KGB said the infiltrators belonged to a unit of Ukraine's Special Operations Forces.",
    )
    lost = [c for c in result.claims if c.predicate is Predicate.LOST]
    names = {e.key: e.name for e in result.entities}
    assert [names[c.subject] for c in lost] == ["Special Operations Forces of Ukraine"]


def test_killing_some_of_them_counts_the_men_just_named(extractor):
    result = extract(
        extractor,
        "Russian forces repelled a raid by Ukrainian commandos near Tetkino, killing nine of them, the ministry"
        " said. It said the commandos belonged to the 73rd Naval Special Operations Center.",
    )
    assert ("Naval Special Operations Center", "lost", "nine of them") in relations(result)


def test_a_new_count_of_guards_is_of_the_body_whose_guards_were_named(extractor):
    found = read(
        extractor,
        "Border guards of the State Border Guard Service stopped a Russian assault near Vovchansk.\n"
        "Three border guards were killed in the fighting, Andriy Demchenko said.",
    )
    assert ("State Border Guard Service of Ukraine", "lost", "Three border guards") in found


def test_a_bodys_own_guards(extractor):
    found = read(
        extractor,
        "The SBU said its officers had detained a Russian agent in Odesa. Two officers were wounded, it said.",
    )
    assert ("SBU", "lost", "Two officers") in found


def test_a_brigade_officer_speaks_for_the_brigade_named(extractor):
    result = extract(
        extractor,
        "The 59th Motorized Brigade lost 40 soldiers near Pokrovsk in a week, a brigade officer told the BBC.",
    )
    assert reporters(result, Predicate.LOST) == {"59th Motorized Brigade": "said", "BBC": "via"}


def test_the_named_officers_soldiers_are_his_units(extractor):
    found = read(
        extractor,
        "The 59th Motorized Brigade lost 40 soldiers near Pokrovsk, an officer of the brigade told the BBC.\n"
        '"We are tired," said the officer, a major who gave only his first name, Taras. He said some'
        " soldiers had refused to return to their positions.",
    )
    assert ("59th Motorized Brigade", "refused", "to return to their positions") in found


def test_according_to_two_sources_cites_both(extractor):
    result = extract(
        extractor,
        "About 200 soldiers of the 114th Brigade deserted in May, according to the blogger Serhiy Sternenko and"
        " three officers of the brigade.",
    )
    assert set(reporters(result, Predicate.REFUSED)) == {"Serhiy Sternenko", "114th Brigade"}


def test_losing_a_whole_formation_is_a_loss(extractor):
    found = read(extractor, "The 64th Motor Rifle Brigade lost an entire battalion near Kreminna, Rybar wrote.")
    assert ("64th Motor Rifle Brigade", "lost", "an entire battalion") in found


def test_soldiers_who_served_under_a_commander_speak_for_his_unit(extractor):
    result = extract(
        extractor,
        "Colonel Ilya Marchenko took command of the 30th Motor Rifle Brigade in 2022.\n"
        "The brigade lost 300 men near Svatove that winter, according to soldiers who served under him.",
    )
    assert reporters(result, Predicate.LOST) == {"30th Motor Rifle Brigade": "cited"}


def test_the_successor_of_a_man_who_took_command(extractor):
    found = read(
        extractor,
        "Colonel Ilya Marchenko took command of the 30th Motor Rifle Brigade in 2022. His successor at the"
        " brigade, Colonel Pavel Lebed, was appointed in May.",
    )
    assert ("Pavel Lebed", "commanded", "30th Motor Rifle Brigade") in found


def test_a_unit_described_as_based_somewhere(extractor):
    found = read(extractor, "The 83rd Brigade, a paratrooper unit based in Ussuriysk, lost 40 men near Kursk.")
    assert ("83rd Brigade", "locatedIn", "Ussuriysk") in found


def test_serving_as_chief_of_staff_is_membership(extractor):
    found = read(
        extractor,
        "General Oleg Tsokov was promoted in May and now serves as chief of staff of the 20th Combined Arms Army.",
    )
    assert ("Oleg Tsokov", "memberOf", "20th Combined Arms Army") in found
    assert not [f for f in found if f[1] == "commanded"]


def test_the_national_guard_after_rosgvardia_is_rosgvardia(extractor):
    result = extract(
        extractor,
        "Rosgvardia officers in Chechnya refused to deploy to Kursk, citing a source in the National Guard.",
    )
    assert [e.name for e in result.entities if e.type.value == "Unit"] == ["Rosgvardia"]


def test_a_formation_named_in_quotes_after_its_kind(extractor):
    found = read(
        extractor,
        'Officers of the Dagestan SOBR unit "Kaspiy" refused orders near Sudzha, the outlet said.\n'
        "The unit lost 12 men in August.",
    )
    assert ("Kaspiy", "refused", "Sudzha") in found
    assert ("Kaspiy", "lost", "12 men") in found


def test_an_acronym_given_in_brackets_names_its_force_again(extractor):
    result = extract(
        extractor,
        "The Libyan National Army (LNA) said on Sunday that dozens of LNA fighters had defected near Sirte,"
        " according to the outlet.",
    )
    assert ("Libyan National Army", "refused", "Sirte") in relations(result)


def test_a_commander_killed_and_named_after_his_force(extractor):
    found = read(
        extractor,
        "The army said its troops had killed a senior commander of the Rapid Support Forces (RSF), Major"
        " General Osman Mohamed Hamid, near Omdurman.",
    )
    assert ("Rapid Support Forces", "lost", "Osman Mohamed Hamid") in found


def test_relatives_who_write_are_not_the_soldiers_unit(extractor):
    result = extract(
        extractor,
        "Olga Petrova is one of 30 relatives of soldiers in the 1st Guards Tank Regiment who wrote to the"
        " prosecutor. In their letter, seen by Meduza, they say the regiment lost 60 men in March.",
    )
    assert "1st Guards Tank Regiment" not in reporters(result, Predicate.LOST)


def test_a_countrys_border_guards_are_its_border_service(extractor):
    found = read(
        extractor,
        "Three Russian border guards were killed when a drone hit their post near Sudzha, the governor said.",
    )
    assert ("FSB Border Service", "lost", "Three Russian border guards") in found


def test_neither_sides_claims_verified(extractor):
    result = extract(
        extractor,
        "The 3rd Assault Brigade lost 20 soldiers near Andriivka, the brigade said. Neither side's claims could"
        " be independently verified.",
    )
    assert [c.verification for c in result.claims if c.predicate is Predicate.LOST] == [Verification.UNVERIFIED]


def test_destroying_the_vehicles_of_a_unit_is_its_loss(extractor):
    found = read(
        extractor,
        "The 47th Brigade said it had destroyed dozens of the tanks of Russia's 6th Tank Regiment near Avdiivka.",
    )
    assert any(s == "6th Tank Regiment" and p == "lost" for s, p, _ in found)


def test_the_enemy_of_a_unit_whose_country_a_mention_gives(extractor):
    found = read(
        extractor,
        "Ukraine's 92nd Assault Brigade posted drone footage from Kupiansk.\n"
        '"The enemy lost 40 armored vehicles in a week," the brigade wrote on Telegram.',
    )
    assert ("Russian Armed Forces", "lost", "40 armored vehicles") in found


def test_prisoners_speaking_again_keep_the_account_they_came_from(extractor):
    result = extract(
        extractor,
        "According to the 3rd Assault Brigade, captured Russian soldiers said they had no food.\n"
        "Two of the prisoners told interrogators they had deserted their unit.",
    )
    assert reporters(result, Predicate.REFUSED).get("Third Assault Brigade") == "cited"


def test_a_named_military_command_and_its_chief(extractor):
    found = read(
        extractor,
        "Rebels captured the headquarters of the junta's Southwestern Command, the group said.\n"
        "The command's chief, Major General Soe Min, escaped, according to the group.",
    )
    assert ("Soe Min", "commanded", "Southwestern Command") in found


def test_a_first_name_given_with_an_age_is_a_person(extractor):
    result = extract(
        extractor,
        "Serhiy, 29, a drone operator with Ukraine's 41st Mechanized Brigade, asked that only his first name be"
        " used. He said his battalion had lost 40 men.",
    )
    assert reporters(result, Predicate.LOST) == {"Serhiy": "said"}


def test_a_channel_the_model_took_for_a_building(extractor):
    result = extract(
        extractor,
        "Wives of servicemen from the 5th Tank Brigade have recorded a video appeal to the president.\n"
        "In the video, published by the Telegram channel Ne Zhdi Menya, one woman says that her husband's"
        " platoon lost 18 of its 25 men in a single day.",
    )
    assert reporters(result, Predicate.LOST) == {"Ne Zhdi Menya": "via"}


def test_national_troops_placed_in_a_unit_the_next_sentence(extractor):
    found = read(
        extractor,
        "A group of 14 Russian marines surrendered to Ukrainian troops near Lyman after their company commander"
        " abandoned them, Ukraine's 3rd Army Corps said Thursday.\n\n"
        "The marines belonged to the 155th Naval Infantry Brigade of Russia's Pacific Fleet, the corps said.",
    )
    assert ("155th Naval Infantry Brigade", "refused", "Lyman") in found
    assert not [f for f in found if f[0] == "Russian Naval Infantry"]


def test_a_first_name_no_list_holds_is_a_person(extractor):
    result = extract(
        extractor,
        "One of the mothers, who asked that only her first name, Dulma, be used, said her son's company in the"
        " 37th Motor Rifle Brigade had lost 30 men.",
    )
    assert {e.name: e.type.value for e in result.entities}.get("Dulma") == "Person"


def test_women_whose_husbands_serve_in_a_unit_speak_for_themselves(extractor):
    result = extract(
        extractor,
        "Eight women whose husbands serve in the 1st Tank Regiment wrote to the regional governor, Igor Rudenya.\n"
        "They say that the regiment's 3rd battalion refused to attack in March.",
        url="https://www.theguardian.com/world/2024/mar/01/x",
    )
    assert reporters(result, Predicate.REFUSED) == {"The Guardian": "publisher"}


def test_an_unnamed_soldier_speaks_on_past_his_own_quote(extractor):
    result = extract(
        extractor,
        "Governor Dmitry Volkov said the men would be punished.\n"
        'A sergeant from the 64th Motor Rifle Brigade, reached by phone, confirmed the account. "Nobody wanted'
        ' to go," he said. He said the brigade commander, Col. Igor Sorokin, had threatened them with prison.',
    )
    assert "Dmitry Volkov" not in reporters(result, Predicate.COMMANDED)


def test_a_numbered_military_region_is_a_formation(extractor):
    result = extract(extractor, "Soldiers of the 22nd Military Region laid down their arms in Bunia, the army said.")
    assert {e.name: e.type.value for e in result.entities}.get("22nd Military Region") == "Unit"


def test_a_clause_misparsed_as_a_participle_loses_no_one(extractor):
    found = read(
        extractor,
        "The Rapid Support Forces said its fighters had entered El Fasher.\n"
        'Its spokesman, Ahmed Saeed, posted on X that the group had captured "hundreds" of soldiers and members'
        " of the Wazalendo militias.",
    )
    assert not [f for f in found if f[1] == "lost" and f[2] == "Ahmed Saeed"]


def test_captors_do_not_lose_the_soldiers_they_capture(extractor):
    found = read(
        extractor,
        "The Rapid Support Forces said in a statement that its fighters had entered El Fasher.\n"
        'Its spokesman, Ahmed Saeed, posted on X that the group had captured "dozens" of soldiers and members'
        " of allied militias.",
    )
    assert not [f for f in found if f[:2] == ("Rapid Support Forces", "lost")]


def test_its_head_after_a_monitor_spoke_is_the_monitors(extractor):
    found = read(
        extractor,
        "The 17th Division had been stationed in Deir ez-Zor, officials said.\n"
        "The Observatory for Civil Rights, a monitoring group, said separately that 40 government troops had been"
        " killed.\nIts head, Karim Haddad, said another division had withdrawn from Hama.",
    )
    assert ("Karim Haddad", "commanded", "17th Division") not in found


def test_an_appositive_unit_led_by_someone(extractor):
    found = read(
        extractor,
        "The 4th Armoured Division, an elite formation long led by Gen. Maher Haddad, left the city, the monitor said.",
    )
    assert ("Maher Haddad", "commanded", "4th Armoured Division") in found


def test_regiments_of_another_division_are_not_the_story_units_parent(extractor):
    found = read(
        extractor,
        "The 44th Army Corps was created last year from regiments of the 6th Combined Arms Army.",
    )
    assert ("44th Army Corps", "partOf", "6th Combined Arms Army") not in found


def test_a_lower_case_place_phrase_is_no_name(extractor):
    result = extract(extractor, "Marines of the 810th Brigade crossed to the river's west bank near Kherson.")
    assert "west bank" not in {e.name for e in result.entities}


def test_a_name_with_the_arabic_article_is_whole(extractor):
    result = extract(extractor, "The division was once commanded by Gen. Suhail al-Hassan, the monitor said.")
    assert "Suhail al-Hassan" in {e.name for e in result.entities if e.type.value == "Person"}


def test_places_withdrawn_from_and_border_crossings_are_places(extractor):
    result = extract(
        extractor,
        "Soldiers of the 17th Division withdrew from Hama and crossed at the al-Qaim border crossing, officials said.",
    )
    types = {e.name: e.type.value for e in result.entities}
    assert (types.get("Hama"), types.get("al-Qaim")) == ("Region", "Region")


def test_government_troops_are_the_one_state_army_named(extractor):
    found = read(
        extractor,
        "Rebels pushed toward Homs as Syrian troops retreated.\n"
        "At least 200 government troops have been killed since Wednesday, a monitoring group said.",
    )
    assert ("Syrian Arab Army", "lost", "At least 200 government troops") in found


def test_an_army_spokesman_speaks_as_a_member_of_that_army(extractor):
    found = read(extractor, "Sudanese army spokesman Col. Nabil Abdallah said the town had been retaken.")
    assert ("Nabil Abdallah", "memberOf", "Sudanese Armed Forces") in found


def test_walking_away_from_positions_is_a_refusal(extractor):
    found = read(extractor, "Dozens of soldiers of the 117th Brigade walked away from their positions near Toretsk.")
    assert [f for f in found if f[:2] == ("117th Brigade", "refused")]


def test_posts_by_a_blogger_that_tell_a_claim_are_his_word(extractor):
    result = extract(
        extractor,
        "The claim first surfaced in posts by the military blogger Petro Savchuk, who wrote, citing soldiers,"
        " that up to 30 servicemen of the 3rd battalion of the 117th Brigade had deserted.",
    )
    assert reporters(result, Predicate.REFUSED).get("Petro Savchuk") == "said"


def test_a_name_a_unit_is_known_by_is_that_unit_wherever_it_comes(extractor):
    found = read(
        extractor,
        "The 15th Brigade of the National Guard, known as Kara-Dag, said the attack had failed.\n"
        "Kara-Dag has been commanded since 2022 by Colonel Yurii Tkach.",
    )
    assert ("Yurii Tkach", "commanded", "15th Brigade") in found


def test_soldiers_killed_from_a_unit_hung_on_the_verb(extractor):
    found = read(
        extractor,
        "A rebel commander, Abebe Alemu, said that his men had killed dozens of soldiers from the army's 11th"
        " Division near Gondar.",
    )
    assert [f for f in found if f[:2] == ("11th Division", "lost")]


def test_soldiers_surrendering_to_the_speaker_are_his_enemys(extractor):
    found = read(
        extractor,
        "The Sudanese army has defended El Fasher for months.\n"
        "A Rapid Support Forces commander, Abdelrahim Musa, told the BBC that his fighters had killed dozens of"
        ' soldiers.\n"Many soldiers are surrendering to us every day," he said by phone.',
    )
    assert [f[0] for f in found if f[1] == "refused"] == ["Sudanese Armed Forces"]


def test_a_name_before_the_word_region_is_a_place(extractor):
    result = extract(extractor, "Fighting has spread across the northern Tigray region, the army said.")
    assert {e.name: e.type.value for e in result.entities}.get("Tigray") == "Region"


def test_a_name_cut_short_is_the_longer_name_given_before(extractor):
    result = extract(
        extractor,
        "Troops captured 120 militiamen near the town of Debre Markos, the army said.\n"
        "Residents of Debre Markos said the army had brought in reinforcements.",
    )
    assert "Markos" not in {e.name for e in result.entities}


def test_a_ranked_name_no_list_holds_is_a_person(extractor):
    result = extract(
        extractor,
        "The Northeastern Command's headquarters fell on Saturday.\n"
        "Among those who surrendered was Brigadier General Tun Myat Naing, the command's second-in-command, the"
        " group said.",
    )
    assert {e.name: e.type.value for e in result.entities}.get("Tun Myat Naing") == "Person"


def test_a_federal_state_beside_its_town_is_a_place(extractor):
    result = extract(extractor, "The group captured the command's headquarters in Lashio, Shan State.")
    assert {e.name: e.type.value for e in result.entities}.get("Shan State") == "Region"


def test_a_force_losing_its_command_is_a_loss(extractor):
    found = read(extractor, "Hamas lost almost its entire military command in the strikes, two officials said.")
    assert [f for f in found if f[:2] == ("Hamas", "lost")]


def test_the_group_after_an_armed_group_is_that_group(extractor):
    found = read(
        extractor,
        "Hezbollah fired rockets at Israel on Tuesday, the army said.\n"
        "A source close to the group said the group had lost 40 fighters in a week.",
    )
    assert [f for f in found if f[:2] == ("Hezbollah", "lost")]


def test_a_country_losing_troops_is_its_army(extractor):
    found = read(extractor, "Ukraine has lost more than 2,000 troops near Pokrovsk, the Russian Defense Ministry said.")
    assert [f for f in found if f[:2] == ("Armed Forces of Ukraine", "lost")]
    assert not [f for f in found if f[:2] == ("Ukraine", "lost")]


def test_putting_hands_up_is_surrender(extractor):
    found = read(
        extractor,
        "The 47th Brigade captured 60 soldiers of Russia's 155th Naval Infantry Brigade near Kurakhove.\n"
        '"Most of them just put their hands up," the brigade\'s commander said.',
    )
    assert [f for f in found if f[1] == "refused" and "155th" in f[0]]


def test_a_units_positions_abandoned_are_its_refusal(extractor):
    found = read(
        extractor,
        "The monitoring group wrote that the 72nd Brigade's positions near Vuhledar had been abandoned without a"
        " fight.",
    )
    assert [f for f in found if f[:2] == ("72nd Brigade", "refused")]


def test_servicemen_destroyed_in_a_ministrys_words_are_a_loss(extractor):
    found = read(
        extractor,
        "Russia's Defense Ministry claimed that its troops had destroyed up to 90 Ukrainian servicemen near Vovchansk.",
    )
    assert [f for f in found if f[:2] == ("Armed Forces of Ukraine", "lost")]


def test_its_unit_in_a_ministrys_words_is_not_the_last_units(extractor):
    found = read(
        extractor,
        "Ukraine's 14th Mechanized Brigade repelled an attack near Kupiansk.\n"
        "Russia's Defense Ministry claimed that its 6th Tank Regiment had captured a village west of the city.",
    )
    assert ("6th Tank Regiment", "partOf", "14th Mechanized Brigade") not in found


def test_men_abandoned_by_their_officers_did_not_refuse(extractor):
    found = read(
        extractor,
        "Mobilized men of the 1st battalion of the 1430th Regiment say they were abandoned by their officers near"
        " Svatove.",
    )
    assert not [f for f in found if f[1] == "refused"]


def test_the_dead_before_a_relative_clause_are_the_units_not_the_place(extractor):
    found = read(
        extractor,
        "Relatives say dozens of men from the 37th Motor Rifle Brigade (Mountain), which is based in Kyakhta, were"
        " killed near Vuhledar.",
    )
    assert not [f for f in found if f[:2] == ("Kyakhta", "lost")]
    assert [f for f in found if f[:2] == ("37th Motor Rifle Brigade", "lost")]


def test_a_one_word_name_said_to_be_a_mother_is_a_person(extractor):
    result = extract(
        extractor,
        '"They sent him forward without armour," said Chechek, a mother from the village of Sukpak, whose son'
        " served in the 55th Brigade.",
    )
    assert {e.name: e.type.value for e in result.entities}.get("Chechek") == "Person"


def test_a_town_troops_withdrew_to_is_a_place(extractor):
    result = extract(
        extractor,
        "A person familiar with the matter said the 177th Regiment had been withdrawn to Kaspiysk to regroup.",
    )
    assert {e.name: e.type.value for e in result.entities}.get("Kaspiysk") == "Region"


def test_a_first_name_alone_speaking_is_a_person(extractor):
    result = extract(
        extractor,
        "Relatives of soldiers from the 74th Motor Rifle Brigade say wounded men are sent back to the front.\n"
        "Natalya, whose husband serves in the brigade, said at least 15 men from his company had refused to go"
        " back.",
    )
    assert reporters(result, Predicate.REFUSED).get("Natalya") in ("said", "cited")


def test_units_of_another_force_a_corps_was_formed_from(extractor):
    found = read(
        extractor,
        "The 11th Army Corps, formed from the ground units of the Baltic Fleet, has suffered heavy losses, the"
        " institute said.",
    )
    assert ("11th Army Corps", "partOf", "Baltic Fleet") not in found


def test_officers_with_a_rank_from_a_unit_are_the_units(extractor):
    found = read(
        extractor,
        "At least three officers with the rank of major from Russia's 20th Combined Arms Army have been killed"
        " since June, the count shows.",
    )
    assert [f for f in found if f[:2] == ("20th Combined Arms Army", "lost")]


def test_he_in_a_mothers_words_is_her_son(extractor):
    found = read(
        extractor,
        "The 30th Brigade's commander, Colonel Pavel Lyubimov, was decorated in March.\n"
        "One mother from Tolyatti, whose son served in the 30th Brigade, told Mediazona that he and 12 other men"
        " from his platoon had refused to go on a fourth assault.",
    )
    assert not [f for f in found if f[:2] == ("Pavel Lyubimov", "refused")]


@pytest.mark.parametrize(
    "sentence",
    [
        "About 30 reservists of the 7th Armored Brigade have told their officers that they will not report for duty"
        " again, the BBC reported.",
        "Dozens of soldiers from the 7th Armored Brigade did not report for duty after their leave, the BBC said.",
    ],
)
def test_not_reporting_for_duty_is_a_refusal_not_a_report(extractor, sentence):
    result = extract(extractor, sentence)
    assert [f for f in relations(result) if f[:2] == ("7th Armored Brigade", "refused")]
    assert reporters(result, Predicate.REFUSED).get("BBC") == "said"


def test_a_past_tense_the_parser_hung_on_the_subject_noun(extractor):
    found = read(
        extractor,
        "The 61st Infantry Brigade is exhausted.\n"
        "The brigade, a reserve formation, fought in Rafah for several months last year and lost 9 soldiers.",
    )
    assert ("61st Infantry Brigade", "lost", "9 soldiers") in found


@pytest.mark.parametrize("kind", ["a reserve formation under", "a unit of"])
def test_a_formation_under_a_unit_is_part_of_it(extractor, kind):
    found = read(extractor, f"The 38th Brigade, {kind} the 12th Army Corps, was moved to Kurakhove last month.")
    assert ("38th Brigade", "partOf", "12th Army Corps") in found


def test_a_units_spokesperson_named_later_is_the_reporter(extractor):
    result = extract(
        extractor,
        "Russia's 5th Tank Brigade has lost 40 tanks near Velyka Novosilka, a spokesperson for Ukraine's 110th"
        " Brigade said.\n"
        '"They keep coming," Ivan Sekach, the brigade\'s spokesperson, told Suspilne.',
    )
    assert reporters(result, Predicate.LOST) == {"Ivan Sekach": "said"}
    assert ("Ivan Sekach", "memberOf", "110th Brigade") in relations(result)
    assert ("Ivan Sekach", "memberOf", "5th Tank Brigade") not in relations(result)


def test_figures_published_by_a_force_are_its_word(extractor):
    result = extract(
        extractor,
        "The 14th Brigade lost 61 soldiers in the battle, according to figures released by the Israel Defense Forces.",
    )
    assert reporters(result, Predicate.LOST) == {"Israel Defense Forces": "cited"}


def test_the_corps_points_back_to_the_named_corps(extractor):
    found = read(
        extractor,
        "The 11th Army Corps was sent to the border in August. Mothers say at least 12 conscripts from the corps have"
        " died there.",
    )
    assert [f for f in found if f[:2] == ("11th Army Corps", "lost")]


def test_the_commander_of_a_battalion_in_a_corps_story_serves_in_the_corps(extractor):
    found = read(
        extractor,
        "Relatives of men serving in the 11th Army Corps spoke to Mediazona. One woman said the commander of her"
        " husband's battalion, Major Oleg Kuznetsov, had threatened the men.",
    )
    assert ("Oleg Kuznetsov", "commanded", "11th Army Corps") not in found
    assert ("Oleg Kuznetsov", "memberOf", "11th Army Corps") in found


def test_a_quoted_name_before_group_is_an_organization(extractor):
    result = extract(extractor, 'The appeal was posted by the "Wives of Buryatia" group on Telegram.')
    assert {e.name: e.type.value for e in result.entities}.get("Wives of Buryatia") == "Organization"


def test_an_acronym_in_brackets_the_model_left_untagged_is_the_names(extractor):
    result = extract(
        extractor,
        "Ukraine's State Bureau of Investigation (SBI) has opened cases against 40 soldiers of the 155th Brigade who"
        " deserted, the SBI said.",
    )
    assert [e.name for e in result.entities if e.type.value == "Organization"] == ["State Bureau of Investigation"]
    assert reporters(result, Predicate.REFUSED) == {"State Bureau of Investigation": "said"}


def test_a_unit_numbered_after_its_name(extractor):
    result = extract(
        extractor,
        "Soldiers of the junta's Light Infantry Battalion 552 surrendered on Sunday. Battalion 552 had lost 30 men"
        " since May.",
    )
    found = relations(result)
    assert [f for f in found if f[:2] == ("Light Infantry Battalion 552", "refused")]
    assert [f for f in found if f[:2] == ("Light Infantry Battalion 552", "lost")]


def test_a_state_owning_a_township_is_a_place(extractor):
    result = extract(extractor, "Fighters captured a base in Rakhine State's Buthidaung Township on Sunday.")
    assert {e.name: e.type.value for e in result.entities}.get("Rakhine State") == "Region"


def test_a_unit_which_is_under_a_command_is_part_of_it(extractor):
    found = read(extractor, "Infantry Battalion 55, which is under the Southern Command, lost dozens of soldiers.")
    assert ("Infantry Battalion 55", "partOf", "Southern Command") in found


def test_a_commander_in_chief_set_off_by_commas(extractor):
    found = read(extractor, "Ukraine's Commander-in-Chief, Oleksandr Syrskyi, visited the 47th Brigade.")
    assert ("Oleksandr Syrskyi", "commanded", "Armed Forces of Ukraine") in found


def test_the_battalions_in_a_brigade_story_are_the_brigades(extractor):
    found = read(
        extractor,
        "The 41st Brigade was formed last year. A sergeant of the brigade said the battalions had been thrown into"
        " battle and had lost dozens of men.",
    )
    assert ("41st Brigade", "lost", "dozens of men") in found


def test_the_outlet_a_speaker_spoke_to_carried_his_words(extractor):
    result = extract(
        extractor,
        "The 41st Brigade was formed last year. A sergeant of the brigade who spoke to Suspilne on condition of"
        " anonymity said the brigade had lost 20 men.",
    )
    assert reporters(result, Predicate.LOST).get("Suspilne") == "via"


def test_places_listed_before_a_plural_kind_of_region(extractor):
    result = extract(extractor, "The regiment was formed from mobilized men from Tambov and Lipetsk regions.")
    assert {e.name: e.type.value for e in result.entities}.get("Lipetsk") == "Region"


def test_a_units_name_without_its_echelon_is_the_unit(extractor):
    found = read(
        extractor,
        "Militants attacked a base of the Danab Brigade near Baidoa on Monday.\n"
        "Danab, the U.S.-trained commando brigade, has led the offensive since 2023. The commander of Danab, Colonel"
        " Abdi Nur, visited the base.",
    )
    assert ("Abdi Nur", "commanded", "Danab Brigade") in found


def test_men_a_force_says_its_fighters_killed_are_the_other_sides(extractor):
    result = extract(
        extractor,
        "Al-Shabaab militants attacked a base of the Danab Brigade near Baidoa on Monday.\n"
        "The militant group claimed in a statement that its fighters had killed 30 commandos.",
    )
    assert ("Danab Brigade", "lost", "30 commandos") in relations(result)
    assert reporters(result, Predicate.LOST) == {"Al-Shabaab": "said"}


def test_the_same_men_again_and_the_unit_an_apposition_on_them_describes(extractor):
    found = read(
        extractor,
        "About 40 officers of the Terek SOBR, a special unit of Rosgvardia's Chechen branch, refused to go to Kursk"
        " region.\nAccording to a source, the officers were summoned to the unit's base in Grozny, where their"
        " commander, Colonel Ruslan Gaziev, threatened them.\nThe unit is part of Rosgvardia's directorate for"
        " Chechnya.",
    )
    assert ("Ruslan Gaziev", "commanded", "SOBR") in found
    assert ("Ruslan Gaziev", "commanded", "Rosgvardia") not in found
    assert ("SOBR", "locatedIn", "Grozny") in found
    assert ("SOBR", "partOf", "Rosgvardia") in found


def test_commanding_one_of_a_brigades_battalions_is_serving_in_it(extractor):
    result = extract(
        extractor,
        'Units hold positions "meant for a battalion". Lt. Col. Ivan Sheremet, who commands one of the 72nd Brigade\'s'
        " battalions, said they need men.",
    )
    assert ("Ivan Sheremet", "memberOf", "72nd Brigade") in relations(result)
    assert [e.name for e in result.entities if e.type.value == "Unit"] == ["72nd Brigade"]


def test_declining_to_be_interviewed_is_no_refusal(extractor):
    result = extract(
        extractor, "The brigade's commander, Col. Oleksandr Vinogradov of the 72nd Brigade, declined to be interviewed."
    )
    assert not [c for c in result.claims if c.predicate is Predicate.REFUSED]


def test_a_speaker_with_a_call_sign_is_the_reporter(extractor):
    result = extract(
        extractor,
        "The 72nd Brigade holds Vuhledar.\n"
        'A drone operator with the call sign "Kit" said the 40th Naval Infantry Brigade lost dozens of armored'
        " vehicles.",
    )
    assert reporters(result, Predicate.LOST) == {"Kit": "said"}


def test_whose_brigade_is_part_of_the_unit_before(extractor):
    found = read(
        extractor,
        "Russia brought in units of the 5th Combined Arms Army, whose 40th Naval Infantry Brigade lost dozens of"
        " vehicles last year.",
    )
    assert ("40th Naval Infantry Brigade", "partOf", "5th Combined Arms Army") in found


def test_a_name_the_parser_cut_off_from_according_to(extractor):
    result = extract(
        extractor,
        "The 18th Division holds the islands.\n"
        "According to the pro-Kremlin Telegram channel Dva Mayora, the division's commander, Major General Sergei"
        " Trachuk, was relieved of his post in May after soldiers of one of its regiments refused to cross to the"
        " islands.",
    )
    assert reporters(result, Predicate.COMMANDED) == {"Two Majors": "cited"}


def test_the_subject_of_a_clause_after_after_taken_for_its_object(extractor):
    found = read(
        extractor,
        "According to the pro-Kremlin Telegram channel Rybar, the division's commander, Major General Ivan Popov, was"
        " relieved of his post after soldiers of the 58th Army refused to attack.",
    )
    assert ("58th Army", "refused", "to attack") in found
    assert not [f for f in found if f[:2] == ("Ivan Popov", "refused")]


def test_a_ministrys_own_servicemen_are_its_countrys_forces(extractor):
    result = extract(
        extractor, "Armenia's Defense Ministry acknowledged that 49 of its servicemen had been killed in the clashes."
    )
    assert {e.name: e.type.value for e in result.entities}.get("Armenia") == "Region"
    assert [f for f in relations(result) if f[:2] == ("Armenian Armed Forces", "lost")]


def test_their_servicemen_in_the_words_of_peacekeepers_are_theirs(extractor):
    found = read(
        extractor,
        "Russian peacekeepers deployed in the region said four of their servicemen were killed when their vehicle came"
        " under fire.",
    )
    assert [f for f in found if f[:2] == ("Russian Armed Forces", "lost")]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ('The "Lyut" (Fury) assault brigade of Ukraine\'s National Police has lost 120 officers.', "Lyut"),
        ('The "Skelia" assault regiment has lost 40 men near Kupiansk.', "Skelia"),
    ],
)
def test_a_quoted_name_before_a_kind_of_unit(extractor, text, unit):
    found = read(extractor, text)
    assert [f for f in found if f[1] == "lost" and f[0].startswith(unit)]


def test_an_acronym_spelling_a_named_forces_initials_is_that_force(extractor):
    result = extract(
        extractor,
        "Fighting with the paramilitary Rapid Support Forces continued in Omdurman.\n"
        "The RSF, led by Mohamed Hamdan Dagalo, said its forces had repelled the attack.",
    )
    assert ("Mohamed Hamdan Dagalo", "commanded", "Rapid Support Forces") in relations(result)
    assert "Reporters Without Borders" not in {e.name for e in result.entities}


@pytest.mark.parametrize(
    ("text", "army"),
    [
        (
            "The Sudanese army and the Rapid Support Forces fought in Omdurman.\nThe RSF said in a statement that"
            " dozens of army soldiers had surrendered.",
            "Sudanese Armed Forces",
        ),
        (
            "Ukraine's army holds the town.\nYevgeny Prigozhin, who leads the Wagner mercenaries, said in a video"
            " that regular army units had abandoned their positions on the group's flanks.",
            "Russian Armed Forces",
        ),
    ],
)
def test_army_soldiers_are_the_army_of_the_speakers_side(extractor, text, army):
    found = read(extractor, text)
    assert [f for f in found if f[:2] == (army, "refused")]


def test_a_name_opening_with_the_arabic_article_before_a_person(extractor):
    result = extract(
        extractor,
        "The brigade's commander, Al-Misbah Abu Zaid Talha, said in a video that his men had pushed the RSF out.",
    )
    assert {e.name: e.type.value for e in result.entities}.get("Al-Misbah Abu Zaid Talha") == "Person"


def test_a_places_operational_group_is_a_unit(extractor):
    result = extract(extractor, "Ukraine's Kupiansk operational group said it had destroyed 14 Russian tanks.")
    assert reporters(result, Predicate.LOST) == {"Kupiansk operational group": "said"}


def test_a_platoon_commander_is_not_the_brigade_commander_named_before(extractor):
    result = extract(
        extractor,
        "The 67th Brigade's commander, Colonel Serhii Chernovol, was replaced last week.\n"
        "One of the sources, a platoon commander, said the brigade had lost about 200 people.",
    )
    assert "Serhii Chernovol" not in reporters(result, Predicate.LOST)


def test_a_grouping_of_forces_is_a_unit(extractor):
    found = read(
        extractor,
        "Major General Alexander Chaiko, who commands the 76th Division, previously commanded the Eastern Grouping of"
        " Forces, according to Russian sources.",
    )
    assert ("Alexander Chaiko", "commanded", "Eastern Grouping of Forces") in found


def test_wars_and_ethnic_demonyms_are_no_people(extractor):
    result = extract(
        extractor,
        "The video was shared by the Bashkir opposition activist Ruslan Gabbasov. The battalion is named after a"
        " Second World War cavalry commander.",
    )
    assert [e.name for e in result.entities if e.type.value == "Person"] == ["Ruslan Gabbasov"]


def test_a_relative_described_as_a_soldier_of_a_unit_is_its(extractor):
    found = read(
        extractor,
        "Another woman, who gave only her first name, Yekaterina, said her brother, a sergeant in the 1st Slavic"
        " Brigade, had been punished for refusing to take part in an assault.",
    )
    assert [f for f in found if f[:2] == ("1st Slavic Brigade", "refused")]


def test_a_name_glossed_in_brackets_before_a_movement(extractor):
    result = extract(
        extractor,
        'Wives of mobilised men laid flowers at the wall, a protest by the Put Domoi ("The Way Home") movement.',
    )
    assert {e.name: e.type.value for e in result.entities}.get("Put Domoi") == "Organization"


def test_part_of_hung_on_the_men_of_a_unit(extractor):
    found = read(
        extractor,
        "Five officers of the 47th Guards Tank Division, part of Russia's 1st Guards Tank Army, are facing criminal"
        " charges, two sources told Meduza.",
    )
    assert ("47th Guards Tank Division", "partOf", "1st Guards Tank Army") in found


def test_each_sides_dead_in_one_count_and_mercenaries_of_a_named_company(extractor):
    found = read(
        extractor,
        "Wagner Group fighters were ambushed near Tinzaouaten. The rebels said that 47 Malian soldiers and 84 Russian"
        " mercenaries had been killed.",
    )
    assert [f for f in found if f[:2] == ("Malian Armed Forces", "lost")]
    assert [f for f in found if f[:2] == ("Wagner Group", "lost")]


def test_a_group_known_as_a_name_is_that_named_group(extractor):
    result = extract(
        extractor,
        "Wagner Group fighters were ambushed near Tinzaouaten.\n"
        "The group, known as JNIM, said in a statement that 84 Wagner fighters had been killed.",
    )
    assert reporters(result, Predicate.LOST) == {"Jama'at Nusrat al-Islam wal-Muslimin": "said"}


def test_a_channel_linked_to_a_force_acknowledging_losses(extractor):
    result = extract(
        extractor,
        "A Telegram channel linked to the Wagner Group, Grey Zone, acknowledged heavy losses on Sunday.",
    )
    assert reporters(result, Predicate.LOST) == {"Grey Zone": "said"}
    assert ("Grey Zone", "affiliatedWith", "Wagner Group") in relations(result)


def test_rebels_of_an_alliance_speak_for_it(extractor):
    result = extract(
        extractor,
        "Rebels of the Permanent Strategic Framework alliance said several Wagner fighters had surrendered to them.",
    )
    assert reporters(result, Predicate.REFUSED) == {"Permanent Strategic Framework": "said"}


def test_a_refusal_under_a_negated_verb_is_not_asserted(extractor):
    result = extract(
        extractor,
        'Brigadier General Andriy Biletsky commands the 3rd Army Corps. "We do not have a problem with soldiers leaving'
        ' their positions," Biletsky said.',
    )
    assert not [c for c in result.claims if c.predicate is Predicate.REFUSED]


def test_units_a_corps_includes_are_part_of_it(extractor):
    found = read(
        extractor,
        "The 3rd Army Corps was formed in early 2025 and also includes the 57th and 60th Mechanized Brigades.",
    )
    assert ("57th Mechanized Brigade", "partOf", "3rd Army Corps") in found
    assert ("60th Mechanized Brigade", "partOf", "3rd Army Corps") in found


def test_an_unnamed_company_of_a_named_army_is_the_armys(extractor):
    found = read(
        extractor,
        "Relatives of men from Yakutia serving in a storm company of the 36th Combined Arms Army say the company has"
        " lost 25 men.\nSeveral men who refused to go on a fourth assault were locked in a basement by the company's"
        " officers.",
    )
    assert [f for f in found if f[:2] == ("36th Combined Arms Army", "refused")]
    assert not [f for f in found if f[0] != "36th Combined Arms Army" and f[1] == "refused"]


def test_a_name_beside_a_role_is_a_person_not_the_place_it_ends_in(extractor):
    result = extract(extractor, 'The head of Yakutia, Aisen Nikolayev, said the soldiers were "fulfilling their duty".')
    assert {e.name: e.type.value for e in result.entities}.get("Aisen Nikolayev") == "Person"


def test_nationals_recruited_into_an_army_are_its_soldiers(extractor):
    result = extract(
        extractor,
        "At least 33 Nepali nationals recruited into the Russian army have been killed, Nepal's foreign ministry said."
        " About 200 Nepalis still serve.",
    )
    assert [f for f in relations(result) if f[:2] == ("Russian Armed Forces", "lost")]
    assert "Nepalis" not in {e.name for e in result.entities}


def test_the_capitals_of_a_wire_dateline_are_a_place(extractor):
    result = extract(extractor, "DAKAR, May 13 (Reuters) - Militants attacked the town of Djibo on Sunday.")
    assert [e.type.value for e in result.entities if e.name.lower() == "dakar"] == ["Region"]


def test_soldiers_and_members_of_a_force_killed_by_a_group_that_overran_a_base(extractor):
    found = read(
        extractor,
        "The JNIM group said in a statement that it had overrun the base of the army's 14th Interarms Regiment and"
        " killed more than 100 soldiers and members of the Volunteers for the Defence of the Homeland (VDP).\n"
        "One of the sources said several soldiers had fled the base.",
    )
    assert [f for f in found if f[:2] == ("14th Interarms Regiment", "lost")]
    assert [f for f in found if f[:2] == ("Volunteers for the Defence of the Homeland", "lost")]
    assert [f for f in found if f[:2] == ("14th Interarms Regiment", "refused")]


def test_created_and_commanded_by_after_a_units_name(extractor):
    found = read(
        extractor,
        "Rubikon, created in August 2024 under the Russian Defense Ministry and commanded by Colonel Sergei Budnikov,"
        " played a key role in Kursk.",
    )
    assert ("Sergei Budnikov", "commanded", "Rubikon") in found


def test_a_call_sign_in_a_who_clause_hung_on_the_unit(extractor):
    result = extract(
        extractor,
        'A commander of a drone battalion of Ukraine\'s 68th Jaeger Brigade, who goes by the call sign "Skif", told'
        " reporters that the brigade had lost dozens of vehicles in March.",
    )
    assert reporters(result, Predicate.LOST).get("Skif") == "said"


def test_a_commander_named_after_a_unit_of_a_unit(extractor):
    found = read(
        extractor,
        "The commander of the 104th Guards Air Assault Regiment of the Pskov-based 76th Division, Lieutenant Colonel"
        " Dmitry Ostrovsky, was killed in Kursk Oblast last week, the regional news site Pskovskaya Lenta reported.",
    )
    assert ("Dmitry Ostrovsky", "commanded", "104th Guards Air Assault Regiment") in found
    assert ("104th Guards Air Assault Regiment", "lost", "Dmitry Ostrovsky") in found


def test_odd_text_such_as_a_gold_file_does_not_crash_the_extractor(extractor):
    """A JSON gold file read as an article once crashed the unit-name matcher on a name that
    normalizes to nothing."""
    text = (Path(__file__).parent / "articles" / "dailybeast.json").read_text(encoding="utf-8")
    assert extract(extractor, text).entities


def test_units_numbered_without_an_ordinal_suffix(extractor):
    result = extract(
        extractor,
        "Troops of the 3 Commando Brigade and 16 Air Assault Brigade refused to deploy, the BBC reported."
        " Officials said 40 Ukrainian soldiers had crossed the border.",
    )
    units = {e.name for e in result.entities if e.type.value == "Unit"}
    assert {"3 Commando Brigade", "16 Air Assault Brigade"} <= units
    assert not [name for name in units if name.startswith("40")]


def test_a_forest_named_in_full_and_then_alone_is_one_place(extractor):
    result = extract(
        extractor,
        "The insurgents retreated into the Alinguel Forest after the raid, the army said.\n"
        "Troops later searched Alinguel for the hostages.",
    )
    places = [e for e in result.entities if "Alinguel" in e.name]
    assert [(e.name, e.type.value) for e in places] == [("Alinguel Forest", "Region")]


def test_a_dateline_city_in_capitals_and_the_city_named_alone_are_one_place(extractor):
    result = extract(
        extractor,
        "COTABATO CITY — Three soldiers of the 6th Infantry Division were killed on Friday, the army said.\n"
        "The brigade commander told reporters in Cotabato that the attackers fled.",
    )
    assert [e.type.value for e in result.entities if "cotabato" in e.name.lower()] == ["Region"]
    assert [f for f in relations(result) if f[:2] == ("6th Infantry Division", "lost")]


def test_soldiers_attached_to_a_division_are_its_men(extractor):
    found = read(
        extractor,
        "Scores of soldiers attached to the Ethiopian army's 24th Division in Bahir Dar have refused to deploy to"
        " Gondar, Addis Standard has learnt.",
    )
    assert [f for f in found if f[:2] == ("24th Division", "refused")]


def test_men_killed_when_a_group_stormed_a_post_of_a_unit_are_its_loss(extractor):
    found = read(
        extractor,
        "Twelve soldiers were killed and five wounded on Friday when jihadists stormed an outpost of the 4th Infantry"
        " Battalion near Tillaberi, the army said.",
    )
    assert [f for f in found if f[:2] == ("4th Infantry Battalion", "lost")]


def test_the_outlet_that_reported_the_event_a_statement_is_set_in(extractor):
    result = extract(
        extractor,
        "In an incident reported by Radio Okapi, 30 soldiers of the 32nd Brigade abandoned their positions near Bunia.",
    )
    assert reporters(result, Predicate.REFUSED) == {"Radio Okapi": "said"}


def test_a_faction_of_a_force_led_by_a_commander_known_by_a_quoted_name(extractor):
    found = read(
        extractor,
        "The Comuneros del Sur Front, a faction of the ELN, operates in Narino. The Comuneros del Sur Front is led"
        ' by a commander known as "Gonzalo", the army said.',
    )
    assert ("Gonzalo", "commanded", "Comuneros del Sur Front") in found


def test_gunmen_and_insurgents_are_the_armed_groups_men(extractor):
    found = read(
        extractor,
        "Suspected members of Boko Haram attacked a patrol of the 21 Special Armoured Brigade near Konduga on"
        " Monday. The gunmen were led by a commander called Abu Musa.\n"
        "At least four insurgents were killed in the exchange of fire, the brigade said.",
    )
    assert ("Abu Musa", "commanded", "Boko Haram") in found
    assert [f for f in found if f[:2] == ("Boko Haram", "lost")]
    assert not [f for f in found if f[:2] == ("Abu Musa", "commanded") and f[2] != "Boko Haram"]


def test_a_province_after_a_town_and_a_place_reporters_are_told_in(extractor):
    result = extract(
        extractor,
        "Gunmen ambushed a patrol of the 6th Infantry Brigade in Ampatuan town, Maguindanao del Sur, on Monday, the"
        " commander told reporters in Marawi.",
    )
    types = {e.name: e.type.value for e in result.entities}
    assert types.get("Maguindanao del Sur") == "Region"
    assert types.get("Marawi") == "Region"


def test_martyred_after_a_colon_dateline_is_a_loss(extractor):
    result = extract(
        extractor,
        "QUETTA: Four soldiers of the Frontier Corps Balochistan were martyred when militants attacked a post in the"
        " Zhob valley, the ISPR said.",
    )
    assert [f for f in relations(result) if f[:2] == ("Frontier Corps", "lost")]
    assert {e.name: e.type.value for e in result.entities}.get("Zhob") == "Region"


def test_militants_killed_before_the_only_armed_group_is_named_are_its_men(extractor):
    found = read(
        extractor,
        "Militants stormed a police station in Bannu overnight. Five terrorists were killed in the exchange of fire,"
        " officials said.\nThe Tehreek-e-Taliban Pakistan later claimed the attack.",
    )
    assert [f for f in found if f[:2] == ("Tehreek-e-Taliban Pakistan", "lost")]


def test_a_rifles_regiment_and_its_inspector_general(extractor):
    found = read(
        extractor,
        "Soldiers of the Tochi Rifles, a regiment of the Frontier Corps, refused to return to their posts. The"
        " Frontier Corps' inspector general, Major General Asim Raza, visited the posts on Monday.",
    )
    assert [f for f in found if f[:2] == ("Tochi Rifles", "refused")]
    assert ("Asim Raza", "commanded", "Frontier Corps") in found


def test_men_a_groups_forces_say_they_killed_are_the_other_sides(extractor):
    found = read(
        extractor,
        "Twenty fighters of the Security Belt Forces were killed near Lawdar, their commander said.\n"
        "The Houthi military spokesman said in a statement that the group's forces had killed or wounded"
        ' "dozens of mercenaries".',
    )
    lost = [f for f in found if f[1] == "lost"]
    assert lost and all(f[0] == "Security Belt Forces" for f in lost)
    assert len(lost) == 2


def test_a_title_case_dateline_and_places_joined_to_a_place(extractor):
    result = extract(
        extractor,
        "Pemba, 3 June 2024 (Lusa) - Insurgents attacked villages near Ancuabe and Chiure Velho on Sunday, killing"
        " four soldiers of the Mozambican army, local sources said.",
    )
    types = {e.name: e.type.value for e in result.entities}
    assert types.get("Pemba") == "Region"
    assert types.get("Chiure Velho") == "Region"


def test_whom_a_letter_is_addressed_to_is_no_part_of_what_it_says(extractor):
    result = extract(
        extractor,
        "Reservists of the Golani Brigade wrote in a letter to the brigade commander, Col. Amit Cohen, that they were"
        " exhausted.",
        publisher="Haaretz",
    )
    assert reporters(result, Predicate.COMMANDED) == {"Haaretz": "publisher"}


def test_the_military_is_the_countrys_forces_not_the_brigade_named_last(extractor):
    result = extract(
        extractor,
        "Givati, an infantry brigade of the Israel Defense Forces, has lost 45 soldiers in Gaza, according to figures"
        " published by the military.",
    )
    assert reporters(result, Predicate.LOST) == {"Israel Defense Forces": "cited"}


def test_a_group_that_stormed_a_units_headquarters_and_killed_soldiers(extractor):
    found = read(
        extractor,
        "The Rapid Support Forces said its fighters had stormed the headquarters of the army's 16th Infantry Division"
        " in Nyala and killed dozens of soldiers.\nThe army said the attackers had suffered heavy losses.",
    )
    assert [f for f in found if f[:2] == ("16th Infantry Division", "lost")]
    assert [f for f in found if f[:2] == ("Rapid Support Forces", "lost")]


def test_others_are_others_of_the_soldiers_just_named(extractor):
    found = read(
        extractor,
        "Residents said hundreds of soldiers of the 19th Infantry Division had withdrawn toward Kosti, and that"
        " others had refused to keep fighting without food.",
    )
    assert [f for f in found if f[:2] == ("19th Infantry Division", "refused")]


def test_the_services_spokesman_and_a_place_named_border_detachment(extractor):
    found = read(
        extractor,
        "Three guards of the Kharkiv border detachment were killed, the State Border Guard Service said.\n"
        "The service's spokesman, Andriy Demchenko, said the guards had been on patrol.",
    )
    assert ("Andriy Demchenko", "memberOf", "State Border Guard Service of Ukraine") in found
    assert [f for f in found if f[:2] == ("Kharkiv border detachment", "lost")]


def test_we_will_not_go_forward_is_a_refusal(extractor):
    found = read(
        extractor,
        '"We will not go forward again until they rotate us," soldiers of the 37th Motor Rifle Brigade said in a'
        " video.",
    )
    assert [f for f in found if f[:2] == ("37th Motor Rifle Brigade", "refused")]


def test_elements_of_a_unit_with_its_parents_in_brackets(extractor):
    found = read(
        extractor,
        "Geolocated footage indicates that elements of the 20th Motorized Rifle Division (8th Combined Arms Army"
        " [CAA], Southern Military District [SMD]) advanced near Toretsk.",
    )
    assert ("20th Motorized Rifle Division", "partOf", "8th Combined Arms Army") in found
    assert ("8th Combined Arms Army", "partOf", "20th Motorized Rifle Division") not in found


def test_a_branch_named_with_the_force_it_belongs_to(extractor):
    result = extract(
        extractor,
        "The commander of the 47th Mechanized Brigade, Colonel Oleh Sentsov, has been dismissed, the Ground Forces of"
        " the Armed Forces of Ukraine said on Monday.",
    )
    assert reporters(result, Predicate.COMMANDED) == {"Ground Forces of the Armed Forces of Ukraine": "said"}


def test_an_outlet_of_two_words_with_an_aside_before_its_verb(extractor):
    result = extract(
        extractor,
        "The 33rd Infantry Battalion holds the ridge above Hpakant.\n\n"
        "Myanmar Now, citing two officers, reported that about 60 soldiers of the battalion had deserted.",
    )
    assert reporters(result, Predicate.REFUSED) == {"Myanmar Now": "said"}


def test_men_from_a_region_serving_in_a_unit_are_the_units(extractor):
    found = read(
        extractor,
        "A group of mobilized men from the Sverdlovsk region serving in the 252nd Motor Rifle Regiment have recorded"
        " a video appeal.\n\nIn the video, about 30 men say that they refuse to go on the assault near Krasnohorivka.",
    )
    assert ("252nd Motor Rifle Regiment", "refused", "Krasnohorivka") in found


def test_an_outlets_language_service_is_the_outlet(extractor):
    result = extract(
        extractor,
        "Several soldiers of the 5th Infantry Brigade refused to return to the front, two officers told the Voice of"
        " America's Hausa service.",
    )
    assert reporters(result, Predicate.REFUSED) == {"Voice of America": "via"}


def test_a_place_then_a_comma_and_the_wider_area_it_lies_in(extractor):
    found = read(
        extractor,
        "Gunmen attacked a checkpoint in Baga, in Nigeria's Borno state, on Friday.\n"
        "Troops fought in Avdiivka, in Pokrovsk and in Toretsk.",
    )
    assert ("Baga", "locatedIn", "Borno") in found
    assert not [f for f in found if f[0] == "Avdiivka" and f[1] == "locatedIn"]


def test_a_command_numbered_after_its_name_and_a_township_called_by_its_town(extractor):
    result = extract(
        extractor,
        "Light Infantry Battalion 234 belongs to Regional Operations Command 3. It fought in Mindat Township.\n"
        "A resident of Mindat said the fighting lasted a week.",
    )
    names = {e.name for e in result.entities}
    assert "Regional Operations Command 3" in names
    assert [n for n in names if n.startswith("Mindat")] == ["Mindat Township"]


def test_the_junta_is_the_ruling_forces_named_before(extractor):
    found = read(
        extractor,
        "Mali's army said it had retaken the town of Ber.\n"
        "The junta has lost more than 40 soldiers in the region since July, according to the rebels.",
    )
    assert [f for f in found if f[:2] == ("Malian Armed Forces", "lost")]


def test_the_men_after_quotes_are_the_men_of_the_unit_before_them(extractor):
    result = extract(
        extractor,
        "Men of the 1430th Motor Rifle Regiment were sent to a Storm assault detachment.\n\n"
        "In the video, about 15 men say that they refuse to attack.\n"
        '"We were promised the second line," one of them says. "Now we have no artillery."\n\n'
        "According to the men, the regiment's commander, Colonel Oleg Baranov, threatened them.",
    )
    assert reporters(result, Predicate.COMMANDED) == {"1430th Motor Rifle Regiment": "cited"}


def test_refusing_to_report_for_duty_is_a_refusal(extractor):
    found = read(
        extractor,
        "Kan News reported that about 40 reservists from the 7th Armored Brigade had refused to report for another"
        " round of duty in Lebanon.",
    )
    assert ("7th Armored Brigade", "refused", "Lebanon") in found


def test_the_dead_named_in_a_list_of_ranks_after_them(extractor):
    found = read(
        extractor,
        "Two soldiers from the Golani Brigade's 13th Battalion were killed in Khan Younis on Monday.\n"
        "The army named them as Sgt. Maj. Eitan Shapira, 21, and Capt. Noam Rosen, 24.",
    )
    assert ("13th Battalion", "lost", "Eitan Shapira") in found
    assert ("13th Battalion", "lost", "Noam Rosen") in found


def test_where_soldiers_were_killed_is_no_place_they_come_from(extractor):
    result = extract(
        extractor,
        "The toll of soldiers killed in the offensive in Lebanon rose to 48, according to the army's figures.",
    )
    assert not [e for e in result.entities if e.name.startswith("soldiers")]


def test_a_radio_station_by_its_name_and_a_double_given_name_after_a_rank(extractor):
    result = extract(
        extractor,
        "The 3304th Regiment is commanded by Colonel Jean-Baptiste Kasongo, a military source told Radio Maendeleo.",
    )
    kinds = {e.name: e.type.value for e in result.entities}
    assert kinds.get("Radio Maendeleo") == "Outlet"
    assert ("Jean-Baptiste Kasongo", "commanded", "3304th Regiment") in relations(result)


def test_a_source_hung_on_the_unit_is_not_the_unit(extractor):
    result = extract(extractor, "Colonel Oleg Ivanov commands the 331st Regiment, a military source told Reuters.")
    assert reporters(result, Predicate.COMMANDED) == {"Reuters": "via"}


def test_the_slain_soldiers_identified_by_rank_and_name(extractor):
    found = read(
        extractor,
        "Three soldiers of the 22 Rashtriya Rifles were killed in an encounter in Kupwara, officials said.\n\n"
        "The Chinar Corps identified the slain soldiers as Havildar Ramesh Yadav and Sepoy Mohan Lal.",
    )
    assert ("22 Rashtriya Rifles", "lost", "Ramesh Yadav") in found
    assert ("22 Rashtriya Rifles", "lost", "Mohan Lal") in found


def test_most_of_the_dead_belonged_to_a_named_division(extractor):
    found = read(
        extractor,
        "At least 9 fighters were killed near Afrin. Most of the dead belonged to the Suleiman Shah Division,"
        " according to the monitor.",
    )
    assert [f for f in found if f[:2] == ("Suleiman Shah Division", "lost")]


def test_a_source_after_the_name_it_was_hung_on_is_no_one_named(extractor):
    result = extract(
        extractor,
        "The 9th Rapid Intervention Battalion is commanded by Captain Paul Sawadogo, a source close to the army"
        " told RFI.",
    )
    assert reporters(result, Predicate.COMMANDED) == {"Radio France Internationale": "via"}


def test_a_commander_acknowledging_losses_speaks_of_his_unit(extractor):
    found = read(
        extractor,
        "The Sparta Battalion attacked again near Avdiivka.\n"
        "The battalion's commander, Artyom Zhoga, acknowledged serious losses in a post on Telegram.",
    )
    assert [f for f in found if f[:2] == ("Sparta Battalion", "lost")]


def test_the_russian_brigade_is_not_the_ukrainian_one_named_last(extractor):
    found = read(
        extractor,
        "Soldiers of Russia's 64th Separate Motor Rifle Brigade refused to advance near Kreminna, Ukraine's"
        " 3rd Separate Assault Brigade said on Monday.\n"
        "According to its spokesman, the Russian brigade has lost about 200 soldiers near the town.",
    )
    losers = {f[0] for f in found if f[1] == "lost"}
    assert "64th Separate Motor Rifle Brigade" in losers and "3rd Separate Assault Brigade" not in losers


def test_occupiers_in_a_ukrainian_brigades_words_are_the_russian_forces(extractor):
    found = read(
        extractor,
        "Ukraine's 3rd Separate Assault Brigade held its positions near Kreminna on Monday.\n"
        '"The occupiers told their commanders over the radio that they would not go forward without tanks," the'
        " brigade's spokesman, Captain Ivan Hnatyuk, said.",
    )
    refusers = {f[0] for f in found if f[1] == "refused"}
    assert refusers == {"Russian Armed Forces"}


def test_a_man_called_by_his_given_name_alone_is_the_one_named_in_full(extractor):
    result = extract(
        extractor,
        "The rebels' spokesman, Colonel Gatwech Kuol Nyang, told Radio Tamazuj that 30 soldiers had defected.\n"
        "Gatwech said the soldiers of the 8th Division crossed over with their weapons.",
    )
    named = {e.name: e.type.value for e in result.entities}
    assert named["Gatwech Kuol Nyang"] == "Person" and "Gatwech" not in named


def test_a_province_owning_a_place_holds_it_and_a_country_does_not_count(extractor):
    found = read(
        extractor,
        "Soldiers deserted in Jonglei State's Akobo County last week and in Russia's Kursk region in May.",
    )
    assert ("Akobo County", "locatedIn", "Jonglei") in found or ("Akobo", "locatedIn", "Jonglei") in found
    assert not [f for f in found if f[1] == "locatedIn" and f[2] == "Russia"]


def test_a_town_named_after_its_county_is_one_place(extractor):
    result = extract(
        extractor,
        "Fighting broke out in Pibor County on Monday, the army said. Pibor was calm on Tuesday, residents said.",
    )
    assert [e.name for e in result.entities if e.type.value != "Outlet"] == ["Pibor County"]


def test_a_place_named_at_the_end_of_the_speakers_phrase_is_not_the_man_before_it(extractor):
    result = extract(
        extractor,
        "The 38th Brigade is part of the 35th Army and is commanded by Colonel Andrei Lobanov, the Ukrainian"
        " volunteer intelligence community Zhytomyr wrote in a September investigation.",
        publisher="Suspilne",
    )
    assert "Andrei Lobanov" not in reporters(result, Predicate.COMMANDED)


def test_any_countrys_soldiers_and_ministry_are_known_without_a_row_of_their_own(extractor):
    result = extract(
        extractor,
        "At least 20 Chadian soldiers were killed in an attack near the border, Chad's defence ministry said.\n"
        "At least 50 Georgians fighting for Ukraine have been killed since 2022, according to the legion.",
    )
    assert ("Chadian Armed Forces", "lost", "At least 20 Chadian soldiers") in relations(result)
    assert reporters(result, Predicate.LOST) == {"Chadian Ministry of Defence": "said"}
    assert "Georgian Armed Forces" not in {e.name for e in result.entities}


def test_a_countrys_adjective_before_soldiers_is_no_name_of_its_own(extractor):
    result = extract(extractor, "At least 29 Nigerien soldiers were killed when gunmen attacked a post.")
    assert "Nigerien" not in {e.name for e in result.entities}


def test_an_acronym_after_an_outlets_kind_is_that_outlet(extractor):
    result = extract(
        extractor,
        "The soldiers belonged to the 12th Infantry Battalion, which had been deployed to the area in October,"
        " the ministry said in a statement read on state television RTN.",
    )
    assert ("RTN", "Outlet") in {(e.name, e.type.value) for e in result.entities}


def test_a_provinces_name_alone_is_the_province_named_before(extractor):
    result = extract(
        extractor,
        "Mobilized men of the 1441st Regiment appealed to the governor of Kirov Oblast.\n"
        "The regiment was formed in Kirov in October 2022.",
    )
    assert [e.name for e in result.entities if e.type.value == "Region"] == ["Kirov Oblast"]


def test_a_name_right_after_an_outlets_kind_is_that_outlet_however_parsed(extractor):
    result = extract(
        extractor,
        "In January, relatives of servicemen of the 136th Brigade told the Dagestani outlet Chernovik that the"
        " brigade had lost 40 men.",
    )
    assert ("Chernovik", "Outlet") in {(e.name, e.type.value) for e in result.entities}


def test_a_company_said_of_in_a_sentence_about_its_brigade_is_the_brigades(extractor):
    found = read(
        extractor,
        "The 136th Brigade fought near Avdiivka in January.\n"
        "Relatives of servicemen of the brigade told a local outlet that a company had refused to return to the"
        " front.",
    )
    assert [f for f in found if f[:2] == ("136th Brigade", "refused")]


def test_militants_fleeing_toward_a_place_did_not_refuse(extractor):
    found = read(
        extractor,
        "Islamic State militants attacked a checkpoint of the army's 8th Division south of Kirkuk on Tuesday.\n"
        "The Security Media Cell confirmed the attack in a statement and said the militants had fled toward the"
        " hills.",
    )
    assert not [f for f in found if f[1] == "refused"]


def test_a_name_before_a_landform_in_lower_case_is_the_place(extractor):
    result = extract(
        extractor,
        "The Security Media Cell said in a statement that the militants had fled toward the Hamrin mountains"
        " after attacking a checkpoint of the 8th Division.",
    )
    assert ("Hamrin mountains", "Region") in {(e.name, e.type.value) for e in result.entities}


def test_the_name_that_spells_an_unknown_sites_host_is_that_outlet(extractor):
    result = extract(
        extractor,
        "Four soldiers of the 8th Division were killed late Tuesday when militants attacked a checkpoint south of"
        " Kirkuk, a security source told Kurdpress.",
        url="https://www.kurdpress.net/english/151120231",
    )
    assert ("Kurdpress", "Outlet") in {(e.name, e.type.value) for e in result.entities}
    assert reporters(result, Predicate.LOST) == {"Kurdpress": "via"}


def test_a_brigade_named_after_a_man_with_a_name_particle_is_named_whole(extractor):
    result = extract(
        extractor,
        "At least nine fighters of the Tariq bin Ziyad Brigade, an armed group loyal to Khalifa Haftar, were killed.",
    )
    assert "Tariq bin Ziyad Brigade" in {e.name for e in result.entities if e.type.value == "Unit"}


def test_our_men_in_the_words_of_one_of_them_is_the_story_unit(extractor):
    result = extract(
        extractor,
        "Wives of soldiers in the 1201st Motor Rifle Regiment have written to the governor of Tambov.\n"
        '"Since June our men have been sent forward without armour. Out of a platoon of 30, only nine are left,"'
        " says one of them.",
    )
    assert [f for f in relations(result) if f[:2] == ("1201st Motor Rifle Regiment", "lost")]


def test_a_countrys_capital_and_police_are_known_without_a_row_of_their_own(extractor):
    result = extract(
        extractor,
        "The coalition controls most of Port-au-Prince. Two Haitian police officers were killed on Monday.",
    )
    assert ("Port-au-Prince", "Region") in {(e.name, e.type.value) for e in result.entities}
    assert ("Haitian police", "lost", "Two Haitian police officers") in relations(result)


def test_a_police_officer_serving_with_a_mission_is_the_missions(extractor):
    found = read(
        extractor,
        "A Zambian police officer serving with the MINUSCA mission was killed in an ambush near Bangui, the"
        " mission said in a statement.",
    )
    assert [f for f in found if f[:2] == ("MINUSCA", "lost")]
    assert not [f for f in found if f[:2] == ("Zambian police", "lost")]


def test_a_gang_named_before_its_kind_is_one_force_and_its_leader_commands_it(extractor):
    result = extract(
        extractor,
        "The attack was claimed by the Kraze Baryè gang, which is part of a wider alliance of armed groups. Its"
        " leader, Vitel'Homme Innocent, posted a video. Kraze Baryè has controlled the area since 2021.",
    )
    assert [e.type.value for e in result.entities if "Kraze" in e.name] == ["Unit"]
    assert ("Vitel'Homme Innocent", "commanded", "Kraze Baryè gang") in relations(result)


def test_a_name_before_department_in_lower_case_is_a_province(extractor):
    result = extract(extractor, "Soldiers of the 29th Brigade were killed in the Cauca department on Sunday.")
    assert ("Cauca", "Region") in {(e.name, e.type.value) for e in result.entities}


def test_the_title_before_the_name_of_a_units_leader_is_no_second_command(extractor):
    found = read(extractor, "The 12th Brigade is led by Kenyan army commander Peter Njiru.")
    assert {f for f in found if f[1] == "commanded"} == {("Peter Njiru", "commanded", "12th Brigade")}


def test_the_speaker_is_the_phrase_after_the_last_comma_when_the_parser_misses_it(extractor):
    result = extract(
        extractor,
        "Two Uzbek border guards were wounded in an exchange of fire with Kyrgyz troops near the village of Chek,"
        " the Border Troops of the National Security Service said.",
    )
    assert [f for f in relations(result) if f[:2] == ("Border Troops", "lost")]
    assert reporters(result, Predicate.LOST) == {"Border Troops": "said"}


def test_a_police_union_speaks_for_itself_about_the_police(extractor):
    result = extract(
        extractor,
        "Honduras's National Police have suffered heavy losses this year. At least 14 officers have been killed,"
        " according to FENAPOL, a Honduran police union. The union said that dozens of officers had deserted"
        " their posts.",
    )
    assert [f for f in relations(result) if f[:2] == ("Honduran police", "refused")]
    assert reporters(result, Predicate.REFUSED) == {"FENAPOL": "said"}


def test_an_honorific_right_after_a_designation_is_the_units_name(extractor):
    found = read(
        extractor,
        "Fighters of the 23rd Operational Brigade Chorny-Lis of the National Guard held the line near Lyman."
        " Chorny-Lis is commanded by Colonel Petro Hnatiuk.",
    )
    assert ("Petro Hnatiuk", "commanded", "23rd Operational Brigade Chorny-Lis") in found


def test_a_group_that_came_from_a_unit_lost_what_the_unit_lost(extractor):
    found = read(
        extractor,
        "According to the brigade, the attacking group came from Russia's 25th Motor Rifle Regiment and lost three"
        " tanks and about 30 men.",
    )
    assert ("25th Motor Rifle Regiment", "lost", "about 30 men") in found


def test_soldiers_a_militia_says_were_killed_are_the_state_armys(extractor):
    found = read(
        extractor,
        "Fano militia fighters overran a base of the Ethiopian National Defense Force near Dessie on Sunday. A"
        " spokesperson for the Fano forces, Abebe Kassa, claimed in a statement that 40 soldiers had been killed.",
    )
    losers = {f[0] for f in found if f[1] == "lost"}
    assert losers == {"Ethiopian National Defense Force"}


def test_the_words_before_a_dash_opening_the_body_are_a_place(extractor):
    result = extract(extractor, "Hargeisa – Clan militia fighters attacked a police post near Las Anod on Sunday.")
    assert ("Hargeisa", "Region") in {(e.name, e.type.value) for e in result.entities}


def test_what_a_source_tells_is_the_outlet_publishing_at_a_host_that_spells_it_otherwise(extractor):
    result = extract(
        extractor,
        "Two soldiers of the Hadrami Elite Forces were killed on Tuesday, a security source told Hadramout Post."
        " Dozens of soldiers of the Hadrami Elite Forces had deserted, according to a local official.",
        url="https://hdpost.example/news/1",
    )
    assert ("Hadramout Post", "Outlet") in {(e.name, e.type.value) for e in result.entities}
    assert reporters(result, Predicate.REFUSED) == {"Hadramout Post": "publisher"}


def test_an_outlet_named_after_the_last_comma_reports_the_sentence(extractor):
    result = extract(
        extractor,
        "Several soldiers of the Givati Brigade's Shaked battalion refused an order to enter Rafah last week, days"
        " after three of their comrades were killed, Channel 14 News reported on Sunday.",
    )
    assert reporters(result, Predicate.REFUSED) == {"Channel 14": "said"}


def test_whom_soldiers_told_something_is_no_source_of_the_report(extractor):
    result = extract(
        extractor,
        "Several soldiers of the Shaked battalion refused an order to enter Rafah, Kan reported. According to Kan,"
        " the soldiers told their company commander that they were exhausted. The battalion's commander, Lt. Col."
        " Eran Levi, met with the soldiers, the report said.",
    )
    assert reporters(result, Predicate.COMMANDED) == {"Kan": "cited"}


def test_a_compass_word_before_a_known_place_stays_part_of_its_name(extractor):
    found = read(extractor, "Fighting continued in Zalingei, the capital of Central Darfur, on Monday.")
    assert ("Zalingei", "locatedIn", "Central Darfur") in found


def test_soldiers_refusing_are_of_the_unit_a_later_clause_has_as_its_subject(extractor):
    found = read(
        extractor,
        "Residents of El Daein told Sudan Tribune that many soldiers had laid down their weapons after the 20th"
        " Infantry Division ran out of ammunition.",
    )
    assert {f[0] for f in found if f[1] == "refused"} == {"20th Infantry Division"}


def test_a_name_before_lower_case_kind_words_names_the_unit_it_stands_for_alone(extractor):
    result = extract(
        extractor,
        "Fighters of the Alagir volunteer battalion have returned home. Alagir was formed in 2022 and lost a third"
        " of its men near Bakhmut.",
    )
    assert [e.name for e in result.entities if e.type.value == "Unit"] == ["Alagir volunteer battalion"]


def test_a_towns_military_council_is_a_force(extractor):
    found = read(
        extractor,
        "Fighters of the Tabqa Military Council repelled an attack near the dam on Monday. The Tabqa Military"
        " Council was formed in 2017 and is led by Ahmad Hamo.",
    )
    assert ("Ahmad Hamo", "commanded", "Tabqa Military Council") in found


def test_a_toll_someone_puts_on_a_sides_factions_is_their_loss(extractor):
    result = extract(
        extractor,
        "Turkish-backed factions of the Syrian National Army attacked the town on Monday. SOHR put the factions'"
        " losses at 9 dead.",
    )
    assert [f for f in relations(result) if f[:2] == ("Syrian National Army", "lost")]
    assert reporters(result, Predicate.LOST) == {"Syrian Observatory for Human Rights": "said"}


def test_the_army_is_the_states_not_a_rebel_army_named_since(extractor):
    result = extract(
        extractor,
        "Four soldiers of the Pakistani army's 12th Corps were killed when fighters of the Balochistan Liberation"
        " Army attacked their convoy near Turbat, the army said.",
    )
    assert reporters(result, Predicate.LOST) == {"Pakistan Army": "said"}


def test_an_ordinal_word_before_an_echelon_is_no_rank(extractor):
    result = extract(extractor, "The 30th Brigade, based in Cúcuta, belongs to the army's Second Division.")
    assert ("Second Division", "Unit") in {(e.name, e.type.value) for e in result.entities}


def test_the_municipality_and_the_department_of_a_name_are_places(extractor):
    result = extract(
        extractor,
        "Fighters attacked a base in the municipality of Sardinata. Sardinata is in the department of Norte de"
        " Santander.",
    )
    places = {e.name for e in result.entities if e.type.value == "Region"}
    assert {"Sardinata", "Norte de Santander"} <= places


def test_a_numbered_corps_is_named_as_written(extractor):
    result = extract(extractor, "Soldiers of the 12th Corps were killed near Quetta.")
    assert "12th Corps" in {e.name for e in result.entities}


def test_a_name_between_a_forces_possessive_and_unit_names_its_unit(extractor):
    found = read(
        extractor,
        "The military identified him as Ali Jaafar, the commander of Hezbollah's Badr unit, which it said fired"
        " rockets at northern Israel.",
    )
    assert ("Ali Jaafar", "commanded", "Badr unit") in found
    assert ("Badr unit", "partOf", "Hezbollah") in found


def test_its_leader_after_a_sentence_rooted_on_a_name_is_that_names(extractor):
    found = read(
        extractor,
        "The M23, which the United Nations says is backed by some 3,000 Rwandan troops, captured Bukavu, the capital"
        " of South Kivu province, on Sunday. Its military leader, Bertrand Bisimwa, is under UN sanctions.",
    )
    assert {f for f in found if f[1] == "commanded"} == {("Bertrand Bisimwa", "commanded", "M23")}


def test_troops_a_participle_with_an_object_follows_were_not_captured(extractor):
    found = read(
        extractor,
        "The M23, which the United Nations says is backed by some 3,000 Rwandan troops, captured Bukavu, the capital"
        " of South Kivu province, on Sunday.",
    )
    assert not [f for f in found if f[1] == "lost"]


def test_a_commanders_name_hung_on_his_units_town_is_still_his(extractor):
    found = read(
        extractor,
        "The commander of the army's 9th Regional Command in Zulia, General Pedro Ramos, denied that any of his"
        " men had deserted.",
    )
    assert ("Pedro Ramos", "commanded", "9th Regional Command") in found


def test_where_deserters_fled_to_is_not_where_they_refused_to_fight(extractor):
    found = read(extractor, "Twelve soldiers of the 3rd Mechanized Brigade deserted to Moldova last week.")
    assert ("3rd Mechanized Brigade", "refused", "Moldova") not in found
    assert [f for f in found if f[:2] == ("3rd Mechanized Brigade", "refused")]


@pytest.mark.parametrize(
    "text",
    [
        "Corporal Anton Belov, one of the deserters, spoke to reporters in Tbilisi.",
        "Corporal Anton Belov, a defector, spoke to reporters in Tbilisi.",
    ],
)
def test_a_person_described_as_a_deserter_refused(extractor, text):
    assert [f for f in read(extractor, text) if f[:2] == ("Anton Belov", "refused")]


def test_the_general_officer_commanding_commands_the_formation(extractor):
    found = read(
        extractor,
        "Troops of the 82 Division jeered their General Officer Commanding, Maj. Gen. Bello Ibrahim, in Enugu.",
    )
    assert ("Bello Ibrahim", "commanded", "82 Division") in found
    alone = extract(extractor, "Their General Officer Commanding resigned.")
    assert "Commanding" not in {e.name for e in alone.entities}


def test_a_death_men_protest_is_a_loss(extractor):
    found = read(
        extractor,
        "Soldiers of the 3 Division blocked the road in Jos. They were mourning the deaths of six of their comrades,"
        " who were killed by bandits on Friday.",
    )
    assert len([f for f in found if f[:2] == ("3 Division", "lost")]) == 1


def test_a_state_after_a_towns_comma_is_where_it_lies(extractor):
    found = read(extractor, "Gunmen attacked a police station in Damaturu, Yobe State, on Monday.")
    assert ("Damaturu", "locatedIn", "Yobe") in found
    listed = read(extractor, "Drones hit Kharkiv, Donetsk Oblast and Zaporizhzhia Oblast overnight.")
    assert not [f for f in listed if f[1] == "locatedIn"]


@pytest.mark.parametrize(
    "text",
    [
        "Four Kenya Defence Forces soldiers died when their truck hit a landmine near Mandera.",
        "Four Kenya Defence Forces (KDF) soldiers died when their truck hit a landmine near Mandera.",
    ],
)
def test_soldiers_a_national_forces_name_qualifies_are_its_own(extractor, text):
    assert [f for f in read(extractor, text) if f[:2] == ("Kenya Defence Forces", "lost")]


def test_a_province_an_object_stands_beside_loses_no_one(extractor):
    found = read(
        extractor,
        "The Arakan Army said on Friday that it had captured the headquarters of the Myanmar military's Western"
        " Regional Military Command in Ann Township, Rakhine State, after two weeks of fighting.",
    )
    assert not [f for f in found if f[1] == "lost"]


def test_comrades_of_an_unnamed_soldier_speaking_are_of_his_unit(extractor):
    found = read(
        extractor,
        "It is the second command to fall this year, after the Northeastern Command in Lashio was taken by the MNDAA"
        " in August. A soldier from Light Infantry Battalion 601 told reporters that dozens of his comrades had"
        " deserted before the battle.",
    )
    assert {f[0] for f in found if f[1] == "refused"} == {"Light Infantry Battalion 601"}


def test_an_outlet_named_after_a_country_does_not_mention_it(extractor):
    result = extract(extractor, "Two soldiers deserted, Myanmar Now reported.")
    assert "Myanmar" not in {e.name for e in result.entities}


def test_short_forms_of_a_township_and_a_command_are_the_same_places_and_units(extractor):
    result = extract(
        extractor,
        "Rebels overran the Eastern Regional Military Command in Ann Township. The Eastern Command lost 40 men near"
        " Ann.",
    )
    names = {e.name for e in result.entities}
    assert "Eastern Command" not in names and "Ann" not in names


def test_saying_one_will_no_longer_report_for_duty_is_a_refusal(extractor):
    found = read(extractor, "Reservists of the 14th Brigade said they will no longer report for reserve duty.")
    assert [f for f in found if f[:2] == ("14th Brigade", "refused")]


def test_those_who_signed_a_letter_are_its_author(extractor):
    result = extract(
        extractor,
        "More than 300 veterans and reservists of the army's 5th Brigade have signed a letter declaring that they"
        " will not return to the front. A ministry spokesman said the brigade was fighting on.",
    )
    assert reporters(result, Predicate.REFUSED) == {"5th Brigade": "said"}


def test_the_men_are_of_the_unit_soldiers_from_a_region_serve_in(extractor):
    result = extract(
        extractor,
        "A group of mobilized soldiers from the Kursk region serving in the 1st Motor Rifle Regiment of the 2nd"
        ' Guards Motor Rifle Division recorded a video appeal. "Out of 90 men in our company, 12 are left," one of'
        " the men says. The 2nd Division is based near Moscow. The 2nd Division has fought near Pokrovsk.",
    )
    assert {f[0] for f in relations(result) if f[1] == "lost"} == {"1st Motor Rifle Regiment"}


def test_a_given_name_the_model_took_for_a_people_is_a_wifes(extractor):
    result = extract(extractor, "The wife of one of the soldiers, Natalya, told the BBC her husband was missing.")
    assert {e.name: e.type.value for e in result.entities}.get("Natalya") == "Person"


def test_a_district_after_a_towns_comma_is_where_it_lies(extractor):
    assert ("Mir Ali", "locatedIn", "North Waziristan") in read(
        extractor, "Militants attacked a checkpoint in Mir Ali, North Waziristan, on Saturday."
    )


def test_attackers_are_of_the_hyphen_named_group_that_claimed_the_attack(extractor):
    result = extract(
        extractor,
        "Gunmen stormed a police post in Bannu on Sunday. All four attackers were killed, police said. The attack was"
        " claimed by Lashkar-e-Jhangvi, a group linked to the Pakistani Taliban.",
    )
    assert {e.name: e.type.value for e in result.entities}.get("Lashkar-e-Jhangvi") == "Unit"
    assert {f[0] for f in relations(result) if f[1] == "lost"} == {"Lashkar-e-Jhangvi"}


def test_an_officer_leading_the_troops_does_not_command_the_army(extractor):
    found = read(
        extractor,
        "Five soldiers of the Nigerian Army were killed. Major Musa Bello, who was leading the troops, was wounded.",
    )
    assert not [f for f in found if f[1] == "commanded"]


def test_officers_named_among_the_dead_after_a_units_toll_are_its_own(extractor):
    found = read(
        extractor,
        "Nine soldiers of the Pakistan Army, including two officers, were killed when militants attacked a post. The"
        " militants used a truck bomb. Major Ali Raza and Captain Omar Farooq were among those killed.",
    )
    assert {("Pakistan Army", "lost", "Ali Raza"), ("Pakistan Army", "lost", "Omar Farooq")} <= found


def test_a_numbered_military_zone_is_a_unit(extractor):
    result = extract(extractor, "Soldiers of the 43rd Military Zone were ambushed near Apatzingan.")
    assert "43rd Military Zone" in {e.name for e in result.entities if e.type.value == "Unit"}


def test_the_cartel_is_the_cartel_named_before(extractor):
    found = read(
        extractor,
        "The Sinaloa Cartel controls the road. The cartel, led by Ismael Zambada, has fought the army for years.",
    )
    assert ("Ismael Zambada", "commanded", "Sinaloa Cartel") in found


def test_the_defense_ministry_after_a_ministry_by_its_own_name_is_that_ministry(extractor):
    result = extract(
        extractor,
        "Two soldiers were killed, the Secretariat of National Defense (Sedena) said. The Defense Ministry did not"
        " comment further.",
    )
    assert [e.name for e in result.entities if e.type.value == "Organization"] == ["Secretariat of National Defense"]


def test_kataib_hezbollah_is_not_lebanons_hezbollah(extractor):
    result = extract(extractor, "Kataib Hezbollah said one of its fighters was killed in Baghdad.")
    assert {e.name for e in result.entities if e.type.value == "Unit"} == {"Kataib Hezbollah"}


def test_commanders_a_group_says_it_lost_and_the_one_it_names(extractor):
    found = read(
        extractor,
        "The Badr Brigade said on Monday that three of its commanders had been killed in an air strike near Mosul."
        " The group named one of them as Colonel Hadi Karim.",
    )
    assert [f for f in found if f[:2] == ("Badr Brigade", "lost") and f[2] != "Hadi Karim"]
    assert ("Badr Brigade", "lost", "Hadi Karim") in found


def test_a_seven_letter_acronym_in_brackets_is_the_name_before_it(extractor):
    result = extract(extractor, "The US Africa Command (AFRICOM) said the strike killed two militants. AFRICOM said.")
    assert "AFRICOM" not in {e.name for e in result.entities}


def test_a_junta_led_by_an_officer_is_the_armys_command(extractor):
    found = read(
        extractor,
        "Militants killed 20 soldiers of Mali's army near Gao. The junta led by Colonel Assimi Goita has not"
        " commented.",
    )
    assert [f for f in found if f[:2] == ("Assimi Goita", "commanded")]


def test_a_tally_by_a_monitor_reports_the_losses(extractor):
    result = extract(
        extractor,
        "Since January, the VDP have lost more than 300 men, according to a tally by the Armed Conflict Location &"
        " Event Data project (ACLED).",
    )
    assert reporters(result, Predicate.LOST) == {"ACLED": "cited"}


def test_jawans_are_soldiers_of_their_force(extractor):
    found = read(extractor, "Three jawans of the Border Security Force were killed in an ambush in Bijapur.")
    assert [f for f in found if f[:2] == ("Border Security Force", "lost")]


def test_a_say_verb_hung_on_the_quotes_last_clause_names_its_speaker(extractor):
    result = extract(
        extractor,
        '"We lost eight men in three days, and nobody helped," a soldier of the 3rd Assault Brigade told the BBC.',
    )
    assert ("Third Assault Brigade", "lost", "eight men") in relations(result)


def test_a_units_own_telegram_channel_is_the_unit_speaking(extractor):
    result = extract(
        extractor,
        "The Kraken unit was formed in 2022 and is led by Konstantin Nemichev, according to its official Telegram"
        " channel.",
    )
    assert reporters(result, Predicate.COMMANDED) == {"Kraken": "cited"}


def test_soldiers_an_armed_group_killed_serve_the_country_it_struck_in(extractor):
    result = extract(
        extractor,
        "Boko Haram militants attacked a military base on an island in Niger's Diffa region on Sunday, killing"
        " around 20 soldiers, the presidency said.",
    )
    assert {f[0] for f in relations(result) if f[1] == "lost"} == {"Nigerien Armed Forces"}
    assert reporters(result, Predicate.LOST) == {"Nigerien presidency": "said"}


def test_servicemen_a_defence_ministry_calls_its_own_are_its_countrys_forces(extractor):
    found = read(
        extractor,
        "Georgia's Defense Ministry said on Monday that 12 of its servicemen had been killed in clashes near"
        " Tskhinvali.",
    )
    assert {f[0] for f in found if f[1] == "lost"} == {"Georgian Armed Forces"}


def test_a_ministrys_own_toll_is_its_forces_loss_on_its_word(extractor):
    result = extract(
        extractor,
        "Armenia's Defense Ministry gave its own toll of 49 dead and accused Azerbaijan of shelling the town of"
        " Jermuk.",
    )
    assert {f[0] for f in relations(result) if f[1] == "lost"} == {"Armenian Armed Forces"}
    assert reporters(result, Predicate.LOST) == {"Armenian Ministry of Defence": "said"}


def test_soldiers_missing_are_a_loss(extractor):
    found = read(
        extractor, "Twelve soldiers of the 3rd Mechanized Brigade have been missing since the battle for Kupiansk."
    )
    assert [f for f in found if f[:2] == ("3rd Mechanized Brigade", "lost")]


def test_a_naval_captains_grade_is_part_of_his_rank(extractor):
    text = "The brigade is commanded by Captain First Rank Igor Smirnov, the fleet's newspaper said."
    people = {e.name for e in extract(extractor, text).entities if e.type.value in ("Person", "Organization")}
    assert people == {"Igor Smirnov"}


def test_the_military_that_speaks_is_not_the_rebels_it_fought(extractor):
    result = extract(
        extractor,
        "Two soldiers of the Philippine Army's 59th Infantry Battalion were killed in a clash with New People's Army"
        " rebels in Samar on Friday, the military said.",
    )
    assert reporters(result, Predicate.LOST) == {"Philippine Army": "said"}


def test_the_one_man_killed_named_in_a_later_sentence_is_his_forces_loss(extractor):
    found = read(
        extractor,
        "A Kosovo police sergeant was killed on Sunday when gunmen attacked a patrol near Zvecan. The gunmen fled."
        " Police said two of the attackers were arrested. The sergeant was named as Sgt. Arben Krasniqi.",
    )
    assert ("Kosovo Police", "lost", "Arben Krasniqi") in found


def test_attackers_killed_by_the_force_that_speaks_are_not_its_own(extractor):
    found = read(
        extractor,
        "Gunmen attacked a police patrol near Zvecan on Sunday. Kosovo Police said three of the attackers were"
        " killed in the ensuing gunfight.",
    )
    assert not [f for f in found if f[:2] == ("Kosovo Police", "lost")]


def test_soldiers_insurgents_killed_serve_the_country_where_they_struck(extractor):
    found = read(
        extractor,
        "Fifteen soldiers were killed in an ambush by militants near Fada N'Gourma in eastern Burkina Faso,"
        " a local official said. The group claimed to have killed 40 soldiers at a post near the border with Niger.",
    )
    lost = {f[0] for f in found if f[1] == "lost"}
    assert lost == {"Burkina Faso Armed Forces"}


def test_a_country_named_before_its_armed_forces_is_their_name(extractor):
    text = "The Togo Armed Forces said six soldiers were wounded. Togolese troops later retook the post."
    units = [e.name for e in extract(extractor, text).entities if e.type.value == "Unit"]
    assert units == ["Togolese Armed Forces"]


def test_troops_of_a_named_operation_are_its_force(extractor):
    found = read(
        extractor,
        "Troops of Operation Hadin Kai repelled an attack on their base in Borno, the army said."
        " Two soldiers of Operation Hadin Kai were killed.",
    )
    assert [f for f in found if f[:2] == ("Operation Hadin Kai", "lost")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Two rangers were wounded near the Chong Bok pass in Ubon Ratchathani, the army said.", "Chong Bok pass"),
        ("The attack on a post in W National Park killed five soldiers, the army said.", "W National Park"),
    ],
)
def test_a_named_pass_or_park_is_a_place(extractor, text, place):
    assert place in {e.name for e in extract(extractor, text).entities if e.type.value == "Region"}


def test_those_called_on_to_surrender_did_not_refuse(extractor):
    found = read(
        extractor,
        "M23 spokesman Lawrence Kanyuka said the rebels had taken Sake and called on the 34th Military Region's"
        " troops to surrender.",
    )
    assert not [f for f in found if f[1] == "refused"]


def test_soldiers_the_source_says_are_missing_are_told_to_the_outlet_it_told(extractor):
    result = extract(
        extractor,
        "The posts were held by troops of the 3rd Infantry Battalion, a military source told AFP.\n"
        "The source said several soldiers were missing after the attack.",
        publisher="Radio France Internationale",
    )
    assert ("3rd Infantry Battalion", "lost", "several soldiers") in relations(result)
    assert "Agence France-Presse" in reporters(result, Predicate.LOST)


def test_a_papers_bare_army_is_its_own_countrys_in_a_report_on_that_country(extractor):
    text = "An Army soldier was killed in shelling by Pakistani troops in Kupwara, officials said. India protested."
    found = relations(extract(extractor, text, publisher="The Indian Express"))
    assert {f[0] for f in found if f[1] == "lost"} == {"Indian Army"}


def test_a_soldier_who_succumbed_to_his_injuries_is_lost(extractor):
    found = read(extractor, "Gunner Ravi Kumar of the 16th Field Regiment succumbed to his injuries on Thursday.")
    assert ("16th Field Regiment", "lost", "Ravi Kumar") in found


def test_a_local_government_area_is_a_place(extractor):
    text = "Gunmen attacked Kirawa, a village in Gwoza local government area of Borno state, on Monday."
    assert "Gwoza" in {e.name for e in extract(extractor, text).entities if e.type.value == "Region"}


def test_soldiers_insurgents_killed_in_a_known_province_serve_its_country(extractor):
    found = read(extractor, "Boko Haram fighters killed seven soldiers in an attack on a base in Borno state.")
    assert {f[0] for f in found if f[1] == "lost"} == {"Nigerian Army"}


def test_a_known_name_in_the_other_spelling_of_defence_is_known(extractor):
    text = "The Strategic Framework for the Defence of the People of Azawad said its fighters killed 20 soldiers."
    assert "Permanent Strategic Framework" in {e.name for e in extract(extractor, text).entities}


def test_regime_soldiers_and_the_junta_are_the_forces_of_the_country_the_places_lie_in(extractor):
    found = read(
        extractor,
        "The Arakan Army said about 100 regime soldiers had been killed in Paletwa, Chin State."
        " Junta spokesman Zaw Min Tun denied it.",
    )
    assert ("Myanmar Armed Forces", "lost", "about 100 regime soldiers") in found
    assert ("Zaw Min Tun", "memberOf", "Myanmar Armed Forces") in found


def test_a_relative_identified_only_by_her_given_name_is_a_person(extractor):
    result = extract(
        extractor,
        "The mother of one of the conscripts, who asked to be identified only as Yulia, spoke to the outlet."
        " She said the 64th Brigade had lost 30 men.",
    )
    assert reporters(result, Predicate.LOST) == {"Yulia": "said"}


def test_its_commander_opening_a_sentence_is_the_last_sentences_subjects(extractor):
    found = read(
        extractor,
        "The 93rd Mechanized Brigade is part of the 3rd Army Corps. Its commander, Colonel Ivan Petrenko,"
        " was replaced in May, the corps said.",
    )
    assert ("Ivan Petrenko", "commanded", "93rd Mechanized Brigade") in found


def test_a_unit_based_in_a_town_near_a_city_is_in_the_town(extractor):
    found = read(extractor, "The 9th Artillery Brigade, which is based in Luga near St Petersburg, lost 12 men in May.")
    assert {o for s, p, o in found if p == "locatedIn"} == {"Luga"}


def test_a_unit_numbered_without_an_ordinal_is_one_node_in_its_forms(extractor):
    text = "The 111 Combat Brigade took the headquarters. Forces of the 111 Brigade, led by Omar Salem, then withdrew."
    result = extract(extractor, text)
    assert [e.name for e in result.entities if e.type.value == "Unit"] == ["111 Combat Brigade"]
    assert ("Omar Salem", "commanded", "111 Combat Brigade") in relations(result)


def test_a_government_parsed_as_the_subject_lets_its_ministry_speak(extractor):
    result = extract(
        extractor,
        "Twelve soldiers of the 111th Brigade were killed in Tripoli, the Government of National Unity's Ministry"
        " of Defence said.",
    )
    assert reporters(result, Predicate.LOST) == {"Ministry of Defence": "said"}


def test_soldiers_a_front_says_it_killed_are_not_its_parent_groups(extractor):
    found = read(
        extractor,
        "Soldiers of the 18th Brigade clashed with the ELN near Arauca on Monday. The ELN's Domingo Lain Front said"
        " its fighters had neutralised eight soldiers.",
    )
    assert {f[0] for f in found if f[1] == "lost"} == {"18th Brigade"}


def test_members_of_a_ministrys_forces_are_the_countrys_forces(extractor):
    found = read(
        extractor,
        "Syrian government forces entered Sweida on Tuesday. A war monitor said 30 members of the Defence Ministry"
        " forces had been killed.",
    )
    assert [f for f in found if f[1] == "lost" and f[0] == "Syrian Arab Army"]


def test_the_police_of_a_country_listed_by_hand_are_known(extractor):
    found = read(extractor, "Mozambican police said two of their officers were killed in an attack in Macomia.")
    assert [f for f in found if f[:2] == ("Mozambican police", "lost")]


def test_the_places_a_road_joins_are_places(extractor):
    text = "Insurgents ambushed a convoy on the road between Awasse and Diaca, killing three soldiers, the army said."
    regions = {e.name for e in extract(extractor, text).entities if e.type.value == "Region"}
    assert {"Awasse", "Diaca"} <= regions


def test_the_contingent_is_the_national_force_sent(extractor):
    found = read(
        extractor,
        "Kenyan troops arrived in Haiti in June. The contingent is commanded by Colonel Peter Mwangi, police said.",
    )
    assert ("Peter Mwangi", "commanded", "Kenya Defence Forces") in found


def test_the_men_of_the_force_a_group_ambushed_are_that_forces(extractor):
    found = read(
        extractor,
        "Hamas said its fighters had ambushed a force of the Nahal Brigade in Rafah and killed its soldiers.",
    )
    assert {f[0] for f in found if f[1] == "lost"} == {"Nahal Brigade"}


def test_a_towns_police_station_is_no_broadcaster(extractor):
    text = "Three rangers were killed in Bacho, the superintendent of Bacho police station said."
    assert ("Bacho", "Region") in {(e.name, e.type.value) for e in extract(extractor, text).entities}


def test_the_attackers_after_unnamed_insurgents_are_not_the_unit_they_hit(extractor):
    found = read(
        extractor,
        "Two rangers from the 41st Ranger Regiment were killed by a roadside bomb in Yala on Monday. Insurgents"
        " then fired on the patrol, police said. The rangers returned fire and the attackers fled.",
    )
    assert ("41st Ranger Regiment", "lost", "Two rangers from the 41st Ranger Regiment") in found
    assert not [f for f in found if f[1] == "refused"]


def test_a_prefecture_is_a_place(extractor):
    text = "The soldiers were based in the Oti prefecture, near the border with Burkina Faso."
    assert "Oti" in {e.name for e in extract(extractor, text).entities if e.type.value == "Region"}


def test_a_detachment_of_a_named_operation_is_of_a_force(extractor):
    text = "Jihadists attacked a detachment of Operation Serval near Gao, killing two soldiers."
    assert ("Operation Serval", "Unit") in {(e.name, e.type.value) for e in extract(extractor, text).entities}


def test_soldiers_a_groups_wing_says_it_killed_are_not_the_groups(extractor):
    found = read(
        extractor,
        "Soldiers of the 3rd Brigade clashed with the Estado Mayor Central (EMC) near Jamundi on Monday. The EMC's"
        " armed wing, the Jaime Martinez Front, said its fighters had killed six soldiers.",
    )
    assert {f[0] for f in found if f[1] == "lost"} == {"3rd Brigade"}


def test_a_peoples_republic_in_quotes_is_the_same_place_as_its_acronym(extractor):
    text = "Soldiers of the Luhansk \"People's Republic\" militia said they lost 40 men. The LPR's leader was silent."
    assert [e.name for e in extract(extractor, text).entities if e.type.value == "Region"] == [
        "Luhansk People's Republic"
    ]


def test_a_named_command_of_the_armed_forces_is_a_force_not_an_outlet(extractor):
    text = "Two marines were killed near Yurimaguas, the Operational Command of the Navy reported on Monday."
    entities = {(e.name, e.type.value) for e in extract(extractor, text).entities}
    assert ("Operational Command of the Navy", "Unit") in entities


def test_an_operation_to_capture_men_is_no_loss_of_theirs(extractor):
    text = (
        "Two soldiers were killed near Arauca, the army said, blaming the ELN. The minister said that operations"
        " to capture the attackers were under way."
    )
    assert not [f for f in read(extractor, text) if f[1] == "lost" and f[0] == "National Liberation Army"]


def test_a_surname_with_particles_is_part_of_the_name(extractor):
    text = "Colonel Ana Lucía Pérez de los Ríos, commander of the 9th Brigade, visited the wounded in Neiva."
    assert ("Ana Lucía Pérez de los Ríos", "commanded", "9th Brigade") in read(extractor, text)


def test_a_district_of_a_province_lies_in_that_province(extractor):
    text = "Gunmen attacked an army post in the Sarbaz county of Sistan and Baluchestan province on Friday."
    assert ("Sarbaz", "locatedIn", "Sistan and Baluchestan") in read(extractor, text)


def test_a_brigade_named_before_its_adjectives_and_kind_is_the_brigade(extractor):
    text = (
        "Fighters of the Sparta separate reconnaissance battalion and of the 1st Army Corps have left their"
        " positions. Artyom Zhoga, who commands the battalion, denied it."
    )
    assert {f[2] for f in read(extractor, text) if f[1] == "commanded"} == {"Sparta separate reconnaissance battalion"}


def test_the_police_after_a_countrys_police_force_is_that_force(extractor):
    text = (
        "Six officers of Pakistan's police force were killed in Bannu. The deputy head of the police, Brigadier"
        " Imran Shahid, visited the wounded."
    )
    assert ("Imran Shahid", "memberOf", "Pakistani police") in read(extractor, text)


def test_the_dead_a_report_lists_were_lost_by_the_force_whose_men_were_killed(extractor):
    text = (
        "Eight gendarmes of the Malian National Gendarmerie were killed near Segou. Local officials said the dead"
        " included a lieutenant, Moussa Diarra."
    )
    found = read(extractor, text)
    assert {f for f in found if f[1] == "lost" and f[2] == "Moussa Diarra"} != set()


def test_a_state_force_saying_soldiers_were_killed_counts_its_own(extractor):
    text = "The Chadian army said nine soldiers were killed in an attack on a base near Lake Chad."
    assert ("Chadian Armed Forces", "lost", "nine soldiers") in read(extractor, text)


def test_a_rank_with_its_class_is_no_part_of_the_name(extractor):
    text = "Staff Sergeant First Class Miguel Torres of the 5th Brigade was killed in Tumaco."
    assert ("5th Brigade", "lost", "Miguel Torres") in read(extractor, text)


def test_a_force_before_its_commanders_title_with_its_acronym_is_his(extractor):
    text = "The Uganda People's Defence Forces (UPDF) commander, Gen. Muhoozi Kainerugaba, visited Bunia."
    assert ("Muhoozi Kainerugaba", "commanded", "Uganda People's Defence Forces") in read(extractor, text)


def test_a_place_its_kind_and_a_comma_then_the_state_it_lies_in(extractor):
    text = "Four soldiers were killed in Konduga town, Borno State, on Tuesday, the army said."
    assert ("Konduga", "locatedIn", "Borno") in read(extractor, text)


def test_the_formation_to_which_a_brigade_is_subordinated_is_its_whole(extractor):
    text = "The Khortytsia operational-strategic group, to which the 93rd Brigade is subordinated, said nothing."
    assert ("93rd Brigade", "partOf", "Khortytsia operational-strategic group") in read(extractor, text)


def test_a_national_liberation_army_named_for_a_region_is_not_colombias(extractor):
    text = "The West Papua National Liberation Army said its fighters had attacked an army post in Puncak."
    names = {e.name for e in extract(extractor, text).entities}
    assert "West Papua National Liberation Army" in names and "National Liberation Army" not in names


def test_the_armed_forces_after_a_countrys_are_that_countrys(extractor):
    text = (
        "Three members of the Kenyan armed forces were killed near Mandera. President William Ruto, the"
        " commander of the armed forces, sent condolences."
    )
    assert ("William Ruto", "commanded", "Kenya Defence Forces") in read(extractor, text)


def test_a_role_named_in_its_own_clause_is_not_a_commander_named_later(extractor):
    text = (
        "Soldiers of the 1428th Regiment say their company commander, whom they identify as Captain Oleg Sidorov,"
        " beat them. The regiment's commander, Colonel Pavel Lebedev, declined to comment."
    )
    found = read(extractor, text)
    assert ("Oleg Sidorov", "memberOf", "1428th Regiment") in found
    assert {f[0] for f in found if f[1] == "commanded"} == {"Pavel Lebedev"}


def test_an_army_spokesman_serves_in_the_countrys_army(extractor):
    text = "Two Malian soldiers were killed near Mopti, army spokesman Colonel Souleymane Dembele said."
    assert ("Souleymane Dembele", "memberOf", "Malian Armed Forces") in read(extractor, text)


def test_a_groups_own_news_agency_is_affiliated_with_it_a_platform_is_not(extractor):
    text = (
        "The Islamic State claimed the attack through its Amaq news agency. Al-Shabaab posted a video on its"
        " Telegram channel."
    )
    found = {f for f in read(extractor, text) if f[1] == "affiliatedWith"}
    assert found == {("Amaq", "affiliatedWith", "Islamic State")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Twelve soldiers of the 41st Brigade went missing near Kurakhove in October.",
        "Twelve soldiers of the 41st Brigade were listed as missing after the fighting near Kurakhove.",
        "Twelve soldiers of the 41st Brigade have been declared dead after the fighting near Kurakhove.",
    ],
)
def test_soldiers_gone_missing_or_declared_dead_are_lost(extractor, sentence):
    assert {f[0] for f in read(extractor, sentence) if f[1] == "lost"} == {"41st Brigade"}


def test_a_man_in_the_speakers_quote_is_not_the_speaker(extractor):
    text = (
        'Olena Kovalenko says her son, Taras, a rifleman in the 41st Brigade, stopped calling in May. "The army'
        ' told me he was missing," she said.'
    )
    assert ("41st Brigade", "lost", "Taras") in read(extractor, text)


def test_a_local_peoples_defense_force_is_an_armed_group_and_the_resistance(extractor):
    text = (
        "The Mingin People's Defense Force (PDF) said its fighters ambushed junta troops near Yinmabin. A spokesman"
        " for the Mingin PDF, who asked to be identified only as Ko Aung, said the resistance lost two fighters."
    )
    found = read(extractor, text)
    assert ("Mingin People's Defense Force", "lost", "two fighters") in found
    assert ("Ko Aung", "memberOf", "Mingin People's Defense Force") in found


def test_manpower_a_force_defeated_was_the_named_units_loss(extractor):
    text = "The Vostok group defeated manpower of the Ukrainian 72nd Mechanized Brigade near Vuhledar, Moscow said."
    assert {f[0] for f in read(extractor, text) if f[1] == "lost"} == {"72nd Mechanized Brigade"}


def test_it_added_goes_on_quoting_the_body_that_spoke_before(extractor):
    text = (
        "The Russian Defense Ministry said its forces had taken Krasnohorivka. The 79th Air Assault Brigade lost"
        " up to 60 servicemen near the town, it added."
    )
    extraction = extract(extractor, text)
    assert reporters(extraction, Predicate.LOST) == {"Russian Ministry of Defense": "said"}


def test_the_rest_of_soldiers_counted_before_are_their_forces_loss(extractor):
    text = (
        'Soldiers of the 36th Marine Brigade wrote that of 90 men in their company only 20 are left. "The rest'
        ' were killed or wounded," the letter says.'
    )
    assert {f[0] for f in read(extractor, text) if f[1] == "lost"} == {"36th Marine Brigade"}


def test_a_call_sign_after_a_comma_is_a_person(extractor):
    text = "A platoon commander of the 47th Brigade, identified only by his call sign, Hrim, said they lost three men."
    assert ("Hrim", "Person") in {(e.name, e.type.value) for e in extract(extractor, text).entities}


def test_a_name_joined_to_a_place_after_near_is_a_place(extractor):
    text = "Russian forces attacked the 33rd Brigade near Kurakhove and Dalnie Pole on Monday, the brigade said."
    assert ("Dalnie Pole", "Region") in {(e.name, e.type.value) for e in extract(extractor, text).entities}


def test_attackers_who_fled_did_not_desert(extractor):
    text = "Five soldiers of the 25th Battalion were killed in an ambush near Lamu. The gunmen fled, police said."
    assert not [f for f in read(extractor, text) if f[1] == "refused"]


def test_a_police_rank_before_a_name_is_no_part_of_it(extractor):
    text = "Superintendent Imran Shahid of the Khyber Pakhtunkhwa police said three constables were killed."
    assert "Imran Shahid" in {e.name for e in extract(extractor, text).entities if e.type.value == "Person"}


def test_a_weapon_named_with_its_makers_nationality_is_no_body(extractor):
    text = "The 47th Brigade is equipped with American Bradley fighting vehicles and fought near Avdiivka."
    assert "American Bradley" not in {e.name for e in extract(extractor, text).entities}


def test_a_man_found_dead_in_a_unit_is_its_loss(extractor):
    text = "A conscript serving in the 38th Guards Brigade was found dead in a barracks in Ussuriysk, his father said."
    assert ("38th Guards Brigade", "lost") in {f[:2] for f in read(extractor, text)}


def test_a_man_once_of_a_unit_found_dead_is_not_its_loss(extractor):
    text = (
        "Russian military blogger Pavel Gurin, who served in the Donetsk militia, wrote on Telegram that the"
        " attack had failed. Gurin was found dead in his flat in Rostov in March."
    )
    assert not [f for f in read(extractor, text) if f[1] == "lost"]


def test_the_soldier_whose_death_was_told_before_is_the_units_loss(extractor):
    text = (
        "A conscript serving in the 38th Guards Brigade was found dead on Tuesday, his father told Sibir.Realii."
        ' He said the boy had complained about beatings. "They took his phone," he said. The prosecutors opened a'
        " case, he added. The Defense Ministry said the soldier had died of heart failure."
    )
    extraction = extract(extractor, text)
    names = {e.key: e.name for e in extraction.entities}
    said = {(names[c.subject], names[a.reporter]) for c in extraction.claims for a in c.attributions}
    assert ("38th Guards Brigade", "Defense Ministry") in said


def test_a_training_centre_in_a_town_is_located_there(extractor):
    text = "Recruits of the 473rd District Training Center in Elan arrived in Kursk, the regional governor said."
    assert ("473rd District Training Center", "locatedIn", "Elan") in read(extractor, text)


def test_a_name_the_model_took_for_a_people_before_a_project_is_a_body(extractor):
    text = "The Belarusian Hajun monitoring project reported that 40 trains had carried tanks to Gomel last week."
    assert any("Hajun" in e.name for e in extract(extractor, text).entities)


def test_a_name_before_criminal_group_is_an_armed_band(extractor):
    text = "Police said members of the Los Tiburones criminal group ambushed a navy patrol near Guayaquil on Monday."
    names = {(e.name, e.type.value) for e in extract(extractor, text).entities}
    assert any(n.startswith("Los Tiburones") and t == "Unit" for n, t in names)


def test_a_command_of_the_armed_forces_counts_those_forces_dead(extractor):
    text = "Seven soldiers were killed in Putumayo on Sunday, Peru's Joint Command of the Armed Forces said."
    lost = {f[0] for f in read(extractor, text) if f[1] == "lost"}
    assert lost == {"Armed Forces"}


def test_the_leader_of_a_groups_faction_is_its_member(extractor):
    text = "The police said the attack was staged by a Jaish al-Adl faction led by a man known as Mullah Omar Baluch."
    assert ("Mullah Omar Baluch", "memberOf", "Jaish al-Adl") in read(extractor, text)


def test_villages_named_together_are_places(extractor):
    text = "The 110th Brigade repelled attacks near the villages of Vodiane and Orlivka, the brigade said."
    regions = {e.name for e in extract(extractor, text).entities if e.type.value == "Region"}
    assert {"Vodiane", "Orlivka"} <= regions


def test_a_commander_named_after_a_rank_split_from_its_dot(extractor):
    text = (
        "The 7th Armored Brigade was sent to Jenin. In a letter sent to the brigade commander, Col. Eyal Shamir,"
        " the reservists wrote that after 200 days of service they were exhausted."
    )
    extraction = extract(extractor, text)
    assert ("Eyal Shamir", "commanded", "7th Armored Brigade") in relations(extraction)
    assert reporters(extraction, Predicate.COMMANDED) != {"7th Armored Brigade": "said"}


def test_a_number_before_unit_names_a_unit(extractor):
    text = "Reservists of the elite 9900 intelligence unit have signed a letter, Kan reported."
    assert any("9900" in e.name and e.type.value == "Unit" for e in extract(extractor, text).entities)


def test_the_few_left_of_a_count_opening_the_clause_are_the_units_loss(extractor):
    text = "The 35th Brigade fought near Pokrovsk. The mothers say that of 90 men in one platoon, only 11 remain."
    lost = [f for f in read(extractor, text) if f[1] == "lost"]
    assert [f[0] for f in lost] == ["35th Brigade"] and not lost[0][2].startswith(",")


def test_men_who_left_their_base_are_not_the_few_left(extractor):
    text = "Of the 900 marines of the 61st Brigade who left their base in May, some went to Kursk, the paper said."
    assert not [f for f in read(extractor, text) if f[1] == "lost"]


def test_soldiers_a_commander_threatens_are_his_units_and_the_wives_speak_for_themselves(extractor):
    text = (
        "Wives of soldiers of the 59th Motor Rifle Regiment have appealed to Putin. The wives blame the regiment"
        " commander, Colonel Igor Lyashenko, who they say threatens soldiers who refuse to attack with prison."
    )
    extraction = extract(extractor, text)
    refusals = [c for c in extraction.claims if c.predicate is Predicate.REFUSED]
    names = {e.key: e.name for e in extraction.entities}
    assert {names[c.subject] for c in refusals} == {"59th Motor Rifle Regiment"}
    assert not [a for c in refusals for a in c.attributions if names[a.reporter] == "59th Motor Rifle Regiment"]


def test_equipment_of_a_nationality_said_destroyed_is_that_countrys_loss(extractor):
    text = "The 93rd Brigade said that nine Russian armored vehicles had been destroyed near Siversk on Friday."
    assert ("Russian Armed Forces", "lost") in {f[:2] for f in read(extractor, text)}


def test_the_military_after_a_paramilitary_force_is_the_countrys_army(extractor):
    text = (
        "Gunmen ambushed a Frontier Corps patrol near Turbat in Pakistan's Balochistan province on Sunday,"
        " killing four soldiers, the military said."
    )
    assert reporters(extract(extractor, text), Predicate.LOST) == {"Pakistan Army": "said"}


def test_it_said_goes_on_quoting_the_body_named_before_the_verb(extractor):
    text = (
        "Separatist fighters of the Balochistan Liberation Army attacked a Frontier Corps convoy on Monday, killing"
        " four soldiers, the military said. The attack took place near Dalbandin, a town about 300 km southwest of"
        " the provincial capital Quetta, the army's media wing, Inter-Services Public Relations (ISPR), said in a"
        " statement. It said security forces killed six attackers in a follow-up operation."
    )
    extraction = extract(extractor, text)
    names = {e.key: e.name for e in extraction.entities}
    raids = [c for c in extraction.claims if "attackers" in (c.object_text or "")]
    said = {names[a.reporter] for c in raids for a in c.attributions}
    assert said == {"Inter-Services Public Relations"}


def test_a_staff_post_held_before_is_no_membership(extractor):
    text = "Colonel Petro Savchuk, who previously served as chief of staff of the 24th Brigade, was detained."
    assert not [f for f in read(extractor, text) if f[1] == "memberOf"]


def test_one_of_the_soldiers_known_by_a_call_sign_is_their_units(extractor):
    text = (
        "Several soldiers of the 47th Brigade wrote on Facebook that they had no rest for weeks. One of them, a"
        ' drone operator with the call sign "Lys," told Hromadske that his platoon had lost three men.'
    )
    assert ("Lys", "memberOf", "47th Brigade") in read(extractor, text)


def test_a_commander_in_chief_of_no_named_country_commands_the_papers_countrys_forces(extractor):
    text = "Commander-in-Chief Oleksandr Syrskyi visited the 3rd Assault Brigade near Kupiansk, Ukraine, on Monday."
    found = relations(extract(extractor, text, url="https://kyivindependent.com/syrskyi-visits-3rd-brigade/"))
    assert ("Oleksandr Syrskyi", "commanded", "Armed Forces of Ukraine") in found


def test_soldiers_among_the_people_killed_are_their_forces_loss(extractor):
    text = "At least nine people, including four soldiers of the 23rd Brigade, were killed in shelling, officials said."
    assert ("23rd Brigade", "lost") in {f[:2] for f in read(extractor, text)}


def test_a_unit_described_as_a_forces_unit_based_somewhere(extractor):
    text = "Soldiers of the 83rd Air Assault Brigade, a VDV unit based in Ussuriysk in Primorye, refused to attack."
    found = read(extractor, text)
    unit = "83rd Air Assault Brigade"
    assert {(unit, "partOf", "VDV"), (unit, "locatedIn", "Ussuriysk")} <= found


def test_a_place_the_model_took_for_a_building_where_a_unit_is_based(extractor):
    text = "The 36th Brigade, a unit based in Staraya Kupavna in the Moscow region, lost 40 men."
    regions = {e.name for e in extract(extractor, text).entities if e.type.value == "Region"}
    assert "Staraya Kupavna" in regions


def test_a_ministry_that_publishes_nothing_is_no_outlet(extractor):
    text = "The 35th Brigade lost 40 men, its soldiers said. The Defense Ministry does not publish its casualties."
    types = {e.name: e.type.value for e in extract(extractor, text).entities}
    assert types.get("Defense Ministry") == "Organization"


def test_a_given_name_cited_as_a_source_is_a_person(extractor):
    text = (
        "Dozens of marines of the 155th Brigade refused to return to Kursk, their wives told Sibir.Realii. One of"
        " the wives, who gave her name as Marina, said they were threatened. According to Marina, the men are"
        " held at a training ground near Ussuriysk."
    )
    assert ("Marina", "Person") in {(e.name, e.type.value) for e in extract(extractor, text).entities}


def test_the_few_that_remain_are_counted_when_the_tagger_makes_remain_a_noun(extractor):
    text = (
        "Mothers of soldiers of the 37th Brigade appealed to Putin. They say that of 100 men in one company of the"
        " brigade, only 12 remain."
    )
    assert ("37th Brigade", "lost", "only 12 remain") in read(extractor, text)


def test_a_capitalised_code_before_an_echelon_names_a_unit(extractor):
    text = (
        "Volunteers of the BARS-21 detachment of the Combat Army Reserve, formed in the Omsk region, say their"
        " detachment lost 15 men near Pokrovsk."
    )
    assert ("BARS-21 detachment", "lost") in {f[:2] for f in read(extractor, text)}


def test_a_commander_known_only_by_his_call_sign_commands(extractor):
    text = (
        "Volunteers of the Tigr battalion say the battalion's commander, a man with the call sign"
        ' "Kedr," sent them to storm positions near Toretsk.'
    )
    assert ("Kedr", "commanded", "Tigr battalion") in read(extractor, text)


def test_the_military_no_force_named_before_is_the_army_of_the_articles_country(extractor):
    text = "Twelve soldiers were killed when insurgents stormed an outpost in North Waziristan, the military said."
    assert reporters(extract(extractor, text), Predicate.LOST) == {"Pakistan Army": "said"}


def test_the_militarys_media_wing_counts_the_armys_dead_and_speaks_by_its_name(extractor):
    text = (
        "Seven soldiers were martyred in a gunfight with militants in the Tirah valley of Khyber district, the"
        " military's media wing said. The Inter-Services Public Relations added that five attackers were killed."
    )
    extraction = extract(extractor, text)
    names = {e.key: e.name for e in extraction.entities}
    army = [c for c in extraction.claims if names[c.subject] == "Pakistan Army" and c.predicate is Predicate.LOST]
    assert {names[a.reporter] for c in army for a in c.attributions} == {"Inter-Services Public Relations"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen attacked a police post in the Makeen area of South Waziristan on Friday.", "Makeen"),
        ("The convoy hit a mine near Ambeli village in Bijapur district on Friday.", "Ambeli"),
    ],
)
def test_a_name_the_model_took_for_a_people_before_a_place_kind_is_a_place(extractor, text, place):
    assert place in {e.name for e in extract(extractor, text).entities if e.type.value == "Region"}


def test_a_guard_by_name_is_a_force(extractor):
    text = "Three members of the Kandahar Reserve Guard were killed on Sunday, officials said."
    types = {e.name: e.type.value for e in extract(extractor, text).entities}
    assert types.get("Kandahar Reserve Guard") == "Unit"


def test_maoists_are_the_communist_party_of_india_maoist(extractor):
    text = "Four Maoists were killed in a gunfight with security forces in Jharkhand's West Singhbhum district."
    assert ("Communist Party of India (Maoist)", "lost") in {f[:2] for f in read(extractor, text)}


def test_the_police_said_before_a_paramilitary_police_force_is_named_is_not_that_force(extractor):
    text = (
        "Six jawans of the Border Security Force were killed in an ambush in Kanker district, the police said."
        " Personnel of the Central Reserve Police Force later joined the search."
    )
    said = reporters(extract(extractor, text), Predicate.LOST)
    assert "Central Reserve Police Force" not in said


def test_a_district_owned_by_its_province_lies_in_it(extractor):
    text = "Rebels ambushed an army patrol in Manipur's Tengnoupal district on Friday."
    assert ("Tengnoupal", "locatedIn", "Manipur") in read(extractor, text)


def test_the_head_of_a_forces_media_center_serves_in_it_without_commanding_it(extractor):
    text = "Siamand Ali, the head of the YPG media center, said the attack was repelled."
    found = read(extractor, text)
    assert ("Siamand Ali", "memberOf", "People's Defense Units") in found
    assert not [f for f in found if f[1] == "commanded"]


def test_members_of_the_factions_are_the_force_they_were_named_of(extractor):
    text = (
        "Factions of the Syrian National Army attacked SDF positions near Manbij on Monday. The SDF said 15"
        " members of the factions were killed."
    )
    assert ("Syrian National Army", "lost") in {f[:2] for f in read(extractor, text)}


def test_a_place_in_the_countryside_of_a_province_lies_in_it(extractor):
    text = "Drones struck a convoy near the Qara Qozak Bridge in the southern countryside of Aleppo on Monday."
    assert ("Qara Qozak Bridge", "locatedIn", "Aleppo") in read(extractor, text)


def test_units_listed_before_a_plural_based_clause_are_all_based_there(extractor):
    text = "The attackers came from the Sultan Murad Division and the Hamza Division, which are based in Afrin."
    found = read(extractor, text)
    assert {("Sultan Murad Division", "locatedIn", "Afrin"), ("Hamza Division", "locatedIn", "Afrin")} <= found


def test_sent_to_hell_is_killed(extractor):
    text = "Troops raided a hideout in Bannu on Monday and six terrorists of the TTP were sent to hell, the ISPR said."
    assert ("Tehreek-e-Taliban Pakistan", "lost") in {f[:2] for f in read(extractor, text)}


def test_figures_doubted_from_either_side_doubt_every_sides_claims(extractor):
    text = (
        "The Syrian Observatory for Human Rights said 9 SNA fighters were killed. The SDF said four of its"
        " fighters died. North Press could not verify the figures from either side."
    )
    extraction = extract(extractor, text)
    assert {c.verification for c in extraction.claims if c.predicate is Predicate.LOST} == {Verification.UNVERIFIED}


@pytest.mark.parametrize(
    "text",
    [
        "Families in the Siberian republic of Tuva say dozens of their men were killed near Kreminna.",
        "Drones struck an oil depot in the Crimean port of Feodosia on Friday.",
    ],
)
def test_a_peoples_adjective_before_a_place_named_after_of_is_no_place(extractor, text):
    assert not {e.name for e in extract(extractor, text).entities} & {"Siberian", "Crimean"}


def test_a_place_named_with_its_kind_is_the_one_named_before_without_it(extractor):
    text = (
        "Gang members attacked two police stations in Haiti's central Artibonite region on Sunday. Dozens of"
        " families fled the Artibonite department, local officials said."
    )
    regions = [e.name for e in extract(extractor, text).entities if e.type.value == "Region"]
    assert sorted(regions) == ["Artibonite", "Haiti"]


def test_a_body_called_a_coalition_of_armed_groups_is_a_force(extractor):
    text = "The Kivu Patriots, a coalition of armed groups in North Kivu, attacked an army post near Masisi."
    types = {e.name: e.type.value for e in extract(extractor, text).entities}
    assert types.get("Kivu Patriots") == "Unit"


def test_refusing_to_recognise_a_commanders_authority_is_a_refusal(extractor):
    text = "Fighters of the 12th Brigade refused to recognise the authority of their new commander, officers said."
    assert ("12th Brigade", "refused") in {f[:2] for f in read(extractor, text)}


def test_men_called_by_a_groups_name_before_are_its_men_whoever_was_named_since(extractor):
    text = (
        "Clashes broke out between the army and Mai-Mai militiamen in Beni on Monday. The militiamen accuse the"
        " new commander of links with the M23 rebels. Five militiamen were killed, the army said."
    )
    lost = {f[0] for f in read(extractor, text) if f[1] == "lost"}
    assert lost == {"Mai-Mai"}


def test_a_force_fighting_alongside_another_is_allied_with_it(extractor):
    text = "The Darfur Joint Force, which fights alongside the Sudanese army, said 20 of its fighters were killed."
    assert ("Darfur Joint Force", "affiliatedWith", "Sudanese Armed Forces") in read(extractor, text)


def test_iraqs_counter_terrorism_service_is_a_force(extractor):
    text = "The Counter-Terrorism Service killed four militants in Anbar's western desert, the military said."
    types = {e.name: e.type.value for e in extract(extractor, text).entities}
    assert types.get("Iraqi Counter-Terrorism Service") == "Unit" and types.get("Anbar") == "Region"


def test_a_dateline_with_the_papers_tag_is_no_subject_of_the_story(extractor):
    text = (
        "Beledweyne (HOL) - Al-Shabaab fighters stormed a Somali National Army (SNA) base in the village of Qodqod"
        " early on Monday, killing at least seven soldiers, officials told reporters."
    )
    lost = {f[0] for f in read(extractor, text) if f[1] == "lost"}
    assert lost == {"Somali National Army"}


def test_he_said_goes_on_quoting_the_speaker_not_the_man_he_named(extractor):
    text = (
        "The police spokesman, Col. Amir Haddad, said the officer, Sami Khalil, was shot near the camp. He said"
        " three gunmen of the Tubas Battalion were also killed."
    )
    extraction = extract(extractor, text)
    names = {e.key: e.name for e in extraction.entities}
    lost = [c for c in extraction.claims if c.predicate is Predicate.LOST and names[c.subject] == "Tubas Battalion"]
    assert {names[a.reporter] for c in lost for a in c.attributions} == {"Amir Haddad"}


def test_a_place_a_unit_is_named_after_stays_a_place_before_a_common_noun(extractor):
    text = "Members of the Jenin Battalion clashed with police in the Jenin refugee camp on Sunday."
    kinds = {(e.name, e.type.value) for e in extract(extractor, text).entities}
    assert ("Jenin", "Region") in kinds


def test_the_armed_wing_of_a_movement_is_part_of_it(extractor):
    text = "The Palestinian Islamic Jihad's Al-Quds Brigades said two of its fighters were killed in Tulkarm."
    found = read(extractor, text)
    assert ("Al-Quds Brigades", "partOf", "Palestinian Islamic Jihad") in found
    assert ("Al-Quds Brigades", "lost") in {f[:2] for f in found}


def test_an_officer_of_a_known_force_named_as_an_adjective_speaks_for_it(extractor):
    text = (
        "Danab, the army's special forces brigade, retook the town on Monday. A Danab officer told reporters that"
        " nine soldiers of the 14th October Brigade had been killed."
    )
    assert reporters(extract(extractor, text), Predicate.LOST) == {"Danab Brigade": "said"}


def test_a_nigerian_local_government_area_in_its_state_is_a_place(extractor):
    text = "Gunmen attacked a police post in Maru Local Government Area of Zamfara State, killing two officers."
    found = extract(extractor, text)
    regions = {e.name for e in found.entities if e.type.value == "Region"}
    assert {"Maru Local Government Area", "Zamfara"} <= regions
    assert ("Maru Local Government Area", "locatedIn", "Zamfara") in relations(found)


def test_gendarmes_killed_when_separatists_attacked_are_the_countrys_gendarmeries_loss(extractor):
    text = (
        "Two gendarmes were killed on Monday when separatist fighters attacked a checkpoint in Kumba, in Cameroon's"
        " South West region, a security source said."
    )
    assert ("Cameroonian Gendarmerie", "lost") in {f[:2] for f in read(extractor, text)}


def test_men_killed_only_in_what_a_body_did_not_mention_are_no_claim(extractor):
    text = (
        "Soldiers of the 21st Motorized Battalion killed six rebels near Kumba on Monday, the army said. The"
        " army did not mention the soldiers killed."
    )
    assert "21st Motorized Battalion" not in {f[0] for f in read(extractor, text) if f[1] == "lost"}


def test_a_named_neighbourhood_is_a_place(extractor):
    text = "Soldiers killed three rebels in the Nkwen neighbourhood of Bamenda on Sunday."
    assert "Nkwen" in {e.name for e in extract(extractor, text).entities if e.type.value == "Region"}


def test_survivors_of_a_named_unnumbered_brigade_are_its_men(extractor):
    text = (
        "Fighters of the Shtorm volunteer brigade spoke to reporters near Bakhmut. They said their company had"
        " lost most of its men and that the survivors had refused to attack again."
    )
    assert ("Shtorm volunteer brigade", "refused") in {f[:2] for f in read(extractor, text)}


def test_a_mexican_state_is_a_place(extractor):
    text = "Four soldiers were killed by a landmine in the western state of Michoacan, the Defense Department said."
    assert "Michoacan" in {e.name for e in extract(extractor, text).entities if e.type.value == "Region"}


def test_an_indian_parachute_battalion_by_its_number_is_a_unit(extractor):
    text = (
        "Two soldiers of the Army's 4 Para (Special Forces) were killed and another was injured in an encounter"
        " with terrorists in the Keshwan area of Kishtwar district on Friday, officials said."
    )
    assert ("4 Para", "Unit") in {(e.name, e.type.value) for e in extract(extractor, text).entities}


def test_a_colombian_department_after_a_towns_comma_is_where_it_lies(extractor):
    text = "ELN guerrillas attacked a police station in El Tarra, Norte de Santander, on Sunday."
    assert ("El Tarra", "locatedIn", "Norte de Santander") in read(extractor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fighters of the FDPC rebel group attacked an army post near the border.", "FDPC"),  # taken for a body
        ("Fighters of the A2R rebel group attacked an army post near the border.", "A2R rebel group"),  # unnamed
    ],
)
def test_a_name_before_rebel_group_is_an_armed_force(extractor, text, name):
    assert (name, "Unit") in {(e.name, e.type.value) for e in extract(extractor, text).entities}


def test_a_name_with_news_inside_is_an_outlet(extractor):
    text = "Four soldiers were killed in the attack, local sources told Sahel News Niamey."
    assert ("Sahel News Niamey", "Outlet") in {(e.name, e.type.value) for e in extract(extractor, text).entities}


def test_a_name_measured_from_is_a_place(extractor):
    text = "Rebels attacked a post in the village of Ngoumi, about 30 kilometres from Mbrati, on Wednesday."
    assert ("Mbrati", "Region") in {(e.name, e.type.value) for e in extract(extractor, text).entities}


def test_a_name_before_a_word_for_a_division_is_that_place(extractor):
    text = "Rebels attacked a post in the village of Ngoumi in the Nana-Gribizi prefecture on Wednesday."
    found = extract(extractor, text)
    assert ("Nana-Gribizi", "Region") in {(e.name, e.type.value) for e in found.entities}
    assert ("Ngoumi", "locatedIn", "Nana-Gribizi") in relations(found)


def test_an_armed_group_member_of_a_coalition_is_part_of_it(extractor):
    text = "The Kaga Brigade is a member of the Patriotic Front, the rebel alliance formed in 2020."
    assert ("Kaga Brigade", "partOf", "Patriotic Front") in read(extractor, text)


def test_fighters_counted_later_are_those_of_the_force_named_with_them(extractor):
    text = (
        "Three fighters of the Syrian Democratic Forces (SDF) were killed on Friday when a Turkish drone struck"
        " their vehicle near Ain Issa, the SDF said in a statement. An SDF spokesman said the drone targeted a"
        " vehicle of the Women's Protection Units (YPJ) near the village of Saida. \"Two of our YPJ comrades and a"
        ' driver were martyred," he said. The Syrian Observatory for Human Rights reported that five fighters'
        " had been killed in the strike."
    )
    found = extract(extractor, text)
    names = {e.key: e.name for e in found.entities}
    lost = [c for c in found.claims if c.predicate is Predicate.LOST and names[c.subject] == "Syrian Democratic Forces"]
    assert "Syrian Observatory for Human Rights" in {names[a.reporter] for c in lost for a in c.attributions}


def test_a_force_named_with_its_township_hyphened_on_is_one_unit(extractor):
    text = (
        "A spokesperson for the Zomi Defense Force-Tonzang (ZDF-Tonzang) said on Monday that its fighters had"
        " captured a junta outpost. The ZDF-Tonzang lost two fighters in the attack, the spokesperson said."
    )
    found = extract(extractor, text)
    assert {(e.name, e.type.value) for e in found.entities if "Tonzang" in e.name} == {
        ("Zomi Defense Force-Tonzang", "Unit")
    }


def test_a_unit_that_was_under_a_command_is_part_of_it(extractor):
    text = "The 33rd Light Infantry Division was under the junta's Central Command, based in Mandalay."
    assert ("33rd Light Infantry Division", "partOf", "Central Command") in read(extractor, text)


def test_a_dateline_of_a_city_in_capitals_and_its_country_is_not_the_story(extractor):
    text = (
        "COTABATO CITY, Philippines — Three soldiers of the 6th Infantry Division were killed on Monday in a"
        " clash with gunmen in Datu Saudi Ampatuan town, the military said."
    )
    assert ("6th Infantry Division", "lost") in {f[:2] for f in read(extractor, text)}
    assert "COTABATO CITY" not in {f[0] for f in read(extractor, text)}


def test_he_said_after_one_of_the_soldiers_said_goes_on_quoting_the_soldier(extractor):
    text = (
        'Soldiers of the 1431st Motor Rifle Regiment say they are sent into assaults without armour. "Nobody'
        " comes back from those assaults,\" one of the soldiers said. He said the regiment's commander, a"
        ' colonel with the call sign "Grom", had threatened the men with prison.'
    )
    found = extract(extractor, text)
    assert reporters(found, Predicate.COMMANDED) == {"1431st Motor Rifle Regiment": "said"}


def test_a_town_then_its_province_after_a_comma_lies_in_it_however_parsed(extractor):
    text = (
        "Two soldiers were killed on Tuesday in a clash with remnants of the Abu Sayyaf Group in Lantawan town,"
        " Basilan province, the military said."
    )
    assert ("Lantawan", "locatedIn", "Basilan") in read(extractor, text)


def test_the_base_of_a_unit_in_a_place_puts_the_unit_there(extractor):
    text = "Resistance forces seized the base of the junta's Light Infantry Battalion 274 in Matupi Township on Monday."
    assert ("Light Infantry Battalion 274", "locatedIn", "Matupi Township") in read(extractor, text)


def test_a_force_acknowledging_the_loss_of_unowned_soldiers_lost_them(extractor):
    text = "The Malian army said it had repelled an attack near Gao. It acknowledged the loss of four soldiers."
    assert ("Malian Armed Forces", "lost") in {f[:2] for f in read(extractor, text)}


def test_a_force_acknowledging_the_deaths_of_insurgents_did_not_lose_them(extractor):
    text = "The Malian army said it had repelled an attack near Gao and acknowledged the deaths of 30 jihadists."
    assert ("Malian Armed Forces", "lost") not in {f[:2] for f in read(extractor, text)}


def test_its_founder_inside_a_relative_clause_is_the_founder_of_the_body_named_there(extractor):
    text = (
        "The Azawad Liberation Front said its fighters had ambushed a convoy. A channel close to the Africa"
        " Corps, which replaced the Wagner group in Mali after the death of its founder Yevgeny Prigozhin,"
        " reported that five instructors were wounded."
    )
    commanded = {f for f in read(extractor, text) if f[1] == "commanded"}
    assert commanded == {("Yevgeny Prigozhin", "commanded", "Wagner Group")}


def test_a_channel_on_a_platform_close_to_a_force_does_not_tie_the_platform_to_it(extractor):
    text = "A Telegram channel close to the Africa Corps reported that five instructors were wounded near Kidal."
    assert not {f for f in read(extractor, text) if f[1] == "affiliatedWith"}


def test_a_name_the_model_left_unnamed_before_area_is_a_place(extractor):
    text = "Militants attacked a checkpoint in the Mula Pass area of Khuzdar district on Tuesday, officials said."
    assert ("Mula Pass", "Region") in {(e.name, e.type.value) for e in extract(extractor, text).entities}


def test_a_named_channel_described_as_linked_to_a_force_is_affiliated_with_it(extractor):
    text = "Dva Mayora, a Telegram channel linked to Wagner, acknowledged the losses on Sunday."
    assert ("Two Majors", "affiliatedWith", "Wagner Group") in read(extractor, text)  # the gazetteer's name


def test_a_count_of_those_killed_said_to_be_a_forces_men_is_its_loss(extractor):
    text = "The police said four of the 11 passengers killed in the attack were Levies and Frontier Corps personnel."
    assert ("Frontier Corps", "lost") in {f[:2] for f in read(extractor, text)}


def test_a_spokesman_for_a_forces_operations_is_its_member(extractor):
    text = (
        "Nine soldiers of the FARDC were killed on Tuesday. Lieutenant Jules Ngongo, the spokesman for the army's"
        " operations in Ituri, said the attackers had fled."
    )
    assert ("Jules Ngongo", "memberOf", "Armed Forces of the Democratic Republic of the Congo") in read(extractor, text)


def test_a_locality_in_a_named_territory_lies_in_that_territory(extractor):
    text = "Militiamen attacked an army position in the locality of Ngongi, in the Mahagi territory of Ituri province."
    found = read(extractor, text)
    assert ("Ngongi", "locatedIn", "Mahagi") in found
    assert ("Ngongi", "locatedIn", "Ituri") not in found


def test_a_former_officer_of_a_force_is_no_member_of_it(extractor):
    text = "The attackers belonged to a group led by Suhail Darwish, a former officer of the Republican Guard."
    assert not {f for f in read(extractor, text) if f[1] == "memberOf"}


def test_a_unit_named_in_a_clause_describing_another_is_not_what_follows_is_about(extractor):
    text = (
        "Wives of soldiers serving in the 168th Motor Rifle Brigade, which is part of the 20th Combined Arms"
        " Army, have published a video appeal. \"Of the 100 men who went with my husband's company, 15 are"
        ' left," one of the women says.'
    )
    lost = {f[0] for f in read(extractor, text) if f[1] == "lost"}
    assert lost == {"168th Motor Rifle Brigade"}


def test_one_of_the_wives_speaking_is_no_soldier_of_the_unit(extractor):
    text = (
        "Wives of soldiers serving in the 168th Motor Rifle Brigade have published a video appeal."
        ' "Of the 100 men who went with my husband\'s company, 15 are left," one of the women says.'
    )
    found = extract(extractor, text)
    names = {e.key: e.name for e in found.entities}
    said = {names[a.reporter] for c in found.claims if c.predicate is Predicate.LOST for a in c.attributions}
    assert "168th Motor Rifle Brigade" not in said


def test_named_dead_assigned_to_a_unit_after_their_count_are_its_losses_and_members(extractor):
    text = (
        "Two Marines were killed in a rocket attack in eastern Syria on Friday, the Marine Corps said."
        " Cpl. Daniel Ortiz, 21, and Lance Cpl. Ethan Brooks, 20, were assigned to the 2nd Battalion,"
        " 8th Marine Regiment, based at Camp Lejeune."
    )
    found = read(extractor, text)
    for name in ("Daniel Ortiz", "Ethan Brooks"):
        assert ("2nd Battalion", "lost", name) in found
        assert (name, "memberOf", "2nd Battalion") in found
    assert ("2nd Battalion", "partOf", "8th Marine Regiment") in found


def test_fewer_people_named_than_were_killed_are_not_taken_for_the_dead(extractor):
    text = (
        "Three soldiers of the 12th Engineer Brigade were killed when their vehicle struck a mine, the army said."
        " Sgt. Omar Haddad was assigned to the 4th Engineer Company, which cleared the road later."
    )
    found = read(extractor, text)
    assert ("Omar Haddad", "memberOf", "4th Engineer Company") in found
    assert not {f for f in found if f[1] == "lost" and f[2] == "Omar Haddad"}


def test_a_specialists_rank_makes_a_person_and_a_site_known_by_a_name_a_place(extractor):
    text = "Rockets hit a remote outpost, known as Position 17. Spc. Alicia Grant, 22, was wounded."
    found = extract(extractor, text)
    types = {e.name: e.type.value for e in found.entities}
    assert types.get("Alicia Grant") == "Person"
    assert types.get("Position 17") == "Region"


def test_a_country_written_with_dots_names_its_forces(extractor):
    found = read(extractor, "Two U.S. soldiers were wounded in a drone attack on a base in Iraq, officials said.")
    assert {f[0] for f in found if f[1] == "lost"} == {"US Armed Forces"}


def test_a_group_that_an_alliance_of_factions_includes_is_its_part(extractor):
    text = "The Tahrir Front, an alliance of armed factions that includes the Hamza Division, claimed the attack."
    assert ("Hamza Division", "partOf", "Tahrir Front") in read(extractor, text)


def test_a_press_secretary_is_a_member_of_the_body_he_speaks_for(extractor):
    text = "Kremlin press secretary Dmitry Peskov declined to comment on the losses of the 155th Brigade."
    assert ("Dmitry Peskov", "memberOf", "Kremlin") in read(extractor, text)


def test_an_obituary_published_by_a_regional_body_is_its_report(extractor):
    text = (
        "Major Igor Lavrov of the 47th Artillery Brigade was killed near Bakhmut in March, according to an"
        " obituary published by the Tver regional administration."
    )
    assert reporters(extract(extractor, text), Predicate.LOST) == {"Tver administration": "cited"}


def test_our_husbands_in_a_wifes_words_are_the_units_men_and_she_is_named_beside_one_of(extractor):
    text = (
        "Wives of mobilised soldiers serving in the 1229th Motor Rifle Regiment gathered in Omsk on Saturday."
        " According to them, the regiment has lost more than 100 men since August."
        ' "Our husbands refused to go on another assault," said one of the women, Irina Volkova, whose'
        " husband was drafted in 2022."
    )
    found = extract(extractor, text)
    assert reporters(found, Predicate.REFUSED) == {"Irina Volkova": "said"}
    assert ("1229th Motor Rifle Regiment", "refused", "to go on another assault") in relations(found)
    assert "1229th Motor Rifle Regiment" not in reporters(found, Predicate.LOST)


def test_a_nickname_after_a_units_description_is_the_units_alias(extractor):
    text = (
        "The army's 42nd Special Forces Division, an elite formation known as the Desert Hawks, was withdrawn"
        " from the city, two officers said."
    )
    found = extract(extractor, text)
    assert [(e.name, e.aliases) for e in found.entities] == [("42nd Special Forces Division", {"Desert Hawks"})]


def test_a_rank_before_a_bodys_name_makes_no_person(extractor):
    found = extract(extractor, "In a statement, the army's General Command said its forces had repelled the attack.")
    assert {e.type.value for e in found.entities} == {"Unit"}


def test_a_groups_military_commander_commands_the_group_and_his_fighters_are_its(extractor):
    text = (
        "ISWAP military commander Abu Musab al-Barnawi said in an audio message that his fighters had captured"
        " 20 soldiers near Monguno."
    )
    found = read(extractor, text)
    assert ("Abu Musab al-Barnawi", "commanded", "Islamic State West Africa Province") in found
    assert not {f for f in found if f[1] == "lost" and f[0] == "Islamic State West Africa Province"}


def test_the_dead_a_toll_includes_are_each_sides_loss(extractor):
    text = (
        "The monitor said 150 people had died since Monday, including 90 fighters from the Hamza Division and"
        " about 40 members of the Syrian army."
    )
    lost = {f[0] for f in read(extractor, text) if f[1] == "lost"}
    assert lost == {"Hamza Division", "Syrian Arab Army"}


def test_reservists_named_as_the_dead_both_of_a_brigade_are_its_members(extractor):
    text = (
        "Two reservists were killed by a drone in the Golan Heights on Sunday, the military said. The army"
        " named the fallen as Maj. (res.) Yaron Levi, 45, and Sgt. First Class (res.) Amir Katz, 33, both of"
        " the 551st Brigade."
    )
    found = read(extractor, text)
    for name in ("Yaron Levi", "Amir Katz"):
        assert (name, "memberOf", "551st Brigade") in found
        assert ("551st Brigade", "lost", name) in found


def test_a_relative_clause_ending_in_part_of_places_its_subject_in_the_antecedent(extractor):
    text = "Troops of the 98th Division, which the 7th Armored Brigade is part of, advanced overnight."
    assert ("7th Armored Brigade", "partOf", "98th Division") in read(extractor, text)


def test_one_of_the_units_of_a_force_fighting_alongside_others_is_its_part_and_their_ally(extractor):
    text = (
        "The 47th brigade is one of several units of the Ukrainian Ground Forces fighting near Pokrovsk"
        " alongside the 25th Airborne Brigade and the 68th Jaeger Brigade."
    )
    found = read(extractor, text)
    assert ("47th brigade", "partOf", "Ukrainian Ground Forces") in found
    allies = {(f[0], f[2]) for f in found if f[1] == "affiliatedWith"}
    assert allies == {("47th brigade", "25th Airborne Brigade"), ("47th brigade", "68th Jaeger Brigade")}


def test_deserters_a_group_executes_are_its_own_loss(extractor):
    text = "Wagner founder Yevgeny Prigozhin admitted that his group executed deserters."
    assert ("Wagner Group", "lost", "deserters") in read(extractor, text)


def test_a_soldier_the_next_sentence_places_in_a_unit_speaks_for_it_not_for_its_parent(extractor):
    text = (
        "A Russian soldier told his wife in an intercepted call that his platoon lost 12 of its 30 men near"
        " Kupiansk. The soldier, who serves in the 1st Tank Regiment of the 2nd Motor Rifle Division, says"
        " officers beat those who complain. According to the soldier, several men in his unit have refused"
        " to attack."
    )
    found = extract(extractor, text)
    assert {f[0] for f in relations(found) if f[1] in ("lost", "refused")} == {"1st Tank Regiment"}
    assert reporters(found, Predicate.REFUSED) == {"1st Tank Regiment": "cited"}


def test_a_bare_defence_ministry_is_the_one_of_the_soldiers_counted(extractor):
    text = (
        "Fourteen Malian soldiers were killed in an ambush near the border with Burkina Faso, the defence"
        " ministry said."
    )
    assert reporters(extract(extractor, text), Predicate.LOST) == {"Malian Ministry of Defence": "said"}


def test_what_strikes_destroyed_of_theirs_is_not_the_strikers_loss(extractor):
    text = (
        "Jihadists attacked a post near Tillaberi, the army said, adding that air force strikes had destroyed"
        " their vehicles."
    )
    assert not {f for f in read(extractor, text) if f[1] == "lost"}


def test_soldiers_an_armed_group_says_it_killed_serve_the_country_named_before_another(extractor):
    text = (
        "Twelve Nigerien soldiers were killed near Ayorou, the defence ministry said. The Islamic State Sahel"
        " Province claimed the attack and said its fighters had killed 30 soldiers. Niger ordered French"
        " troops to leave last year."
    )
    found = extract(extractor, text)
    names = {e.key: e.name for e in found.entities}
    claimed = [c for c in found.claims if c.object_text == "30 soldiers"]
    assert [names[c.subject] for c in claimed] == ["Nigerien Armed Forces"]


def test_the_army_said_is_a_states_army_not_a_rebel_group_named_an_army(extractor):
    text = (
        "Three soldiers of the Army's 2nd Brigade were killed when fighters of the National Liberation Army"
        " attacked a patrol in Arauca, the army said."
    )
    names = set(reporters(extract(extractor, text), Predicate.LOST))
    assert names and not any("Liberation" in name for name in names)


def test_the_dead_identified_after_a_units_soldiers_were_killed_are_its_loss(extractor):
    text = (
        "Two soldiers of the 14th Brigade were killed by a sniper near Tibu on Friday. The Second Division"
        " said in a statement that the patrol had been guarding a road. The dead were identified as Corporal"
        " Luis Pardo and Private Mario Gil."
    )
    found = read(extractor, text)
    assert ("14th Brigade", "lost", "Luis Pardo") in found
    assert ("14th Brigade", "lost", "Mario Gil") in found


def test_a_quoted_name_of_a_person_before_a_unit_noun_names_the_unit(extractor):
    text = 'Soldiers were attacked by the group\'s "Jorge Mario Cortés" substructure, the army said.'
    found = extract(extractor, text)
    assert {e.name: e.type.value for e in found.entities}.get("Jorge Mario Cortés") == "Unit"


def test_a_defection_a_force_speaks_of_is_a_refusal_it_reports(extractor):
    text = (
        "The Wagner Group said in a statement that the defection of its commander, Andrei Medvedev, would"
        " not weaken it."
    )
    found = extract(extractor, text)
    assert ("Andrei Medvedev", "refused", "defection") in relations(found)
    assert reporters(found, Predicate.REFUSED) == {"Wagner Group": "said"}


def test_the_founder_of_an_armed_group_commanded_it_and_a_group_that_joined_another_is_its_part(extractor):
    text = (
        "Hassan Ali founded the Tigers Brigade, an armed group from Hama that later joined the Syrian"
        " National Army in 2019."
    )
    found = read(extractor, text)
    assert ("Hassan Ali", "commanded", "Tigers Brigade") in found
    assert ("Tigers Brigade", "partOf", "Syrian National Army") in found


def test_a_number_after_a_fronted_of_counts_those_men_and_an_inserted_say_attributes_it(extractor):
    text = (
        "Soldiers of the 15th Motor Rifle Brigade have written to the governor. Of the 90 men in their"
        " battalion, the soldiers say, 31 have been killed since March."
    )
    found = extract(extractor, text)
    assert {f[0] for f in relations(found) if f[1] == "lost"} == {"15th Motor Rifle Brigade"}
    assert "15th Motor Rifle Brigade" in reporters(found, Predicate.LOST)


def test_the_army_where_only_a_rebel_army_is_named_is_the_states(extractor):
    text = (
        "Fighters from Colombia's National Liberation Army attacked a military base in the province of"
        " Arauca, killing two soldiers, the army said. The attack hit the base of the army's 18th Brigade in"
        " the town of Saravena."
    )
    found = read(extractor, text)
    assert ("Colombian Army", "lost", "two soldiers") in found
    assert ("18th Brigade", "partOf", "Colombian Army") in found
    assert ("18th Brigade", "locatedIn", "Saravena") in found


def test_a_numbered_front_is_a_unit_of_the_force_its_men_are_called_by(extractor):
    text = "The ELN's Eastern War Front accused the FARC dissidents of the 10th Front of killing civilians."
    found = extract(extractor, text)
    assert {e.name: e.type.value for e in found.entities}.get("10th Front") == "Unit"
    assert ("10th Front", "partOf", "FARC") in relations(found)


def test_gendarmes_serve_in_the_gendarmerie_of_the_country_the_story_is_set_in(extractor):
    text = (
        "The death toll from an attack on a gendarmerie post in northern Burkina Faso has risen to 53,"
        " including 49 gendarmes, the government said. The chief of staff of the gendarmerie, Colonel Evrard"
        " Somda, said the wounded had been evacuated."
    )
    found = extract(extractor, text)
    assert ("Burkinabe Gendarmerie", "lost", "49 gendarmes") in relations(found)
    assert ("Evrard Somda", "memberOf", "Burkinabe Gendarmerie") in relations(found)
    assert reporters(found, Predicate.LOST) == {"Burkinabe government": "said"}


def test_an_affiliate_in_apposition_is_part_of_its_owner(extractor):
    found = extract(extractor, "JNIM, al-Qaeda's affiliate in the Sahel, claimed the attack.")
    assert ("Jama'at Nusrat al-Islam wal-Muslimin", "partOf", "Al-Qaeda") in relations(
        found
    )  # the gazetteer's spelling
    assert {e.name: e.type.value for e in found.entities}.get("Sahel") == "Region"


def test_a_named_operation_that_troops_serve_in_is_a_force_and_its_dead_paid_the_supreme_price(extractor):
    text = (
        "Troops of Operation Whirl Punch have killed 12 bandits in Kaduna State, the Nigerian Army has said."
        " Two soldiers paid the supreme price during the operation. Operation Whirl Punch is the military's"
        " joint task force in the North-west."
    )
    found = extract(extractor, text)
    assert {e.name: e.type.value for e in found.entities}.get("Operation Whirl Punch") == "Unit"
    assert ("Operation Whirl Punch", "lost", "Two soldiers") in relations(found)
    assert ("Operation Whirl Punch", "partOf", "Nigerian Army") in relations(found)


def test_the_chief_of_army_staff_is_a_member_of_the_army(extractor):
    text = "The Nigerian Army said the Chief of Army Staff, Lt. Gen. Olufemi Oluyede, visited the troops."
    assert ("Olufemi Oluyede", "memberOf", "Nigerian Army") in read(extractor, text)


def test_a_name_set_off_by_commas_after_a_role_is_a_person(extractor):
    text = "Troops raided hideouts of a notorious bandit leader, Dogo Gide, in the Kwana forest."
    found = extract(extractor, text)
    assert {e.name: e.type.value for e in found.entities}.get("Dogo Gide") == "Person"


def test_policemen_serve_in_the_police_of_the_country_the_story_is_set_in(extractor):
    text = (
        "Four policemen were martyred when militants attacked a police station in Bannu district of Khyber"
        " Pakhtunkhwa, police said. District Police Officer Nasir Mehmood told reporters the attack lasted an hour."
    )
    found = extract(extractor, text)
    assert ("Khyber Pakhtunkhwa Police", "lost", "Four policemen") in relations(found)
    assert reporters(found, Predicate.LOST) == {"Khyber Pakhtunkhwa Police": "said"}
    assert {e.name: e.type.value for e in found.entities}.get("Nasir Mehmood") == "Person"


def test_raiders_fleeing_refuse_nothing_and_a_shadow_group_is_tied_to_its_sponsor(extractor):
    text = (
        "Two soldiers were killed when terrorists fired at a patrol in Kathua district before fleeing into the"
        " forest. The Kashmir Tigers, a shadow group of the Pakistan-based Jaish-e-Mohammed, claimed the attack."
    )
    found = read(extractor, text)
    assert not [f for f in found if f[1] == "refused"]
    assert ("Kashmir Tigers", "affiliatedWith", "Jaish-e-Mohammed") in found


def test_abbreviated_echelons_the_military_and_whole_place_names_in_a_philippine_report(extractor):
    text = (
        "COTABATO CITY - Two soldiers were killed in a clash in Datu Saudi Ampatuan town, Maguindanao del Sur"
        " province, on Saturday, the military said. The 40th IB is under the 601st Infantry Brigade of the 6th"
        " ID, which covers Maguindanao del Norte and Maguindanao del Sur. Gunmen of the Karialan faction of the"
        " BIFF fired first."
    )
    found = extract(extractor, text, url="https://newsinfo.inquirer.net/1/clash")
    kinds = {e.name: e.type.value for e in found.entities}
    assert kinds.get("COTABATO CITY") == "Region" and kinds.get("Datu Saudi Ampatuan") == "Region"
    assert kinds.get("Karialan") == "Unit"
    assert [n for n in kinds if n.startswith("Maguindanao del Sur")] == ["Maguindanao del Sur"]  # one province
    facts = relations(found)
    assert ("Armed Forces of the Philippines", "lost", "Two soldiers") in facts
    assert ("40th IB", "partOf", "601st Infantry Brigade") in facts
    assert ("601st Infantry Brigade", "partOf", "6th ID") in facts
    assert ("Karialan", "partOf", "Bangsamoro Islamic Freedom Fighters") in facts


def test_peacekeepers_are_their_missions_and_the_mission_says_so(extractor):
    text = (
        "Two Sri Lankan peacekeepers were wounded when an Israeli tank fired at a tower of the United Nations"
        " Interim Force in Lebanon (UNIFIL) at its headquarters in Naqoura, the mission said."
    )
    found = extract(extractor, text)
    assert ("UNIFIL", "lost", "Two Sri Lankan peacekeepers") in relations(found)
    assert ("UNIFIL", "locatedIn", "Naqoura") in relations(found)
    assert reporters(found, Predicate.LOST) == {"UNIFIL": "said"}


def test_the_name_a_government_calls_a_group_is_that_group(extractor):
    text = (
        "Fighters of the Oromo Liberation Army clashed with troops in the West Wollega zone of Ethiopia's Oromia"
        ' region. The army said it had "neutralised" 80 fighters of the group the government calls "Shene".'
    )
    found = extract(extractor, text)
    assert {f for f in relations(found) if f[1] == "lost"} == {
        ("Oromo Liberation Army", "lost", "80 fighters of the group the government calls Shene")
    }
    assert ("West Wollega", "locatedIn", "Oromia") in relations(found)


def test_a_union_a_speaker_is_introduced_as_and_a_brigade_known_by_its_acronym(extractor):
    text = (
        "Gang members ambushed a police patrol in the Haitian capital, killing three officers, a police union"
        " said. The officers belonged to the Haitian National Police's specialized intervention brigade, known"
        " by its French acronym BIM, according to Lionel Lazarre of the Synapoha union."
    )
    found = extract(extractor, text)
    assert ("Haitian police", "lost", "three officers") in relations(found)
    assert reporters(found, Predicate.LOST) == {"Synapoha": "said"}
    assert ("BIM", "partOf", "Haitian police") in relations(found)


def test_a_district_and_a_town_by_their_names_alone(extractor):
    text = (
        "Troops killed 15 bandits in Maru Local Government Area of Zamfara State. Two wounded soldiers were"
        " taken to a military hospital in Gusau, and residents of Maru said the bandits had fled."
    )
    kinds = {e.name: e.type.value for e in extract(extractor, text).entities}
    assert kinds.get("Gusau") == "Region" and kinds.get("Maru Local Government Area") == "Region"
    assert "Maru" not in kinds


def test_a_nicknamed_man_a_city_set_beside_its_kind_and_a_place_west_of_another(extractor):
    text = (
        "Gunmen ambushed a patrol on the outskirts of Culiacan, the capital of Sinaloa state. The cartel of"
        ' Joaquin "El Chapo" Guzman has fought for years. Fighters attacked positions west of Taiz.'
    )
    kinds = {e.name: e.type.value for e in extract(extractor, text).entities}
    assert kinds.get("Culiacan") == "Region" and kinds.get("Taiz") == "Region"
    assert kinds.get("Joaquin El Chapo Guzman") == "Person"


def test_men_killed_beside_others_said_to_belong_to_a_group_are_that_groups(extractor):
    text = (
        "Los Chapitos have fought La Mayiza since September. Soldiers of the 9th Military Zone killed four gunmen"
        " and detained two others believed to belong to Los Chapitos, the army said."
    )
    found = read(extractor, text)
    assert {f for f in found if f[1] == "lost"} == {("Los Chapitos", "lost", "four gunmen")}
    assert not [f for f in found if f[1] == "partOf" and f[0] != "9th Military Zone"]


def test_a_figure_that_could_not_be_verified_is_unverified(extractor):
    text = (
        "The National Resistance Forces said its troops had killed dozens of Houthi fighters, a figure that could"
        " not be verified."
    )
    [loss] = [c for c in extract(extractor, text).claims if c.predicate is Predicate.LOST]
    assert loss.verification is Verification.UNVERIFIED


def test_clashes_that_left_men_dead_and_a_group_described_after_its_acronym(extractor):
    text = (
        "Clashes between the Iraqi army and the Sinjar Resistance Units (YBS), a Yazidi armed group affiliated with"
        " the PKK, left four YBS fighters dead on Monday, security sources said."
    )
    found = extract(extractor, text)
    assert ("Sinjar Resistance Units", "lost", "four YBS fighters") in relations(found)
    assert ("Sinjar Resistance Units", "affiliatedWith", "PKK") in relations(found)
    assert "Yazidi" not in {e.name for e in found.entities}


def test_the_junta_is_the_country_its_rebels_fight_in_whatever_border_is_named(extractor):
    text = (
        "The Karen National Liberation Army said it had captured a base near the border with Thailand and that"
        " 200 junta soldiers had surrendered. The base's commander fled to Thailand. Fighters overran the"
        " Goojacade military base."
    )
    found = extract(extractor, text)
    assert {f[0] for f in relations(found) if f[1] == "refused"} == {"Myanmar Armed Forces"}
    assert {e.name: e.type.value for e in found.entities}.get("Goojacade") == "Region"


def test_a_man_called_by_his_fathers_name_is_the_man_named_in_full(extractor):
    text = (
        "The commander of the SPLA-IO in Ulang, Brigadier General Peter Gatwech Chuol, was wounded on Sunday. "
        '"Gatwech survived, but three of his officers died," a spokesman said.'
    )
    found = extract(extractor, text)
    assert [e.name for e in found.entities if e.type.value == "Person"] == ["Peter Gatwech Chuol"]
    assert ("Peter Gatwech Chuol", "commanded", "SPLA-IO") in relations(found)
    assert ("SPLA-IO", "lost", "three of his officers") in relations(found)


def test_an_old_name_of_a_force_names_no_country_and_the_government_is_the_storys(extractor):
    text = (
        "Soldiers of the South Sudan People's Defence Forces clashed with the Sudan People's Liberation"
        " Movement-in Opposition in Upper Nile State, and five SSPDF soldiers were killed, the government said."
    )
    found = extract(extractor, text)
    assert "Sudan" not in {e.name for e in found.entities}
    assert reporters(found, Predicate.LOST) == {"South Sudanese government": "said"}


@pytest.mark.parametrize(
    "text",
    [
        "The Iran-backed Houthis attacked a ship on Monday.",
        "The Houthis, who are backed by Iran, attacked a ship on Monday.",
        "Saudi Arabia accuses Iran of backing the Houthis, who attacked a ship on Monday.",
    ],
)
def test_a_force_another_backs_is_tied_to_it(extractor, text):
    assert ("Houthis", "affiliatedWith", "Iran") in read(extractor, text)


def test_a_group_of_armed_men_is_an_armed_group_and_its_links_tie_it(extractor):
    text = (
        "Mahmuda, a group of armed men, has operated in Kebbi since 2018. On Monday, suspected Mahmuda terrorists"
        " attacked a police post. Analysts say the group has links to al-Qaeda. The army said troops killed eight"
        " terrorists."
    )
    found = extract(extractor, text)
    assert {e.name: e.type.value for e in found.entities}["Mahmuda"] == "Unit"
    assert ("Mahmuda", "affiliatedWith", "al-Qaeda") in relations(found)
    assert ("Mahmuda", "lost", "eight terrorists") in relations(found)


def test_an_indefinite_kind_before_a_noun_of_bodies_names_no_body(extractor):
    found = extract(extractor, "Hayat Tahrir al-Sham, a Sunni Islamist alliance, said it had taken Hama.")
    assert "Sunni Islamist alliance" not in {e.name for e in found.entities}


def test_the_guards_are_the_force_of_that_name_and_their_members_its_men(extractor):
    text = (
        "Members of the Islamic Revolutionary Guard Corps and officers of Iran's police patrol the border. In May,"
        " the Guards said three of their members had been killed in an ambush."
    )
    assert {f for f in read(extractor, text) if f[1] == "lost"} == {
        ("Islamic Revolutionary Guard Corps", "lost", "three of their members")
    }


def test_the_dead_of_two_forces_a_bare_ministry_of_the_storys_country_and_other_men_wounded(extractor):
    text = (
        "Gunmen attacked a police station in Iran's Sistan-Baluchestan province. The interior ministry said the dead"
        " included members of the police and of the Islamic Revolutionary Guard Corps. Seven other officers were"
        " wounded, according to the Tasnim news agency."
    )
    found = extract(extractor, text)
    losses = {f for f in relations(found) if f[1] == "lost"}
    assert {f[0] for f in losses} == {"Iranian police", "Islamic Revolutionary Guard Corps"}
    assert set(reporters(found, Predicate.LOST)) == {"Iranian interior ministry"}
    assert ("Islamic Revolutionary Guard Corps", "lost", "Seven other officers") in losses


def test_a_part_of_a_national_army_is_where_the_clause_after_it_puts_it(extractor):
    text = "The soldiers belonged to the 2 Division of the Nigerian Army, which is headquartered in Ibadan."
    found = read(extractor, text)
    assert ("2 Division", "locatedIn", "Ibadan") in found
    assert ("Nigerian Army", "locatedIn", "Ibadan") not in found


def test_places_within_a_council_area_a_garrison_and_bases_operated_from(extractor):
    text = (
        "Bandits attacked a camp in Bena, in Wasagu Local Government Area, on Monday. The Malakal garrison in"
        " Upper Nile State was reinforced. Boko Haram, which officials say operates from bases in Niger, claimed"
        " the raid."
    )
    found = read(extractor, text)
    assert ("Bena", "locatedIn", "Wasagu Local Government Area") in found
    assert ("Malakal", "locatedIn", "Upper Nile") in found
    assert ("Boko Haram", "locatedIn", "Niger") in found


def test_men_missing_in_a_clause_after_another_are_the_speakers_armys(extractor):
    text = (
        "The SSPDF withdrew from Ulang. The army spokesman, Major General Lul Ruai Koang, said the troops had been"
        ' ordered to regroup and that "scores" of soldiers were missing.'
    )
    assert ("South Sudan People's Defence Forces", "lost", "scores of soldiers") in read(extractor, text)


def test_state_media_are_the_news_agency_named_next_and_nothing_else(extractor):
    text = (
        "Nine members of the Islamic Revolutionary Guard Corps were killed in an attack on a post in Saravan,"
        " Iranian state media reported. The official IRNA news agency said the attackers fled. The 110th Brigade"
        " is part of the Quds Base, according to state media. A relative told Reuters the men were conscripts."
    )
    found = extract(extractor, text)
    assert reporters(found, Predicate.LOST) == {"IRNA": "cited"}
    assert reporters(found, Predicate.PART_OF) == {}  # not Reuters, a foreign agency named next


def test_a_capitals_dateline_with_an_agency_and_a_place_called_by_its_first_word(extractor):
    text = (
        "SAO PAULO (AP) — Police raided the Paraisopolis favela in Sao Paulo on Monday. Residents of Sao's"
        " outskirts fled."
    )
    found = extract(extractor, text)
    names = {e.name: e.type.value for e in found.entities}
    assert names.get("Sao Paulo") == "Region" and names.get("Associated Press") == "Outlet"
    place = next(e for e in found.entities if e.name == "Sao Paulo")
    assert len(place.mentions) == 2


def test_a_name_restated_after_or_is_the_same_body(extractor):
    text = "Primeiro Comando da Capital, or First Capital Command, is Brazil's largest gang, police said."
    found = extract(extractor, text)
    assert "First Capital Command" not in {e.name for e in found.entities}


def test_a_police_by_name_is_a_force_and_police_officers_among_the_dead_are_its_loss(extractor):
    text = (
        "An operation by the Military Police against a gang in Salvador left at least 12 people dead on Friday,"
        " including three police officers, officials said. Two of the officers killed belonged to the"
        " Military Police's Rondesp battalion, the state security secretariat said."
    )
    found = extract(extractor, text)
    assert {e.name: e.type.value for e in found.entities}["Military Police"] == "Unit"
    losses = {f for f in relations(found) if f[1] == "lost"}
    assert ("Military Police", "lost", "three police officers") in losses
    assert {f[0] for f in losses} <= {"Military Police", "Rondesp battalion"}


def test_upazilas_an_armed_group_by_its_kind_a_directorate_and_the_deceased(extractor):
    text = (
        "Three army soldiers were killed when members of the armed group Arakan Liberation Front (ALF) ambushed a"
        " patrol in Rangamati's Bilaichhari upazila, the Inter Services Public Relations (ISPR) directorate said."
        " The deceased were identified as Corporal Abdul Hai and Lance Corporal Nur Islam of the Bangladesh"
        " Army's 305 Infantry Brigade. Bilaichhari police station Officer-in-Charge (OC) Abdul Karim said the"
        " area was sealed off."
    )
    found = extract(extractor, text)
    types = {e.name: e.type.value for e in found.entities}
    assert types["Arakan Liberation Front"] == "Unit" and types["Abdul Karim"] == "Person"
    assert ("Bilaichhari", "locatedIn", "Rangamati") in relations(found)
    assert {f[2] for f in relations(found) if f[1] == "lost"} >= {"Abdul Hai", "Nur Islam"}
    assert reporters(found, Predicate.LOST) == {"Inter Services Public Relations": "said"}


def test_places_listed_before_areas_of_a_province_lie_in_it(extractor):
    text = "Clashes were reported in the Kurram, Bajaur and Mohmand areas of Khyber Pakhtunkhwa province."
    found = read(extractor, text)
    assert {f[0] for f in found if f[1] == "locatedIn" and f[2] == "Khyber Pakhtunkhwa"} == {
        "Kurram",
        "Bajaur",
        "Mohmand",
    }


def test_doubt_of_every_sides_figures_is_of_claims_before_it_and_a_nations_fighters_its_group(extractor):
    text = (
        "The Taliban said nine Afghan fighters had died and that 40 Pakistani soldiers were killed. Neither"
        " side's figures could be verified. The 11th Corps is based in Peshawar, officials said."
    )
    found = extract(extractor, text)
    assert ("Taliban", "lost", "nine Afghan fighters") in relations(found)
    by_predicate = {c.predicate: c.verification for c in found.claims}
    assert by_predicate[Predicate.LOST] is Verification.UNVERIFIED
    assert by_predicate[Predicate.LOCATED_IN] is not Verification.UNVERIFIED


def test_a_man_who_speaks_is_not_among_the_dead_the_parser_hangs_him_on(extractor):
    text = (
        "Gunmen attacked a police post in Nalchik, killing four police officers and two civilians, including a"
        " teacher, the head of the republic, Kazbek Kokov, said."
    )
    found = read(extractor, text)
    assert not {f for f in found if f[1] == "lost" and f[2] == "Kazbek Kokov"}


def test_police_chiefs_by_title_and_an_outfit_led_by_its_leader(extractor):
    text = (
        "Militants of the United Liberation Front of Asom-Independent attacked a camp in Tinsukia district of"
        " Assam. The outfit is led by Paresh Baruah, who is believed to be based in Myanmar. Superintendent of"
        " Police Abhijit Gurav said the search was on. The Commissioner of Police, Aboki Danjuma, ordered more"
        " patrols."
    )
    commanded = {(s, o) for s, p, o in read(extractor, text) if p == "commanded"}
    assert commanded == {
        ("Paresh Baruah", "United Liberation Front of Asom-Independent"),
        ("Abhijit Gurav", "Assam Police"),
        ("Aboki Danjuma", "Assam Police"),
    }


def test_an_armed_wing_joined_to_its_movement_and_a_hyphened_tie_hung_on_a_place(extractor):
    text = (
        "Police blamed the attack on the Indigenous People of Biafra and its armed wing, the Eastern Security"
        " Network. The fighting erupted near the Sheikh Maqsoud neighbourhood, which is controlled by the"
        " Asayish, the SDF-affiliated Kurdish internal security forces."
    )
    found = read(extractor, text)
    assert ("Eastern Security Network", "partOf", "Indigenous People of Biafra") in found
    assert ("Asayish", "affiliatedWith", "Syrian Democratic Forces") in found


def test_a_member_of_the_security_forces_is_the_states_not_a_named_forces(extractor):
    text = (
        "Clashes broke out between Syrian government forces and the Syrian Democratic Forces in Aleppo, killing"
        " one member of the security forces, the defence ministry said."
    )
    losses = {(s, o) for s, p, o in read(extractor, text) if p == "lost"}
    assert {s for s, _ in losses} == {"Syrian Arab Army"}


def test_allegiance_pledged_a_side_taken_and_a_one_word_town(extractor):
    text = (
        "Militants attacked a police post near Dhobley town on Monday. Al-Shabaab, which has pledged allegiance"
        " to al-Qaeda, claimed the attack on a pro-Shabaab website."
    )
    found = extract(extractor, text)
    names = {e.name: e.type.value for e in found.entities}
    assert names.get("Dhobley") == "Region" and not any(n.lower().startswith("pro-") for n in names)
    assert ("Al-Shabaab", "affiliatedWith", "al-Qaeda") in relations(found)


def test_a_military_zone_by_name_is_a_force(extractor):
    found = extract(extractor, "The Northern Military Zone said its troops had repelled an infiltration attempt.")
    assert {e.name: e.type.value for e in found.entities}.get("Northern Military Zone") == "Unit"


def test_a_code_name_hung_on_the_men_is_the_bodys_they_serve(extractor):
    text = "Two operatives of the Ondo State Security Network Agency, code-named Amotekun, were wounded on Friday."
    found = extract(extractor, text)
    assert [e.name for e in found.entities if "Amotekun" in (e.name, *e.aliases)] == [
        "Ondo State Security Network Agency"
    ]


def test_forces_loyal_to_a_commander_speak_and_a_bracketed_acronym_closes(extractor):
    text = (
        "Forces loyal to eastern commander Khalifa Haftar said on Sunday they had killed 27 fighters of the"
        " Chadian rebel Front for Change and Concord in Chad (FACT) near Murzuq."
    )
    found = extract(extractor, text)
    assert reporters(found, Predicate.LOST) == {"forces loyal to Khalifa Haftar": "said"}
    assert {c.object_text for c in found.claims if c.predicate is Predicate.LOST} == {
        "27 fighters of the Chadian rebel Front for Change and Concord in Chad (FACT)"
    }


def test_them_in_a_participle_is_the_verbs_object_and_operatives_are_men(extractor):
    text = (
        'Gunmen of the Eastern Security Network attacked a police station in Orlu. "Our operatives engaged the'
        ' hoodlums in a gun duel, neutralising two of them," the police spokesman said. Two operatives of the'
        " Nigeria Police Force were wounded."
    )
    assert {(s, o) for s, p, o in read(extractor, text) if p == "lost"} == {
        ("Eastern Security Network", "two of them"),
        ("Nigeria Police Force", "Two operatives of the Nigeria Police Force"),
    }


def test_a_name_its_bracketed_acronym_spells_is_a_body_and_its_official_a_member(extractor):
    text = (
        "The Oromo Liberation Army (OLA) said on Monday it had ambushed a convoy. Odaa Tarbii, a senior OLA"
        " official, said the group lost two fighters."
    )
    found = extract(extractor, text)
    assert {e.name: e.type.value for e in found.entities}.get("Oromo Liberation Army") in ("Unit", "Organization")
    assert ("Odaa Tarbii", "memberOf", "Oromo Liberation Army") in relations(found)


def test_men_who_joined_another_force_do_not_make_their_unit_part_of_it(extractor):
    text = "Dozens of members of the 12th Border Brigade have joined the Arakan Army, the rebels said."
    assert not [r for r in read(extractor, text) if r[1] == "partOf"]


def test_its_in_reported_words_is_the_unit_those_words_named_first(extractor):
    text = (
        "The Kachin Independence Army said on Friday that the 88th Light Infantry Division had abandoned Bhamo"
        " and that its battalions had refused to counterattack."
    )
    found = read(extractor, text)
    assert not [r for r in found if r[1] == "partOf"]
    assert ("88th Light Infantry Division", "refused", "to counterattack") in found


def test_men_who_say_they_serve_in_a_unit_speak_for_it(extractor):
    text = (
        "In a video, several men say they serve in the Vostok battalion, a volunteer unit attached to the 5th"
        ' Tank Brigade. "We refuse to be thrown into assaults without armour," one of them says.'
    )
    found = read(extractor, text)
    assert ("Vostok battalion", "partOf", "5th Tank Brigade") in found
    assert {s for s, p, _ in found if p == "refused"} == {"Vostok battalion"}


def test_a_quoted_channel_name_holding_a_place_is_the_channel(extractor):
    text = 'Relatives of the conscripts wrote to the Telegram channel "Free Buryatia" on Tuesday.'
    names = {e.name: e.type.value for e in extract(extractor, text).entities}
    assert names.get("Free Buryatia") == "Outlet"


def test_federal_soldiers_are_the_state_army_and_a_somali_states_forces_are_known(extractor):
    text = (
        "Somali National Army troops clashed with regional forces near Dolow on Monday. Jubaland forces killed"
        " 12 federal soldiers in the fighting, a regional official said."
    )
    found = extract(extractor, text)
    assert {e.name for e in found.entities} >= {"Somali National Army", "Jubaland Security Forces"}
    assert {s for s, p, _ in relations(found) if p == "lost"} == {"Somali National Army"}


def test_a_place_before_sector_is_a_place_and_ak_rifles_no_body(extractor):
    text = "Troops killed two infiltrators in the Uri sector of Baramulla district and recovered two AK rifles."
    names = {e.name: e.type.value for e in extract(extractor, text).entities}
    assert names.get("Uri") == "Region" and "AK" not in names


def test_soldiers_a_front_says_it_killed_are_the_states_not_the_other_militants(extractor):
    text = (
        "Indian Army troops killed three militants of Lashkar-e-Taiba near Uri, the army said. Lashkar-e-Taiba"
        " had infiltrated the area in May. Lashkar-e-Taiba denied losses. The People's Front later claimed"
        " that its fighters had killed four soldiers."
    )
    lost = {(s, o) for s, p, o in read(extractor, text) if p == "lost"}
    assert ("Indian Army", "four soldiers") in lost


def test_a_wire_dateline_is_the_stories_publisher_on_any_site(extractor):
    text = "Sanaa (AFP) - Five soldiers of the Yemeni army were killed in a Huthi attack near Taez, officials said."
    found = extract(extractor, text, url="https://www.france24.com/en/live-news/20210101-yemen")
    assert reporters(found, Predicate.LOST) in ({"Agence France-Presse": "publisher"}, {"AFP": "publisher"})


def test_the_rebels_military_spokesman_is_the_rebels_and_rarely_is_no_claim(extractor):
    text = (
        "Yemeni army troops fought Huthi rebels near Taez. The rebels' military spokesman, Yahya Saree, said"
        " the offensive would go on. The Huthis rarely disclose their losses."
    )
    found = read(extractor, text)
    assert ("Yahya Saree", "memberOf", "Houthis") in found
    assert not [r for r in found if r[1] in ("memberOf", "lost") and r[2] == "Yemeni Armed Forces"]
    assert not [r for r in found if r[1] == "lost"]


def test_soldiers_captured_by_rebels_in_a_state_of_a_country_are_its_army(extractor):
    text = (
        "Venezuelan troops have fought guerrillas in the western state of Zulia since May. The Provea human"
        " rights group said six soldiers had been captured by the rebels and were being held in Colombia."
    )
    found = extract(extractor, text)
    assert {e.name: e.type.value for e in found.entities}.get("Zulia") == "Region"
    assert {s for s, p, _ in relations(found) if p == "lost"} == {"Venezuelan Armed Forces"}
    assert reporters(found, Predicate.LOST) == {"Provea": "said"}


def test_men_counted_then_placed_next_are_that_units_not_the_speaking_polices(extractor):
    text = (
        "Three paramilitary rangers were wounded by a bomb in Rueso district, police said. The rangers, from"
        " Ranger Regiment 46, were escorting a water truck, said the superintendent of Rueso police station."
    )
    found = extract(extractor, text)
    assert {s for s, p, _ in relations(found) if p == "lost"} == {"Ranger Regiment 46"}
    assert {e.name: e.type.value for e in found.entities}.get("Rueso") == "Region"


def test_a_quoted_group_of_forces_is_a_force_and_the_group_a_part_of_it(extractor):
    text = (
        'The volunteer assault group "Ratibor" lost nine fighters near Kupiansk, the group said. Since March'
        ' the group has fought as part of the "Zapad" group of forces, its commander wrote.'
    )
    found = extract(extractor, text)
    names = {e.name: e.type.value for e in found.entities}
    assert names.get("Zapad") == "Unit" or names.get("Zapad Group of Forces") == "Unit"
    assert {(s, o) for s, p, o in relations(found) if p == "partOf"} & {
        ("Ratibor", "Zapad"),
        ("Ratibor", "Zapad Group of Forces"),
    }


def test_bandits_killing_soldiers_attached_next_to_a_brigade_and_troops_killing_bandits(extractor):
    text = (
        "Gunmen on Monday killed five soldiers in an ambush in Birnin Gwari Local Government Area of Kaduna"
        " State, residents said. The soldiers, attached to the 1 Brigade of the Nigerian Army, were on patrol."
        " The bandits, said to be loyal to a kingpin, also abducted 20 farmers. Troops of Operation Whirl Punch"
        " said in June they had killed 30 bandits in the area."
    )
    found = read(extractor, text)
    assert {(s, o) for s, p, o in found if p == "lost"} == {("1 Brigade", "five soldiers")}
    assert not [r for r in found if r[1] == "affiliatedWith"]


def test_the_men_are_the_regiments_the_article_is_about_not_a_unit_a_quote_sends_them_to(extractor):
    text = (
        "At least six mobilised soldiers of the 1441st Motor Rifle Regiment were locked in a basement in the"
        " occupied Luhansk region after they refused to take part in an assault, their relatives told Astra.\n\n"
        "The regiment, formed in 2022 from men mobilised in the Tver region, is part of the 3rd Army Corps,"
        " according to the relatives. It has been fighting near Kreminna since last summer.\n\n"
        'The mother of one of the soldiers, Irina, said her son had called her on April 2. "They locked them in a'
        ' basement and said they would be sent to the Storm-Z," she said. She asked for her surname not to be'
        " published.\n\nAccording to Irina and the wife of another soldier, the men refused to go on the assault"
        " because their company had lost half of its men."
    )
    refusers = {s for s, p, _ in read(extractor, text) if p == "refused"}
    assert refusers == {"1441st Motor Rifle Regiment"}


def test_a_name_after_led_by_is_the_leader_not_the_group(extractor):
    text = "Troops were attacked on Sunday. The army blamed the attack on the group led by Purom Okiman Wenda."
    names = {e.name: e.type.value for e in extract(extractor, text).entities}
    assert names.get("Purom Okiman Wenda") == "Person"


def test_soldiers_jihadists_claim_beside_foreign_mercenaries_are_the_states(extractor):
    text = (
        "Burkina Faso's army said it had repelled an attack on its base in Djibo. JNIM said in a statement that"
        ' the junta had brought in Wagner mercenaries and that its fighters had killed "scores" of soldiers.'
    )
    lost = {(s, o) for s, p, o in read(extractor, text) if p == "lost"}
    assert lost == {("Burkina Faso Armed Forces", "scores of soldiers")}


def test_joint_forces_of_another_country_are_not_ukraines(extractor):
    text = (
        "Chad's army said its troops and the allied Joint Forces, a coalition of former rebel groups, had pushed"
        " back an attack on Abeche. The Joint Forces said they had lost four men."
    )
    names = {e.name for e in extract(extractor, text).entities}
    assert "Joint Forces" in names
    assert "Joint Forces of Ukraine" not in names


def test_a_charity_named_before_its_description_is_a_body_and_its_staff_killed_are_no_forces_loss(extractor):
    text = (
        "Insurgents attacked the town of Gao on Monday, the army said. Santé Partage, a French medical charity"
        " that runs the town's only clinic, said three of its staff were killed."
    )
    result = extract(extractor, text)
    names = {e.name: e.type.value for e in result.entities}
    assert names.get("Santé Partage") == "Organization"
    assert not [c for c in result.claims if c.predicate is Predicate.LOST]


def test_a_place_before_based_is_where_the_unit_is(extractor):
    text = "Militants ambushed a convoy of the army's Gombi-based 28 Task Force Brigade near the town of Garkida."
    found = read(extractor, text)
    assert ("28 Task Force Brigade", "locatedIn", "Gombi") in found


def test_soldiers_a_rebel_group_says_surrendered_and_others_killed_are_the_garrisons(extractor):
    text = (
        "The Arakan Army said it had captured the headquarters of the junta's Light Infantry Battalion 564 in"
        " Paletwa. The group said 70 soldiers, including two majors, surrendered on Friday, and at least"
        " 25 others were killed. It lost eight fighters, it said."
    )
    found = read(extractor, text)
    refusers = {s for s, p, _ in found if p == "refused"}
    assert refusers == {"Light Infantry Battalion 564"}
    lost = {(s, o) for s, p, o in found if p == "lost"}
    assert ("Light Infantry Battalion 564", "at least 25 others") in lost
    assert ("Arakan Army", "eight fighters") in lost


def test_their_commander_in_a_rebel_spokesmans_quote_is_the_enemy_units(extractor):
    text = (
        "Rebels said on Sunday they had overrun the post of the army's 12th Infantry Battalion near Kindu.\n\n"
        '"The soldiers ran out of ammunition. Their commander, Captain Jean Mbala, told them to hold on, but'
        ' they left the post," M23 spokesman Lawrence Kanyuka told reporters.'
    )
    result = extract(text=text, extractor=extractor)
    found = relations(result)
    assert ("Jean Mbala", "commanded", "12th Infantry Battalion") in found
    assert reporters(result, Predicate.COMMANDED).get("Lawrence Kanyuka") == "said"


def test_a_man_who_introduces_himself_by_name_is_a_person(extractor):
    text = "One of them, who introduces himself as Ilshat Gabdullin, says that the battalion lost more than 40 men."
    names = {e.name: e.type.value for e in extract(extractor, text).entities}
    assert names.get("Ilshat Gabdullin") == "Person"


def test_a_battalion_of_a_named_brigade_is_not_the_brigade_and_its_commander_leads_the_named_one(extractor):
    text = (
        "About 30 reservists in a Golani Brigade battalion refused to return to Lebanon, Army Radio reported.\n\n"
        "The men serve in the brigade's 51st Battalion. The army said the battalion's commander, Lt. Col. Eyal"
        " Shani, had spoken with them. The battalion has lost 14 soldiers since the war began."
    )
    found = read(extractor, text)
    assert ("Eyal Shani", "commanded", "51st Battalion") in found
    assert ("51st Battalion", "lost", "14 soldiers") in found
    assert not [r for r in found if r[0] == "Golani Brigade" and r[1] == "lost"]


def test_their_commander_and_their_dead_in_the_words_of_some_of_a_units_men(extractor):
    text = (
        "Fighters of the Berkut special purpose battalion, which belongs to the Interior Ministry of the"
        " self-proclaimed Luhansk People's Republic, say they are being used as assault infantry near Kupiansk,"
        " Astra has learned.\n\nThree of the battalion's servicemen told Astra that their commander, who goes"
        ' by the call sign "Grom", sent two companies against Ukrainian positions without armored vehicles.'
        " According to them, at least 20 men were killed in a week.\n\nBerkut was absorbed into the Russian"
        " Interior Ministry's structures after Russia annexed the region in 2022."
    )
    found = read(extractor, text)
    assert ("Grom", "commanded", "Berkut") in found
    assert ("Berkut", "lost", "at least 20 men") in found


def test_the_government_is_the_countrys_whose_soldiers_died_not_a_neighbours_across_the_border(extractor):
    text = (
        "Twelve Togolese soldiers were killed in an attack near the border with Burkina Faso and Ghana, the"
        " government said on Monday."
    )
    result = extract(extractor, text)
    assert reporters(result, Predicate.LOST) == {"Togolese government": "said"}


def test_a_group_tied_to_al_qaeda_by_a_hyphenated_word(extractor):
    text = "The Al-Qaeda-affiliated group Ansarul Islam claimed the attack on the gendarmerie post."
    names = {e.name for e in extract(extractor, text).entities}
    assert "Al-Qaeda" in names


def test_a_two_word_name_after_at_with_its_region_after_is_a_place(extractor):
    text = (
        "Al-Shabaab fighters overran an army outpost at Ceel Dheer in the Galguduud region on Monday, residents said."
    )
    found = read(extractor, text)
    assert ("Ceel Dheer", "locatedIn", "Galguduud") in found


def test_someone_identified_only_by_a_name_no_list_knows_is_a_person(extractor):
    text = "The mother of one recruit, who asked to be identified only as Gohar, said her son was sent to the front."
    names = {e.name: e.type.value for e in extract(extractor, text).entities}
    assert names.get("Gohar") == "Person"


def test_the_army_that_speaks_is_the_one_whose_soldiers_its_sentence_names(extractor):
    text = (
        "NIAMEY, Sept 4 (Reuters) - Twelve Nigerien soldiers were killed in an ambush near Tillia, close to the"
        " border with Mali, the army said in a statement on Wednesday.\n\nFrench troops left the country in 2023."
    )
    result = extract(extractor, text)
    assert reporters(result, Predicate.LOST) == {"Nigerien Armed Forces": "said"}


def test_the_month_of_a_dateline_is_no_place(extractor):
    text = "BAMAKO, Aug 10 (Reuters) - Forty-two Malian soldiers were killed on Sunday in an attack, the army said."
    assert "Aug" not in {e.name for e in extract(extractor, text).entities}


def test_attackers_belong_to_the_group_blamed_not_one_that_did_not_claim(extractor):
    text = (
        "The army blamed the attack on JNIM, which it said had used motorbikes. Twelve of the attackers were"
        " killed, the army said. The Islamic State group did not claim responsibility."
    )
    lost = {(s, o) for s, p, o in read(extractor, text) if p == "lost"}
    assert lost == {("JNIM", "Twelve of the attackers")}


def test_a_commander_among_the_wounded_is_his_units_loss(extractor):
    text = (
        "The soldiers belonged to the 2nd Commando Battalion. Its commander, Major Ibrahim Sawadogo, was among"
        " the wounded, a security source said."
    )
    assert ("2nd Commando Battalion", "lost", "Ibrahim Sawadogo") in read(extractor, text)


def test_a_count_of_soldiers_is_no_persons_name(extractor):
    text = (
        "Twelve Nigerien soldiers were killed and eight wounded when jihadists attacked an army post near Bosso,"
        " the defence ministry said Tuesday."
    )
    people = {e.name for e in extract(extractor, text).entities if e.type.value == "Person"}
    assert not people


def test_a_relative_clause_after_a_brigade_of_an_army_tells_of_the_brigade(extractor):
    text = (
        "The camp belongs to the 21 Armoured Brigade of the Nigerian Army, which is under Operation Hadin Kai,"
        " the army's counter-insurgency operation."
    )
    parts = {(s, o) for s, p, o in read(extractor, text) if p == "partOf"}
    assert ("21 Armoured Brigade", "Operation Hadin Kai") in parts
    assert ("Nigerian Army", "Operation Hadin Kai") not in parts


def test_a_known_forces_acronym_inside_its_name_leaves_the_name_whole(extractor):
    text = "Four soldiers of the Frontier Corps (FC) Balochistan were killed in an attack near Turbat, the ISPR said."
    result = extract(extractor, text)
    found = relations(result)
    assert ("Frontier Corps", "lost", "Four soldiers of the Frontier Corps (FC) Balochistan") in found
    assert {e.name for e in result.entities if e.type.value == "Unit"} == {"Frontier Corps"}


def test_a_frontier_corps_wing_by_its_scouts_name(extractor):
    text = "Militants attacked a post of the FC's Tochi Scouts in the Razmak area of North Waziristan district."
    found = read(extractor, text)
    assert ("Tochi Scouts", "partOf", "Frontier Corps") in found
    assert ("Razmak", "locatedIn", "North Waziristan") in found


def test_a_rebel_group_led_by_a_man_described_after_its_bracketed_acronym(extractor):
    text = (
        "The ambush was claimed by the Union for Peace in the Central African Republic (UPC), a rebel group"
        " led by Ali Darassa, according to local officials."
    )
    assert ("Ali Darassa", "commanded", "Union for Peace in Central Africa") in read(extractor, text)


def test_the_officer_among_the_dead_named_in_the_next_sentence(extractor):
    text = (
        "Three Iraqi soldiers, including an officer, were killed when militants attacked their post near Haditha,"
        " the Security Media Cell said. The officer was named as Captain Ali Jabbar."
    )
    assert ("Iraqi Armed Forces", "lost", "Ali Jabbar") in read(extractor, text)


def test_a_combat_army_reserve_is_a_force(extractor):
    text = "The detachment belongs to the Special Combat Army Reserve, which the defence ministry runs."
    types = {e.name: e.type.value for e in extract(extractor, text).entities}
    assert types.get("Special Combat Army Reserve") == "Unit"


def test_men_who_wrote_reports_refusing_to_fight_refused(extractor):
    text = (
        "Reservists of the BARS-12 detachment say they were sent into assaults without support.\n\n"
        '"Twenty of us have filed reports refusing to go forward," one of the reservists told Astra.'
    )
    refusers = {s for s, p, _ in read(extractor, text) if p == "refused"}
    assert refusers == {"BARS-12 detachment"}


def test_a_relative_clause_after_a_detachment_of_a_reserve_places_the_detachment(extractor):
    text = (
        "Volunteers of the BARS-21 detachment of the Combat Army Reserve, which was formed in the Omsk region,"
        " say they were sent into assaults without artillery support."
    )
    places = {(s, o) for s, p, o in read(extractor, text) if p == "locatedIn"}
    assert places == {("BARS-21 detachment", "Omsk Oblast")}


def test_a_dateline_naming_the_towns_country_before_the_agency_credits_the_agency(extractor):
    result = extract(
        extractor, "Goma (DR Congo) (AFP) - Rebels killed four soldiers of the Congolese army near Rutshuru."
    )
    assert reporters(result, Predicate.LOST) == {"Agence France-Presse": "publisher"}


@pytest.mark.parametrize(
    ("text", "army"),
    [
        (
            "Jihadists ambushed a convoy in Niger's Tillaberi region on Sunday, killing 12 soldiers, sources said.",
            "Nigerien Armed Forces",
        ),
        (
            "Three soldiers died and two were wounded when insurgents ambushed their patrol in Mozambique's"
            " Cabo Delgado province.",
            "Mozambique Defence Armed Forces",
        ),
    ],
)
def test_soldiers_killed_in_an_insurgents_participle_or_shared_clause_serve_where_they_struck(extractor, text, army):
    assert {s for s, p, _ in read(extractor, text) if p == "lost"} == {army}


def test_a_front_named_after_a_man_is_a_formation_and_the_rebels_are_of_the_one_blamed(extractor):
    text = (
        "Officials blamed the Dagoberto Ramos front, which operates under the Central General Staff. Two rebels"
        " were killed in the fighting in Colombia, the army said. Fighting also went on along the Donetsk front."
    )
    found = read(extractor, text)
    assert ("Dagoberto Ramos front", "lost", "Two rebels") in found
    assert not {s for s, _, _ in found if "Donetsk" in s}


def test_villages_listed_after_their_kind_all_lie_where_the_kind_does(extractor):
    found = read(extractor, "Ukrainian troops retook the villages of Novoselivka and Andriivka in Kharkiv Oblast.")
    assert {(s, o) for s, p, o in found if p == "locatedIn"} == {
        ("Novoselivka", "Kharkiv Oblast"),
        ("Andriivka", "Kharkiv Oblast"),
    }


def test_soldiers_a_group_says_its_fighters_killed_are_the_states(extractor):
    text = (
        "Islamic State West Africa Province said in a statement that its fighters had overrun the barracks in"
        " Niger's Diffa region and killed 25 soldiers. The Nigerien army did not comment."
    )
    assert ("Nigerien Armed Forces", "lost", "25 soldiers") in read(extractor, text)


@pytest.mark.parametrize(
    ("group", "words"),
    [
        ("Islamic State Sahel Province", "The other side lost many fighters"),
        ("Boko Haram", "The enemy suffered losses"),
    ],
)
def test_the_enemy_of_a_state_army_outside_the_adversaries_table_is_the_group_it_fought(extractor, group, words):
    text = (
        f'Nigerien troops clashed with {group} near Diffa. "{words}," said Col. Amadou Diallo, the army\'s spokesman.'
    )
    assert {s for s, p, _ in read(extractor, text) if p == "lost"} == {group}


def test_a_surname_of_two_words_joins_the_full_name(extractor):
    text = "Capt. Juan Carlos de la Vega confirmed the clash in Barangay Tubig. De la Vega said two rebels died."
    people = [e.name for e in extract(extractor, text).entities if e.type.value == "Person"]
    assert people == ["Juan Carlos de la Vega"]


def test_soldiers_a_defence_ministry_says_militants_killed_are_its_countrys(extractor):
    text = "Pakistan's Defence Ministry said four soldiers were killed when militants attacked a post near Wana."
    assert {s for s, p, _ in read(extractor, text) if p == "lost"} == {"Pakistan Army"}


def test_its_fighters_in_a_clause_hung_on_the_groups_statement_are_the_groups(extractor):
    text = (
        "The PKK has fought Turkey since 1984. The Turkish ministry said Turkish forces had killed 15 PKK"
        " militants. The PKK's armed wing, the People's Defense Forces (HPG), said in a statement carried by the"
        " ANF news agency that its guerrillas had killed at least 20 Turkish soldiers in the raid."
    )
    result = extract(extractor, text)
    assert ("Turkish Armed Forces", "lost", "at least 20 Turkish soldiers") in relations(result)


def test_a_burmese_battalion_by_abbreviation_and_number_is_the_battalion_named_in_full(extractor):
    text = (
        "Resistance fighters overran the base of Light Infantry Battalion 512 near Kalay. LIB 512 is under the"
        " Military Operations Command 5. Its commander, Lt Col Kyaw Swar, fled."
    )
    found = read(extractor, text)
    assert ("Light Infantry Battalion 512", "partOf", "Military Operations Command 5") in found
    assert ("Kyaw Swar", "commanded", "Light Infantry Battalion 512") in found


def test_a_news_agency_by_its_kind_is_an_outlet(extractor):
    result = extract(extractor, "The ANHA news agency reported that two SDF fighters were killed near Manbij.")
    assert {e.name: e.type.value for e in result.entities}["ANHA news agency"] == "Outlet"


def test_a_sides_term_for_its_enemy_stands_for_whom_it_is_used_for(extractor):
    text = (
        'Islamic State said in a statement that its fighters had killed six members of the "crusader militia",'
        " the group's term for the SDF."
    )
    assert {s for s, p, _ in read(extractor, text) if p == "lost"} == {"Syrian Democratic Forces"}


def test_the_attackers_belong_to_the_cartel_officials_say_the_gunmen_belonged_to(extractor):
    text = (
        "Gunmen ambushed a police convoy near Reynosa, killing two officers. Police killed four of the attackers."
        " State officials said the gunmen belonged to the Gulf Cartel, a rival of the Northeast Cartel."
    )
    assert {s for s, p, _ in read(extractor, text) if p == "lost"} >= {"Gulf Cartel"}


def test_assailants_belong_to_the_group_that_attacked_not_its_rival_named_last(extractor):
    text = (
        "Fighters from Boko Haram attacked an army post near Mora in Cameroon, killing five soldiers. The army has"
        " long fought Boko Haram and its rival, the Islamic State West Africa Province (ISWAP), in the region."
        " The army said it had killed seven assailants."
    )
    found = read(extractor, text)
    assert ("Boko Haram", "lost", "seven assailants") in found
    assert not {(s, o) for s, p, o in found if p == "partOf"}


def test_a_spit_by_name_is_a_place(extractor):
    result = extract(extractor, "HUR said the raid on the Tendra Spit was carried out by its special forces.")
    assert {e.name: e.type.value for e in result.entities}.get("Tendra Spit") == "Region"


def test_the_agency_after_an_intelligence_service_is_that_service(extractor):
    text = (
        "Special forces of Ukraine's Defence Intelligence (HUR) raided a Russian post, killing five Russian"
        " servicemen, the agency said."
    )
    assert reporters(extract(extractor, text), Predicate.LOST) == {"HUR": "said"}


def test_a_local_leader_and_a_group_that_has_not_confirmed_are_no_reporters(extractor):
    text = (
        "Mai-Mai fighters attacked an army position near Fizi. Yakutumba militiamen later withdrew. Yakutumba,"
        " an armed group active on Lake Tanganyika, said its leader had died. The militia's leader, William Amuri,"
        " was killed in the clash, a local civil society leader said, an account the group has not confirmed."
    )
    result = extract(extractor, text)
    killed = [c for c in result.claims if c.predicate is Predicate.LOST and "local civil society" in c.sentence]
    assert killed and all(not c.attributions for c in killed)


def test_an_operation_soldiers_are_attached_to_is_a_standing_force(extractor):
    text = (
        "Two soldiers were killed when militants attacked their post near Kolbio. The soldiers, attached to the"
        " KDF's Operation Amani Pwani, were on patrol, the army said."
    )
    found = read(extractor, text)
    assert ("Operation Amani Pwani", "lost", "Two soldiers") in found
    assert ("Operation Amani Pwani", "partOf", "Kenya Defence Forces") in found


def test_a_colombian_border_group_is_an_armed_group(extractor):
    text = "The army said the attackers belonged to Comandos de la Frontera, which operates near the border."
    assert {e.name: e.type.value for e in extract(extractor, text).entities}["Comandos de la Frontera"] == "Unit"


def test_a_yemeni_military_axis_is_a_formation(extractor):
    text = "Brigadier General Saleh Qaid, commander of the Marib military axis, said the Houthis had attacked."
    assert ("Saleh Qaid", "commanded", "Marib military axis") in read(extractor, text)


def test_a_wire_dateline_after_a_blank_line_still_credits_the_agency(extractor):
    text = "\nGao (Mali) (AFP) - Ten Malian soldiers were killed in an ambush near Gao on Monday."
    result = extract(extractor, text, url="https://www.france24.com/en/africa/gao", publisher="France 24")
    assert reporters(result, Predicate.LOST) == {"Agence France-Presse": "publisher"}


def test_districts_named_before_a_plural_kind_are_places_in_the_state(extractor):
    text = "Gunmen raided villages in Riyom and Bassa local government areas of Plateau State, the police said."
    result = extract(extractor, text)
    assert {e.name: e.type.value for e in result.entities}.get("Bassa") == "Region"
    assert {("Riyom", "locatedIn", "Plateau State"), ("Bassa", "locatedIn", "Plateau State")} <= relations(result)


def test_an_office_named_before_a_role_is_a_title(extractor):
    text = "The Public Relations Officer of the 6 Brigade, Capt. Jonah Unuakhalu, said troops had repelled the attack."
    result = extract(extractor, text)
    assert "Public Relations" not in {e.name for e in result.entities}
    assert ("Jonah Unuakhalu", "memberOf", "6 Brigade") in relations(result)


def test_a_media_officers_title_is_no_outlet(extractor):
    text = "The Media Information Officer of Operation Hadin Kai, Lt. Col. Sani Uba, said the convoy was ambushed."
    assert not [e for e in extract(extractor, text).entities if e.type.value == "Outlet"]


def test_a_whose_clause_places_a_units_headquarters(extractor):
    text = "Reinforcements came from the army's 8 Division, whose headquarters is in Sokoto, the army said."
    assert ("8 Division", "locatedIn", "Sokoto") in read(extractor, text)


def test_a_people_describing_an_indefinite_unit_is_no_body(extractor):
    text = "The Vostok volunteers, a Cossack unit raised in the Krasnodar region, said they had been sent to Bakhmut."
    assert "Cossack" not in {e.name for e in extract(extractor, text).entities}


def test_a_cossack_ataman_is_a_member_of_his_host(extractor):
    text = "The ataman of the Kuban Cossack Host, Alexander Vlasov, said the volunteers would be punished."
    assert ("Alexander Vlasov", "memberOf", "Kuban Cossack Host") in read(extractor, text)


def test_a_participle_set_off_after_the_reports_source_names_who_obtained_it(extractor):
    text = (
        "Letters from a private forum of sergeants of the 35th Guards Motor Rifle Brigade, obtained by Verstka,"
        " show that the brigade lost more than 300 men near Avdiivka in February."
    )
    assert reporters(extract(extractor, text), Predicate.LOST) == {"Verstka": "said"}


def test_a_press_title_with_its_unit_set_beside_it_names_the_units_spokesman(extractor):
    text = (
        "The Deputy Director of Army Public Relations, 6 Division, Lt. Col. Jonah Danjuma, said troops had"
        ' repelled an attack on Monday. "Sadly, one of our soldiers paid the supreme price," Danjuma said.'
    )
    result = extract(extractor, text)
    assert not [e for e in result.entities if e.name in ("Director", "Deputy Director")]
    assert {("Jonah Danjuma", "memberOf", "6 Division"), ("6 Division", "lost", "one of our soldiers")} <= relations(
        result
    )


def test_a_commander_introduced_by_his_group_then_identified_by_name_is_its_loss(extractor):
    text = (
        "Troops killed a commander of the Lakurawa armed group in Sokoto State on Sunday, the army said. According"
        " to a statement, the troops killed the commander, identified as Musa Kachalla, in a raid on the group's camp."
    )
    assert ("Lakurawa", "lost", "Musa Kachalla") in read(extractor, text)


def test_a_quoted_honorific_after_the_force_a_unit_belongs_to_is_the_units(extractor):
    text = (
        'The 4th Brigade of the National Guard of Ukraine "Rubizh" said it had shot down two Russian drones.'
        " Rubizh is commanded by Colonel Oleksandr Pivnenko."
    )
    result = extract(extractor, text)
    brigade = next(e for e in result.entities if e.name.startswith("4th"))
    assert "Rubizh" in brigade.aliases and ("Oleksandr Pivnenko", "commanded", brigade.name) in relations(result)


def test_a_place_the_model_named_with_its_province_stays_two_places(extractor):
    text = (
        "The 13th Operational Brigade has repelled a Russian assault near the village of Lyptsi in Kharkiv Oblast,"
        " destroying four armoured vehicles, the brigade reported."
    )
    assert ("Lyptsi", "locatedIn", "Kharkiv Oblast") in read(extractor, text)


def test_a_nations_losses_in_the_attack_a_named_unit_carried_out_are_that_units(extractor):
    text = (
        "Ukraine's 47th Brigade said it had repelled a Russian assault near Avdiivka on Tuesday. The assault was"
        " carried out by the 15th Motor Rifle Brigade, the brigade said. Russian losses in the attack reached 40"
        " servicemen, it said."
    )
    found = read(extractor, text)
    assert any(s == "15th Motor Rifle Brigade" and p == "lost" for s, p, _ in found)
    assert not any(s == "Russian Armed Forces" and p == "lost" for s, p, _ in found)


def test_a_district_named_with_its_kind_is_a_place_when_named_alone(extractor):
    text = (
        "Troops killed 12 bandits in Dan Musa Local Government Area of Katsina State. An analyst said the gangs had"
        " rebuilt their networks in Dan Musa and Safana."
    )
    assert [e.type.value for e in extract(extractor, text).entities if e.name.startswith("Dan Musa")] == ["Region"]


def test_a_papers_own_countrys_military_speaks_though_the_story_names_a_neighbour_more(extractor):
    text = (
        "PESHAWAR: Three soldiers were martyred when militants attacked a post in Bajaur near the Afghan border,"
        " the military's media wing said. The attackers had crossed from Afghanistan's Kunar and Nangarhar"
        " provinces, the statement said, adding that the Afghan interim government had been warned. The"
        " Tehreek-i-Taliban Pakistan claimed the attack."
    )
    result = extract(extractor, text, url="https://www.dawn.com/news/1", publisher="Dawn")
    assert [s for s, p, _ in relations(result) if p == "lost"] == ["Pakistan Army"]


def test_soldiers_said_to_belong_to_a_force_after_their_deaths_are_its_dead(extractor):
    text = (
        "Two soldiers were killed when militants fired on a checkpoint near Khar, the military said. The soldiers"
        " belonged to the Bajaur Scouts, a paramilitary force of the Frontier Corps. Among those killed was Sepoy"
        " Asif Khan, the military said."
    )
    found = read(extractor, text)
    assert {("Bajaur Scouts", "lost", "Asif Khan"), ("Bajaur Scouts", "partOf", "Frontier Corps")} <= found


def test_an_unnamed_group_is_not_the_armed_group_named_after_it(extractor):
    text = (
        "A large group of militants attacked a checkpoint in Tank district. The Tehreek-i-Taliban Pakistan later"
        " claimed the attack, saying the group's fighters had seized weapons."
    )
    assert "large group" not in {e.name for e in extract(extractor, text).entities}


def test_a_caretaker_ministers_title_names_no_body(extractor):
    text = "Caretaker Prime Minister Anwaarul Haq Kakar condemned the attack on the police station."
    assert "Caretaker" not in {e.name for e in extract(extractor, text).entities}


def test_a_valley_of_a_district_lies_in_it(extractor):
    text = "Militants attacked two posts in the Tirah valley of Khyber district, the police said."
    assert ("Tirah", "locatedIn", "Khyber") in read(extractor, text)


def test_the_statement_said_speaks_for_the_force_whose_staff_issued_it(extractor):
    text = (
        "The army's general staff said jihadists had shelled the camp at Gao on Sunday. Four soldiers were killed"
        " and nine wounded, the statement said."
    )
    assert ("Malian Armed Forces", "lost", "Four soldiers") in read(extractor, "Mali: " + text)


def test_a_force_deployed_alongside_an_army_is_its_ally(extractor):
    text = (
        "Russian mercenaries of the Wagner group, who have been deployed alongside the Malian army since 2021,"
        " left Kidal."
    )
    assert ("Wagner Group", "affiliatedWith", "Malian Armed Forces") in read(extractor, text)


def test_a_deputy_commander_captured_is_not_the_commander_named_later(extractor):
    text = (
        "The TNLA said it had captured the base of the junta's Light Infantry Battalion 345 near Kyaukme. Its"
        " spokesperson said 30 soldiers had been killed and 40 captured, including the battalion's deputy commander."
        " The battalion's commander, Lieutenant Colonel Min Naing, escaped before the base fell, she said."
    )
    assert not any(p == "lost" and o == "Min Naing" for _, p, o in read(extractor, text))


def test_a_name_on_the_outskirts_of_which_fighting_happens_is_a_place(extractor):
    text = "Rebels attacked a junta base on the outskirts of Kyaukme in Shan State on Monday, residents said."
    result = extract(extractor, text)
    assert {e.name: e.type.value for e in result.entities}.get("Kyaukme") == "Region"
    assert ("Kyaukme", "locatedIn", "Shan State") in relations(result)


def test_a_unit_under_the_command_of_another_is_part_of_it(extractor):
    text = "Light Infantry Battalion 501 is under the command of the junta's Triangle Region Command."
    assert ("Light Infantry Battalion 501", "partOf", "Triangle Region Command") in read(extractor, text)


def test_a_name_after_towards_is_a_place(extractor):
    text = "The soldiers fled towards Thabeikkyin after the base fell, the rebels said."
    assert {e.name: e.type.value for e in extract(extractor, text).entities}.get("Thabeikkyin") == "Region"


def test_others_in_a_company_listed_with_a_soldiers_kin_refused_with_the_unit(extractor):
    text = (
        "Wives of soldiers of the 1st Tank Regiment wrote to the governor. The regiment is part of the 20th Army."
        " One of the women said her son and several others in his platoon had refused to attack again."
    )
    assert ("1st Tank Regiment", "refused") in {(s, p) for s, p, _ in read(extractor, text)}


def test_the_port_of_a_town_is_the_town_not_inside_it(extractor):
    text = "Gunmen attacked a navy patrol boat near the Pacific port of Buenaventura, the navy said."
    assert not any(p == "locatedIn" and o == "Buenaventura" for _, p, o in read(extractor, text))


def test_a_guerrilla_group_in_the_gazetteer_is_a_unit_and_its_leaders_killing_its_loss(extractor):
    text = (
        "The EPP, a small Marxist guerrilla group, is believed to have fewer than 20 members left. Its leader,"
        " Osvaldo Villalba, was killed by security forces in 2020, prosecutors said."
    )
    result = extract(extractor, text)
    assert {e.name: e.type.value for e in result.entities}["Paraguayan People's Army"] == "Unit"
    assert ("Paraguayan People's Army", "lost", "Osvaldo Villalba") in relations(result)


def test_a_region_an_outlet_is_named_after_is_a_place(extractor):
    text = "Al-Shabaab fighters attacked a base near Bulo Burte in the Hiiraan region on Monday, officials said."
    assert {e.name: e.type.value for e in extract(extractor, text).entities}.get("Hiiraan") == "Region"


def test_militia_fighters_are_the_militias_named_before(extractor):
    text = (
        "Heavily armed al-Shabaab fighters stormed a base manned by Macawisley clan militia and government soldiers"
        " near Mahas on Monday. A regional official said at least 15 militia fighters and five soldiers of the"
        " Somali National Army (SNA) were killed. The Macawisley, clan militias allied with the government, took"
        " up arms in 2022."
    )
    found = read(extractor, text)
    assert any(s.startswith("Macawisley") and p == "lost" for s, p, _ in found)
    assert not any(s == "Al-Shabaab" and p == "lost" for s, p, _ in found)


def test_their_commander_is_the_previous_sentences_subject_not_its_enemy(extractor):
    text = (
        "Al-Shabaab attacked the town at dawn. The Macawisley, clan militias that took up arms against the"
        " militants in 2022, are allied with the government. Their commander, Osman Dhiblawe, was killed."
    )
    found = read(extractor, text)
    assert not any(p == "commanded" and o == "Al-Shabaab" for _, p, o in found)
    assert any(p == "commanded" and o.startswith("Macawisley") for _, p, o in found)


def test_the_commander_of_a_battalion_of_a_brigade_serves_in_it(extractor):
    text = (
        "The commander of a battalion of Russia's 126th Coastal Defense Brigade, Major Oleg Burov, was killed in a"
        " strike on Crimea, the navy said. Russian military bloggers confirmed Burov's death."
    )
    result = extract(extractor, text)
    names = {e.key: e.name for e in result.entities}
    confirmed = [names[c.subject] for c in result.claims if c.predicate is Predicate.LOST and "confirmed" in c.sentence]
    assert confirmed and confirmed[0].startswith("126th")


def test_names_listed_before_a_plural_kind_of_settlement_are_places(extractor):
    text = "The attackers invaded Okokolo and Ocholonya villages in the early hours of the day, residents said."
    types = {e.name: e.type.value for e in extract(extractor, text).entities}
    assert types.get("Okokolo") == "Region" and types.get("Ocholonya") == "Region"


def test_a_district_named_with_lga_is_a_place(extractor):
    text = "The Chairman of Agatu LGA, Yakubu Ochepo, told reporters that the attackers numbered over 100."
    assert {e.name: e.type.value for e in extract(extractor, text).entities}.get("Agatu LGA") == "Region"


def test_dead_hung_on_the_auxiliary_of_a_delayed_passive(extractor):
    text = (
        "Three soldiers attached to Operation Whirl Stroke and 12 villagers were on Monday killed when suspected"
        " armed herders attacked communities in Benue State."
    )
    assert any(s == "Operation Whirl Stroke" and p == "lost" for s, p, _ in read(extractor, text))


def test_a_man_identified_only_by_a_first_name_stays_a_person_when_named_again(extractor):
    text = (
        "Two of the volunteers told Vot Tak that the battalion had lost about 70 of its 120 men in a month of"
        ' assaults on Ukrainian positions near the town. "Nobody evacuated the wounded. They just lay there," one'
        " of them, who asked to be identified only as Dzianis, said.\n\nDzianis said that he and four other"
        " Belarusians had refused to go on another assault in August and had been sent to a pit for several days"
        " as punishment."
    )
    result = extract(extractor, text)
    assert {e.name: e.type.value for e in result.entities}.get("Dzianis") == "Person"


def test_a_commander_known_by_a_call_sign_after_a_passive_commanded(extractor):
    text = (
        "The Pechenegi battalion, which is attached to the 132nd Separate Motor Rifle Brigade, is commanded by a"
        ' former Wagner fighter known by the call sign "Gyurza", according to the volunteers.'
    )
    assert ("Gyurza", "commanded", "Pechenegi battalion") in read(extractor, text)


def test_a_commander_killed_whom_the_army_identified_by_name_is_that_man(extractor):
    text = (
        "An Israeli soldier was killed in Tubas, the IDF said. According to the military, troops killed five gunmen"
        " during the operation, including a local commander of the Palestinian Islamic Jihad's Al-Quds Brigades,"
        " whom it identified as Muhammad Jabarin."
    )
    assert any(p == "lost" and o == "Muhammad Jabarin" for _, p, o in read(extractor, text))


def test_gunmen_opening_a_sentence_are_no_place(extractor):
    text = "MEXICO CITY (AP) — Gunmen ambushed a police convoy in the Mexican state of Guerrero, killing 13 officers."
    assert "Gunmen" not in {e.name for e in extract(extractor, text).entities}


def test_a_known_force_named_with_its_kind_spelled_out_is_that_force(extractor):
    text = (
        "Fighters of the Konvoy private military company say they lost 40 men near Kamianske. Konvoy is commanded"
        " by Konstantin Pikalov, the fighters say."
    )
    units = [e.name for e in extract(extractor, text).entities if e.type.value == "Unit"]
    assert units == ["Convoy"]


def test_he_in_what_one_of_the_men_says_is_not_the_commander_named_before(extractor):
    text = (
        "Konstantin Pikalov, who worked with Wagner in Africa, commands the Konvoy unit himself, two fighters say."
        " One of them says that he and several comrades refused to go back to the front line."
    )
    assert not any(s == "Konstantin Pikalov" and p == "refused" for s, p, _ in read(extractor, text))


def test_the_philippine_news_agency_publishes_its_own_site(extractor):
    text = "Four members of the New People's Army were killed in a clash with government troops on Monday."
    result = extract(extractor, text, url="https://www.pna.gov.ph/articles/1224567")
    assert reporters(result, Predicate.LOST) == {"Philippine News Agency": "publisher"}


def test_soldiers_killed_in_a_nigerian_state_named_for_a_country_are_nigerias(extractor):
    text = (
        "Seven soldiers were killed when bandits attacked a military base in Shiroro Local Government Area of"
        " Niger State on Wednesday. The Nigerian Air Force later carried out air strikes in the area."
    )
    result = extract(extractor, text, url="https://dailytrust.com/x", publisher="Daily Trust")
    assert [s for s, p, _ in relations(result) if p == "lost"] == ["Nigerian Army"]


def test_soldiers_an_affiliate_says_it_killed_are_the_host_states_not_its_parents(extractor):
    text = (
        "Insurgents linked to the Islamic State group killed four Mozambican soldiers in an attack on an army"
        " position in Cabo Delgado province on Sunday, local sources said. The Islamic State Mozambique Province"
        ' (ISMP) claimed the attack on its Amaq news agency, saying that its fighters had killed seven "Crusader"'
        " soldiers and captured weapons. Rwandan troops, deployed in Cabo Delgado since 2021 at the request of the"
        " Mozambican government, are concentrated further north."
    )
    losers = {s for s, p, _ in read(extractor, text) if p == "lost"}
    assert "Islamic State" not in losers and "Mozambique Defence Armed Forces" in losers


def test_soldiers_refusing_according_to_one_of_a_units_men_are_that_units(extractor):
    found = read(
        extractor,
        "Marines of the 40th Naval Infantry Brigade have written to the regional governor.\n"
        "One of them, who gave his name as Sergeant Pavel Orlov, says the unit has not been rested since spring. "
        "According to him, eleven marines who refused to storm a village were locked in a pit.",
    )
    assert ("40th Naval Infantry Brigade", "refused", "to storm a village") in found
    assert ("Pavel Orlov", "memberOf", "40th Naval Infantry Brigade") in found


def test_one_of_a_units_men_named_beside_serves_in_it_but_not_one_of_its_prisoners(extractor):
    found = read(
        extractor,
        "Conscripts of the 72nd Motor Rifle Brigade complained in a video that they had no water.\n"
        "One of the conscripts, Private Artyom Belov, said the company had been abandoned.\n\n"
        "Ukraine's 93rd Brigade published a video of captured Russian soldiers. "
        "One of the prisoners, Ilya Kuznetsov, said he had been promised a quiet posting.",
    )
    assert ("Artyom Belov", "memberOf", "72nd Motor Rifle Brigade") in found
    assert not [r for r in found if r[0] == "Ilya Kuznetsov" and r[2] == "93rd Brigade"]


def test_a_unit_of_a_force_is_part_of_it_and_a_numbered_battalion_is_a_unit(extractor):
    result = extract(
        extractor,
        "The Sokil detachment is a unit of the National Guard of Ukraine, its spokesman said.\n"
        "The ambush was carried out by Company No. 7, the army said.",
    )
    assert ("Sokil detachment", "partOf", "National Guard of Ukraine") in relations(result)
    assert {e.name: e.type.value for e in result.entities}.get("Company No. 7") == "Unit"


def test_surrendered_before_the_name_of_an_armed_group_is_no_refusal(extractor):
    found = read(
        extractor,
        "The District Reserve Guard recruits young men from the villages, many of them surrendered Maoists, "
        "the police said.",
    )
    assert not [r for r in found if r[1] == "refused"]


def test_gang_members_the_police_killed_are_the_gangs_the_article_names(extractor):
    found = read(
        extractor,
        "Gang members killed two police officers in Tabarre on Monday, a police union said. The officers belonged "
        "to a specialized unit of the Haitian National Police. The union said the gang members were part of the G9 "
        "alliance. Police spokesman Garry Desrosiers said officers had killed five gang members in the fighting.",
    )
    assert ("G9", "lost", "five gang members") in found
    assert not [r for r in found if r[1] == "lost" and r[2] == "five gang members" and r[0] != "G9"]


def test_a_name_before_a_displacement_site_is_a_place(extractor):
    names = types_of(
        extractor,
        "At least 12 people were killed when fighters stormed the Ngoro Ngoro displacement site in Djugu territory, "
        "the army said.",
    )
    assert names.get("Ngoro Ngoro") == "Region"


def test_a_people_named_before_plural_militias_names_no_band(extractor):
    result = extract(extractor, "The Zaire militia, a coalition of mainly Hema militias, said it repelled the attack.")
    assert not [e for e in result.entities if "Hema" in e.name]


def test_men_who_signed_up_and_were_sent_to_a_unit_are_its_men(extractor):
    found = read(
        extractor,
        "Convicts from Tuva who signed contracts with the army and were transferred to the 55th Motor Rifle "
        "Brigade say they have lost half of their company near Pokrovsk.",
    )
    assert ("55th Motor Rifle Brigade", "lost", "half of their company") in found


def test_a_commander_named_as_an_officer_with_a_call_sign_commanded(extractor):
    found = read(
        extractor,
        "Mobilised men of the 1008th Regiment complained about their losses.\n"
        'One of the wives named the regiment\'s commander as an officer with the call sign "Grom".',
    )
    assert ("Grom", "commanded", "1008th Regiment") in found


def test_a_numbered_unit_spelled_out_by_its_acronym_keeps_its_whole_name(extractor):
    names = types_of(
        extractor, "Soldiers of the 1st Regiment of Mountain Infantry (RMI) repelled the attack, the army said."
    )
    assert names.get("1st Regiment of Mountain Infantry") == "Unit"


def test_its_commander_after_a_battalion_read_as_its_brigade_served_in_the_brigade(extractor):
    found = read(
        extractor,
        "Soldiers of a tank battalion of the 5th Guards Tank Brigade refused to attack, their relatives said.\n"
        "According to the relatives, the battalion lost 80 men in a week. "
        "Its commander, Major Oleg Sokolov, was removed after the men complained.",
    )
    assert ("Oleg Sokolov", "memberOf", "5th Guards Tank Brigade") in found
    assert ("Oleg Sokolov", "commanded", "5th Guards Tank Brigade") not in found


def test_a_given_name_after_a_comma_is_a_person_however_tagged(extractor):
    names = types_of(
        extractor,
        "Conscripts of the 72nd Brigade refused to go back, their families said.\n"
        '"They will not go," said the wife of one of the soldiers, Tatyana.',
    )
    assert names.get("Tatyana") == "Person"


def test_a_title_case_dateline_before_a_known_agency_is_a_place(extractor):
    names = types_of(
        extractor, "Medellín (AFP) – Three soldiers were killed in an ambush near the border, the army said."
    )
    assert names.get("Medellín") == "Region"


def test_a_front_of_an_armed_group_is_a_unit_however_tagged(extractor):
    found = read(extractor, "The army blamed the attack on the ELN's Northeastern War Front, the statement said.")
    assert ("Northeastern War Front", "partOf", "National Liberation Army") in found


def test_a_places_military_council_is_a_unit_not_the_place(extractor):
    found = read(
        extractor,
        "The Deir ez-Zor Military Council, which is part of the Syrian Democratic Forces, arrested three suspects "
        "in Busayrah.",
    )
    assert ("Deir ez-Zor Military Council", "partOf", "Syrian Democratic Forces") in found


def test_the_assailants_a_force_killed_are_not_its_own(extractor):
    found = read(
        extractor,
        "Islamic State cells attacked a checkpoint of the Syrian Democratic Forces near Raqqa on Sunday. "
        "SDF fighters repelled the attack and killed three of the assailants, the SDF said.",
    )
    assert ("Islamic State", "lost", "three of the assailants") in found
    assert ("Syrian Democratic Forces", "lost", "three of the assailants") not in found


def test_a_capitals_dateline_with_a_colon_is_a_known_place(extractor):
    assert types_of(extractor, "DOHA: Two soldiers of the 12th Brigade were killed, the army said.")["DOHA"] == "Region"
    assert "BREAKING" not in types_of(extractor, "BREAKING: Two soldiers of the 12th Brigade were killed.")


def test_its_commander_is_an_officer_known_by_a_call_sign(extractor):
    found = read(
        extractor,
        "The Kaskad battalion took part in the assault on Avdiivka. "
        'Its commander is a former Wagner officer known by the call sign "Tayfun".',
    )
    assert ("Tayfun", "commanded", "Kaskad") in found


def test_a_closing_quote_opens_no_name_across_a_paragraph(extractor):
    names = types_of(
        extractor,
        'The men were threatened with a transfer to a "penal unit".\n\n'
        'The "Bars" battalion was formed in 2022 and recruits former prisoners.',
    )
    assert not [n for n in names if "\n" in n or n.strip() == "The"]


def test_a_unit_which_fights_as_part_of_another_is_part_of_it(extractor):
    found = read(
        extractor,
        "The Vostok battalion, which fights as part of the 5th Guards Tank Brigade, lost 40 men near Kurakhove.",
    )
    assert ("Vostok battalion", "partOf", "5th Guards Tank Brigade") in found


def test_a_place_the_model_took_for_a_date_is_a_place(extractor):
    names = types_of(
        extractor,
        "The Frontier Corps South, a paramilitary force headquartered in Turbat, said two soldiers were killed.",
    )
    assert names.get("Turbat") == "Region"


def test_a_town_captured_lost_no_men(extractor):
    found = read(
        extractor,
        "Fighting continued around the town of Mongmit on Sunday. The TNLA, which is part of the Three "
        "Brotherhood Alliance, captured Mongmit in August 2024.",
    )
    assert not [r for r in found if r[1] == "lost"]


def test_a_known_state_before_a_kind_of_place_is_named(extractor):
    names = types_of(
        extractor,
        "The TNLA lost dozens of fighters in the battle for the northern Shan State town of Hsipaw, "
        "a TNLA officer said.",
    )
    assert names.get("Shan State") == "Region"


def test_a_group_described_as_an_armed_group_is_a_band_and_loses_its_attackers(extractor):
    result = extract(
        extractor,
        "Bandits attacked a police patrol near Kosubosu on Monday. The police said three of the attackers were "
        "killed. Residents said the bandits belonged to the Sadiku group, an armed group that operates in the area.",
    )
    assert {e.name: e.type.value for e in result.entities}.get("Sadiku") == "Unit"
    assert ("Sadiku", "lost", "three of the attackers") in relations(result)


def test_a_peoples_word_before_a_kind_and_the_bands_name_names_no_band(extractor):
    names = types_of(extractor, "Twelve fighters of the Dogon militia Dan Na Ambassagou died in the attack on Sangha.")
    assert names.get("Dan Na Ambassagou") == "Unit"
    assert not [n for n in names if "Dogon" in n]


def test_a_name_after_in_set_before_a_known_province_is_a_place(extractor):
    names = types_of(
        extractor, "Two soldiers were killed in Datu Piang, Maguindanao del Sur, on Monday, the army said."
    )
    assert names.get("Datu Piang") == "Region"
    assert names.get("Maguindanao del Sur") == "Region"


def test_a_name_glossed_by_his_alias_is_a_person(extractor):
    text = (
        "Government forces clashed with the Carlos Patiño Front, which is commanded by Néstor Gregorio Vera, "
        "better known by his alias Iván Mordisco."
    )
    assert ("Néstor Gregorio Vera", "commanded", "Carlos Patiño Front") in read(extractor, text)


def test_the_faction_is_the_force_it_was_said_to_be_of(extractor):
    text = (
        "Police blamed the attack on a faction of the Clan del Golfo. The faction is commanded by a man known "
        "as Gonzalito, prosecutors said."
    )
    assert ("Gonzalito", "commanded", "Clan del Golfo") in read(extractor, text)


def test_a_term_for_a_group_is_that_group(extractor):
    text = (
        'Officials blamed "Fitna al Hindustan", the term the government uses for the Balochistan Liberation '
        "Army (BLA). Five militants were killed by the police, officials said."
    )
    assert "Fitna al Hindustan" not in types_of(extractor, text)


def test_attackers_described_as_members_of_a_group_are_its_men(extractor):
    text = (
        "Soldiers repelled the raid and killed four of the raiders. The army described the raiders as members "
        "of Lashkar-e-Taiba. Officials said Jaish-e-Mohammed had also been active in the area."
    )
    assert ("Lashkar-e-Taiba", "lost", "four of the raiders") in read(extractor, text)


def test_a_source_after_a_headlines_colon_lost_no_one(extractor):
    claims = extract(extractor, "Two soldiers martyred, four terrorists killed in Kurram attack: ISPR").claims
    assert not [c for c in claims if c.subject.startswith("Organization:")]


def test_an_object_pronoun_is_not_its_clauses_subject(extractor):
    text = "The TTP is separate from the Afghan Taliban but closely allied with them, analysts say."
    assert ("Tehreek-e-Taliban Pakistan", "affiliatedWith", "Taliban") in read(extractor, text)


def test_she_said_after_a_quotation_of_two_sentences_is_the_woman_named_before(extractor):
    text = (
        "Wives of soldiers of the 1473rd Regiment say their husbands were sent to attack by the regiment's "
        "commander, Colonel Ivan Petrov. One of the wives, Oksana, spoke to reporters.\n\n"
        '"Nobody answers us. The regiment lost 40 men in a week," she said.'
    )
    assert reporters(extract(extractor, text), Predicate.LOST) == {"Oksana": "said"}


def test_they_say_after_according_to_the_wives_are_the_wives(extractor):
    text = (
        "According to the wives, the commander threatened to send the men to a penal unit. The 1473rd Regiment "
        "is part of the 20th Army, they say."
    )
    result = extract(extractor, text)
    assert [c.attributions for c in result.claims if c.predicate is Predicate.PART_OF] == [[]]


def test_a_quoted_name_after_movement_is_an_organization(extractor):
    text = 'The appeal was posted by the movement "Put Domoi" on Sunday.'
    assert types_of(extractor, text).get("Put Domoi") == "Organization"


def test_the_womens_unverified_account_leaves_what_they_told_unverified(extractor):
    text = (
        "Wives of soldiers of the 1473rd Regiment say 40 men of the regiment were killed last week. "
        "The outlet could not verify the women's account."
    )
    lost = [c for c in extract(extractor, text).claims if c.predicate is Predicate.LOST]
    assert [c.verification for c in lost] == [Verification.UNVERIFIED]


def test_a_district_the_model_took_with_its_article_for_a_building(extractor):
    text = "Three soldiers were killed in the Killa Saifullah district on Monday, the military said."
    assert types_of(extractor, text).get("Killa Saifullah") == "Region"


def test_a_force_named_with_another_country_is_not_the_one_named_before(extractor):
    text = (
        "The Pakistani Taliban, or Tehreek-e-Taliban Pakistan (TTP), claimed the attack. Islamabad accuses the "
        "Afghan Taliban of sheltering the group."
    )
    assert {"Tehreek-e-Taliban Pakistan", "Taliban"} <= set(types_of(extractor, text))


def test_members_of_a_named_security_force_are_its_own(extractor):
    text = (
        "Clashes broke out in southern Syria on Sunday. The interior ministry said six members of the General "
        "Security forces were killed when their patrol came under fire."
    )
    assert ("General Security Service", "lost", "six members of the General Security forces") in read(extractor, text)


def test_a_people_named_beside_fighters_is_no_person(extractor):
    text = (
        "At least 37 people were killed in clashes between Druze fighters and Bedouin tribes in southern "
        "Syria's Suwayda province, a war monitor said."
    )
    assert "Bedouin" not in types_of(extractor, text)


def test_an_armed_faction_called_the_largest_in_a_place_is_an_armed_band_there(extractor):
    text = (
        "Clashes broke out in Syria's Suwayda province. The Men of Dignity movement, the largest Druze armed "
        "faction in the province, said its fighters had only defended their villages."
    )
    result = extract(extractor, text)
    assert {e.name: e.type.value for e in result.entities}["Men of Dignity"] == "Unit"
    assert ("Men of Dignity", "locatedIn", "Suwayda") in relations(result)


def test_a_leaders_own_group_in_a_whose_clause_is_the_one_he_leads(extractor):
    text = (
        "Rebels led by Islamist leader Abu Mohammed al-Jolani, whose Hayat Tahrir al-Sham group seized Idlib "
        "in 2015, entered Aleppo."
    )
    assert ("Abu Mohammed al-Jolani", "commanded", "Hayat Tahrir al-Sham") in read(extractor, text)


def test_the_troops_of_an_armys_general_staff_are_that_armys(extractor):
    text = (
        "The Azawad Liberation Front (FLA) said its fighters had killed 30 soldiers near Kidal. The Malian Armed "
        "Forces (FAMa) gave a different account. In a communique, the army general staff said its troops had "
        "neutralised about 20 assailants, while acknowledging the loss of three soldiers."
    )
    found = read(extractor, text)
    assert ("Azawad Liberation Front", "lost", "about 20 assailants") in found
    assert ("Malian Armed Forces", "lost", "the loss of three soldiers") in found


def test_a_countrys_whole_army_is_part_of_no_other_force(extractor):
    text = "Rebels said they had ambushed a convoy of the Malian army and Russian paramilitaries of the Africa Corps."
    assert not [c for c in extract(extractor, text).claims if c.predicate is Predicate.PART_OF]


def test_a_force_controlled_by_a_ministry_is_part_of_it(extractor):
    text = "The Africa Corps, which is controlled by the Russian Defence Ministry, replaced the Wagner Group in Mali."
    assert ("Africa Corps", "partOf", "Russian Ministry of Defense") in read(extractor, text)


def test_a_state_broadcaster_is_an_outlet(extractor):
    text = (
        "In a statement broadcast by the state-owned Ethiopian Broadcasting Corporation (EBC), the command said "
        "its units had destroyed a rebel force."
    )
    assert types_of(extractor, text).get("Ethiopian Broadcasting Corporation") == "Outlet"


def test_a_deputy_commissioners_rank_is_no_command_and_no_name(extractor):
    text = (
        "The Upper East Regional Police Command said a curfew would remain in force. Its commander, Deputy "
        "Commissioner of Police Paul Awini, urged residents to hand over weapons."
    )
    result = extract(extractor, text)
    assert "Commissioner" not in {e.name for e in result.entities}
    assert ("Paul Awini", "commanded", "Upper East Regional Police Command") in relations(result)


def test_a_director_of_public_relations_names_no_body(extractor):
    text = (
        "The Ghana Armed Forces said in a statement signed by its Director of Public Relations, Colonel Kwaku "
        "Ampong, that the patrol had been attacked."
    )
    assert "Public Relations" not in types_of(extractor, text)


def test_a_soldier_killed_where_one_army_and_only_police_are_named_is_that_armys(extractor):
    text = (
        "A soldier has been killed and two others injured after unidentified gunmen opened fire on a military "
        "patrol in Bawku on Friday night. The Ghana Armed Forces (GAF) said the soldiers were part of a joint "
        "team. The Upper East Regional Police Command said a curfew would remain in force."
    )
    assert ("Ghanaian Armed Forces", "lost", "A soldier") in read(extractor, text)


def test_commanding_a_crew_in_a_brigade_is_serving_in_it(extractor):
    text = (
        "The 103rd Separate Territorial Defense Brigade holds the line near Kupiansk. Sergeant Taras Hnatyshyn "
        "commanded a mortar crew in the brigade and had served since 2022."
    )
    found = read(extractor, text)
    assert ("Taras Hnatyshyn", "memberOf", "103rd Separate Territorial Defense Brigade") in found
    assert ("Taras Hnatyshyn", "commanded", "103rd Separate Territorial Defense Brigade") not in found


def test_he_was_killed_after_his_unit_was_named_is_his_units_loss(extractor):
    text = (
        "Lviv buried two servicemen of the 103rd Separate Territorial Defense Brigade on Friday. Sergeant Taras "
        "Hnatyshyn, 41, commanded a mortar crew in the brigade. He was killed on March 1 near Kupiansk, the city "
        "council said."
    )
    assert ("103rd Separate Territorial Defense Brigade", "lost", "Taras Hnatyshyn") in read(extractor, text)


def test_a_man_who_died_in_an_attack_on_his_units_positions_is_its_loss(extractor):
    text = (
        "The 103rd Separate Territorial Defense Brigade holds the line near Kupiansk. Private Andrii Melnyk, 29, "
        "a rifleman, died during an artillery attack on his unit's positions, the brigade said."
    )
    assert ("103rd Separate Territorial Defense Brigade", "lost", "Andrii Melnyk") in read(extractor, text)


def test_a_direction_of_the_front_is_no_unit(extractor):
    text = "Its fighters have held positions on the Kupiansk axis since last autumn."
    assert types_of(extractor, text) == {"Kupiansk": "Region"}


def test_a_city_losing_its_residents_is_no_forces_loss(extractor):
    text = "Lviv Mayor Andrii Sadovyi wrote on Facebook that Lviv had lost more than 1,000 of its residents in the war."
    assert not [c for c in extract(extractor, text).claims if c.predicate is Predicate.LOST]


def test_a_defence_ministry_counting_bare_soldiers_counts_its_countrys(extractor):
    text = (
        "Two soldiers were killed and four others wounded when explosive-laden drones attacked an army patrol "
        "in the municipality of Apatzingán, in the western state of Michoacán, the Ministry of National Defense "
        "(Sedena) said on Friday."
    )
    assert ("Mexican Armed Forces", "lost", "Two soldiers") in read(extractor, text)


def test_a_quoted_translation_in_brackets_is_the_names_alias(extractor):
    text = (
        'Wives of mobilised men laid flowers at the Kremlin wall, the latest protest by the Put Domoi ("The Way '
        'Home") movement, which demands that their relatives be brought back.'
    )
    names = types_of(extractor, text)
    assert names.get("Put Domoi") == "Organization" and "Way Home" not in names


def test_a_name_after_a_bracketed_title_is_a_person(extractor):
    text = "The blast hit their vehicle near Kutru, Inspector General of Police (Bastar Range) P Sundarraj said."
    assert types_of(extractor, text).get("P Sundarraj") == "Person"


def test_an_indian_ministers_title_names_no_body(extractor):
    text = "Union Home Minister Amit Shah has set a deadline of March 2026 to end left-wing extremism."
    assert types_of(extractor, text) == {"Amit Shah": "Person"}


def test_the_named_groups_faction_led_by_a_man_is_his_command(extractor):
    text = (
        "The SPLM-N faction led by Abdelaziz al-Hilu, which controls parts of the Nuba Mountains, signed a "
        "charter with the RSF."
    )
    assert ("Abdelaziz al-Hilu", "commanded", "Sudan People's Liberation Movement-North") in read(extractor, text)


def test_a_sudanese_town_the_model_takes_for_a_man_is_a_place(extractor):
    text = "A force advancing from Kadugli linked up with the 54th Infantry Brigade."
    assert types_of(extractor, text).get("Kadugli") == "Region"


def test_a_town_named_like_an_officials_first_name_is_a_place(extractor):
    text = (
        "Gunmen stormed a police station in Surab town of Khuzdar district on Friday. Deputy Commissioner "
        "Surab Hidayatullah Baloch said the attackers fled towards the mountains."
    )
    assert types_of(extractor, text).get("Surab") == "Region"


def test_the_levies_are_balochistans_levies_force(extractor):
    text = (
        "Two personnel of the Balochistan Levies Force were killed in Surab. Among the dead was Levies Risaldar "
        "Abdul Qayyum, officials said."
    )
    names = types_of(extractor, text)
    assert names.get("Balochistan Levies Force") == "Unit" and "Levies" not in names


def test_operating_under_an_unnamed_sector_of_an_operation_is_under_the_operation(extractor):
    text = (
        "The base is manned by troops of the 153 Task Force Battalion, which operates under Sector 3 of "
        "Operation Hadin Kai."
    )
    assert ("153 Task Force Battalion", "partOf", "Operation Hadin Kai") in read(extractor, text)


def test_villagers_fleeing_the_fighting_refuse_nothing(extractor):
    text = (
        "Provincial spokesman Chea Sokha said two civilians were killed. Thousands of villagers fled to safer "
        "areas, he said."
    )
    assert not any(c.predicate is Predicate.REFUSED for c in extract(extractor, text).claims)


def test_a_military_region_numbered_after_its_kind_is_a_unit(extractor):
    text = (
        "Gen Sok Phal, commander of the Royal Cambodian Armed Forces' Military Region 5, said his troops were on alert."
    )
    found = read(extractor, text)
    assert ("Sok Phal", "commanded", "Military Region 5") in found
    assert ("Military Region 5", "partOf", "Cambodian Armed Forces") in found


def test_each_name_listed_before_plural_provinces_is_a_place(extractor):
    names = types_of(extractor, "Rockets landed in Kanchanaburi and Ratchaburi provinces overnight.")
    assert names.get("Kanchanaburi") == names.get("Ratchaburi") == "Region"


def test_a_soldier_killed_by_another_countrys_fire_is_the_speaking_armys(extractor):
    text = (
        "The Indian Army said its posts came under fire from Pakistani troops and that one soldier had been "
        "killed by Pakistani mortar fire."
    )
    assert ("Indian Army", "lost", "one soldier") in read(extractor, text)


def test_an_officer_posted_somewhere_says_nothing(extractor):
    text = (
        "Among those killed was Captain Arjun Mehta, an Indian Air Force officer posted in Jodhpur, who was "
        "visiting his parents."
    )
    extraction = extract(extractor, text, url="https://example.in/story")
    assert reporters(extraction, Predicate.LOST) == {"example.in": "publisher"}


def test_drone_operators_killed_in_a_strike_on_a_brigades_post_are_its_men(extractor):
    text = (
        "The ministry said its forces had hit a headquarters of the 22nd Mechanized Brigade near Chasiv Yar, "
        "killing 15 drone operators."
    )
    assert ("22nd Mechanized Brigade", "lost", "15 drone operators") in read(extractor, text)


def test_a_unit_introduced_by_its_name_is_not_the_force_named_before(extractor):
    text = (
        "Kovalenko was appointed commander of the Territorial Defence Forces in May. Kovalenko founded the "
        'strike unit known as "Kovalenko\'s Hawks" in 2022.'
    )
    names = types_of(extractor, text)
    assert names.get("Kovalenko's Hawks") == "Unit"


def test_attackers_are_no_police_command_named_before(extractor):
    text = (
        "The Plateau State Police Command confirmed the attack. Soldiers of Operation Safe Haven engaged the "
        "attackers and killed four of them, the task force spokesman said."
    )
    assert not any(p == "lost" and s == "Plateau State Police Command" for s, p, _ in read(extractor, text))


def test_constables_and_inspectors_are_policemen(extractor):
    text = (
        "The Katsina State Police Command said gunmen attacked a checkpoint on Sunday. Two constables were "
        "killed and an inspector was wounded, it said."
    )
    lost = {o for s, p, o in read(extractor, text) if p == "lost" and s == "Katsina State Police Command"}
    assert lost == {"Two constables", "an inspector"}


def test_an_officer_who_asked_not_to_be_named_is_not_the_officer_named_before(extractor):
    text = (
        "Troops repelled the attack, the division's media officer, Captain John Okafor, said on Monday.\n\n"
        "The Kaduna State Police Command said a police sergeant was killed in the attack, an officer who asked "
        "not to be named told reporters."
    )
    extraction = extract(extractor, text)
    assert "John Okafor" not in reporters(extraction, Predicate.LOST)


def test_soldiers_killed_there_after_a_units_base_was_named_are_its_men(extractor):
    text = (
        "Heavy fighting was reported around the base of the army's 12th Brigade near Gao. Two soldiers were "
        "killed there, a resident said."
    )
    assert ("12th Brigade", "lost", "Two soldiers") in read(extractor, text)


def test_the_rest_of_the_men_refusing_are_their_units(extractor):
    text = (
        "Soldiers of the 237th Motor Rifle Regiment wrote to the governor. They say 15 men from their battalion "
        "have died and that the rest refuse to attack again."
    )
    assert ("237th Motor Rifle Regiment", "refused", "to attack again") in read(extractor, text)


def test_a_surname_that_is_also_a_towns_name_is_the_man_named_before(extractor):
    text = "Colonel Oleh Lyman commands the 20th Brigade. The paper could not reach Lyman for comment."
    assert "Lyman" not in types_of(extractor, text)


def test_a_name_after_the_centre_of_is_a_place(extractor):
    names = types_of(extractor, "Rebels entered the centre of Nyabiondo in North Kivu province on Tuesday.")
    assert names.get("Nyabiondo") == "Region"


def test_them_named_two_sentences_after_the_soldiers_killed_are_the_dead(extractor):
    text = (
        "Three soldiers were killed near Jenin, the Israel Defense Forces said. The soldiers served in the Golani "
        "Brigade. The army named them as Sgt. Ido Ben-David and Sgt. Amit Levi."
    )
    lost = {o for _, p, o in read(extractor, text) if p == "lost"}
    assert {"Ido Ben-David", "Amit Levi"} <= lost


def test_losses_inflicted_by_shelling_a_forces_positions_are_its_own(extractor):
    text = (
        "The rebels said they had shelled positions of the Chadian army near Lake Chad on Monday, inflicting "
        "heavy losses."
    )
    assert ("Chadian Armed Forces", "lost", "heavy losses") in read(extractor, text)


def test_a_battalion_numbered_after_its_bracketed_abbreviation_is_one_unit(extractor):
    names = types_of(
        extractor,
        "Resistance forces overran the base of Light Infantry Battalion (LIB) 74 in Gangaw. LIB 74 had held it "
        "since 2021.",
    )
    assert len([n for n, kind in names.items() if kind == "Unit"]) == 1


def test_our_side_in_a_spokesmans_words_is_the_force_he_speaks_for(extractor):
    text = '"Our side lost two comrades," a spokesman for the Kachin Independence Army, Colonel Naw Bu, told reporters.'
    assert ("Kachin Independence Army", "lost", "two comrades") in read(extractor, text)


def test_others_captured_after_soldiers_killed_are_of_the_same_unit(extractor):
    text = "Rebels killed 20 soldiers of the 33rd Light Infantry Division and captured 15 others, the group said."
    assert ("33rd Light Infantry Division", "lost", "15 others") in read(extractor, text)
    text = (
        "Troops killed ten fighters of the Kuki National Army on Monday. Two civilians were also killed and six "
        "others went missing, according to officials."
    )
    assert not any(o == "six others" for _, p, o in read(extractor, text) if p == "lost")


def test_a_police_station_attacked_is_the_police_named_later_in_the_sentence(extractor):
    text = (
        "Gang members stormed the police station in Mirebalais, north of the capital, killing two officers, the "
        "Haitian National Police said.\n\nPolice killed three of the attackers, a spokesman said. The slain "
        "officers were identified as Jean Paul and Marc Denis.\n\nKenyan police officers of the MSS mission "
        "arrived later."
    )
    lost = {(s, o) for s, p, o in read(extractor, text) if p == "lost"}
    assert {("Haitian police", "two officers"), ("Haitian police", "Jean Paul")} <= lost


def test_a_movements_secretary_general_leads_it(extractor):
    text = (
        "The Polisario Front said its fighters had shelled Moroccan positions. Its secretary general, Brahim "
        "Ghali, said the front would fight on."
    )
    assert ("Brahim Ghali", "commanded", "Polisario Front") in read(extractor, text)


def test_a_local_defence_force_and_its_bracketed_acronym_are_one_unit(extractor):
    text = (
        "Resistance fighters seized the police station in the town on Sunday after a three-day siege, the Gangaw "
        "People's Defence Force (PDF) said.\n\nThe Gangaw PDF, which answers to the National Unity Government, "
        "said three of its fighters were killed. A spokesman for the Gangaw PDF, Ko Min, confirmed the toll."
    )
    names = types_of(extractor, text)
    assert names.get("Gangaw People's Defence Force") == "Unit"
    assert "PDF" not in names and "Gangaw PDF" not in names


def test_a_provinces_police_command_named_by_its_place_is_a_unit(extractor):
    text = "Three members of the Kandahar police command were killed in the blast, the provincial governor said."
    assert types_of(extractor, text).get("Kandahar police command") == "Unit"


def test_them_after_a_named_force_targeted_is_that_force(extractor):
    text = (
        'In a statement, the Islamic State said it had attacked "Taliban militia" near Jalalabad and killed seven '
        "of them."
    )
    assert ("Taliban", "lost", "seven of them") in read(extractor, text)


def test_soldiers_named_as_they_embraced_martyrdom_are_the_armys_its_media_wing_speaks_for(extractor):
    text = (
        "Two soldiers, Havildar Amir Khan and Sepoy Usman Ali, embraced martyrdom in the exchange of fire, the "
        "ISPR said."
    )
    lost = {o for s, p, o in read(extractor, text) if p == "lost" and s == "Pakistan Army"}
    assert "Amir Khan" in lost


def test_a_countrys_military_leader_commands_its_forces(extractor):
    text = "Sudan's military leader, General Abdel Fattah al-Burhan, said the war would go on."
    assert ("Abdel Fattah al-Burhan", "commanded", "Sudanese Armed Forces") in read(extractor, text)


def test_the_army_is_the_state_army_not_the_white_army(extractor):
    text = (
        "The SSPDF said it had repulsed an attack by the White Army near Nasir. The army lost two soldiers, its "
        "spokesman said."
    )
    assert ("South Sudan People's Defence Forces", "lost", "two soldiers") in read(extractor, text)


def test_an_armed_group_known_only_by_its_leader_is_his_command(extractor):
    text = "Clashes broke out in Sabratha between the 48th Battalion and an armed group led by Ahmed al-Dabbashi."
    assert any(s == "Ahmed al-Dabbashi" and p == "commanded" for s, p, _ in read(extractor, text))


def test_others_wounded_after_a_count_including_soldiers_are_not_theirs(extractor):
    text = (
        "Five people were killed, including three soldiers of the 12th Brigade, and 14 others were wounded, the "
        "hospital said."
    )
    assert ("12th Brigade", "lost", "14 others") not in read(extractor, text)


def test_the_dead_among_them_apostate_forces_and_a_commander_identified_later(extractor):
    text = (
        "A suicide car bomb exploded at a checkpoint on Sunday, killing at least nine people, among them four "
        "soldiers of the Somali National Army and a local militia commander, officials said.\n\nAl-Shabaab "
        'claimed responsibility through its Shahada news agency, saying the attack had targeted "apostate '
        'forces" and killed 20 of them.\n\nThe militia commander was identified as Ali Gure, who led clan '
        "fighters known as Macawisley near Jowhar."
    )
    lost = {(s, o) for s, p, o in read(extractor, text) if p == "lost"}
    assert ("Somali National Army", "four soldiers of the Somali National Army and a local militia commander") in lost
    assert ("Somali National Army", "20 of them") in lost and not any(s == "al-Shabaab" for s, _ in lost)
    assert ("Macawisley", "Ali Gure") in lost


def test_earlier_reports_are_no_report_in_particular(extractor):
    text = (
        "The ministry said its units had repelled three attacks near Krynky. The Dnepr group of forces is "
        "commanded by Colonel General Mikhail Teplinsky, according to earlier reports."
    )
    extraction = extract(extractor, text, url="https://tass.example/1")
    assert reporters(extraction, Predicate.COMMANDED) == {"tass.example": "publisher"}
    command = next(c for c in extraction.claims if c.predicate is Predicate.COMMANDED)
    assert command.verification is Verification.ASSERTED  # no unnamed report it rests on


def test_a_name_followed_by_an_armed_group_apposition_is_a_force(extractor):
    text = (
        "Officials blamed the attack on fighters of the Benishangul People's Liberation Movement (BPLM), an "
        "armed group that split in 2023."
    )
    assert types_of(extractor, text).get("Benishangul People's Liberation Movement") == "Unit"


def test_soldiers_another_countrys_strike_killed_are_the_speaking_brigades(extractor):
    text = (
        "A Russian drone strike on a field camp in Ukraine's Sumy region killed nine soldiers and wounded 14 "
        "others, Ukraine's 41st Mechanized Brigade said on Sunday."
    )
    assert ("41st Mechanized Brigade", "lost", "nine soldiers") in read(extractor, text)


def test_a_spokespersons_name_hung_on_the_place_of_the_operations_he_speaks_for(extractor):
    text = (
        "CODECO militiamen attacked an army position near Djugu on Monday. The spokesperson of the FARDC's "
        "operations in Ituri, Lieutenant Jules Ngongo, told reporters that the army had repelled the "
        "assailants and killed six of them."
    )
    extraction = extract(extractor, text)
    assert "Jules Ngongo" in reporters(extraction, Predicate.LOST)


def test_two_known_places_joined_by_and_are_not_one_body(extractor):
    text = "Fighters attacked positions on the border between Lahj and Taiz provinces, a military source said."
    names = types_of(extractor, text)
    assert names.get("Lahj") == names.get("Taiz") == "Region"


def test_soldiers_an_army_acknowledged_losing_after_saying_it_repelled_are_its_own(extractor):
    text = (
        "The Burkinabe army said on Sunday that it had repelled an attack by JNIM fighters on its base in Djibo, "
        "but acknowledged that nine soldiers had been killed."
    )
    assert ("Burkina Faso Armed Forces", "lost", "nine soldiers") in read(extractor, text)


def test_he_who_accused_and_said_after_an_aside_is_the_speaker_before(extractor):
    text = (
        "Pado Min Thant, a spokesman for the KNU, told Mizzima that the army had lost 40 men and that Major "
        "Kyaw Zin Oo had been captured. The claim could not be independently verified.\n\n"
        "He accused the army of shelling villages, and said the 44th Light Infantry Division had lost 30 more men."
    )
    extraction = extract(extractor, text)
    said = {c.object_text: reporters_of(extraction, c) for c in extraction.claims if c.predicate is Predicate.LOST}
    assert said.get("30 more men") == {"Pado Min Thant": "said"}


def test_the_unit_commander_named_after_an_inclusion_commanded_and_was_its_loss(extractor):
    text = (
        "The TNLA said it had overrun the base of the 26th Battalion in Kutkai. More than 30 soldiers, including "
        "the battalion's commander, Police Lieutenant Colonel Kyaw Myo Win, had been captured, it said."
    )
    found = read(extractor, text)
    assert ("Kyaw Myo Win", "commanded", "26th Battalion") in found
    assert ("26th Battalion", "lost", "Kyaw Myo Win") in found


def test_shares_of_a_toll_belonging_to_factions_and_counted_as_fighters(extractor):
    text = (
        "A monitoring group said 18 of the dead belonged to factions of the Syrian National Army and four "
        "were fighters of the Syrian Democratic Forces."
    )
    found = {(s, p) for s, p, _ in read(extractor, text)}
    assert {("Syrian National Army", "lost"), ("Syrian Democratic Forces", "lost")} <= found


def test_a_division_known_by_a_name_the_model_takes_for_a_man(extractor):
    text = "Fighters of the Sultan Murad Division, known as al-Muradiya, shelled the village of Tal Tamr."
    extraction = extract(extractor, text)
    assert "Person" not in {e.type.value for e in extraction.entities}
    division = next(e for e in extraction.entities if e.name == "Sultan Murad Division")
    assert "al-Muradiya" in division.aliases


def test_a_russian_republics_capital_is_a_place(extractor):
    text = "The military enlistment office in Syktyvkar declined to comment on the regiment's losses."
    assert types_of(extractor, text).get("Syktyvkar") == "Region"


def test_a_name_set_off_by_its_distance_from_a_town_is_a_place(extractor):
    text = "The attack targeted the base of Tin-Akoff, about 50 km from Gorom-Gorom."
    names = types_of(extractor, text)
    assert names.get("Tin-Akoff") == names.get("Gorom-Gorom") == "Region"


def test_the_leader_of_a_cell_of_a_cartel_serves_in_it(extractor):
    text = "Prosecutors said the bomb was planted by a cell of the Sinaloa Cartel led by Joel Arreola."
    found = read(extractor, text)
    assert ("Joel Arreola", "memberOf", "Sinaloa Cartel") in found
    assert ("Joel Arreola", "commanded", "Sinaloa Cartel") not in found


def test_doubt_of_an_unnamed_report_leaves_the_named_sources_claims_alone(extractor):
    text = (
        "Three soldiers of the 8th Military Zone were killed in an ambush, the Defence Ministry said.\n\n"
        "Local media reported that the attackers belonged to a cell of the Gulf Clan. The report could not "
        "be confirmed."
    )
    extraction = extract(extractor, text)
    lost = next(c for c in extraction.claims if c.predicate is Predicate.LOST)
    assert lost.verification is Verification.ASSERTED


def test_an_outlet_named_in_full_goes_by_its_initials_later(extractor):
    text = (
        "Soldiers of the 47th Mechanized Brigade say they have not been rotated for months, Novaya Gazeta "
        "Europe has learned. The brigade's press service told NGE that the brigade had lost few men."
    )
    extraction = extract(extractor, text)
    said = [reporters_of(extraction, c) for c in extraction.claims if c.predicate is Predicate.LOST]
    assert said and said[0].get("Novaya Gazeta Europe") == "via"


def test_words_in_letters_shared_with_an_outlet_came_through_it(extractor):
    text = (
        "In messages shared with Verstka by their wives, soldiers of the 1444th Motor Rifle Regiment said the "
        "regiment had lost 60 men near Tsukuryne."
    )
    extraction = extract(extractor, text)
    assert reporters(extraction, Predicate.LOST).get("Verstka") == "via"


def test_an_operational_strategic_group_named_in_quotes_after_its_kind(extractor):
    text = 'The 24th Brigade is part of the Operational-Strategic Group "Khortytsia", its spokesman said.'
    assert ("24th Brigade", "partOf", "Khortytsia Operational-Strategic Group") in read(extractor, text)


def test_soldiers_a_general_staff_said_were_killed_after_naming_it_are_its_armys(extractor):
    text = (
        "Jihadists attacked a post of the 5th Infantry Battalion near Douentza on Sunday. In a statement, the "
        "Malian army's general staff said the assault had been repelled. It said three soldiers were killed."
    )
    assert ("Malian Armed Forces", "lost", "three soldiers") in read(extractor, text)


def test_unowned_soldiers_killed_where_only_rebels_and_a_foreign_contingent_are_named(extractor):
    text = (
        "A convoy of the Malian Armed Forces (FAMa) and their Russian allies of the Africa Corps was ambushed on "
        "Friday near Menaka, local sources said. According to an elected official from the area, at least five "
        "soldiers were killed and two vehicles were burned. The Islamic State Sahel Province claimed the ambush."
    )
    assert ("Malian Armed Forces", "lost", "at least five soldiers") in read(extractor, text)


def test_the_martyred_soldiers_named_paragraphs_after_their_deaths(extractor):
    text = (
        "Four soldiers of the Frontier Corps were martyred when militants attacked a post in Bajaur, officials "
        "said.\n\nA police official said the attackers had fired rockets for two hours. He said the post had "
        "been attacked twice this year.\n\nThe army said the area was being cleared.\n\n"
        "The ISPR named the martyred soldiers as Naik Zahid Hussain and Sepoy Irfan Ullah."
    )
    found = read(extractor, text)
    assert ("Frontier Corps", "lost", "Zahid Hussain") in found


def test_khwarij_the_states_term_for_a_group_are_its_men(extractor):
    text = (
        'The ISPR said five "khwarij", the term the state uses for the Tehreek-i-Taliban Pakistan (TTP), were '
        "killed in an operation in North Waziristan."
    )
    assert {s for s, p, _ in read(extractor, text) if p == "lost"} == {"Tehreek-e-Taliban Pakistan"}


def test_a_frontier_corps_wing_named_after_its_region(extractor):
    text = "Two soldiers of the FC's Kurram Militia were martyred in an attack on a post in Kurram, officials said."
    assert {(s, p) for s, p, _ in read(extractor, text)} >= {("Kurram Militia", "lost"), ("Kurram Militia", "partOf")}


def test_she_who_added_is_not_the_man_named_last(extractor):
    text = (
        "Relatives say the 64th Brigade lost many men. Among the dead was Sergeant Igor Petrov. The mother "
        'of one soldier said the men had been threatened. "Whoever refuses is sent to a pit," she said. Several '
        "soldiers who refused to attack were sent there, she added."
    )
    extraction = extract(extractor, text)
    assert "Igor Petrov" not in reporters(extraction, Predicate.REFUSED)


def test_the_commander_of_one_of_a_brigades_battalions_among_the_dead(extractor):
    text = (
        "The 155th Naval Infantry Brigade has lost dozens of men near Kurakhove. Among the dead was the "
        "commander of one of the brigade's battalions, Major Oleg Lavrentyev, the regional governor said. The "
        "brigade's commander, Colonel Pavel Mamontov, did not comment."
    )
    found = read(extractor, text)
    assert ("155th Naval Infantry Brigade", "lost", "Oleg Lavrentyev") in found
    assert ("Oleg Lavrentyev", "memberOf", "155th Naval Infantry Brigade") in found
    assert ("155th Naval Infantry Brigade", "lost", "Pavel Mamontov") not in found


def test_a_district_police_chief_serves_in_the_national_police(extractor):
    text = (
        "The bomb went off near a school in Bacho district, Narathiwat. It killed one ranger, said Pol Col Preecha "
        "Somsak, the Bacho police chief."
    )
    found = read(extractor, text)
    assert ("Preecha Somsak", "memberOf", "Thai police") in found
    assert not {r for r in found if r[1] == "commanded"}


def test_the_brn_is_an_armed_group(extractor):
    text = "Officials blamed insurgents of the Barisan Revolusi Nasional (BRN) for the bombing in Yala."
    assert types_of(extractor, text).get("Barisan Revolusi Nasional") == "Unit"


def test_soldiers_a_military_source_counts_and_the_officer_among_them(extractor):
    text = (
        "The Rapid Support Forces (RSF) said it had seized Um Sumeima from the Sudanese Armed Forces and the "
        "army's 22nd Division. A "
        "military source told Sudan Tribune that the army had withdrawn. He said 25 soldiers had been killed, "
        "among them Major Hassan Idris, the commander of the garrison."
    )
    found = read(extractor, text)
    assert {o for s, p, o in found if s == "Sudanese Armed Forces" and p == "lost"} >= {"Hassan Idris"}
    assert len({o for s, p, o in found if s == "Sudanese Armed Forces" and p == "lost"}) == 2  # and the 25


def test_a_post_by_a_body_the_article_does_not_name_is_left_to_the_publisher(extractor):
    text = (
        "Soldiers of the 1434th Regiment said their unit had lost 50 men near Pokrovsk. The regiment is commanded "
        "by Colonel Ivan Gusev, according to a post by the regional administration in Kursk."
    )
    extraction = extract(extractor, text, url="https://meduza.io/en/feature/2025/01/01/regiment")
    assert reporters(extraction, Predicate.COMMANDED) == {"Meduza": "publisher"}


def test_an_afp_story_on_le_points_site_is_le_points(extractor):
    text = "An officer told AFP that four soldiers had been killed in an attack near Kolofata."
    extraction = extract(extractor, text, url="https://www.lepoint.fr/afrique/attack-kolofata-03-02-2025")
    names = {e.key: e.name for e in extraction.entities}
    assert names[extraction.publisher] == "Le Point"


def test_they_are_not_deserters_is_no_refusal(extractor):
    text = (
        "Their lawyer said the men of the 21st Brigade had asked for written orders. "
        '"They are not deserters," she said.'
    )
    assert not [c for c in extract(extractor, text).claims if c.predicate is Predicate.REFUSED]


def test_a_band_named_bare_first_is_the_band_named_with_its_kind_later(extractor):
    text = (
        "Zaire militiamen attacked a village in Djugu territory on Sunday, killing 9 civilians. The Zaire "
        "militia was formed in 2020, officials said."
    )
    units = [e.name for e in extract(extractor, text).entities if e.type.value == "Unit"]
    assert units == ["Zaire militia"]


def test_peoples_before_communities_are_no_bodies_and_a_hromada_stays_a_place(extractor):
    text = (
        "The militia emerged from a land dispute between the Hema and Lendu communities. Shelling of the "
        "Velykopysarivka community killed two civilians."
    )
    names = types_of(extractor, text)
    assert "Hema" not in names and "Lendu" not in names
    assert names.get("Velykopysarivka") == "Region"


def test_a_services_director_commands_it_but_an_agencys_director_no_army(extractor):
    text = (
        "Rosgvardia did not respond. Its director, Viktor Zolotov, said the border units had held. "
        "Migración Colombia director Gloria Arriero said the soldiers had crossed the border."
    )
    found = read(extractor, text)
    assert ("Viktor Zolotov", "commanded", "Rosgvardia") in found
    assert not {r for r in found if r[0] == "Gloria Arriero" and r[1] == "commanded"}


def test_prisoners_named_by_nation_after_a_regiments_captured_men_are_the_nations(extractor):
    text = (
        "At least 30 conscripts of the 1427th Regiment were captured near Sudzha, their parents said. Ukraine's "
        "military intelligence said it had taken more than 200 Russian conscripts prisoner in the region."
    )
    found = read(extractor, text)
    assert {s for s, p, _ in found if p == "lost"} == {"1427th Regiment", "Russian Armed Forces"}


def test_crusaders_a_jihadist_group_says_it_killed_are_its_enemys(extractor):
    text = (
        "Al-Shabaab fighters attacked a base of the Burundian contingent of AUSSOM near Balcad. In a statement, "
        'al-Shabaab said its fighters had killed 30 "crusaders".'
    )
    found = read(extractor, text)
    assert {s for s, p, _ in found if p == "lost"} <= {"AUSSOM", "Burundi National Defence Force"}
    assert {s for s, p, _ in found if p == "lost"}


def test_a_contingent_a_country_contributes_under_someones_command(extractor):
    text = "Kenya contributes about 3,000 troops to the mission, under the command of Major General Paul Njema."
    assert ("Paul Njema", "commanded", "Kenya Defence Forces") in read(extractor, text)


def test_others_captured_with_their_auxiliary_left_out_were_lost(extractor):
    text = (
        "A KNLA spokesman said that eight soldiers of Light Infantry Battalion 410 had been killed and 14 others "
        "captured, including the battalion's deputy commander, Captain Zaw Myo Aung."
    )
    found = read(extractor, text)
    assert ("Light Infantry Battalion 410", "lost", "Zaw Myo Aung") in found


def test_a_chat_group_of_relatives_seen_by_an_outlet_is_the_outlets_source(extractor):
    text = (
        "At least 12 soldiers of the 1434th Regiment are listed as missing, according to a chat group of the "
        "soldiers' wives seen by Verstka."
    )
    assert reporters(extract(extractor, text), Predicate.LOST) == {"Verstka": "cited"}


def test_towns_of_dnipropetrovsk_oblast_are_places(extractor):
    text = "Russian drones struck Marhanets and Nikopol overnight, the regional governor said."
    names = types_of(extractor, text)
    assert names.get("Marhanets") == names.get("Nikopol") == "Region"


def test_an_account_relatives_told_an_outlet_that_could_not_verify_it_is_unverified(extractor):
    text = (
        "About 20 soldiers of the 1442nd Regiment refused to go on an assault near Kreminna, their wives told "
        "Verstka. Verstka could not independently verify their account."
    )
    refusal = next(c for c in extract(extractor, text).claims if c.predicate is Predicate.REFUSED)
    assert refusal.verification is Verification.UNVERIFIED


def test_a_doubt_about_who_the_attackers_were_does_not_hedge_the_victims_loss(extractor):
    text = (
        "Three officers of the Nigeria Police Force were killed when suspected bandits ambushed their patrol near "
        "Birnin Gwari on Friday."
    )
    lost = [c for c in extract(extractor, text).claims if c.predicate is Predicate.LOST]
    assert lost and all(c.verification is Verification.ASSERTED for c in lost)


def test_the_army_beside_a_rebel_army_is_the_countrys(extractor):
    text = (
        "Fighters of the Kachin Independence Army attacked a post of the Myanmar Army near Bhamo on Monday. "
        "Two soldiers of the Army's 33rd Light Infantry Division were killed, a local resident said."
    )
    found = read(extractor, text)
    assert ("33rd Light Infantry Division", "partOf", "Myanmar Armed Forces") in found


def test_a_warship_named_after_its_class_is_a_unit_whose_crew_it_loses(extractor):
    text = (
        "Ukrainian sea drones struck the corvette Samum off Novorossiysk on Tuesday, the navy said. "
        "At least 12 crew members were killed, a Russian military blogger wrote."
    )
    found = read(extractor, text)
    assert types_of(extractor, text).get("Samum") == "Unit"
    assert ("Samum", "lost", "At least 12 crew members") in found


def test_a_ship_said_in_a_relative_clause_to_have_been_sunk_was_lost(extractor):
    text = (
        "Families of sailors of the patrol ship Vasily Bykov, which the Ukrainian navy says it sank near "
        "Sevastopol, are demanding answers from the fleet."
    )
    assert ("Vasily Bykov", "lost", "sank") in read(extractor, text)


def test_a_translated_name_keeps_its_own_languages_acronym(extractor):
    text = (
        "Fighters of the Patriotic Movement for the Liberation of the Centre (MPLC) ambushed an army convoy "
        "near Bossangoa on Friday. The MPLC said it had killed nine soldiers."
    )
    names = types_of(extractor, text)
    assert names.get("Patriotic Movement for the Liberation of the Centre") == "Unit"
    assert "MPLC" not in names


def test_the_rebel_group_is_the_force_no_list_knows(extractor):
    text = (
        "Gunmen of the Union for Peace in the North (UPN) attacked a gendarmerie post near Maroua on "
        "Sunday, killing four gendarmes. The rebel group said in a statement that its fighters had lost two men."
    )
    lost = {(s, o) for s, p, o in read(extractor, text) if p == "lost"}
    assert ("Union for Peace in the North", "two men") in lost


def test_a_captive_who_gives_his_name_is_one_of_the_men_lost(extractor):
    text = (
        "The 24th Brigade said it had taken 11 Russian soldiers prisoner near Chasiv Yar. In a video, one of "
        "the captives, who gave his name as Sergeant Ilya Morozov, said his company had no water."
    )
    found = read(extractor, text)
    assert any(p == "lost" and o == "Ilya Morozov" for s, p, o in found)


def test_a_faction_of_a_force_speaks_for_it(extractor):
    text = (
        "Fighters of the National Front for the Liberation of the South attacked a post of the Libyan army near "
        "Ghat on Monday. A faction of the National Front for the Liberation of the South, led by Omar Kadi, said "
        "in a statement that it had captured five soldiers."
    )
    extraction = extract(extractor, text)
    lost = next(c for c in extraction.claims if c.predicate is Predicate.LOST)
    assert "National Front for the Liberation of the South" in reporters_of(extraction, lost)


def test_who_arrives_in_a_town_arrives_in_a_place(extractor):
    text = "The army chief arrived in Bir-Lahlou on Sunday to lead the operation, a spokesman said."
    assert types_of(extractor, text).get("Bir-Lahlou") == "Region"


def test_what_a_body_says_of_a_force_in_a_relative_clause_is_of_that_force(extractor):
    text = (
        "The army fought the Twirwaneho militia, which the United Nations says is backed by Burundi, "
        "near Minembwe on Monday."
    )
    assert ("Twirwaneho militia", "affiliatedWith", "Burundi") in read(extractor, text)


def test_a_rank_named_after_among_them_is_one_of_the_dead(extractor):
    text = (
        "The Nigerian Army said six of its soldiers were killed in the ambush near Damasak, among them a "
        "staff sergeant, Musa Bello."
    )
    assert ("Nigerian Army", "lost", "Musa Bello") in read(extractor, text)


def test_bodies_the_enemy_left_behind_are_its_loss(extractor):
    text = (
        "Fighters of the Kivu Liberation Movement, an armed group formed last year, attacked a Congolese army post "
        'near Kalehe on Monday. "The enemy left 12 bodies on the battlefield," army spokesman Captain '
        "Jean Mulamba said."
    )
    lost = {(s, o) for s, p, o in read(extractor, text) if p == "lost"}
    assert ("Kivu Liberation Movement", "12 bodies") in lost


def test_officers_of_the_traffic_police_are_the_countrys_police(extractor):
    text = (
        "Three officers of the traffic police were shot dead at a checkpoint near Khasavyurt in Dagestan, "
        "the republic's Interior Ministry said."
    )
    lost = {s for s, p, o in read(extractor, text) if p == "lost"}
    assert lost == {"Russian police"}


def test_the_unit_a_share_of_the_dead_served_in_lost_them_and_the_one_named(extractor):
    text = (
        "The governor of Kostroma region said eleven local men had been killed in Ukraine. Six of the dead "
        "served in the 331st Guards Parachute Regiment. He named one of them as Corporal Oleg Smirnov."
    )
    found = read(extractor, text)
    assert ("331st Guards Parachute Regiment", "lost", "Six of the dead") in found
    assert ("331st Guards Parachute Regiment", "lost", "Oleg Smirnov") in found


def test_rebels_in_a_place_are_the_front_named_after_it(extractor):
    text = (
        "Separatist rebels in Angola's Cabinda exclave said they had killed five soldiers near Belize. The "
        "Front for the Liberation of the Enclave of Cabinda (FLEC) said its fighters had seized weapons."
    )
    extraction = extract(extractor, text)
    lost = next(c for c in extraction.claims if c.predicate is Predicate.LOST)
    assert "Front for the Liberation of the Enclave of Cabinda" in reporters_of(extraction, lost)
    assert types_of(extractor, text).get("Cabinda") == "Region"


def test_a_brigade_named_with_an_arabic_particle_and_hyphen_keeps_its_whole_name(extractor):
    text = "Three fighters of the Saif al-Islam Brigade were killed in clashes near Sirte, the brigade said."
    assert types_of(extractor, text).get("Saif al-Islam Brigade") == "Unit"


def test_a_drug_trafficking_group_is_an_armed_band(extractor):
    text = "Police said the gunmen were members of Los Pelones, a drug trafficking group."
    assert types_of(extractor, text).get("Los Pelones") == "Unit"


def test_a_force_that_lost_their_chief_lost_him_and_he_led_it(extractor):
    text = (
        "Jihadists attacked a village near Djenne on Monday, killing seven Dozo hunters. A resident said the "
        "dozos had lost their local chief, Amadou Traore."
    )
    found = read(extractor, text)
    assert ("Dozo", "lost", "Amadou Traore") in found
    assert ("Amadou Traore", "commanded", "Dozo") in found


def test_some_losses_a_general_staff_acknowledges_are_its_armys(extractor):
    text = (
        "Jihadists attacked a Burkinabe army post near Djibo on Sunday. In a statement, the army's general staff "
        'said its units had repelled the attack. It acknowledged "some losses" without giving a figure.'
    )
    lost = {s for s, p, o in read(extractor, text) if p == "lost"}
    assert "Burkina Faso Armed Forces" in lost


def test_losses_inflicted_on_brigades_of_a_nation_no_number_names(extractor):
    text = (
        "Units of the Vostok Battlegroup inflicted losses on manpower and equipment of three Ukrainian "
        "brigades near Velyka Novosilka, the Russian Defense Ministry said."
    )
    lost = {s for s, p, o in read(extractor, text) if p == "lost"}
    assert "Armed Forces of Ukraine" in lost


def test_formations_of_brigades_defeated_are_their_loss(extractor):
    text = (
        "Units of the Zapad Battlegroup defeated formations of the 43rd and 115th mechanized brigades near "
        "Kupiansk, the Russian Defense Ministry said."
    )
    lost = {s for s, p, o in read(extractor, text) if p == "lost"}
    assert lost & {"43rd Mechanized Brigade", "115th Mechanized Brigade"}


def test_the_enemy_in_a_quote_going_on_from_a_ministrys_is_its_enemy(extractor):
    text = (
        '"Units of the Dnepr Battlegroup improved their positions near Kherson," the Russian Defense Ministry '
        'said in a statement. "The enemy lost up to 60 servicemen and two vehicles."'
    )
    lost = {s for s, p, o in read(extractor, text) if p == "lost"}
    assert "Armed Forces of Ukraine" in lost


def test_a_ship_named_for_a_hyphenated_city_is_the_ship(extractor):
    text = "Ukrainian missiles struck the landing ship Yamal-on-Volga in Sevastopol on Tuesday, the navy said."
    assert types_of(extractor, text).get("Yamal-on-Volga") == "Unit"


def test_a_dead_officer_named_by_a_ministry_in_the_passive_is_its_word(extractor):
    text = (
        "Three soldiers of the Iraqi army's 8th Division were killed in an attack near Hawija on Sunday. The dead "
        "lieutenant was named by the Defense Ministry as Lieutenant Ali Kadhim."
    )
    extraction = extract(extractor, text)
    named = next(c for c in extraction.claims if c.predicate is Predicate.LOST and c.object is not None)
    assert reporters_of(extraction, named) == {"Defense Ministry": "said"}


def test_the_cell_is_the_media_cell_named_before(extractor):
    text = (
        "Two Iraqi soldiers were killed in an attack near Hawija, the Security Media Cell said. The soldiers "
        "belonged to the army's 8th Division, the cell said."
    )
    extraction = extract(extractor, text)
    part = next(c for c in extraction.claims if c.predicate is Predicate.PART_OF)
    assert reporters_of(extraction, part) == {"Security Media Cell": "said"}


def test_the_enemy_of_a_brigade_known_by_its_mens_nationality(extractor):
    text = (
        "Ukrainian artillerymen of the 44th Separate Artillery Brigade destroyed a Russian ammunition depot "
        'near Tokmak. "The enemy lost at least ten servicemen," the brigade\'s spokesman, Captain Ivan '
        "Koval, said."
    )
    lost = {s for s, p, o in read(extractor, text) if p == "lost"}
    assert "Russian Armed Forces" in lost


def test_an_operation_set_beside_an_armys_deployment_is_a_force(extractor):
    text = "The minister said Operation Koudanlgou, the army's deployment in the east, had lost two soldiers."
    assert types_of(extractor, text).get("Operation Koudanlgou") == "Unit"


def test_drones_shot_down_are_their_nations_loss(extractor):
    text = "The Russian Defense Ministry said its air defenses had shot down 30 Ukrainian drones over Kursk region."
    lost = {s for s, p, o in read(extractor, text) if p == "lost"}
    assert lost == {"Armed Forces of Ukraine"}


def test_a_city_name_before_governor_is_its_province_named_in_the_article(extractor):
    text = (
        "Drones struck an oil depot in Russia's Rostov region overnight. Rostov Governor Yuri Slyusar wrote "
        "on Telegram that a fire had broken out."
    )
    places = {n for n, t in types_of(extractor, text).items() if t == "Region" and n.startswith("Rostov")}
    assert places == {"Rostov Oblast"}


def test_a_states_named_forces_tagged_an_adjective_are_a_force(extractor):
    text = (
        "Five soldiers of Jubaland's Darawish forces were killed in an al-Shabaab ambush near Bardhere. "
        "Colonel Ahmed Farah, who commands the Darawish forces in Gedo, said the attackers had fled."
    )
    found = read(extractor, text)
    assert ("Darawish forces", "lost", "Five soldiers of Jubaland's Darawish forces") in found
    assert ("Ahmed Farah", "commanded", "Darawish forces") in found


def test_a_plural_rank_before_two_names_is_no_part_of_either(extractor):
    text = "Two soldiers of the 4th Brigade were killed. They were named as Sergeants Pavel Orlov and Ivan Lebedev."
    assert {"Pavel Orlov", "Ivan Lebedev"} <= set(types_of(extractor, text))


def test_the_three_identified_after_men_shot_dead_are_those_dead(extractor):
    text = (
        "Three officers of the Carabineros were shot dead near Tirua on Sunday, the force said. The three were "
        "identified by the Carabineros as Sergeant Luis Mena, Corporal Ana Rojas and Corporal Pedro Soto."
    )
    found = read(extractor, text)
    assert {("Carabineros de Chile", "lost", name) for name in ("Luis Mena", "Ana Rojas", "Pedro Soto")} <= found


def test_the_force_that_speaks_is_the_police_named_not_the_countrys_army(extractor):
    text = "Two officers of the Carabineros were wounded in an ambush near Collipulli, the force said."
    extraction = extract(extractor, text)
    lost = next(c for c in extraction.claims if c.predicate is Predicate.LOST)
    assert reporters_of(extraction, lost) == {"Carabineros de Chile": "said"}


def test_a_forces_director_general_leads_it(extractor):
    text = "The Carabineros' director general, Marcela Soto, visited the wounded officers in Temuco."
    assert ("Marcela Soto", "commanded", "Carabineros de Chile") in read(extractor, text)


def test_men_killed_after_men_of_a_unit_were_named_are_that_units(extractor):
    text = (
        "The commander of the 83rd Brigade had ordered about 80 soldiers of the brigade to gather in a field "
        "near Kurakhove. Twelve soldiers were killed when a missile struck, a source said."
    )
    lost = {(s, o) for s, p, o in read(extractor, text) if p == "lost"}
    assert ("83rd Brigade", "Twelve soldiers") in lost


def test_a_body_opening_the_sentence_after_media_is_no_outlet(extractor):
    text = (
        "The video spread quickly on social media. The Defence Ministry said in a statement that two soldiers "
        "had been wounded near Kherson."
    )
    assert types_of(extractor, text).get("Defence Ministry") != "Outlet"


def test_a_body_named_guards_is_a_force(extractor):
    text = "Six members of the Katsina Community Watch Guards were killed by bandits near Faskari, officials said."
    assert types_of(extractor, text).get("Katsina Community Watch Guards") == "Unit"


def test_a_name_set_beside_a_commissioner_is_a_person(extractor):
    text = "The state commissioner for internal security, Nasiru Kaura, said troops had been deployed to Faskari."
    assert types_of(extractor, text).get("Nasiru Kaura") == "Person"


def test_a_police_department_is_a_force(extractor):
    text = "The Antioquia Police Department said an officer had been shot dead in Segovia on Sunday."
    assert types_of(extractor, text).get("Antioquia Police Department") == "Unit"


def test_a_patrolmans_rank_is_no_part_of_his_name(extractor):
    text = "Police named the dead officer as Patrolman Luis Mejia, 24."
    assert "Luis Mejia" in types_of(extractor, text)


def test_bandits_counted_after_a_force_set_up_against_bandits_are_not_its_men(extractor):
    text = (
        "At least nine members of the Katsina Community Watch Guards were killed when bandits ambushed them "
        "near Faskari. The guards, a state-backed security outfit, were set up last year to support the police "
        "against bandits. The state commissioner for security, Nasiru Kaura, said four bandits were also killed."
    )
    lost = {(s, o) for s, p, o in read(extractor, text) if p == "lost"}
    assert not any("bandit" in (o or "") for s, o in lost)


def test_it_in_a_communique_hung_on_the_noun_is_the_body_that_issued_it(extractor):
    text = (
        "JNIM fighters attacked a gendarmerie post near Bougouni on Monday. The army said in a communiqué that "
        'it had "neutralised" six of the assailants.'
    )
    lost = {s for s, p, o in read(extractor, text) if p == "lost"}
    assert "Jama'at Nusrat al-Islam wal-Muslimin" in lost


def test_whose_commander_hung_on_the_unit_as_an_apposition_commands_it(extractor):
    text = (
        "The push is spearheaded by the army's 60th Division, whose commander, Colonel Abdirahman Nur Hassan, "
        "said the troops would keep moving north."
    )
    assert ("Abdirahman Nur Hassan", "commanded", "60th Division") in read(extractor, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The troops advanced towards the rebel stronghold of Kamal Waris in the hills.", "Kamal Waris"),
        ("Two of the wounded died later in a hospital in Nawa al-Sharqi, relatives said.", "Nawa al-Sharqi"),
    ],
)
def test_a_name_after_a_stronghold_or_a_hospitals_in_is_a_place(extractor, text, place):
    assert types_of(extractor, text).get(place) == "Region"


def test_a_group_named_of_a_police_force_is_a_unit_within_it(extractor):
    text = "The Rapid Response Group of the Sindh Police arrested two suspects in Karachi on Friday."
    assert types_of(extractor, text).get("Rapid Response Group") == "Unit"


def test_a_policeman_hurt_after_a_states_police_was_named_is_that_polices(extractor):
    text = (
        "Troops and the Special Operations Group of the Jammu and Kashmir Police launched a search in Doda on "
        "Monday. A policeman was injured in the firing, police said. The militants are believed to belong to a "
        "Pakistan-based group."
    )
    lost = {(s, o) for s, p, o in read(extractor, text) if p == "lost"}
    assert ("Jammu and Kashmir Police", "A policeman") in lost


def test_a_post_on_x_ends_its_sentence_before_the_dead_are_named(extractor):
    text = (
        "Three soldiers of the 9 Rashtriya Rifles were killed in a gunfight in Rajouri, the Army said in a post "
        "on X. It identified them as Havildar Sunil Rana, Sepoy Vikram Negi and Sepoy Amit Thakur."
    )
    lost = {o for s, p, o in read(extractor, text) if p == "lost"}
    assert {"Sunil Rana", "Vikram Negi", "Amit Thakur"} <= lost


def test_the_emir_of_a_cell_killed_is_the_cells_groups_loss(extractor):
    text = (
        "Local fighters raided a hideout of an Islamic State cell in Nawa. The fighters said they had killed "
        '"the emir of the cell" after a six-hour battle.'
    )
    assert ("Islamic State", "lost", "the emir of the cell") in read(extractor, text)


def test_a_weapon_a_side_says_its_strikes_destroyed_is_the_other_sides_loss(extractor):
    text = (
        "Ukraine's Southern Defense Forces said on Telegram that its drones had destroyed a Buk air defence "
        "system near Oleshky."
    )
    assert ("Russian Armed Forces", "lost", "a Buk air defence system") in read(extractor, text)


def test_attackers_found_dead_are_not_the_guard_sent_after_them(extractor):
    text = (
        "Members of the National Guard were sent to the highway, and two of the attackers were later found "
        "dead, the state prosecutor's office said."
    )
    lost = {s for s, p, o in read(extractor, text) if p == "lost"}
    assert "National Guard" not in lost


def test_officers_fallen_in_the_line_of_duty_are_lost(extractor):
    text = (
        "Four officers of the Guerrero State Police were ambushed near Iguala on Friday. The governor said the "
        "officers had fallen in the line of duty."
    )
    lost = {(s, o) for s, p, o in read(extractor, text) if p == "lost"}
    assert ("Guerrero State Police", "the officers") in lost


def test_a_name_after_led_by_taken_for_a_body_is_the_leader(extractor):
    text = "Fighters of the Sudan People's Liberation Movement-North led by Abdelaziz El Hilu shelled Kadugli."
    assert types_of(extractor, text).get("Abdelaziz El Hilu") == "Person"


def test_a_name_after_a_source_in_is_a_place(extractor):
    text = "A military source in Ed Damazin said the attack had been repelled."
    assert types_of(extractor, text).get("Ed Damazin") == "Region"


def test_a_name_right_after_a_civic_bodys_kind_is_the_bodys(extractor):
    text = "At least 40 officers died in Michoacán last year, according to the organisation Causa en Común.\n"
    assert types_of(extractor, text).get("Causa en Común") == "Organization"


def test_soldiers_set_beside_their_countrys_auxiliaries_are_its_armys(extractor):
    text = (
        "The attackers also struck a gendarmerie post near Djibo, the Burkinabe army said. Sources told Reuters "
        "that 12 soldiers and five Volunteers for the Defence of the Homeland were killed."
    )
    lost = {s for s, p, o in read(extractor, text) if p == "lost"}
    assert "Burkina Faso Armed Forces" in lost


def test_military_vehicles_a_group_says_its_fighters_torched_are_the_armys(extractor):
    text = (
        "Gunmen attacked a Malian army post near Diafarabé on Friday. JNIM said its fighters had captured the "
        "post and torched four military vehicles."
    )
    lost = {(s, o) for s, p, o in read(extractor, text) if p == "lost"}
    assert ("Malian Armed Forces", "four military vehicles") in lost


def test_the_group_that_goes_on_speaking_is_the_force_that_spoke(extractor):
    text = (
        "The Chinland Defence Force said its fighters and members of the local People's Defence Force had "
        "seized two junta outposts near Matupi. Three of its own members were killed, the group said."
    )
    lost = {(s, o) for s, p, o in read(extractor, text) if p == "lost"}
    assert ("Chinland Defence Force", "Three of its own members") in lost


def test_foreign_mercenaries_in_a_sides_words_are_its_enemys(extractor):
    text = (
        "Russia's Defence Ministry said a missile strike on a base in Zhytomyr region had killed "
        '"more than 100 foreign mercenaries".'
    )
    lost = {s for s, p, o in read(extractor, text) if p == "lost"}
    assert "Armed Forces of Ukraine" in lost


def test_those_killed_said_to_be_a_nations_servicemen_are_its_forces_loss(extractor):
    text = "Local officials said those killed in the strike on the training ground were Ukrainian servicemen."
    lost = {s for s, p, o in read(extractor, text) if p == "lost"}
    assert "Armed Forces of Ukraine" in lost


def test_a_network_of_militias_is_no_broadcaster(extractor):
    text = (
        "Nyatura fighters attacked an army position near Kalehe on Monday. The Nyatura, a network of ethnic "
        "militias, have been active in the highlands for years."
    )
    assert types_of(extractor, text).get("Nyatura") != "Outlet"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The chief of the Bafuliiru chiefdom said hundreds of families had fled.", "Bafuliiru"),
        ("Militiamen attacked an army position at Lulingu on Sunday, local sources said.", "Lulingu"),
    ],
)
def test_names_where_chiefdoms_positions_and_forests_are_are_places(extractor, text, place):
    assert types_of(extractor, text).get(place) == "Region"


def test_a_paper_whose_name_runs_past_a_known_papers_is_its_own(extractor):
    text = "Two soldiers were killed near Bamenda, military sources told The Guardian Post."
    types = types_of(extractor, text)
    assert types.get("Guardian Post") == "Outlet" and "The Guardian" not in types


def test_a_division_that_has_a_capital_in_a_region_is_a_place(extractor):
    text = "Gunmen attacked a checkpoint in Ndop, the capital of Ngoketunjia Division in the North West Region."
    assert types_of(extractor, text).get("Ngoketunjia Division") == "Region"


def test_the_name_a_militia_calls_itself_is_an_armed_group_whose_terrorists_it_loses(extractor):
    text = (
        "A separatist militia calling itself the Ngoketunjia Tigers attacked a gendarmerie post near Ndop. The "
        'defence ministry said "several terrorists" were killed.'
    )
    found = read(extractor, text)
    assert ("Ngoketunjia Tigers", "lost", "several terrorists") in found


def test_a_quoted_rank_before_a_name_is_a_militia_leaders(extractor):
    text = 'In the video, a man who called himself "Field Marshal" Ebube said his men had seized the post.'
    assert types_of(extractor, text).get("Field Marshal Ebube") == "Person"


def test_a_rebel_movements_president_leads_it(extractor):
    text = (
        "The Front for Patriotic Renewal said in a statement signed by its president, Adam Tchoua, that its "
        "fighters had attacked an army post."
    )
    assert ("Adam Tchoua", "commanded", "Front for Patriotic Renewal") in read(extractor, text)


def test_a_vigilante_service_is_a_force(extractor):
    text = "Members of the Benue State Vigilante Service repelled an attack near Agatu on Tuesday."
    assert types_of(extractor, text).get("Benue State Vigilante Service") == "Unit"


def test_a_place_name_with_a_lowercase_particle_near_which_something_happened_is_a_place(extractor):
    text = "Gunmen ambushed a police convoy near Encarnación de Díaz on Sunday, officials said."
    assert types_of(extractor, text).get("Encarnación de Díaz") == "Region"


def test_some_of_the_dead_named_as_men_are_the_units_losses(extractor):
    text = (
        "Five soldiers of the army's 12th Brigade were killed in an ambush near Gao on Monday. Two of the dead "
        "were named by the army as Sergeant Moussa Traoré and Corporal Ali Maïga."
    )
    lost = {o for s, p, o in read(extractor, text) if p == "lost" and s == "12th Brigade"}
    assert {"Moussa Traoré", "Ali Maïga"} <= lost


def test_a_nations_aircraft_said_destroyed_are_its_forces_loss(extractor):
    text = "Ukraine's air force said seven Russian aircraft had been destroyed at the base."
    lost = {s for s, p, o in read(extractor, text) if p == "lost"}
    assert "Russian Armed Forces" in lost


def test_a_nations_ministry_in_lower_case_is_a_body(extractor):
    text = "The Lebanese foreign ministry condemned the strike on the village."
    assert types_of(extractor, text).get("Lebanese foreign ministry") == "Organization"


def test_a_mount_and_what_lies_near_it_are_places(extractor):
    text = "Beit Jinn lies near the foot of Mount Hermon, where troops have been deployed."
    types = types_of(extractor, text)
    assert types.get("Mount Hermon") == "Region" and types.get("Beit Jinn") == "Region"


def test_him_named_after_one_officer_was_killed_is_that_officer(extractor):
    text = (
        "A Russian special forces officer was killed near Deir ez-Zor while directing air strikes, officials "
        "said. Russian media later named him as Captain Maxim Bolotov."
    )
    lost = {o for s, p, o in read(extractor, text) if p == "lost"}
    assert "Maxim Bolotov" in lost


def test_dead_named_with_their_ages_are_each_named(extractor):
    text = (
        "Five soldiers of the 12th Brigade were killed near Gao on Monday. The army named them as Captain "
        "Moussa Coulibaly, 31, Sergeant Ibrahim Sangaré, 24, and three other soldiers."
    )
    lost = {o for s, p, o in read(extractor, text) if p == "lost"}
    assert {"Moussa Coulibaly", "Ibrahim Sangaré"} <= lost


def test_officers_who_gave_their_lives_and_were_named_are_lost(extractor):
    text = (
        "Two officers of the National Police were on patrol in Machala on Sunday when gunmen opened fire. The "
        "minister said the officers had given their lives for the country and named them as Sergeant Jorge Mina "
        "and Corporal Pedro Caicedo."
    )
    lost = {o for s, p, o in read(extractor, text) if p == "lost"}
    assert {"Jorge Mina", "Pedro Caicedo"} <= lost


def test_the_police_command_that_speaks_is_the_police(extractor):
    text = "Two officers of the National Police were shot dead in Machala, the police command in the province said."
    found = extract(extractor, text)
    said = {r for c in found.claims if c.predicate is Predicate.LOST for r in reporters_of(found, c)}
    assert any("police" in r.lower() for r in said)


def test_a_states_information_agency_is_an_outlet(extractor):
    text = "The Ghana Information Agency reported that two soldiers were killed near Bawku."
    assert types_of(extractor, text).get("Ghana Information Agency") == "Outlet"


def test_an_army_patrol_beside_a_peoples_army_alone_is_no_rebels(extractor):
    text = (
        "Three soldiers were killed when New People's Army (NPA) rebels ambushed an Army patrol in the hills of "
        "Samar on Monday, the military said."
    )
    lost = {s for s, p, o in read(extractor, text) if p == "lost"}
    assert "New People's Army" not in lost


def test_the_commanding_officer_named_later_commands_the_unit_named_with_the_role(extractor):
    text = (
        "Twelve soldiers, among them the commanding officer of the 93 Battalion, were killed near Bama on "
        "Friday. The army named the slain officers as Lieutenant Colonel Musa Bello, the commanding officer, "
        "and Captain Tunde Ade."
    )
    assert ("Musa Bello", "commanded", "93 Battalion") in read(extractor, text)


def test_a_known_agency_named_after_its_kind_is_an_outlet(extractor):
    text = "The Guards said in a statement carried by the state news agency IRNA that two officers were killed."
    assert types_of(extractor, text).get("IRNA") == "Outlet"


def test_the_name_after_a_title_of_police_is_the_holders(extractor):
    text = "Bijapur Superintendent of Police Sunil Pawar said two jawans were injured in the blast."
    assert types_of(extractor, text).get("Sunil Pawar") == "Person"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The wounded commandos were later airlifted to Raipur for treatment.", "Raipur"),
        ("Gunmen attacked a base of the mission at Tessalit, in the north of the country, on Sunday.", "Tessalit"),
    ],
)
def test_where_the_wounded_were_flown_and_a_base_lies_are_places(extractor, text, place):
    assert types_of(extractor, text).get(place) == "Region"


def test_a_commanding_officer_killed_with_his_name_beside_is_his_units_loss(extractor):
    text = (
        "The commanding officer of the 2nd Battalion Royal Anglian Regiment, Lieutenant Colonel Mark Hale, has "
        "been killed by a roadside bomb in Kandahar, the Ministry of Defence said."
    )
    lost = {o for s, p, o in read(extractor, text) if p == "lost"}
    assert "Mark Hale" in lost


def test_a_countrys_ministry_in_lower_case_speaks_as_a_body(extractor):
    text = "Kenya's interior ministry said in a statement that four police officers had been killed in Lamu."
    found = extract(extractor, text)
    said = {r for c in found.claims if c.predicate is Predicate.LOST for r in reporters_of(found, c)}
    assert any("ministry" in r.lower() for r in said)


def test_a_nations_divisions_said_destroyed_are_its_forces_loss(extractor):
    text = "The spokesman said government forces had completely destroyed two Somali divisions near the border."
    lost = {s for s, p, o in read(extractor, text) if p == "lost"}
    assert "Somali National Army" in lost


def test_no_losses_a_group_claims_are_no_loss(extractor):
    text = (
        "The Burundian rebel group RED-Tabara said it had attacked a border post near Gatumba. Its spokesman "
        'said on X that the fighters had seized weapons and had "no losses" in their ranks.'
    )
    assert not any(p == "lost" and s == "RED-Tabara" for s, p, o in read(extractor, text))


def test_a_hyphenated_division_of_a_region_is_a_place(extractor):
    text = "Gunmen attacked a post near Koza, in the Mayo-Sava division of the Far North region, on Sunday."
    assert types_of(extractor, text).get("Mayo-Sava division") == "Region"


def test_a_battalion_named_with_its_regiment_after_a_comma_is_one_unit(extractor):
    text = "Corporal James Ward of the 1st Battalion, Royal Canadian Regiment, was killed near Kandahar."
    types = types_of(extractor, text)
    assert "Royal Canadian Regiment" not in types and any("Battalion" in k for k, v in types.items() if v == "Unit")
    lost = {(s, o) for s, p, o in read(extractor, text) if p == "lost"}
    assert any(o == "James Ward" for s, o in lost)


def test_their_deaths_are_the_dead_mens_not_the_force_named_last(extractor):
    text = (
        "Two Canadian soldiers were killed by a roadside bomb near Kandahar on Sunday, the military said. The "
        "Taliban claimed the attack. Their deaths bring to 97 the number of Canadian soldiers killed since 2002."
    )
    lost = {s for s, p, o in read(extractor, text) if p == "lost"}
    assert "Taliban" not in lost
