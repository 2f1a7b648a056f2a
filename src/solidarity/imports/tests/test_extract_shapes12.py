"""List shapes from the twelfth held-out round. Every example is invented for this file."""

import pytest

from solidarity.imports.extract import INDIVIDUAL, ORGANIZATION, extract_statement
from solidarity.imports.tests.shapes import BODY, names


@pytest.mark.parametrize(
    ("heading", "lines"),
    [
        # The groups name their towns again: the dash sets the town off.
        (
            "Organisations",
            [
                ("Harbourside Tenants Union", "Harbourside"),
                ("Millbrook Renters Action", "Millbrook"),
                ("Eastfield Housing Collective", "Eastfield"),
                ("Westmoor Residents Forum", "Kingsbury"),
            ],
        ),
        # A script without capitals, and a town of two words.
        (
            "الموقعون:",
            [
                ("جمعية الواحة للتنمية", "زاكورة"),
                ("تنسيقية ساكنة الجبل", "بني ملال"),
                ("مرصد الحقوق البيئية", "زاكورة"),
                ("منتدى بدائل الشباب", "فاس"),
            ],
        ),
    ],
)
def test_towns_after_dashes_are_where_the_groups_are(heading, lines):
    listed = "".join(f"{number}. {name} – {town}\n" for number, (name, town) in enumerate(lines, 1))
    endorsers = extract_statement("Open letter\n\n" + BODY + heading + "\n" + listed).endorsers
    assert [e.name for e in endorsers] == [name for name, _ in lines]
    assert {e.kind for e in endorsers} == {ORGANIZATION}


def test_a_title_line_next_to_the_list_cue_is_no_signatory():
    text = (
        "أكثر من خمسين جمعية توقع نداء لإنقاذ الواحات من العطش\n\n"
        "وفيما يلي النص الكامل للنداء ولائحة الموقعين:\n\n"
        "نداء من أجل إنقاذ الواحات من العطش\n\n"
        "نحن، الجمعيات والهيئات الموقعة أسفله، نعلن أن الأقاليم تعيش أزمة مائية غير مسبوقة، "
        "ونطالب بما يلي:\n"
        "- إعلان هذه الأقاليم مناطق منكوبة؛\n- منع الزراعات المستنزفة للمياه؛\n"
        "- إشراك الساكنة في تدبير الماء.\n\n"
        "الموقعون:\n1. جمعية الواحة للتنمية\n2. تنسيقية ساكنة الجبل\n3. منتدى بدائل الشباب\n"
    )
    assert names(text) == ["جمعية الواحة للتنمية", "تنسيقية ساكنة الجبل", "منتدى بدائل الشباب"]


def test_a_blogs_comment_thread_and_its_buttons_sign_nothing():
    text = (
        "Open letter: fair rents now\n\n" + BODY + "Organisations\n"
        "Riverside Tenants Union\nHill Street Renters Group\n\n"
        "Individuals\n"
        "Dr Ana Ruiz, Lecturer in Housing, Northgate University\n"
        "Rev. Tom Hale, St Jude's Church, Old Town\n\n"
        "(Affiliations for identification purposes only.)\n\n"
        "Like this:\nLike Loading...\n\n"
        '2 thoughts on "Open letter: fair rents now"\n\n'
        "Mary Stone\n14 March 2024 at 6:12 pm\n"
        "Can our residents' group in Eastham still add its name?\n"
        "Reply\n\n"
        "Riverside Tenants Union\n15 March 2024 at 9:40 am\n"
        "Yes – email us and we'll add you.\nReply\n\n"
        "Leave a Reply Cancel reply\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [e.name for e in endorsers] == [
        "Riverside Tenants Union",
        "Hill Street Renters Group",
        "Ana Ruiz",
        "Tom Hale",
    ]
    assert endorsers[3].kind == INDIVIDUAL
    assert endorsers[3].affiliation == "St Jude's Church"


def test_a_social_posts_thread_under_its_counts_and_buttons_signs_nothing():
    text = (
        "Collettivo Fiume Vivo\n2 g · 🌍\n\n"
        "📣 COMUNICATO CONGIUNTO 📣\nNO ALLA DIGA SUL FIUME ❌\n\n" + BODY + "✊ FIRMANO:\n"
        "🌱 Collettivo Fiume Vivo (Cremona)\n"
        "🌱 Legambiente Circolo Delta (Rovigo)\n"
        "🌱 Ciclofficina Popolare La Ruota (Modena)\n"
        "🌱 Comitato Acqua Bene Comune (Adria)\n"
        "🌱 Pescatori Uniti della Sacca (Goro)\n"
        "🌱 Associazione Terra e Lavoro (Piacenza)\n"
        "🌱 Rete Agricoltura Contadina (Reggio Emilia)\n\n"
        "Vuoi aderire come associazione? Scrivici in DM 📩\n"
        "#NoDiga #FiumeVivo #GiustiziaClimatica\n\n"
        "👍❤️ 214   37 commenti   58 condivisioni\nMi piace   Commenta   Condividi\n\n"
        "Più pertinenti ▾\nMarta Rossi\nCi saremo! Portiamo il banchetto 🌻\n"
        "3 g   Mi piace   Rispondi\n"
    )
    statement = extract_statement(text)
    assert statement.title == "NO ALLA DIGA SUL FIUME"
    assert [(e.name, e.kind) for e in statement.endorsers] == [
        ("Collettivo Fiume Vivo", ORGANIZATION),
        ("Legambiente Circolo Delta", ORGANIZATION),
        ("Ciclofficina Popolare La Ruota", ORGANIZATION),
        ("Comitato Acqua Bene Comune", ORGANIZATION),
        ("Pescatori Uniti della Sacca", ORGANIZATION),
        ("Associazione Terra e Lavoro", ORGANIZATION),
        ("Rete Agricoltura Contadina", ORGANIZATION),
    ]


def test_bracketed_headings_over_names_with_departments_after_a_sign_off():
    text = (
        "[선언] 차별 없는 대학을 요구한다\n\n" + BODY + "2024년 5월 9일\n"
        "차별에 반대하는 교수·연구자 일동\n\n"
        "1차 서명자 (가나다순 아님, 접수순)\n\n"
        "【서해대학교】\n김민수(사회학과), 이지은(경제학과), 박성호(법학과)\n\n"
        "【해외】\n"
        "마리아 곤살레스(Maria González, 시에라대학교), 토마스 베버(Thomas Weber, 라인대학교)\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [e.name for e in endorsers] == [
        "김민수",
        "이지은",
        "박성호",
        "마리아 곤살레스",
        "토마스 베버",
    ]
    assert {e.kind for e in endorsers} == {INDIVIDUAL}
    assert endorsers[3].alt_names == ["Maria González"]
    assert endorsers[3].affiliation == "시에라대학교"


def test_a_menu_with_a_signing_word_opens_no_list():
    text = (
        "Entrar  |  Assine\n\nCarta aberta\n\n" + BODY + "Assinam esta carta:\n"
        "Rede Cerrado Vivo\nInstituto Terra Comum\nAssociação dos Geraizeiros\n"
    )
    assert names(text) == [
        "Rede Cerrado Vivo",
        "Instituto Terra Comum",
        "Associação dos Geraizeiros",
    ]
