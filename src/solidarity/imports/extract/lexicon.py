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
# Country names are read in more languages than the interface ships: a list in Japanese,
# Chinese, Polish, Serbian or Vietnamese names its countries too.
COUNTRY_NAME_LANGUAGES = (
    *SHIPPED_LANGUAGES,
    *("ja", "zh", "zh_Hant", "pl", "ca", "sv", "vi", "id", "nl", "fa"),
    *("sr", "sr_Latn", "hr", "bs", "mk", "sl", "cs", "ro", "hu"),
)


def words(text: str) -> list[str]:
    """The whitespace-separated words of a block of text."""
    return text.split()


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """Case- and accent-insensitive form of one word; Turkish "İ" folds to "i", and "ı"
    too, as "AÇIKLAMA" is written in capitals."""
    decomposed = unicodedata.normalize("NFKD", word.casefold().replace("ı", "i"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


WORD_ANSWERS_KEPT = 8_192


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
        # A list asks about the same words again and again ("Union", "of", "Workers"):
        # the answers are remembered, up to a bound, as a web process lives long.
        self.answers: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        answer = self.answers.get(word)
        if answer is None:
            answer = self._holds(word)
            if len(self.answers) >= WORD_ANSWERS_KEPT:
                self.answers.clear()
            self.answers[word] = answer
        return answer

    def _holds(self, word: str) -> bool:
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
        adesõ* adesão adhérent* adhér* firme подпис* підпис* imza* υπογρ* συνυπογρ* προσυπογρ*
        서명* 연명*
        وقع* ووقع* موقع* الموقع* والموقع* توقيع* انضم* وانضم* انضمّ* signer signons signez
        signaient signèrent rubric* 賛同* 署名* 連署* 聯署* 联署* 連名* 呼びかけ* 發起* 发起*
        unterschreiben unterschreibt gezeichnet mitgezeichnet приєдна* присоедин*
        encabezad* sumaron
        podpisal* podpisan* podpisy sygnatariusz* underteckna* undertecknare underskrift*
        underskrev* underskrevet ondertekend* ondertekenaar* ondertekening* allekirjoitt*
        podepsal* podepsan* semnatar* semnat* aláír* penandatangan* ditandatangani
        signants signen signat signada signades हस्ताक्षर* امضا* imzacı*
        потпис* potpis* podpis*
        """
    )
)

# "Desde Argentina", "From Chile", "Από την Ελλάδα": the preposition (and article) that
# says where a part of a list comes from, before its country.
FROM_COUNTRY_LEAD = (
    r"(?:(?:desde|from|depuis|aus|dalla?|dall['’]|do|da|из|з|із|від|"
    r"απ[οό](?:\s+(?:την|τη|το|τον|τις|τα))?|من)\s+)"
)
# A statement speaks of its own signatories in the first person ("We, the undersigned",
# "Les organisations soussignées"): a news report speaks of them in the third.
FIRST_PERSON = WordSet(
    words(
        """
        we us our ours nous nos notre wir uns unser* noi nostr* nosotros nosotras nuestr*
        nós nosso* nossa* мы нас наш* ми нам біз biz bizim εμείς μας 우리 نحن undersign*
        soussign* abaixo-assinad* sottoscritt* нижеподписавш* нижчепідписан* أدناه أسفله
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
# "collecting signatures", "la raccolta di firme": the signing word as what is gathered.
GATHERING = WordSet(
    words(
        """
        collecting collection gathering raccolta recogida recolección coleta recolha
        collecte sammlung sammeln сбор збір toplama συλλογή 모으기 جمع
        """
    )
)
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
        الأفراد الشخصيات
        individuales individuais individuels individuel individuelle personnel personnelle
        personale persönlich individuali personal pessoal citizens ciudadanos ciudadanas
        personales pessoais personnels personnelles persönliche personali лично особисто
        фахівці специалисты specialists experts expertos especialistas fachleute esperti
        uzmanlar ειδικοί
        cidadãos cidadãs citoyens citoyennes bürger bürgerinnen cittadini cittadine граждане
        громадяни vatandaşlar πολίτες 시민 المواطنون المواطنات academics scholars
        académicos académicas acadêmicos académicos universitaires akademiker akademikerinnen
        accademici академики науковці akademisyen akademisyenler ακαδημαϊκοί 학자 أكاديميون
        intellectuals intelectuales intelectuais intellectuels intellektuelle intellettuali
        интеллектуалы інтелектуали aydınlar διανοούμενοι 지식인 مثقفون
        個人 賛同個人 個人賛同者 個人賛同 賛同者 呼びかけ人 個人聯署 个人联署 聯署人 联署人
        personer privatpersoner enskilda enkeltpersoner henkilöt yksityishenkilöt osoby
        persones
        indywidualne particulieren individuen jednotlivci persoane individuale individu
        појединци pojedinci pojedinačno поединци
        perorangan magánszemélyek személyek indibidwal व्यक्ति व्यक्तिगत forskare
        """
    )
)
ORGANIZATION_HEADINGS = WordSet(
    words(
        """
        parties organisations organizations unions groups collectives movements partidos
        entities entidades entités entità entitats
        organizaciones sindicatos colectivos movimientos organizações coletivos movimentos
        partis organisations syndicats collectifs mouvements parteien organisationen
        gewerkschaften gruppen partiti organizzazioni sindacati collettivi movimenti партии
        организации профсоюзы партії організації профспілки partiler örgütler kuruluşlar
        sendikalar κόμματα οργανώσεις συνδικάτα 정당 단체 참가단체 참여단체 노동조합
        회원단체 주최단체 지지단체 연대단체
        الأحزاب المنظمات النقابات φορείς οργανισμοί σωματεία σύλλογοι الهيئات الجمعيات
        أحزاب منظمات نقابات هيئات جمعيات
        associations asociaciones associações vereine associazioni ассоциации асоціації
        dernekler ενώσεις 협회 platforms plataformas plateformes plattformen piattaforme
        платформы платформи platformlar πλατφόρμες initiatives iniciativas initiativen
        団体 賛同団体 呼びかけ団体 加盟団体 署名団体 団体賛同 聯署團體 联署团体 發起團體
        发起团体 團體 团体 參與團體 参与团体
        iniziative инициативы ініціативи girişimler πρωτοβουλίες networks redes réseaux
        netzwerke reti сети мережі ağlar δίκτυα institutions instituciones instituições
        institutionen istituzioni учреждения установи kurumlar kurumları ιδρύματα ngos ong
        ongs нко committees comités comitês komitees comitati комитеты комітети komiteler
        organisationer föreningar förbund organisasjoner foreninger järjestöt yhdistykset
        organizacje stowarzyszenia sieci związki organisaties verenigingen organizace spolky
        organizații asociații organisasi lembaga szervezetek mashirika संगठन संस्थाएं
        επιτροπές coalitions coaliciones coalizões coalizioni коалиции коаліції
        confederations federations confederaciones federaciones confederações federações
        confédérations fédérations konföderationen verbände confederazioni federazioni
        конфедерации федерации конфедерації федерації konfederasyonlar federasyonlar
        συνομοσπονδίες ομοσπονδίες 연맹 총연맹 الاتحادات اتحادات
        νεολαίες juventudes jeunesses
        """
    )
)
# A heading that introduces a list of signatories even without a signing word; an
# event's organisers ("Organisateurs :") are those who call it.
LIST_HEADINGS = WordSet(
    words(
        """
        endorsers supporters supported initiators adherentes apoyan apoyada apoyado
        apoiadores apoiam apoiada apoiado soutiens soutiennent soutenue soutenu
        erstunterzeichnende unterstützen unterstützt unterstützende aderenti aderiscono
        sostenuta sostenuto
        поддерживают поддержали поддержано підтримують підтримали підтримано destekleyenler
        destekleyen υποστηρίζουν υποστηρίζεται 지지 يدعم
        organisers organizers co-organisers co-organizers organizadores convocantes convocan
        convocam convoquent convocano
        organisateurs organisatrices co-organisateurs veranstalter veranstalterinnen
        organizzatori promotori организаторы організатори düzenleyenler düzenleyiciler
        διοργανωτές 주최 المنظمون 함께하는 함께한 함께해주신 참여자 참여자들 공동주최 주관
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
        τμήματα οργανώσεις 회원 지부 단체 أعضاء فروع منظمات учасники участники uczestnicy
        participants participantes partecipanti teilnehmende katılımcılar συμμετέχοντες
        affiliated filiadas filiados afiliadas afiliados affiliées affiliés affiliate
        aderenti angeschlossene branches chapters відділення осередки філії отделения
        филиалы
        """
    )
)
# A network's local units, its members only where a heading says so ("X – τοπικές
# επιτροπές:"); in a sentence, "des comités de solidarité se sont formés" names none.
LOCAL_MEMBER_NOUNS = WordSet(
    words(
        """
        committees comités comitês comitati komitees комитеты комітети komiteleri
        επιτροπές nodi circoli núcleos nuclei noyaux antennes ortsgruppen
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
    # Korean and Arabic write "and" as part of the word: "(IST)과 그 지부", "وفروعها". (The
    # look-ahead lets a search pass over a letter at once: the phrase starts at a space,
    # a comma, the text's start or one of those two words.)
    r"(?:^|(?=[\s,과와و]))"
    r"\s*(?:,\s*)?(?:(?:together\s+with|along\s+with|junto\s+con|junto\s+com|zusammen\s+mit|"
    r"insieme\s+a|вместе\s+с|разом\s+з|and|y|e|et|und|и|та|і|i|oraz|ve|και|및|with|con|avec|mit|"
    r"com|με)\s+|"
    r"과\s*|"
    r"와\s*|و\s*|"
    # "…, através das suas organizações-membro:", "through its member organisations:".
    r"(?:através\s+d[ao]s|a\s+través\s+de|por\s+medio\s+de|through|à\s+travers|über|"
    r"attraverso|tramite|через)\s+)"
    r"(?:its|their|sus|seus|suas|ses|leurs|seine|ihre|deren|le\s+sue|i\s+suoi|его|её|їх|її|"
    r"onun|τα|τις|τους|그|the|i|gli|le|los|las|les|die|os|as|"
    # Serbian, Croatian, Polish, Catalan: "и њене чланице", "i njene članice", "i jej sekcje".
    r"њене|његове|њихове|njene|njegove|njihove|jej|jego|ich|swoje|les\s+seves|els\s+seus)?\s*"
    # "and the following affiliates:", "y las siguientes secciones:".
    r"(?:(?:the|los|las|os|as|die|le|i)?\s*(?:following|siguientes|seguintes|folgenden|"
    r"seguenti)\s+)?"
    r"(?:national\s+|nacionales\s+|nationales\s+|nationalen\s+|각국\s*|regional\s+|"
    r"regionales\s+|régionales\s+|regionais\s+|regionali\s+|regionalen\s+|регіональні\s+|"
    r"региональные\s+)?"
    r"(?:sections?|secciones|secções|seções|sektionen|sezioni|секции|секції|seksiyonları|"
    r"şubeleri|τμήματ[αά](?:\s+του|\s+της)?|지부(?:들)?|فروعها|"
    r"member\s+(?:organi[sz]ations|unions|federations|associations|groups|cooperatives|"
    r"co-ops|networks)|"
    # "et ses associations membres :", "y sus asociaciones miembro:".
    r"(?:associations|syndicats|collectifs|groupements|coopératives)\s+membres|"
    r"(?:asociaciones|sindicatos|colectivos|cooperativas)\s+miembros?|"
    r"(?:associações|cooperativas|entidades)[\s-]membros?|"
    r"(?:associazioni|cooperative)\s+(?:membri|aderenti)|"
    r"affiliates|organisations\s+membres|organizaciones\s+miembros?|"
    r"organizações[\s-]membros?|mitgliedsorganisationen|mitgliedsgruppen|mitgliedsverbände|"
    r"mitgliedsgewerkschaften|organizzazioni\s+(?:membri|aderenti)|"
    r"организации-члены|організації-члени|üye\s+örgütler[i]?|οργανώσεις-μέλη|회원\s*단체|"
    # "и её членские организации:", "και τα σωματεία-μέλη της:".
    r"членские\s+организации|членські\s+організації|"
    # "and its members:", "με τα μέλη της:".
    r"members|miembros|membros|membres|mitglieder|membri|члены|члени|üyeleri|"
    r"μέλη(?:\s+της|\s+του)?|"
    r"чланице|članice|секције|sekcije|подружнице|podružnice|организације[\s-]чланице|"
    r"organizacije[\s-]članice|sekcje|organizacje\s+członkowskie|członkowie|seccions|"
    r"organitzacions\s+membres|"
    r"(?:σωματεία|συνδικάτα|οργανώσεις|συλλογικότητες)[\s-]μέλη(?:\s+της|\s+του)?|"
    r"가맹\s*(?:조직|단체|조합)(?:들)?|"
    # "ومنظماتها الأعضاء": "and its member organisations", the "its" a suffix.
    r"(?:المنظمات|\w+ها)\s+الأعضاء|"
    # "e i sindacati affiliati:", "and the affiliated unions:", "y los sindicatos afiliados:".
    r"(?:affiliated\s+(?:unions|organi[sz]ations)|(?:sindacati|organizzazioni)\s+(?:affiliat[ie]|aderenti)|"
    r"(?:sindicatos|organizaciones)\s+afiliad[oa]s|(?:sindicatos|organizações)\s+filiad[oa]s|"
    r"(?:syndicats|organisations)\s+affilié(?:e)?s|angeschlossenen\s+(?:gewerkschaften|"
    r"organisationen)|(?:профсоюзы|организации)-члены|(?:профспілки|організації)-члени|"
    r"üye\s+sendika(?:lar(?:ı)?|sı)|bağlı\s+(?:sendikalar(?:ı)?|örgütler(?:i)?)|συνδικάτα-μέλη)|"
    # "et ses comités :", "and its branches:", "y sus federaciones:": local units.
    r"(?:local\s+)?(?:committees|branches|chapters|groups)|comités(?:\s+locaux)?|"
    r"comitês|comitati|komitees|комитеты|комітети|komiteleri|επιτροπές|filiales|filiais|"
    r"ortsgruppen|groupes\s+locaux|grupos\s+locales|gruppi\s+locali|federaciones|"
    r"fédérations|federações|federazioni|landesverbände|федерации|федерації|"
    r"federasyonları|ομοσπονδίες|فروعه|لجانها|осередки|відділення|філії|отделения|филиалы|"
    r"ячейки|nodi|circoli|nuclei|núcleos|noyaux|antennes|"
    # "та її первинні організації": a union's primary organisations at workplaces.
    r"первинні\s+організації|первичные\s+организации|primary\s+organi[sz]ations)"
    # Arabic puts "following" after the noun: "والمنظمات الأعضاء التالية"; Romance
    # languages "national", "territorial": "e le sue sezioni nazionali", "e i suoi nodi
    # territoriali".
    r"(?:\s+التالية|\s+(?:nazionali|nacionales|nationales|nacionais|national|territoriali|"
    r"territoriales|territoriaux|territoriais|locali|locales|locaux|locais))?"
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
    r"^(?:(?:with\s+|mit\s+|con\s+|avec\s+|com\s+)?(?:its|their|sus|seus|suas|ses|ihre[nm]?|"
    r"seinen|le\s+sue|i\s+suoi|as\s+suas)\s+)?"
    r"(?:national\s+|member\s+)?(?:sections?|secciones(?:\s+nacionales)?|secções|seções|"
    r"sections\s+nationales|sektionen|sezioni|секции|секції|seksiyonlar|şubeler|τμήματα|"
    r"지부|الفروع|member\s+organi[sz]ations|affiliates|mitgliedsverbänden|"
    r"mitgliedsorganisationen|mitgliedsgruppen|mitgliedsgewerkschaften|mitgliedern|"
    r"member\s+(?:groups|unions|parties)|groupes\s+membres|grupos\s+miembros?|"
    r"gruppi\s+aderenti|organisations\s+membres|organizaciones\s+miembro|"
    r"organizações\s+filiadas|organizzazioni\s+aderenti)\s*:$",
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
        sem sin sans ohne senza without against contra por para pour per
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
        також ayrıca επίσης καθώς também también aussi auch anche
        """
    )
)
# The particles a personal name may hold ("Laura de la Fuente", "Anuna de Wever van der
# Heyden"); "of" or "for" make it an organisation's.
PERSON_PARTICLES = WordSet(
    words(
        """
        de del della di da do dos das du des la las los le van von der den ten ter bin ben ibn al
        y e i ap ab
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
# A governing body named on its own, the words of "Executive Committee", "Le Bureau
# national", "المجلس التنفيذي".
ORGAN_WORDS = WordSet(
    sorted(GOVERNING_BODIES.exact)
    + words(
        """
        the el la le il die der o a l' al
        committee council presidium
        national central federal general standing
        comité consejo ejecutivo ejecutiva nacional dirección secretariado conselho
        executivo executiva direção direcção secretariado conseil exécutif exécutive direction
        vorstand bundesvorstand hauptvorstand rat zentralrat präsidium comitato consiglio
        esecutivo nazionale direzione segreteria комитет совет правление исполнительный
        центральный президиум комітет рада правління виконавчий центральний президія yönetim
        kurulu merkez yürütme genel επιτροπή συμβούλιο εκτελεστική εκτελεστικό κεντρική
        διοικούσα 위원회 중앙위원회 집행위원회 운영위원회 المجلس التنفيذي المركزي اللجنة
        الهيئة الإدارية المكتب
        """
    )
)
# Who a union's members are, a word that names organisations ("Workers' Party") but,
# after "and", goes on the name before: "Sindicato dos Estivadores e Trabalhadores
# Portuários".
WORKER_WORDS = WordSet(
    words(
        """
        workers employees trabajadores trabajadoras trabalhadores trabalhadoras travailleurs
        travailleuses salariés salariées lavoratori lavoratrici arbeiter arbeiterinnen
        beschäftigte beschäftigten arbeitnehmer arbeitnehmerinnen работников рабочих
        трудящихся працівників робітників трудящих işçileri işçiler çalışanları εργαζομένων
        εργατών 노동자 العمال عمال
        """
    )
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
        desde quem cujo da do na no com qui dont du chez avec pour à au aux der die das welche
        welcher aus bei von mit che chi di dal della presso con который которая которые из с
        при який яка які з при που από με
                against without under over about towards contra sin sobre hacia gegen ohne über
        contre sans sur vers contro senza против без над проти karşı ενάντια κατά
        """
    )
)
# Grammar words of the uncased scripts, which never open a name the way a capital does:
# "ووقّع على البيان كل من النقابة …" ("signed the statement: each of the Union …").
UNCASED_FUNCTION_WORDS = frozenset(
    words(
        """
        في من إلى على عن مع كل كلا بين منها منهم بينها بينهم وهي وهم التي الذي الذين هذا هذه
        ذلك تلك قد لقد إن أن كما أيضا ثم البيان بيان الرسالة النداء العريضة
        """
    )
)
# "and 40 others", "among others", "and more".
# Lower case only, so that a party called "Más Madrid" is not taken for "más".
OTHERS_TAIL = re.compile(
    r"^(?:…|\.\.\.)?\s*(?i:and\s+|y\s+|e\s+|et\s+|und\s+|и\s+|та\s+|і\s+|ve\s+|και\s+|o\s+|ou\s+|"
    r"\+\s*)?"
    r"(?i:\d[\d.,\s]*\s*|many\s+|muchos?\s+|muitos?\s+|molti\s+|viele\s+|beaucoup\s+d'?\s*)?"
    # "40 others", "other groups", "40 organizaciones más", "u. a.".
    r"(?:(?:other|otras?|otros?|outras?|outros?|autres?|anderen?|weitere|altri|altre|другие|"
    r"других|інші|інших|diğer|άλλ\w*)(?:\s+\w+)?|(?:\w+\s+)?(?:more|más|mais|plus|mehr|più|"
    r"ещё|еще|більше|daha|ακόμα)|others?|diğerleri|더|기타|외|و?آخرون|وغيرهم|وغيرها|u\.\s*a\.|etc\.?|"
    # "إضافة إلى عدد من النشطاء": "in addition to a number of activists".
    r"(?:ب?ال)?إضافة\s+إلى\s+(?:عدد|مجموعة)\s+من|و?عدد\s+من|"
    # "وأكثر من 40 جمعية …": "and more than 40 …".
    r"و?[أا]كثر\s+من|"
    r"entre\s+otros|among\s+others|unter\s+anderem|tra\s+gli\s+altri|entre\s+outros|"
    r"parmi\s+d'autres|(?:bien\s+)?d['’]autres|tanti\s+altri|"
    # "ほか23団体", "ほか個人112名": "and 23 other groups", as a line of its own.
    r"ほか\w*)(?:\W|$)"
)
# "以上", "이상", "— END —": a line that closes a list (or a letter) in so many words.
LIST_END = re.compile(r"^(?:以上|이상|끝|[-—–=*]+\s*(?i:end)\s*[-—–=*]+)$")
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
        зазначив dedi söyledi açıkladı δήλωσε είπε 말했다 밝혔다 قال صرح قالت وقال وقالت أكد
        أكدت وأكد وأكدت صرحت وصرح أعلن أعلنت وأعلن
        """
    )
)
# Participles that say whom a letter is addressed to.
ADDRESSED = WordSet(
    words(
        """
        addressed sent dirigid* rivolt* destinat* destinad* enviad* adressé* envoyé*
        gerichtet* geschickt* indirizzat* inviat* endereçad* адресован* направлен* надіслан*
        hitaben* gönderil*
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
        öğr. öğr üyesi gör. gör arş. arş yrd. yrd
        ir. ir doutor doutora mestre mestra maestro maestra me.
        doç doç. av. av д-р др. проф. проф г-н г-жа الحاج الحاجة δρ δρ. κ. κα καθ. πάτερ πατήρ
        cllr cllr. med. em.
        prof.ssa prof.ssa. dott.ssa. dr.ssa dr.ssa. avv avv. on. hon hon. rev rev. reverend
        don doña dona padre father fr fr. sister brother suor suora fra frei frère sœur
        soeur mère père pastor pastora rabbi imam sheikh cheikh şeyh mons. mgr mgr.
        monsignor monsignore schwester pfarrer pfarrerin pastorin diakon diakonin rabbinerin
        rabbiner pasteur pasteure pastore отец о. сестра απ. π. κος κος. κυρία κύριος 신부 목사
        수녀
        الشيخ الأب
        lic lic. ing. arq arq. pbro pbro. mtro mtro. mtra mtra. profr profr. profra profra.
        sor hna hna. hno hno. me maître rabino rabina obispa past. sheij reverendo reverenda
        irmã irmão pe. eng. adv adv. advocate comrade cde cde. pr pr. abbé atty atty. engr engr.
        kgg. ka. bishop archbishop obispo arzobispo bispo arcebispo évêque archevêque bischof
        erzbischof vescovo arcivescovo епископ архиепископ єпископ архієпископ piskopos
        επίσκοπος αρχιεπίσκοπος 주교 المطران
        أ. أ.د. أ.د
        med. mag. dipl. avv.to د. المحامي المحامية الدكتور الدكتورة الأستاذ
        univ.-prof. univ.-prof.in univ.-prof.in. dr.in dr.in. mag.a mag.a. mmag. di
        dipl.-ing. dipl.-päd. dipl.-psych. priv.-doz. ao. a.o. αν. επίκ. ομότ. ομ. αναπλ.
        الأستاذة الرفيق الرفيقة
        hab. ks. ks mec. inż. doc. ds. drs. pdt. ustaz ustazah mwl. mch. bi. bw. gng. sn.
        श्री श्रीमती डॉ. डॉ प्रो. एडवोकेट
        dr.in dr.ⁱⁿ mag.a mag.ª mag.ᵃ profa profa. prof.ª dr.ª doz. dr.-ing. dipl.-ing. доц. доц
        проф. доцент професор доцентка д-р. yrd. öğr. gör. arş. καθηγητής καθηγήτρια 교수 박사
        sen. rep. councilmember councilwoman councilman alderman alderwoman assemblymember
        dip. dep. vereador vereadora profª drª
        gs. gs.ts. pgs. pgs.ts. ts. ths. bs. ls. romo mbah nyai hj. kh. kyai
        دکتر مهندس خانم آقای emeritus emerita
        """
    )
)

# "sección argentina", "deutsche Sektion": a section of an international in one country.
SECTION_WORDS = WordSet(
    words(
        """
        section sections sección secciones seção secção sektion sektionen sezione sezioni
        sekcja секция секція şube şubesi τμήμα παράρτημα 지부 지회 فرع branch chapter
        ortsgruppe kreisgruppe ortsverband landesverband відділення осередок отделение
        capítulo capitulo chapitre capitolo núcleo nucleo regional
        """
    )
)
# "International", "World", "Global": what an international's sections leave out of its
# name ("Porti Liberi – Italia" under "Coordinamento Internazionale dei Porti Liberi").
SCOPE_WORDS = WordSet(
    words(
        """
        international* internacional* internazional* world global* mondial* mundial*
        weltweit* welt международн* мировой всемирн* міжнародн* світов* uluslararası dünya
        διεθν* παγκόσμι* 국제 세계 دولي* عالمي*
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
        overseas abroad 해외 yurtdışı yurtdışından yurt dışı dışından εξωτερικό εξωτερικού
        extranjero exterior étranger
        ausland estero estrangeiro зарубеж* закордон* support supports apoio apoios apoyo apoyos
        soutien soutiens
        unterstützung sostegno поддержка підтримка destek υποστήριξη 지지 دعم
        nacional* regional* locales otros otras outros outras internationales nationales
        internacionais nacionais regionais locais
        autres pays andere länder internazional* nazional* altri altre paesi международн*
        национальн* региональн* други* стран* міжнародн* національн* регіональн* інші країн*
        uluslararası ulusal yerel diğer ülkeler διεθν* εθνικ* περιφερειακ* άλλ* χώρες 국제 국내
        国際 國際 国际 海外 国外 國外 境外
        solidarity solidaridad solidariedade solidarité solidarität solidarietà солидарность
        солідарність dayanışma αλληλεγγύη
        międzynarodowe międzynarodowa międzynarodowi zagraniczne zagranica krajowe inne
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
        secretary* president* chair* director* coordinat* spokes* founder* editor* deputy* captain*
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
        consiglier* conseiller* conseillère* concejal* vereador* vereadora* stadtrat stadträtin
        tesorier* attivist* giornalist* scrittor* avvocat* ricercat* membr* генеральн*
        секретар* председател* координатор* депутат* журналист* член* руководител* голова*
        журналіст* керівник* sekreter* başkan* koordinatör* milletvekili* gazeteci* üye*
        γραμματέας* πρόεδρος* συντονιστ* βουλευτ* δημοσιογράφ* μέλος* 사무총장 위원장 대표
        singer* rapper* rapera rapero poet poeta poetisa poète poétesse musici* músic*
        cantant* cantautor* songwriter* composer* compositor* sänger* dichter* fotógraf*
        fotograf* actor actress actriz atriz attore attrice schauspieler* dancer* danseu*
        tänzer* painter* pintor* pintora peintre sculpt* escult* filmmaker* cineasta
        弁護士 教員 教授 准教授 医師 看護師 議員 会社員 学生 大学生 代表 理事 理事長 事務局長
        写真家 ミュージシャン 作家 住職 牧師 神父 研究者 漁師 農家 記者 ジャーナリスト 会長
        목사 신부 스님 변호사 작가 시인 음악가 연구자
        öğrenci* mimar* mühendis* uzman* işletmeci* sanatçı* yazar* şair* avukat*
        sözcü* yüzücü* balıkçı* esnaf* müzisyen* oyuncu* yönetmen* ressam* tasarımcı* çiftçi* işçi*
        委員長 律師 律师 醫師 医生 學生 主席 秘書長 秘书长 研究員 研究员
        의장 집행위원 활동가 기자 أمين* رئيس* منسق* عضو* نائب* صحفي*
        روائي* شاعر* كاتب* مترجم* فنان* مخرج* باحث* أستاذ* طبيب* ممرض* ناشط* مصور*
        ممثل* موسيقي* أكاديمي* نقابي* حقوقي*
        mitarbeiter* referent* dozent* leiter* lehrer* assistant* associate fellow student*
        doctoral phd postdoc* emerit* retired docente* estudiante* doutorand* doctorant*
        enseignant* maître catedrátic* adjunct* visiting honorary chief manager* advisor*
        adviser* consultant* organizer* organiser* campaigner* analyst* scientist*
        steward* vp commissioner* agent delegate* delegad* délégué* delegat* nurse* rls
        economist* historian* sociolog* anthropolog* physician* teacher* engineer* artist*
        musician* filmmaker* translator* photographer* curator* economista* historiador*
        sociólog* antropólog* médic* enfermeir* professeur* médecin* infirmi* ingénieur*
        artiste* wissenschaftler* ärzt* arzt künstler* economist* storic* medic* insegnant*
        доцент* сотрудник* научн* врач* учител* викладач* науков* співробітник* лікар*
        вчител* araştırmacı* akademisyen* öğretim öğretmen* doktor καθηγητ* ερευνητ*
        γιατρ* δάσκαλ* 교수 연구원 교사 의사 أستاذ* باحث* طبيب* معلم* محام محامي محامية محامٍ
        استاد کارشناس پژوهشگر وکیل روزنامه‌نگار فعال دانشجو مدرس
        صحفي صحفية نقابي نقابية مهندس مهندسة ناشط ناشطة كاتب كاتبة عضو عضوة
        nurse* midwi* paramedic* enfermer* partera* parteir* soignant* hebamme*
        krankenpfleger* pflegekraft* infermier* ostetric* медсестр* медбрат* фельдшер*
        акушер* hemşire* νοσηλευτ* 간호사 ممرض*
        의원 구의원 시의원 도의원 군의원 국회의원 노무사 공인노무사 배달원 상임대표
        공동대표 사무국장 국장 부위원장 지부장 분회장
        профессор* правозащитник правозащитница правозахисник правозахисниця адвокат*
        """
    )
)

# "für den Koordinierungskreis", "on behalf of the committee", "Pour la Confédération X :":
# whom the sender writes for, or a part of the list signs for.
ON_BEHALF = re.compile(
    r"^(?:für|for|on\s+behalf\s+of|im\s+namen|pour|por|per|a\s+nome|от\s+имени|від\s+імені|"
    r"εκ\s+μέρους|για\s+(?:το|την|τη|τον|τις|τους|τα)|adına)\s",
    re.IGNORECASE,
)
