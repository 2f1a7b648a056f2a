"""Function words and cue words in the shipped interface languages.

These are grammar, not data about the world: the words a statement uses to say "signed
by", "and", "its sections" or "share this". Country and month names come from CLDR (see
countries.py and dates.py), never from here. Every entry is lower case; words ending in
"*" are stems that match any word starting with them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

SHIPPED_LANGUAGES = ("en", "es", "pt", "fr", "de", "it", "ru", "uk", "ar", "tr", "el", "ko")


def words(text: str) -> list[str]:
    """The whitespace-separated words of a block of text."""
    return text.split()


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """Case- and accent-insensitive form of one word; Turkish "İ" folds to "i"."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


class WordSet:
    """Exact words plus stems ("sign*"), matched case-insensitively; stems also ignore
    accents, and Turkish "İ" folds to "i"."""

    def __init__(self, words: Iterable[str]) -> None:
        self.exact: set[str] = set()
        stems: list[str] = []
        for word in words:
            if word.endswith("*"):
                stems.append(fold_word(word[:-1]))
            else:
                # Whole words keep their accents: French "à" is not Portuguese "a".
                self.exact.add(word.casefold())
        # Capitals drop the accents ("ΠΡΟΣΩΠΙΚΟΤΗΤΕΣ", "ORGANISATIONS SIGNATAIRES").
        self.unaccented = {fold_word(word) for word in self.exact}
        self.stems = tuple(sorted(stems, key=len, reverse=True))

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        if word.casefold() in self.exact or fold_word(word).startswith(self.stems):
            return True
        return len(word) > 1 and word.isupper() and fold_word(word) in self.unaccented


# Words that say the text was signed / endorsed, or who signed it.
SIGNING_CUES = WordSet(
    words(
        """
        sign signs signed signing signature* signator* co-sign* cosign* undersign* endors*
        firma* firmó firmad* firman* suscri* adhes* adhier* adhir* assin* subscrev*
        subscrit* signatár* signataire* signé* signe signent soussign* unterzeich*
        unterschr* unterstützer* erstunterzeich* firmat* sottoscri* aderent* aderi* adesion*
        adesõ* adesão adhérent* adhér* firme подпис* підпис* imza* υπογρ* συνυπογρ* 서명* 연명*
        وقع* موقع* الموقع* توقيع* signer signons signez signaient signèrent rubric*
        unterschreiben unterschreibt приєдна* присоедин*
        """
    )
)

# A signing word these deny, a few words before it: "without signing the declaration",
# "sin suscribir", "ne l'ont pas signé", "ohne … zu unterzeichnen", "не подписали". ("no"
# is left out: in Portuguese it is "in the".)
NEGATIONS = WordSet(
    words(
        """
        not never without sin nunca sans pas jamais ohne nicht nie senza non mai sem não
        nunca не без ні δεν χωρίς μην don't didn't haven't hasn't لم لا دون بدون
        """
    )
)
NEGATION_REACH = 5
# "Joint statement by A and B": the names after it are the signatories.
JOINT_STATEMENT = re.compile(
    r"(?:joint|common)\s+(?:statement|declaration|appeal|letter|communiqu[eé])\s+(?:by|of|from)|"
    r"(?:declaración|carta|comunicado)\s+conjunt[ao]\s+de|declaração\s+conjunta\s+de|"
    r"(?:déclaration|lettre)\s+commune\s+de|gemeinsame\s+erklärung\s+von|"
    r"dichiarazione\s+congiunta\s+di|совместное\s+заявление|спільна\s+заява|"
    r"ortak\s+açıklama|κοινή\s+δήλωση|공동\s*성명|بيان\s+مشترك|"
    # A joint press release or announcement, issued by the organisations named after it.
    r"joint\s+(?:press\s+release|announcement)|(?:nota|comunicado)\s+conjunt[ao]|"
    r"communiqué\s+commun|gemeinsame\s+(?:presseerklärung|pressemitteilung)|"
    r"comunicato\s+congiunto|совместное\s+(?:обращение|коммюнике)|спільне\s+звернення|"
    r"ortak\s+basın\s+açıklaması|κοινή\s+ανακοίνωση|공동\s*(?:기자회견문|입장문)|"
    r"بلاغ\s+مشترك",
    re.IGNORECASE,
)
# Headings over the people in a list, and over the organisations.
PEOPLE_HEADINGS = WordSet(
    words(
        """
        individuals personalities persons people personalidades individuos personas pessoas
        indivíduos personnalités individus personnes persönlichkeiten einzelpersonen personen
        personalità persone individui личности персоны граждане особи громадяни особистості
        bireyler kişiler bireysel πρόσωπα προσωπικότητες 개인 인사 أفراد شخصيات individual
        individuales individuais individuels individuali
        """
    )
)
ORGANIZATION_HEADINGS = WordSet(
    words(
        """
        parties organisations organizations unions groups collectives movements partidos
        entities entidades entités entità
        organizaciones sindicatos colectivos movimientos organizações coletivos movimentos
        partis organisations syndicats collectifs mouvements parteien organisationen
        gewerkschaften gruppen partiti organizzazioni sindacati collettivi movimenti партии
        организации профсоюзы партії організації профспілки partiler örgütler kuruluşlar
        sendikalar κόμματα οργανώσεις συνδικάτα 정당 단체 참가단체 참여단체 노동조합
        الأحزاب المنظمات النقابات
        """
    )
)
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
# The cells of a table's first row, naming its columns: "Name | Country | Type".
TABLE_COLUMNS = WordSet(
    words(
        """
        name country type kind role position city organisation organization affiliation
        nombre país tipo cargo ciudad organización nome país tipo cidade organização nom pays
        type ville organisation fonction name land art typ stadt organisation funktion nome
        paese tipo città organizzazione имя название страна тип город организация ім'я назва
        країна тип місто організація ad isim ülke tür şehir kurum όνομα χώρα τύπος πόλη
        οργάνωση 이름 단체명 국가 구분 유형 지역 الاسم البلد النوع المدينة المنظمة
        """
    )
)
# A heading that introduces a list of signatories even without a signing word.
LIST_HEADINGS = WordSet(
    words(
        """
        endorsers supporters supported initiators adherentes apoyan apoyada apoyado
        apoiadores apoiam apoiada apoiado soutiens soutiennent soutenue soutenu
        erstunterzeichnende unterstützen unterstützt aderenti aderiscono sostenuta sostenuto
        поддерживают поддержали поддержано підтримують підтримали підтримано destekleyenler
        destekleyen υποστηρίζουν υποστηρίζεται 지지 يدعم
        """
    )
    + sorted(PEOPLE_HEADINGS.exact)
    + sorted(ORGANIZATION_HEADINGS.exact)
)

# Membership: "the organisations of X are", "X and its sections:".
MEMBER_NOUNS = WordSet(
    words(
        """
        organisations organizations members sections affiliates groups parties
        organizaciones miembros secciones integrantes partidos grupos organizações membros
        secções seções partidos membres sections organisations partis mitglieder sektionen
        organisationen mitgliedsorganisationen membri sezioni organizzazioni partiti члены
        секции организации партии члени секції організації üyeler seksiyonlar örgütler μέλη
        τμήματα οργανώσεις 회원 지부 단체 أعضاء فروع منظمات
        """
    )
)
MEMBERSHIP_COPULAS = WordSet(
    words(
        """
        are include son incluyen são incluem sont sind umfassen sono includono это є
        являются —
        """
    )
)
SECTIONS_WORDS = (
    # Korean and Arabic write "and" as part of the word: "(IST)과 그 지부", "وفروعها".
    r"\s*(?:,\s*)?(?:(?:and|y|e|et|und|и|та|і|ve|και|및)\s+|과\s*|와\s*|و\s*)"
    r"(?:its|their|sus|seus|suas|ses|leurs|seine|ihre|deren|le\s+sue|i\s+suoi|его|её|їх|її|"
    r"onun|τα|그)?\s*"
    # "and the following affiliates:", "y las siguientes secciones:".
    r"(?:(?:the|los|las|os|as|die|le|i)?\s*(?:following|siguientes|seguintes|folgenden|"
    r"seguenti)\s+)?"
    r"(?:national\s+|nacionales\s+|nationales\s+|nationalen\s+|각국\s*)?"
    r"(?:sections?|secciones|secções|seções|sektionen|sezioni|секции|секції|seksiyonları|"
    r"şubeleri|τμήματ[αά](?:\s+του|\s+της)?|지부(?:들)?|فروعها|member\s+organi[sz]ations|"
    r"affiliates|organisations\s+membres|organizaciones\s+miembros?|"
    r"organizações[\s-]membros?|mitgliedsorganisationen|organizzazioni\s+(?:membri|aderenti)|"
    r"организации-члены|організації-члени|üye\s+örgütler[i]?|οργανώσεις-μέλη|회원\s*단체|"
    r"가맹\s*(?:조직|단체|조합)(?:들)?|"
    r"المنظمات\s+الأعضاء)"
    # Arabic puts "following" after the noun: "والمنظمات الأعضاء التالية".
    r"(?:\s+التالية)?"
)
# "…and its member organisations, by continent and country:": a note may close it.
SECTIONS_PHRASE = re.compile(SECTIONS_WORDS + r"(?:\s*[,،][^,،:]{0,60})?\s*:?\s*$", re.IGNORECASE)
# "X 및 가맹 조직 / X and its affiliates:": the phrase in the first of two languages.
SECTIONS_BEFORE_TRANSLATION = re.compile(SECTIONS_WORDS + r"(?=\s+/\s)", re.IGNORECASE)
# "X (XYZ), and its member organisations: A (Chad), B and C": the members on its line.
MEMBERS_INLINE = re.compile(SECTIONS_WORDS + r"\s*:\s*(?P<members>\S.*)$", re.IGNORECASE)
# "Sections:", "Its sections:", "Secciones nacionales:": the lines below belong to the
# organisation just above.
SECTIONS_HEADING = re.compile(
    r"^(?:its\s+|their\s+|sus\s+|seus\s+|suas\s+|ses\s+|ihre\s+|le\s+sue\s+)?"
    r"(?:national\s+|member\s+)?(?:sections?|secciones(?:\s+nacionales)?|secções|seções|"
    r"sections\s+nationales|sektionen|sezioni|секции|секції|seksiyonlar|şubeler|τμήματα|"
    r"지부|الفروع|member\s+organi[sz]ations|affiliates)\s*:$",
    re.IGNORECASE,
)

# Conjunctions that join the last two items of a list.
CONJUNCTIONS = WordSet(
    words(
        """
        and y e et und i и та і ve ile και 및 와 과 و sowie as well
        """
    )
)
# Lower-case words allowed inside a name: "Party of Labour", "Liga de los Trabajadores".
NAME_PARTICLES = WordSet(
    words(
        """
        of the for and in a an & de del della dei degli delle di da do dos das du
        des la le les el los las lo y e et von van der den dem zu zum zur und für im am al
        bin ibn ve ile için του της των και το η ο τα для и на в по за з та із
        """
    )
)
# Words that introduce a list item without being part of it: "including X", "such as Y".
INTRODUCERS = WordSet(
    words(
        """
        including includes among also both such as like namely then but and or from
        incluyendo incluidas incluidos como entre también tanto incluindo inclusive também
        dont notamment comme aussi darunter wie auch sowie u.a. tra cui come anche включая
        как также в том числе зокрема як також dahil gibi όπως μεταξύ 등 مثل منها
        """
    )
)
# "además de la X", "ainsi que par Y", "nonché dalla Z": words that add one more signer;
# the particles after them introduce the name rather than describe the one before.
ADDITIVES = WordSet(
    words(
        """
        además así ainsi assim bem inoltre nonché außerdem sowie ebenso also plus также
        також ayrıca επίσης καθώς
        """
    )
)
# The particles a personal name may hold ("Laura de la Fuente", "Anuna de Wever van der
# Heyden"); "of" or "for" make it an organisation's.
PERSON_PARTICLES = WordSet(
    words(
        """
        de del della di da do dos das du des la las los le van von der den ten ter bin ibn al
        y e
        """
    )
)
# Articles may open a name ("The Left", "Die Linke"), so they are stripped only in lower case.
ARTICLES = WordSet(
    words(
        """
        the a an el la los las o os as le les der die das il lo gli i un una
        """
    )
)
# "The Board of X", "A Direção do X" under a statement: X signs through its organ.
GOVERNING_BODIES = WordSet(
    words("""board executive secretariat leadership direção direcção
    dirección direction bureau vorstand direzione segreteria правление руководство
    правління керівництво yönetim διοίκηση εκτελεστική""")
)
# Words that present the names after them as part of a group named before.
INCLUSIONS = WordSet(
    words(
        """
        including among notably incluyendo incluidos incluidas entre como incluindo dont
        notamment comme darunter wie cui come включая зокрема dahil όπως μεταξύ مثل بينهم
        """
    )
)
# "From X to Y", "De X à Y", "Von X bis Y": the two ends of a range of names.
RANGE_STARTS = WordSet(words("from desde de da dès von dal от від"))
RANGE_ENDS = WordSet(words("to hasta a à bis al до"))
# Words that start a description of the previous name rather than a new name.
DESCRIPTOR_STARTS = WordSet(
    words(
        """
        who which whose that from of at with in for que quien quienes cuyo de del en con
        desde quem cujo da do na no com qui dont du chez avec pour der die das welche
        welcher aus bei von mit che chi di dal della presso con который которая которые из с
        при який яка які з при που από με
                against without under over about towards contra sin sobre hacia gegen ohne über
        contre sans sur vers contro senza против без над проти karşı ενάντια κατά
        """
    )
)
# "and 40 others", "among others", "and more".
# Lower case only, so that a party called "Más Madrid" is not taken for "más".
OTHERS_TAIL = re.compile(
    r"^(?i:and\s+|y\s+|e\s+|et\s+|und\s+|и\s+|та\s+|і\s+|ve\s+|και\s+|o\s+|ou\s+|\+\s*)?"
    r"(?i:\d[\d.,\s]*\s*|many\s+|muchos?\s+|muitos?\s+|molti\s+|viele\s+|beaucoup\s+d'?\s*)?"
    # "40 others", "other groups", "40 organizaciones más", "u. a.".
    r"(?:(?:other|otras?|otros?|outras?|outros?|autres?|anderen?|weitere|altri|altre|другие|"
    r"других|інші|інших|diğer|άλλ\w*)(?:\s+\w+)?|(?:\w+\s+)?(?:more|más|mais|plus|mehr|più|"
    r"ещё|еще|більше|daha|ακόμα)|others?|diğerleri|더|기타|외|و?آخرون|وغيرهم|u\.\s*a\.|etc\.?|"
    r"entre\s+otros|among\s+others|unter\s+anderem|tra\s+gli\s+altri|entre\s+outros|"
    r"parmi\s+d'autres|(?:bien\s+)?d['’]autres|tanti\s+altri)(?:\W|$)"
)
# "A, B, C 등 128개 단체": Korean and Japanese put "and others" after the last name, followed
# at most by a count ("등 전국 128개 단체", "ほか12団体").
POSTPOSED_OTHERS = re.compile(r"\s+(?:등|외|など|ほか)(?:\s+\S+){0,4}\s*$")
# Verbs of speaking: a name followed by one is a quoted person, not a signatory.
SPEECH_VERBS = WordSet(
    words(
        """
        said says stated told added explained warned dijo afirmó declaró señaló explicó
        disse afirmou declarou referiu a déclaré déclare dit affirme sagte sagt erklärte
        erklärt betonte ha detto dichiarato afferma сказал заявил отметил сказав заявив
        зазначив dedi söyledi açıkladı δήλωσε είπε 말했다 밝혔다 قال صرح
        """
    )
)
# Participles that say whom a letter is addressed to.
ADDRESSED = WordSet(
    words(
        """
        addressed sent dirigid* enviad* adressé* envoyé* gerichtet* geschickt* indirizzat*
        inviat* endereçad* адресован* направлен* адресован* надіслан* hitaben* gönderil*
        απευθύν* σταλ* 보낸 موجه*
        """
    )
)
# "To" before the person a letter is addressed to; "a" is left out because it is also
# an article in Portuguese.
ADDRESSEES = WordSet(words("to an al à ao alla allo к до προς"))
# Words that a list of people shares one parenthesis with: "(all members of X)".
SHARED_MARKERS = WordSet(
    words(
        """
        all both alle beide todos todas ambos ambas tous toutes tutti tutte entrambi все
        обидва всі обе hepsi her iki όλοι όλες και οι δύο 모두 جميع كلا
        """
    )
)
HONORIFICS = WordSet(
    words(
        """
        dr dr. prof prof. professor professora profesor profesora mr mr. mrs mrs. ms ms. sir
        dra dra. sr sr. sra sra. mme mme. m. herr frau dott dott. dott.ssa sig sig. ing ing.
        doç doç. av. av д-р проф. проф г-н г-жа δρ δρ. κ. κα καθ. πάτερ πατήρ cllr cllr. med. em.
        prof.ssa prof.ssa. dott.ssa. dr.ssa dr.ssa. avv avv. on. hon hon. rev rev. reverend
        don doña dona padre father fr fr. sister brother suor suora fra frei frère sœur
        soeur mère père pastor pastora rabbi imam sheikh cheikh şeyh mons. mgr mgr.
        monsignor monsignore schwester pfarrer pfarrerin отец о. сестра απ. π. 신부 목사 수녀
        الشيخ الأب
        lic lic. ing. arq arq. pbro pbro. mtro mtro. mtra mtra. sor hna hna. hno hno.
        irmã irmão pe. eng. adv adv. advocate comrade cde cde. pr pr. abbé
        med. mag. dipl. avv.to د. المحامي المحامية الدكتور الدكتورة الأستاذ
        الأستاذة الرفيق الرفيقة
        dr.in dr.ⁱⁿ mag.a mag.ª mag.ᵃ profa profa. prof.ª dr.ª doz. dr.-ing. dipl.-ing. доц. доц
        проф. доцент професор доцентка д-р. yrd. öğr. gör. arş. καθηγητής καθηγήτρια 교수 박사
        """
    )
)

# "sección argentina", "deutsche Sektion": a section of an international in one country.
SECTION_WORDS = WordSet(
    words(
        """
        section sección seção secção sektion sezione sekcja секция секція şube şubesi τμήμα
        지부 فرع branch
        """
    )
)
# "[국내]", "Domestic:": the part of a list from the statement's own country.
HOME_HEADINGS = WordSet(words("domestic 국내 yurtiçi"))
# Headings that group a list without naming anyone: "Internationals:", "Міжнародні:".
GROUP_HEADINGS = WordSet(
    words(
        """
        international* national* regional* local* other others countr* internacional*
        overseas abroad 해외 yurtdışı
        nacional* regional* locales otros otras outros outras internationales nationales
        autres pays andere länder internazional* nazional* altri altre paesi международн*
        национальн* региональн* други* стран* міжнародн* національн* регіональн* інші країн*
        uluslararası ulusal yerel diğer ülkeler διεθν* εθνικ* περιφερειακ* άλλ* χώρες 국제 국내
        지역 기타 دولية وطنية محلية إقليمي* الإقليمي* أخرى organisations organizations
        organisationen
        organizaciones organizações organizzazioni организации організації örgütler
        οργανώσεις 단체 منظمات and y e et und и і ve και و
        """
    )
)
# Roles that open the line under a person's name in a letter's signatures:
# "Jane Doe" / "General Secretary, Harbour Workers Union".
ROLE_WORDS = WordSet(
    words(
        """
        secretary* president* chair* director* coordinat* spokes* founder* editor* deputy*
        senator* councillor* councilor* mayor* minister* treasurer* officer* activist*
        journalist* writer* lawyer* researcher* professor* lecturer* member* leader* head
        secretari* presidente* coordinador* coordenador* portavoz porta-voz fundador*
        diputad* deputad* senador* concejal* alcalde* ministr* tesorer* activista*
        periodista* jornalista* escritor* abogad* advogad* investigador* profesor* miembro*
        membro* dirigente* secrétaire* président* porte-parole fondat* rédact* député*
        sénat* maire* ministre* trésori* militant* journaliste* écrivain* avocat* chercheu*
        membre* responsable* vorsitzend* sekretär* sprecher* gründer* redakteur*
        abgeordnet* bürgermeister* schatzmeister* aktivist* schriftsteller* anwalt* anwält*
        forscher* mitglied* geschäftsführer* segretari* portavoce redatt* deputat* sindac*
        tesorier* attivist* giornalist* scrittor* avvocat* ricercat* membr* генеральн*
        секретар* председател* координатор* депутат* журналист* член* руководител* голова*
        журналіст* керівник* sekreter* başkan* koordinatör* milletvekili* gazeteci* üye*
        γραμματέας* πρόεδρος* συντονιστ* βουλευτ* δημοσιογράφ* μέλος* 사무총장 위원장 대표
        의장 집행위원 활동가 기자 أمين* رئيس* منسق* عضو* نائب* صحفي*
        mitarbeiter* referent* dozent* leiter* lehrer* assistant* associate fellow student*
        doctoral phd postdoc* emerit* retired docente* estudiante* doutorand* doctorant*
        enseignant* maître catedrátic* adjunct* visiting honorary chief manager* advisor*
        adviser* consultant* organizer* organiser* campaigner* analyst* scientist*
        economist* historian* sociolog* anthropolog* physician* teacher* engineer* artist*
        musician* filmmaker* translator* photographer* curator* economista* historiador*
        sociólog* antropólog* médic* enfermeir* professeur* médecin* infirmi* ingénieur*
        artiste* wissenschaftler* ärzt* arzt künstler* economist* storic* medic* insegnant*
        доцент* сотрудник* научн* врач* учител* викладач* науков* співробітник* лікар*
        вчител* araştırmacı* akademisyen* öğretim öğretmen* doktor καθηγητ* ερευνητ*
        γιατρ* δάσκαλ* 교수 연구원 교사 의사 أستاذ* باحث* طبيب* معلم*
        """
    )
)
# Word stems that mark an organisation rather than a person.
ORG_WORDS = WordSet(
    words(
        """
        party parties union* league movement* committee* council* group* front federation*
        confederation* association* societ* organisation* organization* collective* network*
        coalition* alliance* institut* foundation* centre center campaign* initiative*
        tendenc* current international* workers worker's workers' socialist* communist*
        marxist* trotskyist* revolutionary anarchist* platform* forum* assembl* congress*
        brigade* trust fund aid relief children universit* college* school* church* bureau
        secretariat* syndicat* cooperative* co-operative* club circle caucus voice
        observator* press media news magazine* journal* radio ngo* friends solidarity
        sisterhood brotherhood comrades left right green greens greens labour labor
        democrat* republican* federal* national* partido* sindicat* liga movimiento* comité*
        consejo* grupo* frente federación* confederación* asociación* sociedad*
        organización* colectiv* red coalición* alianza* instituto* fundación* centro
        campaña* iniciativa* tendencia* corriente* internacional* trabajador* obrer*
        socialista* comunista* marxista* trotskista* revolucionari* plataforma* foro*
        asamblea* observatorio* unión* izquierda* juventud* secretariado* coordina* koordin*
        координац* central* colectivo* núcleo* movimento* comitê* conselho* federação*
        confederação* associação* sociedade* organização* coletiv* rede coligação* aliança*
        fundação* campanha* tendência* trabalhador* operári* revolucionári* fórum*
        assembleia* união* esquerda* juventude* comissão* frente* parti ligue mouvement*
        comité conseil* groupe* fédération* confédération* société* collectif* réseau*
        institut* fondation* campagne* tendance* courant* travailleur* ouvrier* socialiste*
        communiste* révolutionnaire* plateforme* gauche* jeunesse* partei* gewerkschaft*
        bewegung* komitee* gruppe* verband* bund bündnis* vereinigung* verein* gesellschaft*
        organisation* kollektiv* netzwerk* koalition* allianz* stiftung* zentrum* kampagne*
        strömung* arbeiter* sozialist* kommunist* revolution* plattform* linke* jugend*
        fraktion* partito* sindacato* lega comitato* consiglio* gruppo* fronte* federazione*
        confederazione* associazione* società* organizzazione* collettivo* rete coalizione*
        alleanza* istituto* fondazione* campagna* iniziativa* lavorator* operai*
        rivoluzionari* piattaforma* unione* sinistra* gioventù* парти* профсоюз* союз* бюро лига
        движени* комитет* совет* групп* фронт* федераци* конфедерац* ассоциаци* обществ*
        организаци* коллектив* сеть коалици* альянс* институт* фонд* центр* кампани*
        инициатив* тенденци* рабоч* социалист* коммунист* марксист* революцион* платформ*
        объединени* левые левых левый партія* профспілк* спілк* ліга рух* комітет* рада
        група* федераці* асоціаці* товариств* організаці* колектив* мереж* коаліці*
        інститут* кампані* ініціатив* робітнич* соціаліст* комуніст* революційн* ліві лівих
        об'єднанн* partisi partileri sendika* birli* hareket* komite* meclis* grup* cephe*
        federasyon* konfederasyon* dernek* derneği örgüt* kolektif* koalisyon* ittifak*
        enstitü* vakf* vakıf* merkez* kampanya* inisiyatif* işçi* sosyalist* komünist*
        devrimci* platform* κόμμα* συνδικ* ένωση* κίνημα* επιτροπ* συμβούλι* ομάδα* μέτωπο*
        ομοσπονδ* σύλλογ* οργάνωσ* κολεκτίβ* δίκτυ* συμμαχ* ινστιτούτ* ίδρυμα* κέντρ* εργατ*
        σοσιαλιστ* κομμουνιστ* επαναστατ* πλατφόρμ* αριστερ* حزب* نقاب* اتحاد* رابط* حرك*
        لجن* هيئ* مجلس* مجموع* جبه* جمعي* منظم* شبك* تحالف* معهد* مؤسس* مركز* حملة حملات مبادر*
        العمال* الاشتراكي* الشيوعي* الثوري* منصة تجمع* universid* университет* університет*
        üniversite* πανεπιστήμ* جامع* escuela escola école* schule schulen scuola* школ*
        hospital hospitals hôpital* krankenhaus* ospedale* больниц* e.v. e.v ev ggmbh gmbh ltd
        ltd. inc inc. s.a. a.c. asbl onlus aps ets vzw cic ngo ong branch branches chapter
        sección secção seção sektion sezione filial* department* departamento* dipartimento*
        kammer chambre cámara câmara casa casal maison haus pastoral pastorale caritas
        serikat gerakan persatuan perkumpulan aliansi federasi konfederasi lembaga yayasan
        jaringan kesatuan komite związek* związku stowarzyszeni* fundacja* partia inicjatyw*
        koalicja kolektyw* ogólnopolsk* komitet odbory sindikat* sindikát* odborov*
        dockers miners teachers nurses tenants students farmers residents neighbours
        neighbors women mothers feminists veterans scientists lawyers doctors academics
        journalists writers artists citizens activists docentes estudiantes maestras maestros
        vecinos vecinas mujeres madres feministas inquilinos moradores professores estudantes
        mulheres mães enseignants étudiants femmes locataires habitants mères studierende
        frauen mieter mütter insegnanti studenti donne inquilini madri
        commission* library libraries agrupación* agrupaciones comisión* comisiones
        cooperativa* biblioteca* ateneo* mutual* oposición agrupamento* coordena* oposição
        circolo* cantiere* ambulatorio* brigat* presidio* sportello* osservatorio*
        laboratorio* cercle* atelier* bibliothèque* coopérative* amicale* regroupement*
        observatoire* bibliothek* kommission* ausschuss* genossenschaft* комисси* комісі*
        ассамбле* асамбле* собрани* кооператив* библиотек* бібліотек* komisyon* şube*
        şubesi dergi* dayanışma* odası kooperatif* kulüb* σωματεί* συνέλευσ* κίνησ*
        συνεταιρισμ* βιβλιοθήκ* πρωτοβουλί* συντονισμ* منتدى* المنتدى* حراك* الحراك*
        ملتقى* الملتقى* تنسيقي* التنسيقي*
        """
    )
)
# Organisation words no surname is made of: "Eastport Trades Council" stays an
# organisation in a list of people, where "Teresa Campagna" does not.
UNMISTAKABLE_ORG_WORDS = WordSet(
    words(
        """
        council* committee* union* party parties association* federation* confederation*
        league network* coalition* alliance* foundation* institut* society collective*
        movement* group* front centre center trust branch* sindicato* partido* asociación*
        federación* confederación* movimiento* coalición* alianza* fundación* colectivo*
        comité* partei* gewerkschaft* verband* bündnis* verein* komitee* partito*
        sindacato* associazione* federazione* comitato* movimento* syndicat* fédération*
        mouvement* collectif* партия профсоюз* комитет* партія профспілк* комітет*
        associação* coletivo* federação* sendika* dernek* derneği federasyon* konfederasyon*
        kolektif* koalisyon* σωματείο* συνδικάτο* κίνημα* κόμμα* συλλογικότητα*
        """
    )
)
# German and Dutch compounds end on the organisation word: "Hafenarbeitergewerkschaft".
ORG_SUFFIXES = (
    "gewerkschaft",
    "verband",
    "bündnis",
    "verein",
    "vereinigung",
    "netzwerk",
    "initiative",
    "kollektiv",
    "gruppe",
    "komitee",
    "partei",
    "stiftung",
    "bewegung",
    "genossenschaft",
    "gemeinde",
    "gesellschaft",
    "kreis",
    "zentrum",
    "hilfe",
    "rat",
    "bund",
    "vakbond",
    "beweging",
    "krankenhaus",
    "klinik",
    "klinikum",
    "feuerwehr",
    "club",
    "klub",
    "wende",
    "forum",
    "allianz",
    "plattform",
)
# Korean compounds glue the organisation word to the rest, so these match anywhere.
ORG_INFIXES = (
    "당",
    "대학",
    "노동조합",
    "노조",
    "연맹",
    "연대",
    "운동",
    "위원회",
    "협의회",
    "그룹",
    "전선",
    "연합",
    "협회",
    "단체",
    "네트워크",
    "동맹",
    "연구소",
    "재단",
    "센터",
    "노동자",
    "사회주의",
    "공산",
    "혁명",
    "모임",
    "본부",
)

# Lines that are page furniture rather than statement text.
NOISE_LINE = re.compile(
    r"^(?:share(?:\s+(?:this|with\s+your\s+friends|on\s+\w+))?\d*\s*:?|tweet|"
    r"(?:print|email|e-mail)(?:\s+this(?:\s+page|\s+article)?)?|back|"
    r"like|(?:main\s+)?menu|navigation|☰.*|home|search(?:\s+for|\s+this\s+site|\s+\w+)?\s*:?|"
    r"skip\s+to\s+(?:main\s+)?content|read\s+more|leer\s+más|leia\s+mais|"
    # The same furniture in the other shipped languages.
    r"(?:saltar|ir)\s+al\s+contenido|aller\s+au\s+contenu|zum\s+inhalt\s+springen|"
    r"vai\s+al\s+contenuto|pular\s+para\s+o\s+conteúdo|перейти\s+к\s+содержимому|"
    r"перейти\s+до\s+вмісту|içeriğe\s+geç|μετάβαση\s+στο\s+περιεχόμενο|본문\s+바로가기|"
    r"انتقل\s+إلى\s+المحتوى|menú|menü|меню|μενού|메뉴|القائمة|buscar|rechercher|suche|"
    r"cerca|pesquisar|поиск|пошук|ara|αναζήτηση|검색|بحث|imprimir|imprimer|drucken|stampa|"
    r"печать|друк|yazdır|εκτύπωση|인쇄|طباعة|"
    r"(?:posted|filed)\s+(?:in|under)\b.*|"
    # The person legally responsible for the page: "V.i.S.d.P.: A. Name, Street 12".
    r"v\.\s*i\.\s*s\.\s*d\.\s*p\.?\s*:.*|directeur\s+de\s+(?:la\s+)?publication\s*:.*|"
    r"lire\s+la\s+suite|weiterlesen|leggi\s+(?:tutto|anche)|continue\s+reading|"
    r"connect\s+with\s+us|follow\s+us|subscribe|comments?|related(?:\s+posts)?|"
    r"add\s+your\s+name.*|sign\s+(?:the\s+)?(?:petition|here|now)|click\s+here.*|"
    # A petition site's link to report the page.
    r"report\s+(?:abuse|a\s+policy\s+violation|this\s+\w+)|reportar\s+(?:un\s+abuso|"
    r"una\s+infracción.*)|denunciar\s+(?:abuso|esta\s+\w+)|signaler\s+(?:un\s+)?abus|"
    r"missbrauch\s+melden|segnala(?:\s+un)?\s+abuso|пожаловаться|поскаржитися|"
    r"şikayet\s+et|αναφορά\s+κατάχρησης|신고하기|الإبلاغ\s+عن\s+إساءة|"
    r"compartir|compartilhar|partager|teilen|condividi|поделиться|поділитися|paylaş|"
    r"κοινοποίηση|공유(?:하기)?|مشاركة|facebook|twitter|whatsapp|telegram|linkedin|"
    # Photo credits: "Photo: X", "Photo by X", "Foto di X", "사진=X", "© X".
    r"\(?(?:photo|foto|image|picture|credit|crédito|crédit|bild|фото|φωτογραφία|사진|صورة)"
    r"(?:\s*(?:credit|crédit|crédito))?\s*(?:[:=]|(?:by|de|di|von|par|da|от)\s).*|©\s*\S.*|"
    r"(?:posted|published|publicado|publié|veröffentlicht|pubblicato|опубликовано|"
    r"yayınlandı|δημοσιεύθηκε|게시)\s+(?:by|por|par|von|da)\s+.*|"
    r"(?:tags?|etiquetas|schlagwörter|schlagworte|stichwörter|теги|etiketler|ετικέτες|태그|"
    r"(?:ال)?وسوم|mots[-\s]clés|palavras[-\s]chave|parole\s+chiave|palabras\s+clave|"
    r"keywords|ключевые\s+слова|ключові\s+слова|anahtar\s+kelimeler|λέξεις[-\s]κλειδιά|"
    r"키워드|الكلمات\s+المفتاحية|topics|temas|thèmes|themen|argomenti|темы|теми|konular|"
    r"θέματα|주제|مواضيع)\s*:.*|"
    # Newsletter boxes: "Newsletter: your e-mail Subscribe", "Abonnez-vous à la lettre".
    r"newsletter\s*[:|–-].*|(?:subscribe|sign\s+up|join|get|receive|abonnez|inscri\w*|suscr\w*|"
    r"iscriviti|abonnieren|assine|receba)\b.*\bnewsletter\w*|(?:suscr[ií]b\w*|subscreva|inscreva-se|abonnez-vous|"
    r"abonnieren|iscriviti|подпишитесь|подписаться|підпишіться|підписатися|abone\s+ol\w*|"
    r"εγγραφείτε|구독하기|اشترك)(?:\s+\S+){0,6}|"
    # How to join: "Per aderire scrivi a …", "To sign, write to …", "How to endorse".
    r"(?:to|per|para|pour|um|zum|чтобы|щоб|για\s+να|how\s+to|come|cómo|como|comment|wie|как|"
    r"як)\s+(?:sign|endorse|join|add\s+your\s+name|aderire|firmare|sottoscrivere|adherir(?:se)?|"
    r"firmar|suscribir|assinar|aderir|subscrever|signer|adhérer|unterzeichnen|unterschreiben|"
    r"mitzeichnen|подписать|присоединиться|підписати|приєднатися|υπογράψ\w*)\b.*|"
    # "Adhesiones: escribir a firmas@example.org", "Send your endorsement to …@…".
    r".*\b(?:write|send|email|e-mail|escrib\w*|envi\w*|scriv\w*|mand\w*|écri\w*|envoy\w*|"
    r"schreib\w*|schick\w*|escrev\w*|напиш\w*|пиш\w*|yaz\w*|gönder\w*|γράψ\w*|στείλ\w*|"
    r"보내\w*|راسل\w*|أرسل\w*)\b.*\S+@\S+\.\w+.*|"
    # "The letter remains open for signatures", "Заява відкрита для підписання".
    r".*(?:open\s+for\s+(?:signatures|signing|endorsements?)|"
    r"abiert[oa]\s+a\s+(?:firmas|adhesiones|nuevas\s+firmas)|"
    r"abert[oa]\s+a\s+(?:assinaturas|adesões|subscrições)|ouvert[e]?\s+(?:aux|à\s+la)\s+signatures?|"
    r"offen\s+für\s+(?:unterschriften|unterzeichn\w*)|apert[oa]\s+(?:alle|a)\s+(?:firme|adesioni)|"
    r"открыт\w*\s+для\s+подписан\w*|відкрит\w*\s+для\s+підписан\w*|imzaya\s+açık|"
    r"ανοιχτ\w*\s+(?:για|σε)\s+υπογραφ\w*|مفتوح\w*\s+للتوقيع).*|"
    r"(?:imzalamak\s+için|imzacı\s+olmak\s+için|서명하려면|서명\s+방법|للتوقيع|"
    r"للانضمام)\b.*|"
    # An invitation to sign, then how: "Add your signature: …", "서명 추가: …".
    r"(?:add\s+your\s+(?:signature|organi[sz]ation)|co-?sign|añade\s+tu\s+firma|"
    r"ajoutez\s+votre\s+(?:nom|signature)|mitunterzeichnen|jetzt\s+unterschreiben|"
    r"firma\s+anche\s+tu|adicione\s+sua\s+assinatura|добавить\s+подпись|"
    r"додати\s+підпис|imza\s+ekle|προσθέστε\s+την\s+υπογραφή\s+σας|서명\s*(?:추가|하기|참여)|"
    r"أضف\s+توقيعك)\s*:.*|"
    # A channel's furniture: "14 238 subscribers", "Forwarded from Left Wave".
    r"[\d\s.,]+[kKmMкК]?\s+(?:subscribers|followers|members|подписчик\w*|підписник\w*|"
    r"участник\w*|учасник\w*|abone|takipçi|συνδρομητές|ακόλουθοι|구독자|팔로워|مشترك\w*|متابع\w*)|"
    r"(?:forwarded\s+from|переслано\s+(?:от|від)|yönlendirildi|προωθήθηκε\s+από)[\s:].*|"
    # A fediverse account over its post: "River Alliance @rivers@social.example".
    r"[^@]{0,60}\s@[\w.]+@[\w-]+(?:\.[\w-]+)+|"
    # A link back: "← Back", "← Zurück", "‹ Volver".
    r"[←⟵‹]\s*\w+(?:\s+\w+)?|"
    # Blog furniture.
    r"labels?\s*:.*|newer\s+post.*|older\s+post.*|subscribe\s+to.*|(?:no\s+)?comments?\s*:?|"
    r"post\s+a\s+comment|\d+\s+comments?|"
    # Contact, download and follow-us lines; a bare address or link.
    r"(?:contact|contacto|contato|kontakt|contatti|контакты|контакти|iletişim|επικοινωνία|"
    r"연락처|اتصل|more\s+information|más\s+información|mais\s+informações|"
    r"plus\s+d'informations|mehr\s+informationen|maggiori\s+informazioni|press|prensa|"
    r"imprensa|presse|stampa|e-?mail|correo|courriel)\s*:.*|"
    r"(?:download|descargar|descarregar|baixar|télécharger|herunterladen|scarica|скачать|"
    r"завантажити|indir|κατεβάστε|다운로드|تحميل)(?:\s+\S+){0,3}|"
    r"(?:follow\s+us|síguenos|seguinos|siga-nos|suivez-nous|folgt\s+uns|folge\s+uns|seguici|"
    r"подписывайтесь|стежте|bizi\s+takip\s+edin|ακολουθήστε\s+μας|팔로우)(?:\s+\S+){0,4}|"
    r"\S+@\S+\.\w+|https?://\S+|"
    r"categor(?:y|ies|ía|ías|ia|ie|ies)\s*:.*|kategorie\s*:.*|рубрика\s*:.*|kategori\s*:.*|"
    r"κατηγορία\s*:.*|카테고리\s*:.*|تصنيف\s*:.*|"
    r"read\s+next|up\s+next|latest\s+news|most\s+read|"
    # Cookie banners' buttons.
    r"accept(?:\s+all)?|reject(?:\s+all)?|got\s+it|aceptar(?:\s+todo)?|rechazar|aceitar|"
    r"rejeitar|accepter|refuser|tout\s+accepter|akzeptieren|alle\s+akzeptieren|ablehnen|"
    r"accetta(?:\s+tutto)?|rifiuta|принять|отклонить|прийняти|відхилити|kabul\s+et|reddet|"
    r"αποδοχή|απόρριψη|동의|거부|قبول|رفض|"
    # Navigation and footer links.
    r"about(?:\s+us)?|contact(?:\s+us)?|donate|log\s*in|sign\s+up|register|newsletter|"
    r"privacy(?:\s+policy)?|cookies?(?:\s+policy)?|terms(?:\s+of\s+use)?|archives?|"
    r"categories|previous(?:\s+post)?|next(?:\s+post)?|older\s+posts|newer\s+posts|"
    r"back\s+to\s+top|leave\s+a\s+(?:comment|reply)|(?:copyright|©).*|"
    r"all\s+rights\s+reserved.*|inicio|contacto|quiénes\s+somos|donar|suscríbete|"
    r"início|contato|sobre\s+nós|doe|accueil|faire\s+un\s+don|startseite|kontakt|"
    r"impressum|datenschutz|spenden|contatti|chi\s+siamo|dona|главная|контакты|о\s+нас|"
    r"головна|контакти|про\s+нас|anasayfa|iletişim|hakkımızda|bağış|αρχική|επικοινωνία|"
    r"홈|연락처|후원|الرئيسية|اتصل\s+بنا|تبرع|"
    # Legal notices and accessibility statements, in a footer's links.
    r"legal\s+notice|aviso\s+legal|nota\s+legal|mentions\s+légales|rechtliche\s+hinweise|"
    r"note\s+legali|правовая\s+информация|правова\s+інформація|yasal\s+uyarı|"
    r"νομική\s+σημείωση|법적\s*고지|إشعار\s+قانوني|accessibility|accesibilidad|"
    r"acessibilidade|accessibilité|barrierefreiheit|accessibilità|доступность|доступність|"
    r"erişilebilirlik|προσβασιμότητα|접근성|إمكانية\s+الوصول|"
    # A printed newsletter's imprint: "Impressum: publisher, editor".
    r"(?:impressum|imprint|colophon|pie\s+de\s+imprenta|expediente|ours|gerenza|"
    r"выходные\s+данные|вихідні\s+дані|künye|ταυτότητα|발행정보|بيانات\s+النشر)\s*:.*)"
    r"[.!]?$",
    re.IGNORECASE,
)
# "This article in Spanish", "Este artículo en Español": links to other languages.
TRANSLATION_LINE = re.compile(
    r"^(?:(?:this|the)\s+(?:article|statement|text|declaration|appeal)\s+in|read\s+(?:it\s+)?in|"
    r"(?:este|el)\s+(?:artículo|texto|comunicado)\s+en|(?:leer|léelo)\s+en|"
    r"(?:este|o)\s+(?:artigo|texto)\s+em|(?:leia|ler)\s+em|"
    r"(?:cet|l')\s*(?:article|texte)\s+en|lire\s+en|"
    r"(?:dieser|diesen)\s+(?:artikel|text)\s+(?:auf|in)|auf\s+\w+\s+lesen|"
    r"(?:questo|l')\s*(?:articolo|testo)\s+in|leggi\s+in|"
    r"(?:эта|этот)\s+(?:статья|текст)\s+на|читать\s+на|(?:ця|цей)\s+(?:стаття|текст)\s+"
    r"(?:на|українською)|читати|"
    r"bu\s+(?:makale|metin)|"
    r"(?:αυτό\s+το\s+)?(?:άρθρο|κείμενο)\s+στα|"
    r"(?:이\s+)?(?:기사|글|성명)|"
    r"(?:هذا\s+)?(?:المقال|النص)\s+ب)"
    r"\s*(?P<label>.*)$",
    re.IGNORECASE,
)
# "Yours sincerely,", "Atentamente,": a letter's closing, over the names that sign it.
CLOSING = re.compile(
    r"^(?:yours\s+(?:sincerely|faithfully|truly)|sincerely|in\s+solidarity|with\s+solidarity|"
    r"atentamente|cordialmente|saludos\s+solidarios|en\s+solidaridad|"
    r"com\s+os\s+melhores\s+cumprimentos|saudações\s+solidárias|"
    r"cordialement|salutations\s+(?:solidaires|fraternelles)|"
    r"mit\s+(?:freundlichen|solidarischen)\s+grüßen|solidarische\s+grüße|"
    r"cordiali\s+saluti|distinti\s+saluti|in\s+solidarietà|"
    r"с\s+уважением|в\s+солидарности|з\s+повагою|у\s+солідарності|saygılarımızla|"
    r"dayanışmayla|με\s+εκτίμηση|με\s+αλληλεγγύη|연대의\s+인사를\s+담아|"
    r"مع\s+(?:التحية|التضامن))\s*[,.:]?$",
    re.IGNORECASE,
)
# "To: the Minister", "cc:", "Dear colleagues,": the letter's addressee and greeting.
LETTER_FURNITURE = re.compile(
    r"^(?:(?:to|an|para|à|a|al|alla|kime|προς|кому|до|إلى|수신|cc|c\.c\.)\s*:|"
    r"(?:dear|estimad[oa]s?|querid[oa]s?|prezad[oa]s?|caros?|caras?|cher|chère|chers|"
    r"sehr\s+geehrte|liebe|gentile|egregio|uważ|уважаем\w*|шановн\w*|sayın|αγαπητ\w*|"
    r"친애하는|عزيز\w*)\b)",
    re.IGNORECASE,
)
# Headings above a list of demands: "Our demands", "Exigimos:", "Forderungen".
DEMANDS_HEADING = re.compile(
    r"^(?:our\s+|the\s+|main\s+|key\s+)?(?:demands?|we\s+demand|proposals?|"
    r"(?:nuestras\s+)?(?:reivindicaciones|demandas|exigencias)|exigimos|"
    r"(?:nossas\s+)?(?:reivindicações|exigências)|exigimos|reivindiquemos|"
    r"(?:nos\s+)?(?:revendications|exigences)|nous\s+exigeons|"
    r"(?:unsere\s+)?forderungen|wir\s+fordern|(?:le\s+nostre\s+)?rivendicazioni|"
    r"chiediamo|(?:наши\s+)?требования|мы\s+требуем|(?:наші\s+)?вимоги|ми\s+вимагаємо|"
    r"(?:taleplerimiz|talepler)|(?:τα\s+)?αιτήματα|(?:우리의\s+)?요구(?:사항)?|مطالبنا|المطالب)"
    r"\s*:?$",
    re.IGNORECASE,
)
# Headings above footnotes.
# A paragraph that leads into the demands listed below it: "…we demand the following:".
DEMANDS_LEAD = re.compile(
    r"(?:we\s+demand|demand\s+the\s+following|exigimos|exigimos\s+lo\s+siguiente|"
    r"reivindicamos|nous\s+exigeons|nous\s+revendiquons|wir\s+fordern|fordern\s+wir|"
    r"chiediamo|pretendiamo|мы\s+требуем|требуем\s+следующего|ми\s+вимагаємо|"
    r"talep\s+ediyoruz|απαιτούμε|다음을\s*요구한다|다음을\s*요구합니다|نطالب\s+بما\s+يلي)"
    r"[^.:!?]{0,40}[:.]$",
    re.IGNORECASE,
)
NOTES_HEADING = re.compile(
    r"^(?:notes?|footnotes?|references?|sources?|notas?|referencias|referências|fontes|"
    r"fuentes|références|anmerkungen|fußnoten|quellen|einzelnachweise|riferimenti|"
    r"примечания|ссылки|источники|примітки|джерела|notlar|kaynaklar|dipnotlar|"
    r"σημειώσεις|παραπομπές|주|각주|참고\s*문헌|ملاحظات|هوامش|مراجع|المصادر)\s*:?$",
    re.IGNORECASE,
)
# "Statement by X", "Declaración de X", "X Statement": the issuing body.
ISSUER_PATTERNS = (
    re.compile(
        r"^\(?(?:joint\s+)?(?:statement|declaration|communiqué|appeal|resolution|letter)"
        r"\s+(?:by|of|from)\s+(?:the\s+)?(?P<name>.+)$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^\(?(?:declaración|comunicado|declaração|déclaration|communiqué|erklärung|"
        r"stellungnahme|dichiarazione|comunicato|заявление|заява|açıklama|ανακοίνωση|"
        r"δήλωση)\s+(?:conjunta\s+|commune\s+|congiunta\s+|gemeinsame\s+)?"
        r"(?:de\s+la|del|de|da|do|des|du|de\s+l'|der|des|di|della|dell'|del)\s+(?P<name>.+)$",
        re.IGNORECASE,
    ),
    re.compile(
        r"(?:esta\s+declaración\s+es|this\s+statement\s+is|cette\s+déclaration\s+est|"
        r"esta\s+declaração\s+é)\s+(?:de|from|by)\s+(?:la\s+|el\s+|the\s+|a\s+|o\s+)?"
        r"(?P<name>.+)$",
        re.IGNORECASE,
    ),
    re.compile(
        r"(?:difundida|publicada|emitida|issued|published|released|diffusée|publiée|"
        r"herausgegeben|veröffentlicht|pubblicata|divulgada)\s+(?:por|by|par|von|da)\s+"
        r"(?:la\s+|el\s+|the\s+|a\s+|o\s+)?(?P<name>.+)$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?P<name>.+?)\s+(?:statement|declaration|communiqué|erklärung|declaración|"
        r"comunicado|declaração|déclaration|заявление|заява|açıklaması|ανακοίνωση|성명|بيان)"
        r"\s*:?$",
        re.IGNORECASE,
    ),
)
# "titled ‘X’", "‘X’, title of the letter": a title quoted in running text.
QUOTED_TITLE = re.compile(
    r"(?:titled|entitled|intitulada|intitulado|titulada|titulado|intitulé|intitulée|"
    r"mit\s+dem\s+titel|intitolata|intitolato|под\s+названием|під\s+назвою|başlıklı|"
    r"με\s+τίτλο)\s*[‘“\"«„](?P<a>[^’”\"»“]{3,160})[’”\"»“]"
    r"|[‘“\"«„](?P<b>[^’”\"»“]{3,160})[’”\"»“],?\s*(?:(?:is\s+)?(?:the\s+)?title|título|titre|"
    r"titel|titolo|название|назва|başlık|τίτλος)",
    re.IGNORECASE,
)

# Frequent short words that tell the languages apart in running text.
STOPWORDS = {
    "en": words("the and of to is that for are with this we our"),
    "es": words("el la los las de que y en por para con una es del"),
    "pt": words("o os as de que e em por para com uma é do da não"),
    "fr": words("le la les de des et en que pour une est du dans nous"),
    "de": words("der die das und ist nicht mit von den zu ein eine wir"),
    "it": words("il la di che e per con una è del della gli sono"),
    "tr": words("ve bir bu için ile da de olarak çok olan"),
}

# What a site lists beside the statement: "More letters", "Recent statements".
PAGE_NOUNS = (
    r"(?:letters|articles|posts|news|stories|"
    r"statements|appeals|campaigns|campañas|campanhas|campagnes|kampagnen|campagne|"
    r"cartas|artículos|noticias|declaraciones|comunicados|artigos|"
    r"notícias|declarações|lettres|actualités|déclarations|briefe|artikel|beiträge|"
    r"nachrichten|erklärungen|lettere|articoli|notizie|dichiarazioni|appelli|письма|статьи|"
    r"новости|заявления|листи|статті|новини|заяви|haber(?:ler)?|yazı(?:lar)?|mektup(?:lar)?|"
    r"açıklama(?:lar)?|επιστολές|άρθρα|ειδήσεις|ανακοινώσεις|رسائل|مقالات|أخبار|بيانات)"
)
# "Comments (12)", "Yorumlar", "댓글 3": readers' comments under the page follow; a
# petition's recent signers ("Lucía G. signed 1 minute ago") and a repository's licence
# and contributors too. (A
# single "Comment" is a shared document's comment box, beside the text.)
FEED_HEADING = re.compile(
    r"^(?:\d+\s+)?(?:(?:featured|top)\s+)?(?:comments|responses|replies|"
    r"comentarios(?:\s+destacados)?|comentários(?:\s+em\s+destaque)?|commentaires|"
    r"kommentare|commenti|комментарии|коментарі|yorumlar|σχόλια|댓글|التعليقات|"
    r"recent\s+(?:signatures|signers|supporters)|firmas\s+recientes|assinaturas\s+recentes|"
    r"signatures\s+récentes|neueste\s+unterschriften|firme\s+recenti|"
    r"последние\s+подписи|останні\s+підписи|son\s+imzalar|πρόσφατες\s+υπογραφές|"
    r"최근\s*서명|أحدث\s+التوقيعات|"
    # A repository's licence and contributors, under its README.
    r"licen[sc]e|licencia|licença|lizenz|licenza|лицензия|ліцензія|lisans|άδεια\s+χρήσης|"
    r"라이선스|الترخيص|contributors|colaboradores|contributeurs|mitwirkende|contributori|"
    r"участники|учасники|katkıda\s+bulunanlar|συνεισφέροντες|기여자|المساهمون)"
    r"(?:\s*\(?\d+\)?)?\s*:?$",
    re.IGNORECASE,
)
RELATED_HEADING = re.compile(
    r"^(?:related(?:\s+(?:articles|posts|news|stories|content))?|read\s+(?:also|more)|see\s+also|"
    r"more\s+(?:news|stories|from\s+.*)|you\s+(?:may|might)\s+also\s+like|"
    r"you\s+(?:may|might)\s+also\s+be\s+interested(?:\s+in)?|"
    r"(?:das\s+)?könnte\s+(?:sie|dich)\s+auch\s+interessieren|"
    r"(?:también\s+)?te\s+puede\s+interesar|vous\s+aimerez\s+aussi|"
    r"potrebbe\s+interessarti(?:\s+anche)?|você\s+também\s+pode\s+gostar|"
    r"le[ea]\s+también|noticias\s+relacionadas|artículos\s+relacionados|"
    r"leia\s+também|veja\s+também|notícias\s+relacionadas|(?:à\s+)?lire\s+aussi|"
    r"voir\s+aussi|articles\s+liés|sur\s+le\s+même\s+sujet|lesen\s+sie\s+auch|"
    r"mehr\s+zum\s+thema|weitere\s+artikel|leggi\s+anche|articoli\s+correlati|"
    r"читайте\s+также|похожие\s+статьи|читайте\s+також|схожі\s+статті|ilgili\s+haberler|"
    r"διαβάστε\s+επίσης|σχετικά\s+άρθρα|관련\s*기사|함께\s+볼\s+기사|اقرأ\s+أيضا|"
    r"مقالات\s+ذات\s+صلة|"
    # "Related", "Relacionados", "Ähnliche Beiträge", "Похожие материалы": the word for
    # related, alone or with the one word it qualifies.
    r"(?:relacionad[oa]s|correlat[ie]|ähnliche|похожие|схожі|benzer|ilgili|σχετικά|관련|"
    r"ذات\s+صلة)(?:\s+\S+)?|"
    r"\S+\s+(?:relacionad[oa]s|correlat[ie]|liés|similaires|ذات\s+صلة)|"
    # "More letters", "Más artículos", "Weitere Briefe", "Другие заявления".
    r"(?:more|más|mais|plus\s+d[e']|autres|weitere|altr[ie]|другие|інші|daha\s+fazla|"
    r"περισσότερ\w*|άλλ\w*|المزيد\s+من)\s+" + PAGE_NOUNS + "|"
    # "Recent statements", "Ultimi articoli", "Latest news".
    r"(?:latest|recent|ultim[ie]|últim[oa]s|derni(?:ers|ères)|neueste|aktuelle|последние|"
    r"свежие|останні|son|τελευταία|πρόσφατα)\s+" + PAGE_NOUNS + "|"
    r"더\s*보기|(?:다른|더\s*많은)\s*(?:기사|글|성명\S*)|"
    # Latest and neighbouring posts: "Latest news", "Previous article", "Últimas noticias".
    r"(?:latest|recent|popular|previous|next)(?:\s+(?:posts?|news|articles?|stories|story|"
    r"entry|entries))?|most\s+popular|"
    r"últimas\s+(?:noticias|entradas|notícias|publicaciones|publicações)|"
    r"(?:artículos|artigos|entradas)\s+recientes|(?:artigos|posts)\s+recentes|"
    r"(?:entrada|artículo|artigo|post)\s+(?:anterior|siguiente|seguinte)|"
    r"derni(?:ers|ères)\s+(?:articles|actualités|publications)|"
    r"article\s+(?:précédent|suivant)|(?:neueste|aktuelle)\s+(?:beiträge|artikel|nachrichten)|"
    r"(?:vorheriger|nächster)\s+(?:beitrag|artikel)|ultime\s+notizie|articoli\s+recenti|"
    r"articolo\s+(?:precedente|successivo)|последние\s+новости|свежие\s+записи|"
    r"(?:предыдущая|следующая)\s+(?:запись|статья)|останні\s+новини|"
    r"(?:попередня|наступна)\s+(?:стаття|публікація)|son\s+(?:haberler|yazılar)|"
    r"τελευταία\s+νέα|πρόσφατα\s+άρθρα|최신\s*기사|최근\s*글|이전\s*글|다음\s*글|"
    r"آخر\s+الأخبار|أحدث\s+المقالات|"
    # A comment form or a sign-up form, with its field labels under it.
    r"leave\s+a\s+(?:reply|comment)|deja\s+(?:un|una)\s+(?:comentario|respuesta)|"
    r"deixe\s+(?:um|uma)\s+(?:comentário|resposta)|laisser\s+un\s+commentaire|"
    r"lascia\s+un\s+commento|hinterlasse\s+einen\s+kommentar|"
    r"оставить\s+комментарий|залишити\s+коментар|bir\s+yanıt\s+yazın|yorum\s+yap|"
    r"αφήστε\s+ένα\s+σχόλιο|댓글\s*남기기|اترك\s+تعليقا|"
    r"sign\s+(?:the|this|our)\s+(?:letter|statement|petition|appeal|declaration)|"
    r"firma\s+(?:la\s+carta|el\s+manifiesto|l'appello|la\s+lettera)|assine\s+a\s+carta|"
    r"signez\s+(?:la\s+lettre|l'appel)|unterschreiben\s+sie(?:\s+\S+){0,2}|"
    r"подпишите(?:\s+\S+)?|підпишіть(?:\s+\S+)?|υπογράψτε(?:\s+\S+)?|서명하기)\s*:?$",
    re.IGNORECASE,
)
