"""List shapes from the sixteenth held-out round. Every example is invented for this file."""

from solidarity.imports.extract import INDIVIDUAL, ORGANIZATION, extract_statement
from solidarity.imports.tests.shapes import BODY, names


def test_a_wall_of_logos_copied_as_their_alternative_texts():
    text = (
        "El agua no se vende\n\n" + BODY + "Adhieren:\n"
        "Logo de la Asamblea por el Agua de Cuyo\n"
        "Logo Cooperativa de Agua Potable Tunuyán Ltda.\n"
        "Logo de Red de Mujeres Regantes\n"
        "Logo de la Coordinadora por el Agua de Valparaíso (Chile)\n"
        "Vecinos Autoconvocados – logo\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.countries) for e in endorsers] == [
        ("Asamblea por el Agua de Cuyo", []),
        ("Cooperativa de Agua Potable Tunuyán Ltda", []),
        ("Red de Mujeres Regantes", []),
        ("Coordinadora por el Agua de Valparaíso", ["CL"]),
        ("Vecinos Autoconvocados", []),
    ]


def test_a_forwarded_message_in_a_messengers_bold():
    text = (
        "*Encaminhada*\n\n🔴🔴 *NOTA PÚBLICA* 🔴🔴\n\n"
        "*EM DEFESA DAS RÁDIOS COMUNITÁRIAS!*\n\n" + BODY + "*ASSINAM:*\n\n"
        "*Associação de Rádios Comunitárias Livres (ARCL)* – Brasil\n"
        "*Rádio Quilombo Livre* – Alcântara (MA) – Brasil\n"
        "*Mestre Zé do Pandeiro* – cultura popular, Recife – Brasil\n\n"
        "⚠️ *REPASSEM!!!* ⚠️\n"
    )
    statement = extract_statement(text)
    assert statement.title == "EM DEFESA DAS RÁDIOS COMUNITÁRIAS!"
    assert [(e.name, e.kind, e.countries) for e in statement.endorsers] == [
        ("Associação de Rádios Comunitárias Livres", ORGANIZATION, ["BR"]),
        ("Rádio Quilombo Livre", ORGANIZATION, ["BR"]),
        ("Zé do Pandeiro", INDIVIDUAL, ["BR"]),
    ]
    assert statement.endorsers[0].alt_names == ["ARCL"]


def test_academics_with_posts_departments_and_universities():
    text = (
        "Carta aberta\n\n" + BODY + "Subscrevem:\n"
        "Ana Lopes, Bolseira de Pós-Doutoramento, Instituto de Ciências Sociais, "
        "Universidade do Mondego, Portugal\n"
        "João Ribeiro, Assistente Convidado, Departamento de Filosofia, Universidade Nova, "
        "Portugal\n"
        "Marta Vaz, Investigadora Auxiliar, Centro de Estudos, Universidade do Minho, Portugal\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.kind, e.countries) for e in endorsers] == [
        ("Ana Lopes", INDIVIDUAL, ["PT"]),
        ("João Ribeiro", INDIVIDUAL, ["PT"]),
        ("Marta Vaz", INDIVIDUAL, ["PT"]),
    ]


def test_an_update_adds_signatories_under_country_headings():
    text = (
        "Carte blanche\n\n" + BODY + "Signataires :\n\nBelgique\nCollectif Accueil Digne\n\n"
        "Mise à jour (18 mars 2025) : nouveaux signataires\n\n"
        "Depuis la publication, les organisations suivantes ont rejoint l'appel :\n\n"
        "Suisse\nCollectif R-Asile Lausanne\n\nAllemagne\nFlüchtlingshilfe Aachen e.V.\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.countries) for e in endorsers] == [
        ("Collectif Accueil Digne", ["BE"]),
        ("Collectif R-Asile Lausanne", ["CH"]),
        ("Flüchtlingshilfe Aachen e.V.", ["DE"]),
    ]


def test_sections_named_by_the_internationals_initials_and_a_closing_section_word():
    text = (
        "Joint statement\n\n" + BODY + "Signed:\nInternational Dockworkers' Alliance (IDA)\n"
        "IDA – Nordic Section\nIDA – Iberian Section\nHarbour Workers Union (United Kingdom)\n"
    )
    endorsers = extract_statement(text).endorsers
    alliance = "International Dockworkers' Alliance"
    assert [(e.name, e.parent) for e in endorsers] == [
        (alliance, None),
        ("IDA – Nordic Section", alliance),
        ("IDA – Iberian Section", alliance),
        ("Harbour Workers Union", None),
    ]


def test_a_sign_up_form_and_read_more_buttons_sign_nothing():
    text = (
        "Appello per la scuola pubblica\n\n" + BODY + "Prime adesioni:\n"
        "Gruppo Docenti Precari Toscana\nMaestro Andrea Bellini, scuola primaria Rodari\n\n"
        "Leggi di più\n\nADERISCI\nNome e cognome / Organizzazione *\nEmail *\nCittà\n"
    )
    assert names(text) == ["Gruppo Docenti Precari Toscana", "Andrea Bellini"]


def test_surname_given_and_post_in_alphabetical_order():
    text = (
        "Carte blanche\n\n" + BODY + "Les signataires (par ordre alphabétique) :\n"
        "Baert, Lieve, avocate au barreau de Gand\n"
        "Bensaïd, Karim, médecin, ancien membre du Conseil de surveillance\n"
        "Claessens, Hilde (KU Leuven)\nCoppens, Marc, juge honoraire\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.kind, e.affiliation) for e in endorsers] == [
        ("Lieve Baert", INDIVIDUAL, "avocate au barreau de Gand"),
        ("Karim Bensaïd", INDIVIDUAL, "médecin, ancien membre du Conseil de surveillance"),
        ("Hilde Claessens", INDIVIDUAL, "KU Leuven"),
        ("Marc Coppens", INDIVIDUAL, "juge honoraire"),
    ]


def test_a_few_towns_that_come_back_after_dashes_among_many_groups_without():
    groups = [
        "Red Nacional por el Territorio",
        "Centro de Derechos Humanos Tierra y Libertad – Chiapas",
        "Colectivo Mujeres de Maíz – Chiapas",
        "Consejo Autónomo de Pueblos Tseltales",
        "Unión de Comunidades Indígenas del Istmo – Oaxaca",
        "Asamblea Veracruzana de Defensa Ambiental",
        "Observatorio de Conflictos Mineros",
        "Coordinadora de Madres Buscadoras",
        "Colectivo Voces del Desierto – Sonora",
        "Alianza contra el Fracking",
    ]
    text = "Llamamiento\n\n" + BODY + "Firman:\n" + "\n".join(groups) + "\n"
    assert names(text) == [group.split(" – ")[0] for group in groups]


def test_personalities_after_organisations_in_arabic_running_text():
    text = (
        "بيان مشترك\n\n" + BODY + "الموقعون: مرصد العمل اللائق، جمعية كرامة المهاجرين، "
        "منتدى العدالة الاجتماعية (الأردن).\n"
        "ومن الشخصيات: د. سمير خوري (باحث في قانون العمل)، ريم حداد (محامية).\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.kind) for e in endorsers] == [
        ("مرصد العمل اللائق", ORGANIZATION),
        ("جمعية كرامة المهاجرين", ORGANIZATION),
        ("منتدى العدالة الاجتماعية", ORGANIZATION),
        ("سمير خوري", INDIVIDUAL),
        ("ريم حداد", INDIVIDUAL),
    ]
