"""The title among the lines that open a page. Every example is invented for this file."""

import pytest

from solidarity.imports.extract import extract_statement
from solidarity.imports.tests.shapes import BODY

SIGNED = "Signatories:\nRiverside Tenants Association\nNorthfield Teachers Union\n"


def title_of(text: str) -> str | None:
    return extract_statement(text).title


@pytest.mark.parametrize(
    ("header", "title"),
    [
        # A channel's furniture, then the genre in capitals with an emoji before it.
        (
            "Left Wave\n14 238 subscribers\nForwarded from Red Channel | channel\n"
            "‼️ ЗАЯВЛЕНИЕ\nСвободу арестованным докерам!\n",
            "Свободу арестованным докерам!",
        ),
        # A post's time without a year, then the genre with who issues it.
        (
            "Search Facebook\nFree Dockers Union\n23 October at 14:05 · 🌍\n"
            "📢 JOINT STATEMENT OF UNIONS\nHands off our contracts!\n",
            "Hands off our contracts!",
        ),
        # The site's name and motto over a breadcrumb, then the genre in capitals.
        (
            "SNTE — Syndicat national des travailleurs de l'école\n"
            "« Unis pour une école publique »\nAccueil | Actualités | Contact\n"
            "Vous êtes ici : Accueil / Actualités / International\n"
            "MESSAGE DE SOLIDARITÉ\nSolidarité avec les enseignants en grève à Douala\n",
            "Solidarité avec les enseignants en grève à Douala",
        ),
        # "Statement of the … Committee" says whose the text is; the headline follows.
        (
            "GFTW\nHome | About | Affiliates\n"
            "Statement of the Executive Committee of the Global Federation of Tram Workers\n"
            "No Automation Without Negotiation: Drivers Will Not Pay for the Robots\n",
            "No Automation Without Negotiation: Drivers Will Not Pay for the Robots",
        ),
        # "An open letter on …" in capitals, then the letter's own title.
        (
            "AN OPEN LETTER ON THE CLOSURE OF THE EASTFIELD SEED LIBRARY\n"
            "Keep the Eastfield Seed Library open\n",
            "Keep the Eastfield Seed Library open",
        ),
        # A letter's genre, whom it goes to and their address, then the title by its date.
        (
            "Open Letter\nTo the Prime Minister, the Rt Hon. Example Person MP\n"
            "10 Example Street, London\nReinstate the Dismissed Porters at Eastbridge\n"
            "March 3, 2024\nDear Prime Minister,\n",
            "Reinstate the Dismissed Porters at Eastbridge",
        ),
        # "Offener Brief an …" names the addressee; the slogan under it is the title.
        (
            "Bündnis Beispielklinik\nStartseite | Termine | Kontakt\n"
            "Offener Brief an die Landesgesundheitsministerin und die Geschäftsführung\n"
            "Das Kreiskrankenhaus Beispielstadt muss bleiben!\nSehr geehrte Frau Ministerin,\n",
            "Das Kreiskrankenhaus Beispielstadt muss bleiben!",
        ),
        # A site's name and motto above its menu are no title, however long.
        (
            "HARBOUR-LABOUR UNION\nNational Union of Harbour and Logistics Workers\n"
            "Home | News | Campaigns | Contact\n"
            "The right to strike in our ports cannot be taken away!\n03.11.2026 | Statements\n",
            "The right to strike in our ports cannot be taken away!",
        ),
        # A date and byline in one line of more than eight words is no title.
        (
            "Periódico Brecha Roja\nInicio | Internacional | Contacto\n"
            "15 de agosto de 2024 · Redacción Periódico Brecha Roja\n"
            "¡Libertad para los presos de la huelga minera!\nDeclaración internacional\n",
            "¡Libertad para los presos de la huelga minera!",
        ),
        # A browser's title bar: the site's name, standing above too, beside the headline.
        (
            "Skip to main content\nRiverbank Alliance\nOur work\nGet involved\n"
            "Riverbank Alliance | Joint statement: Keep the river in community hands\n",
            "Joint statement: Keep the river in community hands",
        ),
        # A title bar naming the kind of page and the organisation is no headline.
        (
            "Sign-on letter | Plains Health Coalition\nMenu\n"
            "SIGN-ON LETTER OPPOSING CUTS TO RURAL CLINICS\n",
            "SIGN-ON LETTER OPPOSING CUTS TO RURAL CLINICS",
        ),
        # A form's page: the letter's title, then the part of the site it is.
        (
            "Lettera aperta per il diritto allo studio – Adesioni\nGrazie!\n",
            "Lettera aperta per il diritto allo studio",
        ),
        # The site's sections one under the other, all genre words.
        (
            "Çevre Platformu\nAnasayfa  Hakkımızda  Kampanyalar  İletişim\n"
            "Basın Açıklamaları / Ortak Açıklama\nMADEN RUHSATLARI İPTAL EDİLSİN\n",
            "MADEN RUHSATLARI İPTAL EDİLSİN",
        ),
        # A breadcrumb of two parts, told by its arrow.
        (
            "Campaigns › Housing rights\nCALL\nHomes, not containers: a call for the valley\n",
            "Homes, not containers: a call for the valley",
        ),
    ],
)
def test_title_under_the_page_header_and_a_genre_line(header, title):
    assert title_of(header + "\n" + BODY + SIGNED) == title


@pytest.mark.parametrize(
    ("header", "title"),
    [
        # Under a headline, the genre line is its subtitle.
        (
            "Common Border\nHome | News | Contact\n"
            "Close the camps — Cierren los campos\n"
            "Joint statement from migrant groups on both sides of the border\n",
            "Close the camps — Cierren los campos",
        ),
        # The letter begins right under the genre line: that line was the title.
        (
            "Відкритий лист до народних депутатів щодо законопроєкту «Про працю»\n"
            "Шановні народні депутати!\n",
            "Відкритий лист до народних депутатів щодо законопроєкту «Про працю»",
        ),
        # A site's section ("News") is no genre line over the site's name.
        (
            "Workers' Lantern\nCampaigns\nNews\nWorkers' Lantern\n"
            "Stand with the Eastvale nurses: end the lockout now\n"
            "Published 14 March 2025 · 4 min read\n",
            "Stand with the Eastvale nurses: end the lockout now",
        ),
        # "Statement of Academic Freedom" over the text's first sentence stays the title.
        (
            "Statement of Academic Freedom\n"
            "‘We, the undersigned, hold the following two principles to be its foundation:\n",
            "Statement of Academic Freedom",
        ),
    ],
)
def test_genre_line_that_is_the_title_or_a_subtitle(header, title):
    assert title_of(header + "\n" + BODY + SIGNED) == title


def test_an_emails_subject_is_its_title_without_the_lists_tag_and_request():
    text = (
        "From: Dockside Network <coordination@example.org>\n"
        "To: portworkers@lists.example.org\n"
        "Subject: [portworkers] Fwd: OPEN LETTER: Stop the automation of Pier 9"
        " – please circulate\n"
        "Date: Tue, 3 Nov 2026 09:14:22 +0000\n\n"
        "Dear all,\n\n" + BODY + SIGNED
    )
    assert title_of(text) == "OPEN LETTER: Stop the automation of Pier 9"


def test_a_quoted_titles_comma_belongs_to_the_sentence():
    text = (
        "Sixty groups urged the minister to cancel the permit. In a joint statement titled "
        '"Our Rivers Are Not for Sale," the groups said the project threatens the water.\n\n'
        + BODY
        + SIGNED
    )
    assert title_of(text) == "Our Rivers Are Not for Sale"


def test_a_headline_broken_over_two_lines_is_read_whole():
    text = (
        "RESOLUTION NO. 7\n"
        "Solidarity with the striking warehouse workers\n"
        "of the northern depots\n\n" + BODY + SIGNED
    )
    assert title_of(text) == "Solidarity with the striking warehouse workers of the northern depots"
