"""The words of a table of signatories: its columns' labels and its type cells, in the
shipped languages."""

from __future__ import annotations

import re

from .lexicon import NAME_PARTICLES, WordSet, fold_word, words

# A table's cell that says what its row's entry is: "Organisation", "Individual".
KIND_CELLS_PEOPLE = WordSet(
    words(
        """
        individual person persona individuo pessoa indivíduo personne individu einzelperson
        privatperson лицо особа физлицо birey kişi bireysel πρόσωπο άτομο
        개인 فرد
        """
    )
)
KIND_CELLS_ORGANIZATIONS = WordSet(
    words(
        """
        organisation organization group organización entidad organização entidade
        organizzazione ente организация організація kuruluş örgüt
        οργάνωση 단체 منظمة
        """
    )
)
NAME, ORGANISATION, COUNTRY, KIND, PLACE, ROLE, ACRONYM, PARENT, OTHER = (
    "name",
    "organisation",
    "country",
    "kind",
    "place",
    "role",
    "acronym",
    "parent",
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
        imię_i_nazwisko imię nazwisko namn 氏名 名前 姓名
    """,
    ORGANISATION: """
        organisation organization organización entidad organização entidade organisme
        organizzazione ente affiliation afiliación filiação affiliazione zugehörigkeit
        institution institución instituição istituzione организация організація kurum
        kuruluş örgüt οργάνωση φορέας 단체 단체명 소속 المنظمة الجهة union syndicat sindacato
        sindicato gewerkschaft профсоюз профспілка sendika συνδικάτο 노조 نقابة group groupe
        gruppo grupo entitat organització organizacja organisation 団体 団体名 组织 单位 lärosäte
        institució instytucja afiliacja nazwa instytucja_/_organizacja
    """,
    COUNTRY: """
        country país pays land paese страна країна ülke χώρα 국가 나라 البلد الدولة kraj 国 国家
    """,
    KIND: """
        type tipo typ art тип tür τύπος 유형 구분 النوع kind category categoría categoria
        catégorie kategorie категория категорія kategori κατηγορία 분류 الفئة
    """,
    PLACE: """
        city town ciudad localidad cidade ville commune stadt ort città comune город місто
        şehir il πόλη 도시 지역 المدينة region región região région regione регион регіон
        область bölge περιοχή state estado sitz wohnort sede siège lugar luogo lieu
        населённый_пункт населений_пункт yer έδρα 소재지 المقر area área zona zone uf
        territorio territoire território població ciutat localitat miejscowość miasto ort stad
        都市 地域 城市 所在地 都道府県 地区 所在地区
    """,
    ROLE: """
        role position title titel cargo función puesto função fonction titre funktion ruolo carica
        должность посада görev unvan θέση ιδιότητα 직책 직위 المنصب الصفة profesión
        profissão profession beruf professione профессия професія meslek επάγγελμα 직업 المهنة
        所属 肩書 所属・肩書 役職 職業 职务 職務 qualifica qualità qualité stanowisko funkcja
        tytuł stopień tytuł_/_stopień càrrec ocupació ocupación ocupação occupation
        contact contact_person persona_de_contacto contacto pessoa_de_contato contato
        personne_de_contact ansprechpartner ansprechperson referente контакт контактное_лицо
        контактна_особа iletişim_kişisi επικοινωνία 담당자 المسؤول 担当者 联系人 聯絡人
    """,
    ACRONYM: """
        acronym abbreviation acrónimo siglas sigla sigle abréviation kürzel abkürzung
        сокращение аббревиатура абревіатура скорочення kısaltma ακρωνύμιο συντομογραφία
        약칭 약어 الاختصار
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
    # What a form's export adds and no signatory shows: when, how to write to them.
    OTHER: """
        timestamp marca_temporal carimbo_de_data/hora horodateur horodatage zeitstempel
        informazioni_cronologiche отметка_времени позначка_часу zaman_damgası χρονική_σήμανση
        타임스탬프 الطابع_الزمني email e-mail correo correo_electrónico courriel
        e-mail-adresse indirizzo_email почта електронна_пошта e-posta 이메일 البريد
        البريد_الإلكتروني date fecha data datum дата tarih ημερομηνία 날짜 التاريخ phone
        teléfono telefone téléphone telefon telefono телефон τηλέφωνο 전화 الهاتف website web
        sitio_web site n° nº no. nr. # № n. lp. l.p. 번호 순번 連番 番号 編號 编号
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


def column_of(cell: str) -> str | None:
    """The column a label names: "Country", "Full name", and "Nome da organização", "Name
    of the organisation" (label words joined by small ones: the last one says)."""
    if " / " in cell:
        # "Ente / struttura", "Organisation / Funktion": the first label names the column.
        first, _, rest = cell.partition(" / ")
        return column_of(first) if column_of(rest) is not None or rest.islower() else None
    words_ = cell.strip(" *:").split()
    # Most lines are ruled out by their length or their first word, before any folding.
    if len(cell) > MAX_LABEL_CHARS or not words_ or fold_word(words_[0]) not in LABEL_OPENINGS:
        return None
    written = PARENTHESIS_NOTE.sub("", cell).strip(" *:")
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
