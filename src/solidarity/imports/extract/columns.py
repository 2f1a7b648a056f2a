"""The words of a table of signatories: its columns' labels and its type cells, in the
shipped languages."""

from __future__ import annotations

import re

from .lexicon import NAME_PARTICLES, WordSet, fold_word, words
from .model import INDIVIDUAL, ORGANIZATION
from .pagewords import WHEN_CELL
from .segments import comma_segments

# A table's cell that says what its row's entry is: "Organisation", "Individual".
KIND_CELLS_PEOPLE = WordSet(
    words(
        """
        individual person persona individuo pessoa indivíduo personne individu einzelperson
        privatperson лицо особа физлицо birey kişi bireysel πρόσωπο άτομο
        개인 فرد osoba
        """
    )
)
KIND_CELLS_ORGANIZATIONS = WordSet(
    words(
        """
        organisation organization group organización entidad organização entidade
        organizzazione ente организация організація kuruluş örgüt
        οργάνωση 단체 منظمة organizacja
        """
    )
)
NAME, ORGANISATION, COUNTRY, KIND, PLACE, ROLE, ACRONYM, PARENT, NOTES, CONSENT, OTHER = (
    "name",
    "organisation",
    "country",
    "kind",
    "place",
    "role",
    "acronym",
    "parent",
    "notes",
    "consent",
    "other",
)
# The cells of a table's first row, naming its columns ("Name | Country | Type"), in the
# shipped languages, each a whole cell ("Full name", "Nom et prénom"), by column.
COLUMN_LABELS = {
    NAME: """
        name full_name first_name signatory nombre nombre_y_apellidos firmante nome
        nome_completo signatário nom prénom nom_et_prénom prénom_et_nom signataire vorname
        nachname unterzeichner unterzeichner*in firmatario nome_e_cognome имя фио ф.и.о.
        подписант ім'я піб підписант ad ad_soyad adı_soyadı imzacı όνομα ονοματεπώνυμο
        υπογράφων 이름 성명 서명자 الاسم الموقع название назва isim nom_i_cognoms signant
        imię_i_nazwisko imię nazwisko namn 氏名 名前 姓名 apellido apellidos apellido_y_nombre
        apellidos_y_nombres sobrenome cognome cognome_e_nome surname last_name person persona
        pessoa personne особа лицо kişi πρόσωπο
    """,
    ORGANISATION: """
        organisation organization organización entidad organização entidade organisme
        organizzazione ente affiliation afiliación filiação affiliazione zugehörigkeit
        institution institución instituição istituzione организация організація kurum
        kuruluş örgüt οργάνωση φορέας 단체 단체명 소속 المنظمة الجهة union syndicat sindacato
        sindicato gewerkschaft профсоюз профспілка sendika συνδικάτο 노조 نقابة group groupe
        gruppo grupo entitat organització organizacja organisation 団体 団体名 组织 单位 lärosäte
        團體 團體名稱 团体名称 組織名稱 组织名称 機構名稱 机构名称 單位
        institució instytucja afiliacja nazwa instytucja_/_organizacja
    """,
    COUNTRY: """
        country país pays land paese страна країна ülke χώρα 국가 나라 البلد الدولة kraj 国 国家
        國家 國家/地區 国家/地区 國家或地區 国家或地区 国・地域 country/region
    """,
    KIND: """
        type tipo typ art тип tür τύπος 유형 구분 النوع kind category categoría categoria
        catégorie kategorie категория категорія kategori κατηγορία 분류 الفئة
        signing_as firma_como assina_como signe_en_tant_que unterzeichnet_als firma_come
        подписывает_как підписує_як imza_türü
    """,
    PLACE: """
        city town ciudad localidad cidade ville commune stadt ort città comune город місто
        şehir il πόλη 도시 지역 المدينة region región região région regione регион регіон
        область bölge περιοχή state estado sitz wohnort sede siège lugar luogo lieu
        населённый_пункт населений_пункт yer έδρα 소재지 المقر area área zona zone uf
        territorio territoire território població ciutat localitat miejscowość miasto ort stad
        都市 地域 城市 所在地 都道府県 地区 所在地区 provincia province provinz provincie
        departamento município municipio plz postleitzahl postcode postal_code zip zip_code
        code_postal código_postal cep cap codice_postale почтовый_индекс поштовий_індекс
        posta_kodu ταχυδρομικός_κώδικας 우편번호 الرمز_البريدي
    """,
    ROLE: """
        role position title titel cargo función puesto função fonction titre funktion ruolo carica
        должность посада görev unvan θέση ιδιότητα 직책 직위 المنصب الصفة profesión
        profissão profession beruf professione профессия професія meslek επάγγελμα 직업 المهنة
        所属 肩書 所属・肩書 役職 職業 职务 職務 qualifica qualità qualité stanowisko funkcja
        tytuł stopień tytuł_/_stopień càrrec ocupació ocupación ocupação occupation job
        job_title χώρος_εργασίας workplace lugar_de_trabajo local_de_trabalho lieu_de_travail
        arbeitsplatz luogo_di_lavoro место_работы місце_роботи işyeri 직장 مكان_العمل
        categoria_profissional categoría_profesional catégorie_professionnelle
        berufsgruppe cargo_y_organización cargo_y_organizacion cargo_e_organização
        função_e_organização post_and_organisation position_and_organization
        role_and_organisation fonction_et_organisation poste_et_organisation
        funktion_und_organisation ruolo_e_organizzazione cargo_u_organización
        cargo_o_organización cargo_ou_entidade cargo_ou_organização
        contact contact_person persona_de_contacto contacto pessoa_de_contato contato
        personne_de_contact ansprechpartner ansprechperson referente контакт контактное_лицо
        контактна_особа iletişim_kişisi επικοινωνία 담당자 المسؤول 担当者 联系人 聯絡人
    """,
    # Another written form of the name: its acronym, or its letters in Latin script.
    ACRONYM: """
        ローマ字表記 ローマ字 romanization romanisation transliteration transliteración
        acronym abbreviation acrónimo siglas sigla sigle abréviation kürzel abkürzung
        сокращение аббревиатура абревіатура скорочення kısaltma ακρωνύμιο συντομογραφία
        약칭 약어 الاختصار 英文名稱 英文名称 英語名 英語表記 english_name
    """,
    # The international, federation or network a row's organisation belongs to.
    PARENT: """
        network federation member_of affiliated_to parent red federación miembro_de
        afiliada_a rede federação membro_de filiada_a réseau fédération membre_de affiliée_à
        netzwerk dachverband mitglied_von mitglied_in rete federazione membro_di aderente_a
        xarxa federació membre_de сеть федерация член сеть_/_федерация мережа федерація
        член_мережі ağ federasyon üyesi δίκτυο ομοσπονδία μέλος_του 네트워크 연맹 소속_연맹
        الشبكة الاتحاد عضو_في sieć federacja członek nätverk förbund medlem_i
    """,
    # The editor's notes on a row: "duplicate", "withdrawn 29.10 – do not publish".
    NOTES: """
        notes remarks observaciones observações remarques bemerkungen anmerkungen note
        osservazioni примечание примечания примітки not notlar σημειώσεις παρατηρήσεις 비고
        ملاحظات uwagi 備註 备注 備考 comment comments comentario comentarios comentário
        comentários commentaire commentaires kommentar commento commenti комментарий
        коментар yorum σχόλιο 의견 تعليق komentarz
    """,
    # Whether the signatory lets the name be shown: a form's question, "Publish my name?".
    CONSENT: """
        publish publish_my_name public show_my_name display_name_publicly consent
        publicar autorizo_publicar publicar_mi_nombre publicar_nombre autoriza_publicación
        publicação autoriza_divulgação autorizo_divulgação divulgação consentimiento
        consentimento publier publication consentement afficher_mon_nom veröffentlichen
        veröffentlichung einwilligung name_veröffentlichen pubblicare pubblicazione
        consenso публиковать публикация согласие публікувати публікація згода yayınla
        yayınlansın onay δημοσίευση συναίνεση 공개 공개_동의 نشر الموافقة publikacja zgoda
    """,
    # What a form's export adds and no signatory shows: when, how to write to them.
    OTHER: """
        timestamp marca_temporal carimbo_de_data/hora horodateur horodatage zeitstempel
        informazioni_cronologiche отметка_времени позначка_часу zaman_damgası χρονική_σήμανση
        타임스탬프 الطابع_الزمني email e-mail correo correo_electrónico courriel
        e-mail-adresse indirizzo_email почта електронна_пошта e-posta 이메일 البريد
        البريد_الإلكتروني date fecha data datum дата tarih ημερομηνία 날짜 التاريخ phone
        teléfono telefone téléphone telefon telefono телефон τηλέφωνο 전화 الهاتف website web
        sitio_web site id n° nº no. nr. # № n. lp. l.p. α/α 번호 순번 連番 番号 編號 编号
    """,
}
LABELS = {
    fold_word(label.replace("_", " ")): column
    for column, labels in COLUMN_LABELS.items()
    for label in words(labels)
}


MAX_LABEL_CHARS = 60
# "Cargo o profesión (solo personas)": a note on the column.
PARENTHESIS_NOTE = re.compile(r"\s*\([^()]*\)")
# The words a column's label may open with.
LABEL_OPENINGS = frozenset(label.split()[0] for label in LABELS) | frozenset(
    word for label in LABELS for word in label.split()
)


# Two labels in one cell: "Nome / Name", "Cidade/UF", "Ιδιότητα – Χώρος εργασίας".
LABEL_PAIR = re.compile(r"\s*/\s*|\s+–\s+")


def column_of(cell: str) -> str | None:
    """The column a label names: "Country", "Full name", and "Nome da organização", "Name
    of the organisation" (label words joined by small ones: the last one says)."""
    pair = LABEL_PAIR.split(cell, maxsplit=1) if "/" in cell or " – " in cell else []
    # "Ente / struttura", "Organisation / Funktion", "Cidade/UF", "Ιδιότητα – Χώρος
    # εργασίας": the first label names the column ("Carimbo de data/hora", whose first
    # part is none, is one label); "Φορέας / Ονοματεπώνυμο" holds an organisation's or a
    # person's name.
    first = column_of(pair[0].strip()) if len(pair) == 2 else None
    if first is not None:
        rest = column_of(pair[1].strip())
        if {first, rest} == {NAME, ORGANISATION}:
            return NAME
        if rest is not None or pair[1].islower():
            return first
    if pair and " / " in cell:
        return None
    # "fecha_registro", "cargo_u_organizacion": a CSV export's labels, words joined by
    # underscores; "nombre (organización, o Apellidos, Nombre)": a note on the column.
    if "_" in cell:
        cell = cell.replace("_", " ")
    if "(" in cell:
        cell = PARENTHESIS_NOTE.sub("", cell)
    if ", " in cell:
        # "Name, Vorname", "Nom, prénom": a column of inverted names, each part a label;
        # "Funkcja, organizacja", "Role, organisation": a post and where it is held.
        parts = [column_of(part) for part in cell.split(", ")]
        if len(set(parts)) == 1:
            return parts[0]
        if parts == [PLACE, COUNTRY]:
            # "Місто, країна", "City, country": a place's cell that ends on its country.
            return COUNTRY
        return ROLE if parts[0] == ROLE and None not in parts else None
    words_ = cell.strip(" *:?").split()
    # Most lines are ruled out by their length or their first word, before any folding.
    if len(cell) > MAX_LABEL_CHARS or not words_ or fold_word(words_[0]) not in LABEL_OPENINGS:
        return None
    written = cell.strip(" *:?")
    label = fold_word(written)
    column = LABELS.get(label)
    if column is None:
        named = [LABELS.get(word) for word in label.split() if word not in NAME_PARTICLES]
        # "Name of the organisation": label words joined by small ones, the last says;
        # "Nombre de la organización o persona firmante", "Tipo de firma": the first, when
        # the rest is in lower case (a name, "Профспілка енергетиків Полісся", is not).
        described = not any(word[:1].isupper() for word in written.split()[1:])
        if not named:
            return None
        column = named[-1] if None not in named else named[0] if described else None
    return column


# Their words, for telling such a row from a table's rows of names.
TABLE_COLUMNS = WordSet(
    word
    for labels in COLUMN_LABELS.values()
    for label in words(labels)
    for word in label.split("_")
)


# "podpis wycofany 29.10 – nie publikować", "withdrawn, do not publish": a note that the
# row's signature was taken back.
WITHDRAWN_NOTE = re.compile(
    r"\b(?:withdrawn|withdrew|retirad[ao]|retirée?|zurückgezogen|ritirat[ao]|отозван\w*|"
    r"відкликан\w*|geri\s+çek\w*|αποσύρ\w*|wycofan\w*|do\s+not\s+publish|no\s+publicar|"
    r"ne\s+pas\s+publier|nicht\s+veröffentlichen|non\s+pubblicare|nie\s+publikować)\b|철회|سحب",
    re.IGNORECASE,
)


# A row's cells: split by tabs, or by a spaced middle dot as a platform's list of
# supporters prints them ("Ana Ruiz · Tenants Union", "Tenants Union · Organisation").
TABS = re.compile(r"\s*\t+\s*|\s+·\s+")


class TableRow:
    """A table copied from a page, its cells split by tabs (or middle dots): "12⇥Ana
    Ruiz⇥Argentina", "Tenants Union⇥Leeds, United Kingdom⇥Organisation". A last cell
    that says the row's kind gives it, a cell ending on countries gives them, the rest
    reads as suffixes of the name; a first row of column names ("Name⇥Country⇥Type") is no entry."""

    def __init__(self, written: str) -> None:
        cells = [cell for cell in TABS.split(written) if cell]
        self.header = len(cells) >= 2 and all(
            all(word in TABLE_COLUMNS for word in cell.split()) for cell in cells
        )
        self.kind: str | None = None
        self.countries: list[str] = []
        if len(cells) >= 2 and WHEN_CELL.match(cells[-1]):
            # "… · il y a 2 heures": when a petition's signer signed.
            cells.pop()
        if len(cells) >= 2 and len(cells[-1].split()) == 1:
            if cells[-1] in KIND_CELLS_PEOPLE:
                self.kind = INDIVIDUAL
            elif cells[-1] in KIND_CELLS_ORGANIZATIONS:
                self.kind = ORGANIZATION
            if self.kind:
                cells.pop()
        if len(cells) >= 2:
            # "Leeds, United Kingdom", "Wales, United Kingdom": the place's cell ends on
            # its country.
            countries = comma_segments(cells[-1], keep_first=False)[1]
            if countries:
                self.countries = countries
                cells.pop()
        self.body = " – ".join(cells)
