"""List shapes from the eleventh held-out round. Every example is invented for this file."""

from solidarity.imports.extract import extract_statement
from solidarity.imports.tests.shapes import BODY, names


def test_towns_after_a_dash_across_a_list_are_where_the_entries_are():
    text = (
        "Lettera aperta: accoglienza dignitosa\n\n" + BODY + "Promotori:\n"
        "1. Associazione Ticino Solidale – Lugano\n"
        "2. Rete Accoglienza Mendrisiotto – Mendrisio\n"
        "3. Sindacato Indipendente dei Servizi Sociali (SISS) – Bellinzona\n"
        "4. Casa delle Culture di Valle – Lugano\n\n"
        "Perché firmano\n"
        "Elena R., Bellinzona · 2 giorni fa\n"
        "«Ho fatto la volontaria al centro: è indegno.»\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.alt_names[-1:]) for e in endorsers] == [
        ("Associazione Ticino Solidale", ["Associazione Ticino Solidale – Lugano"]),
        ("Rete Accoglienza Mendrisiotto", ["Rete Accoglienza Mendrisiotto – Mendrisio"]),
        ("Sindacato Indipendente dei Servizi Sociali", ["SISS"]),
        ("Casa delle Culture di Valle", ["Casa delle Culture di Valle – Lugano"]),
    ]


def test_a_single_dash_suffix_keeps_its_place_in_the_name():
    text = (
        "Appello\n\n" + BODY + "Aderiscono:\n"
        "Unione Sindacale di Base – Sanità\nRete Studenti Medi\nCollettivo Aule Aperte\n"
    )
    assert names(text)[0] == "Unione Sindacale di Base – Sanità"


def test_towns_after_commas_across_a_list_and_greek_academic_titles():
    text = (
        "Gemeinsame Erklärung\n\n" + BODY + "Organisationen\n"
        "Klimabündnis Ostafrika e.V., Berlin\n"
        "Aktionsgruppe Pipeline Stoppen, Hamburg\n"
        "Ökumenisches Netzwerk Gerechter Handel, Bonn\n"
        "Initiative Finanzwende von unten, Frankfurt am Main\n\n"
        "Einzelpersonen\n"
        "Αν. Καθ. Νίκος Σταμάτης\n"
        "Επίκ. Καθ. Σοφία Δημητρά\n"
    )
    assert names(text) == [
        "Klimabündnis Ostafrika e.V.",
        "Aktionsgruppe Pipeline Stoppen",
        "Ökumenisches Netzwerk Gerechter Handel",
        "Initiative Finanzwende von unten",
        "Νίκος Σταμάτης",
        "Σοφία Δημητρά",
    ]


def test_long_bilingual_entries_under_a_bilingual_country_and_group_heading():
    text = (
        "Заява / Statement\n\n" + BODY + "Підписали / Signed by:\n\n"
        "Україна / Ukraine\n"
        'Профспілка медичних працівників «Будь як ми» / Medical Workers\' Union "Be Like Us"\n'
        "Незалежна профспілка шахтарів Кривбасу / Independent Miners' Union of Kryvbas\n\n"
        "Міжнародні підписанти / International signatories\n"
        "Scottish Trade Unionists for Ukraine (Велика Британія / United Kingdom)\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.countries) for e in endorsers] == [
        ("Профспілка медичних працівників «Будь як ми»", ["UA"]),
        ("Незалежна профспілка шахтарів Кривбасу", ["UA"]),
        ("Scottish Trade Unionists for Ukraine", ["GB"]),
    ]


def test_a_news_reports_second_and_and_a_nationality_before_a_name():
    text = (
        "Ni un líder más\n\n"
        "La carta está encabezada por la Asociación de Cabildos del Norte (ACN) y el Colectivo "
        "de Abogados Tierra Libre. Entre los firmantes figuran también la Red de Mujeres "
        "Defensoras del Macizo, la Fundación Agua y Territorio y la Comisión Ecuménica Vida "
        "y Paz.\n\n"
        "Desde el exterior se sumaron el peruano Frente de Defensa de los Páramos de Jaén, "
        "la Red Latinoamericana de Defensoras Ambientales y la alemana Menschenrechte Heute, "
        "entre otras.\n"
    )
    endorsers = {e.name: e.countries for e in extract_statement(text).endorsers}
    assert "Comisión Ecuménica Vida y Paz" in endorsers
    assert "Asociación de Cabildos del Norte" in endorsers
    assert endorsers["Frente de Defensa de los Páramos de Jaén"] == ["PE"]
    assert endorsers["Menschenrechte Heute"] == ["DE"]


def test_academics_with_their_department_and_university_and_a_file_link():
    text = (
        "Δήλωση μελών ΔΕΠ\n\n" + BODY + "Υπογραφές:\n\n"
        "Αν. Καθ. Νίκος Σταμάτης, Τμήμα Ιστορίας, Πανεπιστήμιο Κέρκυρας\n"
        "Επίκ. Καθ. Σοφία Δημητρά, Τμήμα Νομικής, Πανεπιστήμιο Πατρών\n"
        "Prof. Anna Weller, Faculty of Law, University of Graz\n\n"
        "Πλήρης κατάλογος υπογραφών (PDF, 214 KB)\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.affiliation) for e in endorsers] == [
        ("Νίκος Σταμάτης", "Τμήμα Ιστορίας, Πανεπιστήμιο Κέρκυρας"),
        ("Σοφία Δημητρά", "Τμήμα Νομικής, Πανεπιστήμιο Πατρών"),
        ("Anna Weller", "Faculty of Law, University of Graz"),
    ]


def test_a_section_opening_with_the_initials_of_an_organisation_above():
    text = (
        "Gemeinsame Erklärung\n\n" + BODY + "Parteien\n"
        "Partei für Soziale Ökologie – Bundesvorstand\n"
        "PSÖ Landesverband Bayern\n"
        "PSÖ Landesverband Sachsen\n"
        "Linke Liste Nord\n"
    )
    parents = {e.name: e.parent for e in extract_statement(text).endorsers}
    assert parents["PSÖ Landesverband Bayern"] == "Partei für Soziale Ökologie – Bundesvorstand"
    assert parents["PSÖ Landesverband Sachsen"] == "Partei für Soziale Ökologie – Bundesvorstand"
    assert parents["Linke Liste Nord"] is None


def test_two_organisations_issuing_a_joint_text_in_a_sentence():
    text = (
        "Declaração conjunta sobre a segurança na ferrovia\n\n"
        "O Sindicato dos Maquinistas do Minho (SMM) e a Federação Nacional dos Operários "
        "Ferroviários Livres (FENOFEL) emitiram hoje a seguinte declaração conjunta, na "
        "sequência do descarrilamento ocorrido na Linha do Tâmega.\n\n"
        "Exigimos a reposição imediata das equipas de manutenção e a revisão de todos os "
        "troços onde os limites de velocidade foram levantados sem inspeção prévia.\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.alt_names) for e in endorsers] == [
        ("Sindicato dos Maquinistas do Minho", ["SMM"]),
        ("Federação Nacional dos Operários Ferroviários Livres", ["FENOFEL"]),
    ]


def test_one_organisation_issuing_a_text_alone_is_the_issuer_not_a_list():
    text = (
        "Comunicado\n\n"
        "O Sindicato dos Maquinistas do Minho (SMM) emitiu hoje o seguinte comunicado sobre a "
        "segurança na Linha do Tâmega, depois do descarrilamento da semana passada.\n"
    )
    assert names(text) == []


def test_signed_by_the_a_and_by_the_b_whose_name_holds_an_and():
    text = (
        "Comunicato congiunto\n\n"
        "Il presente comunicato è sottoscritto dal Sindacato Indipendente dei Trasporti (SIT) e "
        "dall'Associazione Inquilini e Utenti del Mendrisio, che nelle prossime settimane "
        "raccoglieranno firme alle fermate della linea.\n"
    )
    assert names(text) == [
        "Sindacato Indipendente dei Trasporti",
        "Associazione Inquilini e Utenti del Mendrisio",
    ]
